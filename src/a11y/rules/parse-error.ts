import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `parse-error`: a file the gate cannot read cannot be checked, so it fails. MDX syntax errors
 * are reported by the pipeline (source/check.ts) under this id; this rule adds broken YAML
 * frontmatter, which Markdown itself parses happily.
 */
export function checkFrontmatterSyntax(model: Model, _ctx: CheckContext, report: Report): void {
  const error = model.frontmatter?.error;
  if (error)
    report(error.offset, `Frontmatter is not valid YAML (${error.message}): fix the syntax here`);
}

const rule: GateRule = {
  id: 'parse-error',
  severity: 'error',
  source: checkFrontmatterSyntax,
};
export default rule;
