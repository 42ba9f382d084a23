/**
 * The accessibility gate's dev toolbar app (README "The gate while you write"): what the dev
 * server and the app in the browser say to each other, and how the app sums up a page's
 * problems. Pure, so the server (src/integrations/gate-toolbar.ts), the browser
 * (src/scripts/gate-toolbar.ts) and the unit tests share one definition.
 */
import type { Problem } from '../../a11y/core/types.ts';

/** The app's id in Astro's dev toolbar. */
export const GATE_APP_ID = 'commonplace-gate';
/** Browser → server: check these sources of the current page (`GateRequest`). */
export const GATE_REQUEST = 'commonplace-gate:request';
/** Server → browsers: one source's problems, after a request or whenever the file changes. */
export const GATE_REPORT = 'commonplace-gate:report';

export interface GateRequest {
  /** Sources as the page names them: paths relative to the project root. */
  sources: string[];
}

export interface GateReport {
  /** The source, relative to the project root with `/`, as the page names it. */
  source: string;
  /** Its absolute path, for the editor. */
  file: string;
  problems: Problem[];
  /** Set when the file could not be checked (gone, or not a content file). */
  error?: string;
}

export interface GateSummary {
  count: number;
  errors: number;
  warnings: number;
  /** The toolbar notification's level; undefined when there is nothing to report. */
  level?: 'error' | 'warning';
  /** "2 problems (1 error, 1 warning)", "No problems". */
  label: string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Sums up the reports of the page's sources for the badge and the notification. */
export function gateSummary(reports: GateReport[]): GateSummary {
  const problems = reports.flatMap((report) => report.problems);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')];
  const detail = parts.filter(Boolean).join(', ');
  return {
    count: problems.length,
    errors,
    warnings,
    level: errors ? 'error' : warnings ? 'warning' : undefined,
    label: problems.length ? `${plural(problems.length, 'problem')} (${detail})` : 'No problems',
  };
}

/** A source path as the page writes it and as the server reports it: `/`, no leading `./`. */
export const normalizeSource = (source: string) =>
  source.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');

/**
 * The URL that opens a problem's place in the editor: the dev server's own endpoint, which
 * Astro's audit app uses too (`file:line:column`).
 */
export function editorUrl(file: string, problem: Pick<Problem, 'line' | 'column'>): string {
  return `/__open-in-editor?file=${encodeURIComponent(`${file}:${problem.line}:${problem.column}`)}`;
}
