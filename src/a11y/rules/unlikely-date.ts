import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { entryCollectionOf } from '../core/source-files.ts';
import { entryDates } from '../../lib/content/frontmatter-dates.ts';
import { buildDate } from '../../lib/content/publish.ts';
import { unlikelyDates } from '../../lib/content/unlikely-dates.ts';
import { noteDep } from '../../lib/util/file-deps.ts';
import { site } from '../../site.config.ts';

const NOUNS = { posts: 'post', guides: 'guide' } as const;

/**
 * `unlikely-date` (sources): a post's or guide's dates that read, but that the site would act on
 * in a way its author did not mean (src/lib/content/unlikely-dates.ts). Pages have no pubDate.
 * The answer depends on the build's date, so the check cache keeps it only until it would change.
 */
export function checkUnlikelyDates(model: Model, ctx: CheckContext, report: Report): void {
  const collection = entryCollectionOf(ctx.file);
  if (collection !== 'posts' && collection !== 'guides') return;
  const dates = entryDates(model.text);
  if (!dates.length) return;
  let now: Date;
  try {
    now = buildDate();
  } catch {
    return; // a COMMONPLACE_BUILD_DATE that is not a date stops the run before any file
  }
  const { problems, until } = unlikelyDates(dates, now, NOUNS[collection], site.timeZone);
  // Recorded even when the answer holds for ever after (until null): on a date set back
  // (COMMONPLACE_BUILD_DATE, to see the site as it was) the same dates may be too far ahead.
  noteDep({ kind: 'clock', since: now.getTime(), until });
  for (const problem of problems)
    report(dates.find((d) => d.field === problem.field)!.offset(), problem.message);
}

/**
 * `unlikely-date`: a post's or guide's date that reads but is almost surely a slip: a `pubDate` more than a year after the build's date, which keeps the entry off the site until then without a word (`npm run dev` shows it, labelled scheduled); an `updatedDate` as far ahead; an `updatedDate` on a day before the `pubDate`.
 *
 * @fix Write the year meant (`pubDate: 2026-11-20`, not `2062-11-20`); an `updatedDate` is the day the entry last changed, on or after its `pubDate`, or left out.
 *
 * @example
 *   {"name": "ok.md", "today": "2026-12-06"}
 *
 *   ---
 *   title: Week 12
 *   description: Planning the next term.
 *   pubDate: 2027-01-15
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "today": "2026-12-06"}
 *
 *   ---
 *   title: Week 11
 *   description: What the poll told me.
 *   pubDate: 2062-11-20
 *   updatedDate: 2026-11-02
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   4:10: pubDate 2062-11-20 is more than a year after the build's date, so the post stays off the site until then: if the year is a slip, write pubDate: 2026-11-20
 *   5:14: updatedDate 2026-11-02 is before pubDate 2062-11-20, so the page says the post changed before it went out: write the day you changed it, or remove updatedDate
 */
const rule: GateRule = {
  id: 'unlikely-date',
  severity: 'warning',
  source: checkUnlikelyDates,
};
export default rule;
