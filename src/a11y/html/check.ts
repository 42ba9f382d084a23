import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Locator, htmlModel, type Model } from '../core/model.ts';
import { rules } from '../rules/index.ts';
import type { GateConfig } from '../core/config.ts';
import { checkContext } from '../core/context.ts';
import { levelOf, type GateRule, type SiteOptions } from '../core/rule.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { listFiles } from '../../lib/util/files.ts';
import { UsageError } from '../../lib/util/usage-error.ts';
// Where a page came from: the entry layout marks its article with the source file.
import { SOURCE_ATTRIBUTE } from '../../lib/site/page-markers.ts';

export interface HtmlCheckOptions extends SiteOptions {
  cwd?: string;
  /** Project root: a page's `data-commonplace-source` path is relative to it. Default: cwd. */
  root?: string;
  rules?: GateRule[];
  /** Files written after the check (the build's feeds), which links may point at. Default none. */
  laterFiles?: string[];
}

function tracedSource(model: Model): string | undefined {
  for (const el of model.elements) {
    const value = el.attrs[SOURCE_ATTRIBUTE];
    if (typeof value === 'string' && value) return value;
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
  options: { rules?: GateRule[]; fromFile?: (source: string | undefined) => string } = {},
) {
  const model = htmlModel(text);
  const locator = new Locator(text);
  const source = tracedSource(model);
  const from = options.fromFile?.(source) ?? resolve(source ?? '.');
  const ctx = checkContext({ config, layer: 'html', syntax: 'html', from });
  const suffix = source ? ` (page built from ${source})` : '';
  const problems: Problem[] = [];
  for (const rule of (options.rules ?? rules).filter(
    (r) => r.html && levelOf(r, config) !== 'off',
  )) {
    rule.html!(model, ctx, (at, message) => {
      const { start, end } = locator.place(at);
      const severity = levelOf(rule, config) === 'warning' ? 'warning' : 'error';
      problems.push({
        file: '',
        line: start.line,
        column: start.column,
        ...(end && { endLine: end.line, endColumn: end.column }),
        ruleId: rule.id,
        severity,
        message: message + suffix,
      });
    });
  }
  return { model, problems, source, point: (offset: number) => locator.point(offset) };
}

/**
 * The built-HTML layer: parses every `.html` file under `dir` once (htmlparser2) and runs every
 * page rule on it, then the whole-site rules (`link-target`). Reports every problem at once.
 */
export async function checkHtmlDir(
  dir: string,
  config: GateConfig,
  options: HtmlCheckOptions = {},
): Promise<{ problems: Problem[]; files: number }> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? cwd;
  const outDir = resolve(cwd, dir);
  const info = await stat(outDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`${dir}: no such folder`);

  const list = options.rules ?? rules;
  const active = list.filter((rule) => levelOf(rule, config) !== 'off');
  const severity = (rule: GateRule): Problem['severity'] =>
    levelOf(rule, config) === 'warning' ? 'warning' : 'error';
  const pageRules = active.filter((rule) => rule.html);
  const siteRules = active
    .filter((rule) => rule.site)
    .map((rule) => ({ rule, check: rule.site!(options) }));

  const files = listFiles(outDir);
  const pages = files.filter((file) => /\.html?$/i.test(file));
  const problems: Problem[] = [];
  const shown = (page: string) => displayPath(join(outDir, page), cwd);

  // Read synchronously: each page is parsed at once anyway, and a promise read costs this
  // thread about three times the CPU (four trips through libuv's pool per file).
  for (const path of pages) {
    const text = readFileSync(join(outDir, path), 'utf8');
    const page = checkPage(text, config, {
      rules: pageRules,
      fromFile: (source) => (source ? resolve(root, source) : join(outDir, path)),
    });
    for (const problem of page.problems) problems.push({ ...problem, file: shown(path) });
    for (const { check } of siteRules)
      check.collect({ path, model: page.model, source: page.source, point: page.point });
  }

  const fileSet = new Set([...files, ...(options.laterFiles ?? [])]);
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
  return { problems, files: pages.length };
}
