/** What the gate says about one place in one file. `npm run check -- --format json` prints these. */
export interface Problem {
  /** Path of the file, relative to the working directory when inside it. */
  file: string;
  line: number;
  column: number;
  /** Stable rule id, e.g. `image-alt` (README "Accessibility gate" lists them). */
  ruleId: string;
  severity: Severity;
  /** What is wrong, then what to do. */
  message: string;
}

export type Severity = 'error' | 'warning';
/** A rule's configured level; `off` turns it off. */
export type Level = Severity | 'off';
