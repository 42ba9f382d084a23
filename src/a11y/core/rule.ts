import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { El, Locator, Model } from './model.ts';
import type { CheckContext, Report } from './policy.ts';
import type { GateConfig } from './config.ts';
import type { Level, Problem, Severity } from './types.ts';
import { readmeUrl } from '../../lib/site/readme-url.ts';

/**
 * Where a rule is documented: its row or section in the README has the rule's id as its anchor
 * (`#image-alt`); every message of the rule links there (editors show it as the rule's link).
 */
export const ruleDocsUrl = (id: string): string => readmeUrl(id);

/** A check of one document model; the same function serves both layers. */
export type ModelCheck = (model: Model, ctx: CheckContext, report: Report) => void;

/** One Markdown/MDX file as the source layer parsed it: its syntax tree and its vfile. */
export interface SourceInput {
  tree: Root;
  /** Messages put on it (`file.message`) are the rule's, like `report`'s. */
  file: VFile;
  /**
   * Another text of the file read as the file was (its parser, the site's syntax): a rule tries
   * the fix it gives with it. Throws as parsing the file would.
   */
  reparse(text: string): Root;
}

/**
 * A check of one source file. Most rules read only the model (a ModelCheck fits); a rule that
 * needs the Markdown tree itself (`todo`, `reflection-model`, `inclusive-language`) takes the
 * fourth argument. The source layer runs it as a unified-lint-rule plugin (source/lint-rule.ts).
 */
export type SourceCheck = (
  model: Model,
  ctx: CheckContext,
  report: Report,
  input: SourceInput,
) => void;

/** One built page, as whole-site checks see it while the site is read. */
export interface SitePage {
  /** Path of the page inside the output folder, with forward slashes: `posts/a/index.html`. */
  path: string;
  model: Model;
  /** Line and column of an offset in the page. */
  point(offset: number): { line: number; column: number };
  /**
   * What a problem at an offset of the page ends with, saying where the page came from
   * (builtFromNote, builtByNote); empty when nothing is known. One string per page and kind, so
   * the whole-site rules keep a reference with each link, not a copy.
   */
  note(offset: number): string;
}

/** What a built page's problem says when it lies in what src/ writes around the entry's text. */
export const FROM_LAYOUT =
  "this part of the page comes from a layout or component under src/, not the entry's text";

/**
 * The end of a built page's problem message: which entry the page was built from, and, when the
 * problem is outside that entry's text, that a layout or component wrote it, so the author does
 * not look for it in the entry. Empty on a page built from no entry.
 */
export function builtFromNote(source: string | undefined, fromLayout: boolean): string {
  if (!source) return '';
  return fromLayout
    ? ` (page built from ${source}; ${FROM_LAYOUT})`
    : ` (page built from ${source})`;
}

/**
 * The end of a problem on a page that a file of `src/pages/` built, with no entry (`about.astro`,
 * `tags/[tag].astro`): that file, or the layout and components it uses, wrote it.
 */
export function builtByNote(pageFile: string): string {
  return ` (page built by ${pageFile})`;
}

/**
 * The end of a problem in what a page quotes from an entry (EXCERPT_ATTRIBUTE: a course
 * portfolio prints each entry whole): the entry's file, where the words and their fix are.
 */
export function quotedFromNote(source: string): string {
  return ` (page quotes this from ${source})`;
}

/**
 * A built page's problem message read back: the message without its builtFromNote, builtByNote
 * or quotedFromNote, whether src/ wrote what it is about (a page of src/pages/, a page built
 * from nothing known, or outside the entry's text), so the build log can fold one layout's
 * problem repeated on every page (core/report.ts), and the entry the words come from, when known.
 */
export function withoutBuiltFrom(message: string): {
  what: string;
  fromSrc: boolean;
  source?: string;
} {
  const note = / \(page (built from|built by|quotes this from) ([^\n]*)\)$/.exec(message);
  if (!note) return { what: message, fromSrc: true };
  const what = message.slice(0, note.index);
  if (note[1] === 'built by') return { what, fromSrc: true };
  if (note[1] === 'quotes this from') return { what, fromSrc: false, source: note[2] };
  const layout = note[2].endsWith(`; ${FROM_LAYOUT}`);
  const source = layout ? note[2].slice(0, -`; ${FROM_LAYOUT}`.length) : note[2];
  return { what, fromSrc: layout, source };
}

