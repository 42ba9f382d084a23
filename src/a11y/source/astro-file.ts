import { DYNAMIC, Locator, type Model, type Node } from '../core/model.ts';
import { checkContext } from '../core/context.ts';
import type { GateConfig } from '../core/config.ts';
import { modelProblems, type ModelCheck } from '../core/rule.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { rules } from '../rules/index.ts';
import { ASTRO_FILE_RULES, astroModel } from './astro-model.ts';
import { aroundSlot, judgeRenderings } from './passed-props.ts';
import { contentIdsUnder } from './content-ids.ts';
import linkTarget, { checkSourceLinks } from '../rules/link-target.ts';
import assetTarget, { checkSourceAssets } from '../rules/asset-target.ts';
import mediaTranscript from '../rules/media-transcript.ts';
import { isInPages } from '../core/source-files.ts';

/**
 * The site's own `.astro` files (layouts, components, pages under `src/`), read before any
 * build: an element whose problem the file alone decides (`<img>` with no alt text in the
 * footer) stops the build on every page, so `npm run check` reports it once, at its line.
 * Where a file uses one of the site's components, what the component renders with the props
 * written there is judged too (passed-props.ts).
 */

/** Whether an `.astro` file is a page of the site's own, in Astro's srcDir (default `src/`). */
function isPageFile(path: string, config: GateConfig): boolean {
  return config.folders
    ? isInPages(path, config.folders.srcDir)
    : /[\\/]src[\\/]pages[\\/]/.test(path);
}

/**
 * Whether a page writes every element it has: no component (a layout writes ids of its own), no
 * `<slot />`, no spread and no id, name or content only the render knows (`id={…}`, `{html}`,
 * a `set:html` of a variable).
 */
function writesWholePage(model: Model): boolean {
  const unknown = (node: Node): boolean =>
    node.kind === 'text'
      ? node.value === DYNAMIC
      : node.origin === 'component' ||
        node.name === 'slot' ||
        node.spread ||
        node.attrs.id === DYNAMIC ||
        node.attrs.name === DYNAMIC ||
        node.children.some(unknown);
  return !unknown(model.root);
}

/** The problems of one `.astro` file under the rules that run on it (ASTRO_FILE_RULES). */
export function checkAstroFile(
  path: string,
  text: string,
  config: GateConfig,
  cwd: string,
): Problem[] {
  const file = displayPath(path, cwd);
  const locator = new Locator(text);
  const built = astroModel(text);
  if ('error' in built) {
    const { line, column } = built.error;
    return [
      {
        file,
        line,
        column,
        ruleId: 'parse-error',
        severity: 'error',
        message: `This .astro file cannot be parsed (${built.error.message}): fix the markup here (the build stops on it too)`,
      },
    ];
  }
  if (isPageFile(path, config)) {
    built.ownPage = true;
    built.idsComplete = writesWholePage(built);
  }
  // Written as JSX, like MDX: the messages' fixes (`alt="…"`, `aria-label="…"`) work here too.
  const ctx = checkContext({
    config,
    layer: 'source',
    syntax: 'mdx',
    file: path,
    cwd,
    from: path,
    aroundSlot,
  });
  const checks = rules.flatMap((rule) => {
    // No rule of ASTRO_FILE_RULES reads the Markdown tree (a source check's fourth argument):
    // an .astro file has none.
    const own = (rule.source ?? rule.html) as ModelCheck | undefined;
    if (!ASTRO_FILE_RULES.has(rule.id) || !own) return [];
    // What the site's own components render with the props this file gives them, too.
    const check: ModelCheck = (model, ctx, report) => {
      own(model, ctx, report);
      judgeRenderings(rule.id, own, model, ctx, report);
    };
    return [{ rule, check }];
  });
  // Links and files it names from the site's root (`/about/`, `/media/clip.mp4`) are the same
  // on every page that uses it: judged against the pages and public/ the sources know, as an
  // entry's are. A relative one depends on the page, and is left to the built pages.
  const site = checkContext({
    config,
    layer: 'source',
    syntax: 'mdx',
    file: path,
    contentIds: contentIdsUnder(config),
  });
  const siteChecks = [
    { rule: linkTarget, check: checkSourceLinks },
    { rule: assetTarget, check: checkSourceAssets },
  ];
  // A page of its own (src/pages/) has all that is beside its players in this file, so whether
  // a reader gets a transcript is settled here, as on the built page, in the fixes HTML takes. A
  // component's player may get its transcript where the component is used: left to the build.
  const pageChecks =
    isPageFile(path, config) && mediaTranscript.html
      ? [{ rule: mediaTranscript, check: mediaTranscript.html }]
      : [];
  const page = checkContext({ config, layer: 'html', syntax: 'html', from: path });
  const problems = [
    ...modelProblems(built, ctx, locator, checks, config, { file }),
    ...modelProblems(built, site, locator, siteChecks, config, { file }),
    ...modelProblems(built, page, locator, pageChecks, config, { file }),
  ];
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
