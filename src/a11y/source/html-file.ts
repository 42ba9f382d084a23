import { Locator, htmlModel } from '../core/model.ts';
import { checkContext } from '../core/context.ts';
import type { GateConfig } from '../core/config.ts';
import { modelProblems } from '../core/rule.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { rules } from '../rules/index.ts';
import { contentIdsUnder } from './content-ids.ts';
import linkTarget, { checkSourceLinks } from '../rules/link-target.ts';
import assetTarget, { checkSourceAssets } from '../rules/asset-target.ts';

/**
 * An HTML page the site publishes as written (`public/old/index.html`, an `.html` page of
 * `src/pages/`), checked before any build with the rules of one built page: the build copies it
 * as it is, and the built pages' check would stop the build on what they find, so
 * `npm run check` reports it first, at the file's own line. Its links and the files it loads are
 * judged as an entry's are, against the pages and `public/` the sources know the build will have
 * (`link-target`'s and `asset-target`'s source halves); what they cannot know, the built pages'
 * check judges.
 */
export function checkHtmlFile(
  path: string,
  text: string,
  config: GateConfig,
  cwd: string,
): Problem[] {
  const model = htmlModel(text);
  const locator = new Locator(text);
  const file = displayPath(path, cwd);
  const ctx = checkContext({ config, layer: 'html', syntax: 'html', from: path });
  const checks = rules.flatMap((rule) => (rule.html ? [{ rule, check: rule.html }] : []));
  const links = checkContext({
    config,
    layer: 'source',
    syntax: 'html',
    file: path,
    contentIds: contentIdsUnder(config),
  });
  // It reads no Markdown tree: model checks, as the page rules are.
  const linkChecks = [
    { rule: linkTarget, check: checkSourceLinks },
    { rule: assetTarget, check: checkSourceAssets },
  ];
  return [
    ...modelProblems(model, ctx, locator, checks, config, { file }),
    ...modelProblems(model, links, locator, linkChecks, config, { file }),
  ];
}
