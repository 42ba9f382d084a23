import { Locator, htmlModel } from '../core/model.ts';
import { checkContext } from '../core/context.ts';
import type { GateConfig } from '../core/config.ts';
import { modelProblems } from '../core/rule.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { rules } from '../rules/index.ts';

/**
 * An HTML page the site publishes as written (`public/old/index.html`, an `.html` page of
 * `src/pages/`), checked before any build with the rules of one built page: the build copies it
 * as it is, and the built pages' check would stop the build on what they find, so
 * `npm run check` reports it first, at the file's own line. Its links and files are the whole
 * site's (`link-target`, `asset-target` across pages), judged when the site is built.
 */
export function checkHtmlFile(
  path: string,
  text: string,
  config: GateConfig,
  cwd: string,
): Problem[] {
  const ctx = checkContext({ config, layer: 'html', syntax: 'html', from: path });
  const checks = rules.flatMap((rule) => (rule.html ? [{ rule, check: rule.html }] : []));
  const file = displayPath(path, cwd);
  return modelProblems(htmlModel(text), ctx, new Locator(text), checks, config, { file });
}
