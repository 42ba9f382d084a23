import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { Locator, htmlModel, type El, type Model } from '../core/model.ts';
import { rules } from '../rules/index.ts';
import type { GateConfig } from '../core/config.ts';
import { checkContext } from '../core/context.ts';
import {
  builtByNote,
  builtFromNote,
  levelOf,
  quotedFromNote,
  modelProblems,
  type GateRule,
  type SiteOptions,
} from '../core/rule.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { pageFileOf } from '../core/content-index.ts';
import { pageOnSite, pageUrl, siteLocation } from '../core/site-paths.ts';
import { filesMatching, isPage, listFiles } from '../../lib/util/files.ts';
import { UsageError } from '../../lib/util/usage-error.ts';
import { detached } from '../../lib/util/detached.ts';
// Where a page came from: the entry layout marks its article with the source file.
import {
  EXCERPT_ATTRIBUTE,
  SOURCE_ATTRIBUTE,
  entryContentRange,
} from '../../lib/site/page-markers.ts';

export interface HtmlCheckOptions extends SiteOptions {
  cwd?: string;
  /** Project root: a page's `data-commonplace-source` path is relative to it. Default: cwd. */
  root?: string;
  rules?: GateRule[];
  /** Files written after the check (the build's feeds), which links may point at. Default none. */
  laterFiles?: string[];
  /**
   * The site's public folder, in a build: a page that is one of its files, unchanged, was judged
   * as written by the source layer (source/html-file.ts), whose report names the file itself, so
   * its page rules are not run again here. Its links and files still count for the whole site.
   */
  publicDir?: string;
  /**
   * The site's `src/pages/` (under Astro's `srcDir`): a page that names no entry is said to be
   * built by its file there (`about.astro`, `tags/[tag].astro`). Default: none is named.
   */
  pagesDir?: string;
}

/**
 * The source file a page was built from, as a copy: the whole-site rules keep it with each of the
 * page's links and assets until every page is seen, and a slice would keep the page's whole text.
 */
function tracedSource(model: Model): string | undefined {
  for (const el of model.elements) {
    const value = el.attrs[SOURCE_ATTRIBUTE];
    if (typeof value === 'string' && value) return detached(value);
  }
  return undefined;
}

/**
 * Checks one built page with the page rules (`link-target` needs the whole site, see
 * checkHtmlDir). Problems carry an empty `file`; the caller names the page.
 */
export function checkPage(
  text: string,
  config: GateConfig,
  options: {
    rules?: GateRule[];
    fromFile?: (source: string | undefined) => string;
    /** The address the page is served at, asked only when a rule needs it (CheckContext.page). */
    page?: () => URL | undefined;
    /**
     * The file of `src/pages/` that built the page, as its problems name it, asked only when
     * the page names no entry and a problem, a link or an asset needs it.
     */
    builtBy?: () => string | undefined;
  } = {},
) {
  const model = htmlModel(text);
  const locator = new Locator(text);
  const source = tracedSource(model);
  const from = options.fromFile?.(source) ?? resolve(source ?? '.');
  const ctx = checkContext({ config, layer: 'html', syntax: 'html', from, page: options.page });
  // On an entry's page, a problem outside the entry's own text comes from what src/ writes
  // around it (the layout, a component): the entry's file is then not where to look first.
  // Looked for once a problem, a link or an asset asks; each note is made once per page.
  let content: ReturnType<typeof entryContentRange> | null = null;
  let quoted: ReturnType<typeof quotedEntries> | null = null;
  const notes: { inside?: string; outside?: string; page?: string } = {};
  const quotedNotes = new Map<string, string>();
  const note = (offset: number): string => {
    // What the page quotes from an entry (a portfolio's entries) is that entry's to fix.
    quoted ??= quotedEntries(model);
    const quotedFile = quoted.findLast((q) => offset >= q.start && offset < q.end)?.file;
    if (quotedFile) {
      let text = quotedNotes.get(quotedFile);
      if (text === undefined) quotedNotes.set(quotedFile, (text = quotedFromNote(quotedFile)));
      return text;
    }
    if (!source) {
      if (notes.page === undefined) {
        const file = options.builtBy?.();
        notes.page = file ? builtByNote(file) : '';
      }
      return notes.page;
    }
    if (content === null) content = entryContentRange(text);
    return !!content && (offset < content.start || offset >= content.end)
      ? (notes.outside ??= builtFromNote(source, true))
      : (notes.inside ??= builtFromNote(source, false));
  };
  const suffix = (at: El | number) => note(typeof at === 'number' ? at : at.offset);
  const checks = (options.rules ?? rules).flatMap((rule) =>
    rule.html ? [{ rule, check: rule.html }] : [],
  );
  const problems = modelProblems(model, ctx, locator, checks, config, { file: '', suffix });
  return {
    model,
    problems,
    point: (offset: number) => locator.point(offset),
    note,
  };
}

/**
 * Where a page quotes an entry (EXCERPT_ATTRIBUTE, valued with the entry's file), in document
 * order: a quote inside another comes after it, so the last that holds an offset is the
 * innermost.
 */
