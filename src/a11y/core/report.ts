import { isAbsolute, relative } from 'node:path';
import type { Problem } from './types.ts';
import { ruleDocsUrl, withoutBuiltFrom } from './rule.ts';

/**
 * One report for both layers: a line per problem, `path:line:column  severity  message  rule-id`,
 * then a summary such as `3 errors, 1 warning in 2 files`.
 */

/** A path relative to the working directory when it is inside it, else absolute. */
export function displayPath(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function errorCount(problems: Problem[]): number {
  return problems.filter((p) => p.severity === 'error').length;
}

/** `3 errors, 1 warning in 2 files`, or `no problems in 12 files`. */
export function summary(problems: Problem[], checkedFiles?: number): string {
  const errors = errorCount(problems);
  const warnings = problems.length - errors;
  if (problems.length === 0) {
    return checkedFiles === undefined
      ? 'no problems'
      : `no problems in ${plural(checkedFiles, 'file')}`;
  }
  const files = new Set(problems.map((p) => p.file)).size;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
}

/** The report's problem lines, sorted, without the summary. */
export function formatLines(problems: Problem[]): string[] {
  return sortProblems(problems).map(
    (p) => `${p.file}:${p.line}:${p.column}  ${p.severity}  ${p.message}  ${p.ruleId}`,
  );
}

/** How many warnings of one rule a build or dev-server log shows before it sums up the rest. */
export const WARNINGS_PER_RULE = 10;

/** How many built pages a log shows the same problem on before it sums up the rest. */
export const PAGES_PER_PROBLEM = 3;

/**
 * The report's lines for a log that a person scrolls (the build, the dev server): every error,
 * and at most `perRule` warnings of each rule, then one line per rule saying how many more there
 * are and which command (`fullReport`) lists them all. `npm run check` never caps.
 *
 * With `pages` (the built pages' layer), a problem that src/ wrote (withoutBuiltFrom) with the same
 * message on more than PAGES_PER_PROBLEM pages is shown on the first of them, then one line says
 * on how many more: a broken link in the footer is one fix in one component, not a thousand
 * lines of the same error. Every one still counts in the summary, and every one fails the build.
 *
 * With `sources` (the source layer's problems, printed above it in the same build), a warning in
 * an entry's text on its built page is left out when the source layer gave as many of that rule
 * on the entry: both layers run most rules, and an empty `##` would otherwise be said twice, once
 * at its line and once on the page. The same goes for a page that quotes the entry (a course
 * portfolio, quotedFromNote). One line says how many were left out. Only as many as the source
 * layer reported go, on each page: a page with more than its entry had still shows the rest.
 */
export function capWarnings(
  problems: Problem[],
  fullReport: string,
  perRule = WARNINGS_PER_RULE,
  { pages = false, sources = [] }: { pages?: boolean; sources?: Problem[] } = {},
): string[] {
  const shown: Problem[] = [];
  const hidden = new Map<string, number>();
  const sorted = sortProblems(problems);
  // What the source layer said of each entry, rule by rule: the budget of repeats to leave out.
  const atSource = new Map<string, number>();
  for (const p of sources) {
    const entry = `${p.file}\0${p.ruleId}`;
    if (p.severity === 'warning') atSource.set(entry, (atSource.get(entry) ?? 0) + 1);
  }
  const repeats = new Map<string, number>();
  const onPages = new Map<string, { first: Problem; files: Set<string>; shown: number }>();
  // Each built page's problem read back once: where it comes from, for both folds below.
  const notes = pages || atSource.size ? sorted.map((p) => withoutBuiltFrom(p.message)) : [];
  // A problem src/ wrote, by what it says: the same on every page of a layout.
  const keys = sorted.map((p, i) => {
    const { what, fromSrc } = notes[i] ?? {};
    return pages && fromSrc ? `${p.severity}\0${p.ruleId}\0${what}` : undefined;
  });
  for (const [i, problem] of sorted.entries()) {
    const key = keys[i];
    if (key === undefined) continue;
    const seen = onPages.get(key) ?? { first: problem, files: new Set(), shown: 0 };
    seen.files.add(problem.file);
    onPages.set(key, seen);
  }
  // How many of each entry's warnings each page has left out: every page that shows the entry's
  // words (its own page, a course portfolio) may leave out as many as the source layer gave.
  const leftOut = new Map<string, number>();
  for (const [i, problem] of sorted.entries()) {
    if (problem.severity === 'warning' && atSource.size > 0) {
      const { source, fromSrc } = notes[i]!;
      const entry = source && !fromSrc ? `${source}\0${problem.ruleId}` : undefined;
      const onPage = `${problem.file}\0${entry}`;
      const done = leftOut.get(onPage) ?? 0;
      if (entry !== undefined && done < (atSource.get(entry) ?? 0)) {
        leftOut.set(onPage, done + 1);
        repeats.set(problem.ruleId, (repeats.get(problem.ruleId) ?? 0) + 1);
        continue;
      }
    }
    const key = keys[i];
    const repeated = key === undefined ? undefined : onPages.get(key);
    if (repeated && repeated.files.size > PAGES_PER_PROBLEM) {
      if (repeated.shown >= PAGES_PER_PROBLEM) continue;
      repeated.shown++;
    }
    if (problem.severity === 'warning') {
      const seen = (hidden.get(problem.ruleId) ?? 0) + 1;
      hidden.set(problem.ruleId, seen);
      if (seen > perRule) continue;
    }
    shown.push(problem);
  }
  const folded = [...onPages.values()]
    .filter(({ files }) => files.size > PAGES_PER_PROBLEM)
    .map(({ first, files }) => {
      const rest = files.size - PAGES_PER_PROBLEM;
      const { what } = withoutBuiltFrom(first.message);
      const quoted = what.length > 60 ? `${what.slice(0, 59)}…` : what;
      return `… and the same ${first.severity} on ${rest.toLocaleString('en-US')} more ${rest === 1 ? 'page' : 'pages'} (${files.size.toLocaleString('en-US')} in all): "${quoted}" (${first.ruleId}). It comes from a layout or component under src/: fix it there once`;
    });
  const more = [...hidden]
    .filter(([, seen]) => seen > perRule)
    .map(([ruleId, seen]) => {
      const rest = seen - perRule;
      return `… and ${rest.toLocaleString('en-US')} more ${ruleId} ${rest === 1 ? 'warning' : 'warnings'}: run ${fullReport} to see them all`;
    });
  const again = [...repeats].map(
    ([ruleId, count]) =>
      `… and ${count.toLocaleString('en-US')} ${ruleId} ${count === 1 ? 'warning' : 'warnings'} in entries' text, not shown again: the source layer reported ${count === 1 ? 'it' : 'them'} above, at ${count === 1 ? 'its line' : 'their lines'}`,
  );
  return [...formatLines(shown), ...folded, ...more, ...again];
}

/** The whole text report: problem lines, a blank line, the summary. */
export function formatText(problems: Problem[], checkedFiles?: number): string {
  const lines = formatLines(problems);
  return [...lines, ...(lines.length ? [''] : []), summary(problems, checkedFiles)].join('\n');
}

/** `--format json`: an array of problems and nothing else. */
export function formatJson(problems: Problem[]): string {
  return JSON.stringify(
    sortProblems(problems).map(
      ({ file, line, column, endLine, endColumn, ruleId, severity, message, fix }) => ({
        file,
        line,
        column,
        ...(endLine !== undefined && { endLine, endColumn }),
        ruleId,
        severity,
        message,
        url: ruleDocsUrl(ruleId),
        // What `--fix` would change, for an editor to offer (core/fixes.ts).
        ...(fix && { fix }),
      }),
    ),
    null,
    2,
  );
}

const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * A range's end for an annotation: GitHub takes `endColumn` only on one line, and underlines
 * whole lines when the range spans several.
 */
const endOf = (p: Problem) =>
  p.endLine === undefined
    ? ''
    : p.endLine === p.line
      ? `endLine=${p.endLine},endColumn=${p.endColumn},`
      : `endLine=${p.endLine},`;

/** GitHub Actions workflow commands, so problems show on the pull request's diff. */
export function formatAnnotations(problems: Problem[]): string[] {
  return sortProblems(problems).map(
    (p) =>
      `::${p.severity === 'error' ? 'error' : 'warning'} file=${escapeProperty(p.file)},line=${p.line},col=${p.column},${endOf(p)}title=${escapeProperty(p.ruleId)}::${escapeData(p.message)}`,
  );
}
