import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { frontmatterDateProblems } from '../../lib/content/frontmatter-dates.ts';
import { site } from '../../site.config.ts';

/**
 * `frontmatter-date` (sources): `pubDate`, `updatedDate` and each event's `start` and `end` must
 * be ISO 8601 dates that exist. The build's content loader stops on the same problems
 * (src/lib/content/frontmatter-dates.ts is shared); this rule gives `npm run check` and editors the line.
 */
export function checkFrontmatterDates(model: Model, _ctx: CheckContext, report: Report): void {
  // The site's time zone names the offset a time written without one most likely has.
  for (const problem of frontmatterDateProblems(model.text, site.timeZone))
    report(problem.offset, problem.message, problem.fix && { fix: problem.fix });
}

/**
 * `frontmatter-date`: `pubDate`, `updatedDate` or an event's `start`/`end` that is not ISO 8601 or does not exist: `2026-02-30`, `16 January 2027`, a time without its UTC offset.
 *
 * @fix Write `2026-10-12`, or `2026-10-12T16:00+01:00` (`Z` for UTC; for a time without its offset, the message gives the one the site's [`timeZone`](#drafts-and-scheduled-posts) has then). The build stops on the same dates at content sync. `npm run check -- --fix` writes the ISO date where the date written is certain (`16 January 2027`, `21/04/2027`, `April 30, 2027 at 4:30 p.m. UTC`).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   updatedDate: 2026-10-14T09:30+01:00
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-02-30
 *   updatedDate: 16 January 2027
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   4:10: pubDate: "2026-02-30" is not a real date: February 2026 has 28 days
 *   5:14: updatedDate: "16 January 2027" is not an ISO 8601 date: write 2027-01-16
 */
const rule: GateRule = {
  id: 'frontmatter-date',
  severity: 'error',
  source: checkFrontmatterDates,
};
export default rule;
