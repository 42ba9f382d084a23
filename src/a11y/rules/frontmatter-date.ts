import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { frontmatterDateProblems } from '../../lib/content/frontmatter-dates.ts';

/**
 * `frontmatter-date` (sources): `pubDate`, `updatedDate` and each event's `start` and `end` must
 * be ISO 8601 dates that exist. The build's content loader stops on the same problems
 * (src/lib/content/frontmatter-dates.ts is shared); this rule gives `npm run check` and editors the line.
 */
export function checkFrontmatterDates(model: Model, _ctx: CheckContext, report: Report): void {
  for (const problem of frontmatterDateProblems(model.text))
    report(problem.offset, problem.message);
}

const rule: GateRule = {
  id: 'frontmatter-date',
  severity: 'error',
  source: checkFrontmatterDates,
};
export default rule;
