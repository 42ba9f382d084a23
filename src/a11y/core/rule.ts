import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { lintRule } from 'unified-lint-rule';
import { Locator, type Model } from './model.ts';
import type { CheckContext, Report } from './policy.ts';
import type { Severity } from './types.ts';
import { sourceContext, sourceModel, type SourceOptions } from '../source/model.ts';
import { readmeUrl } from '../../lib/readme-url.ts';

/**
 * Where a rule is documented: its row or section in the README has the rule's id as its anchor
 * (`#image-alt`); every message of the rule links there (editors show it as the rule's link).
 */
export const ruleDocsUrl = (id: string): string => readmeUrl(id);

/** A check of one document model; the same function serves both layers. */
export type ModelCheck = (model: Model, ctx: CheckContext, report: Report) => void;

/** One built page, as whole-site checks see it while the site is read. */
export interface SitePage {
  /** Path of the page inside the output folder, with forward slashes: `posts/a/index.html`. */
  path: string;
  model: Model;
  /** The source file the page was built from, when the page says (`data-commonplace-source`). */
  source?: string;
  /** Line and column of an offset in the page. */
  point(offset: number): { line: number; column: number };
}

/** What a whole-site check knows about where the site is served. */
export interface SiteOptions {
  /** Astro `base`, e.g. `/blog/`. Default `/`. */
  base?: string;
  /** The site's own URL; absolute links to it count as internal. */
  site?: string;
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
  collect(page: SitePage): void;
  /** `files` holds every file in the output folder (paths relative to it). */
  finish(files: Set<string>, report: SiteReport): void;
}

/**
 * One gate rule. A rule file exports one of these; rules/index.ts lists them. A rule may check
 * sources (a unified-lint-rule plugin over Markdown/MDX), built pages (`html`), or both.
 */
export interface GateRule {
  id: string;
  /** Level unless the site config overrides it. Warnings print but never fail. */
  severity: Severity;
  /** unified-lint-rule plugin for the source layer (and editors via .remarkrc.mjs). */
  source?: Plugin<[unknown?], Root>;
  /** Check of one built page. */
  html?: ModelCheck;
  /** Check needing every built page (a fresh instance per run). */
  site?: (options: SiteOptions) => SiteCheck;
}

/**
 * Turns a model check into a unified-lint-rule plugin: the model is built once per file and
 * shared by every rule, and each report becomes a vfile message at the element's position.
 */
export function modelLintRule(id: string, check: ModelCheck): Plugin<[unknown?], Root> {
  return lintRule<Root, SourceOptions | undefined>(
    { origin: `commonplace:${id}`, url: ruleDocsUrl(id) },
    (tree, file, options) => {
      const model = sourceModel(tree, file);
      const locator = locatorFor(file, model);
      check(model, sourceContext(file, options), (at, message) => {
        const offset = typeof at === 'number' ? at : at.offset;
        file.message(message, locator.point(offset));
      });
    },
  ) as Plugin<[unknown?], Root>;
}

const locators = new WeakMap<Model, Locator>();
function locatorFor(_file: VFile, model: Model): Locator {
  let locator = locators.get(model);
  if (!locator) locators.set(model, (locator = new Locator(model.text)));
  return locator;
}
