/** What the gate says about one place in one file. `npm run check -- --format json` prints these. */
export interface Problem {
  /** Path of the file, relative to the working directory when inside it. */
  file: string;
  line: number;
  column: number;
  /**
   * Where the element ends (column just past it, as in unist), so editors underline all of it.
   * Absent when the gate knows only a point (a frontmatter field, a word, a whole-site check).
   */
  endLine?: number;
  endColumn?: number;
  /** Stable rule id, e.g. `image-alt` (README "Accessibility gate" lists them). */
  ruleId: string;
  severity: Severity;
  /** What is wrong, then what to do. */
  message: string;
  /**
   * The rule (or the whole check) failed on this file instead of judging it: said at the rule's
   * level, so a failed error rule still stops the build, and never cached, so the next check
   * runs the rule again (after `npm ci`, or a fix of the gate).
   */
  failed?: true;
  /**
   * The change that fixes it, where the gate knows it for certain: the text from `range[0]` to
   * `range[1]` (offsets into the file as read, as ESLint's fixes count them) replaced by `text`.
   * `npm run check -- --fix` makes it (run/fix.ts); `--format json` gives it to editors.
   */
  fix?: Fix;
}

/** One replacement in a file's text: see Problem's `fix`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export type Severity = 'error' | 'warning';
/** A rule's configured level; `off` turns it off. */
export type Level = Severity | 'off';