function quotedEntries(model: Model): { start: number; end: number; file: string }[] {
  const found: { start: number; end: number; file: string }[] = [];
  for (const el of model.elements) {
    const file = el.attrs[EXCERPT_ATTRIBUTE];
    if (typeof file === 'string' && file && el.end !== undefined)
      found.push({ start: el.offset, end: el.end, file: detached(file) });
  }
  return found;
}

/** Whether a file holds exactly this text (a page copied from `public/` as it is). */
function sameFile(path: string, text: string): boolean {
  try {
    return readFileSync(path, 'utf8') === text;
  } catch {
    return false;
  }
}

/** Checks built pages one at a time, in any order, then the whole site (see htmlChecker). */
export interface HtmlChecker {
  /**
   * Checks one page, named by its path in the output folder. A second call for the same page
   * replaces the first: its file changed after it was read.
   */
  check(path: string, text: string): void;
  /**
   * Every problem: each page's among `files` (every file in the output folder, sorted), in that
   * order, then the whole-site rules' (`link-target`, `asset-target`) over `files` and
   * `laterFiles` (default: the options').
   */
  finish(files: string[], laterFiles?: string[]): Problem[];
}

/**
 * The built-HTML layer, page by page: parses each page once (htmlparser2), runs every page rule
 * on it and collects what the whole-site rules need. checkHtmlDir feeds it every page of a
 * folder; the build's worker feeds it pages as Astro writes them (html/watch.ts).
 */
export function htmlChecker(
  outDir: string,
  config: GateConfig,
  options: HtmlCheckOptions = {},
): HtmlChecker {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const list = options.rules ?? rules;
  const active = list.filter((rule) => levelOf(rule, config) !== 'off');
  const severity = (rule: GateRule): Problem['severity'] =>
    levelOf(rule, config) === 'warning' ? 'warning' : 'error';
  const pageRules = active.filter((rule) => rule.html);
  const siteRules = active
    .filter((rule) => rule.site)
    .map((rule) => ({ rule, check: rule.site!(options) }));
  const shown = (page: string) => displayPath(join(outDir, page), cwd);
  let pageFiles: ((output: string) => string | undefined) | undefined;
  const builtBy = (page: string) => {
    if (!options.pagesDir) return undefined;
    pageFiles ??= pageFileOf(options.pagesDir);
    const file = pageFiles(page);
    return file === undefined ? undefined : displayPath(join(options.pagesDir, file), cwd);
  };
  const where = siteLocation(options);
  const pageProblems = new Map<string, Problem[]>();
  // The HTML files of the public folder, as paths in the output folder; listed once.
  let copies: Set<string> | undefined;
  const publicCopies = () =>
    (copies ??= new Set(
      options.publicDir
        ? filesMatching(options.publicDir, /\.html?$/i).map((file) =>
            relative(options.publicDir!, file).split(sep).join('/'),
          )
        : [],
    ));

  return {
    check(path, text) {
      const asWritten = publicCopies().has(path) && sameFile(join(options.publicDir!, path), text);
      const page = checkPage(text, config, {
        rules: pageRules,
        fromFile: (source) => (source ? resolve(root, source) : join(outDir, path)),
        page: () => pageOnSite(pageUrl(path, where), where),
        builtBy: () => builtBy(path),
      });
      const file = shown(path);
      pageProblems.set(
        path,
        asWritten ? [] : page.problems.map((problem) => ({ ...problem, file })),
      );
      for (const { check } of siteRules)
        check.collect({ path, model: page.model, point: page.point, note: page.note });
    },
    finish(files, laterFiles = options.laterFiles ?? []) {
      const problems = files.flatMap((file) => pageProblems.get(file) ?? []);
      const fileSet = new Set([...files, ...laterFiles]);
      for (const { rule, check } of siteRules) {
        check.finish(fileSet, (page, at, message) => {
          problems.push({
            file: shown(page),
            ...at,
            ruleId: rule.id,
            severity: severity(rule),
            message,
          });
        });
      }
      return problems;
    },
  };
}

/**
 * The built-HTML layer over a whole folder: parses every `.html` file under `dir` once and runs
 * every page rule on it, then the whole-site rules (`link-target`). Reports every problem at once.
 */
export async function checkHtmlDir(
  dir: string,
  config: GateConfig,
  options: HtmlCheckOptions = {},
): Promise<{ problems: Problem[]; files: number }> {
  const cwd = options.cwd ?? process.cwd();
  const outDir = resolve(cwd, dir);
  const info = await stat(outDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${dir}: no such folder`);

  const checker = htmlChecker(outDir, config, options);
  const files = listFiles(outDir);
  const pages = files.filter(isPage);
  // Read synchronously: each page is parsed at once anyway, and a promise read costs this
  // thread about three times the CPU (four trips through libuv's pool per file).
  for (const path of pages) checker.check(path, readFileSync(join(outDir, path), 'utf8'));
  return { problems: checker.finish(files), files: pages.length };
}