/** What a whole-site check knows about where the site is served. */
export interface SiteOptions {
  /** Astro `base`, e.g. `/blog/`. Default `/`. */
  base?: string;
  /** The site's own URL; absolute links to it count as internal. */
  site?: string;
  /**
   * The Markdown processor the build rendered with, when it is not Sätteri: Markdown links
   * then got no base, and a fix must not suggest one. Default Sätteri.
   */
  markdownProcessor?: string;
}

export type SiteReport = (
  pagePath: string,
  at: { line: number; column: number },
  message: string,
) => void;

/**
 * A check over the whole built site (`link-target`). `collect` sees each page once, while the
 * site is read, and keeps only what it needs; `finish` reports once every page is known.
 */
export interface SiteCheck {
  /** Called once per page, in any order; called again for a page, it replaces the first call. */
  collect(page: SitePage): void;
  /** `files` holds every file in the output folder (paths relative to it). */
  finish(files: Set<string>, report: SiteReport): void;
}

/**
 * One gate rule. A rule file exports one of these; rules/index.ts lists them. A rule may check
 * sources (`source`, over Markdown/MDX), built pages (`html`), or both.
 */
export interface GateRule {
  /** Its id; a shipped rule's is listed in core/rule-ids.ts too (a unit test checks). */
  id: string;
  /** Level unless the site config overrides it. Warnings print but never fail. */
  severity: Severity;
  /**
   * Check of one source file; the source layer makes it a unified-lint-rule plugin (for the
   * check, the build and editors via .remarkrc.mjs).
   */
  source?: SourceCheck;
  /** Check of one built page. */
  html?: ModelCheck;
  /** Check needing every built page (a fresh instance per run). */
  site?: (options: SiteOptions) => SiteCheck;
  /**
   * Some of its source problems stop the build at any level, and it reports them with
   * `stopsBuild`: they stay errors when the site config sets it to `warning`, and are still
   * reported at `off` (the rest of its problems are not). Rules all of whose problems stop the
   * build are in ALWAYS_ERRORS instead (core/rule-ids.ts), and cannot be lowered at all.
   */
  someStopTheBuild?: boolean;
}

/** A rule's level: the site config's override, else its own severity. */
export function levelOf(rule: GateRule, config: GateConfig): Level {
  return config.levels[rule.id] ?? rule.severity;
}

/**
 * What a file gets when a rule throws on it instead of judging it: the error's first line (not
 * Node's require stack), and what to do. A package missing from `node_modules/` is the author's
 * to mend; anything else is the gate's bug.
 */
export function ruleFailedMessage(id: string, error: unknown): string {
  return gateFailedMessage(`run ${id} on this file`, error);
}

/** The same for the gate's whole check of a file (`check this file`), or any part of it. */
export function gateFailedMessage(what: string, error: unknown): string {
  const first = String((error as Error)?.message ?? error).split('\n')[0];
  return /Cannot find (?:module|package)/.test(first)
    ? `The gate could not ${what} (${first}): run npm ci to install what the project's lockfile lists`
    : `The gate could not ${what} (${first}): please report this, with the file`;
}

/**
 * Runs model checks over one model, each rule at its configured level (one set to `off` is not
 * run), and places what they report. The built pages and the site's `.astro` files are checked
 * this way; Markdown and MDX go through unified (source/lint-rule.ts).
 */
export function modelProblems(
  model: Model,
  ctx: CheckContext,
  locator: Pick<Locator, 'place'>,
  checks: { rule: GateRule; check: ModelCheck }[],
  config: GateConfig,
  { file, suffix = () => '' }: { file: string; suffix?: (at: El | number) => string },
): Problem[] {
  const problems: Problem[] = [];
  for (const { rule, check } of checks) {
    const level = levelOf(rule, config);
    if (level === 'off') continue;
    const severity = level === 'warning' ? 'warning' : 'error';
    try {
      check(model, ctx, (at, message) => {
        const { start, end } = locator.place(at);
        problems.push({
          file,
          line: start.line,
          column: start.column,
          ...(end && { endLine: end.line, endColumn: end.column }),
          ruleId: rule.id,
          severity,
          message: message + suffix(at),
        });
      });
    } catch (error) {
      // One rule's failure is said on its page; the other rules still judge it.
      const message = ruleFailedMessage(rule.id, error) + suffix(0);
      problems.push({ file, line: 1, column: 1, ruleId: rule.id, severity, message, failed: true });
    }
  }
  return problems;
}
