import type { Fix } from './types.ts';

/**
 * Fixes the gate is certain of (Problem's `fix`): a rule puts one on its message, the report
 * carries it, and `npm run check -- --fix` makes the changes. Only a change that cannot alter
 * what the author meant gets one (a pasted no-break space after a heading's hashes, bullets
 * pasted as characters, Jekyll's `date` renamed `pubDate`); a fix that needs the author's words
 * (alt text, a transcript) or choice (a typo's closest name) stays in the message.
 */

/** Puts a fix on a rule's message (a vfile message), where check.ts reads it back (fixOf). */
export function withFix<T extends object>(message: T, fix: Fix): T {
  return Object.assign(message, { fix });
}

/** The fix a message carries, when it is a well-formed one. */
export function fixOf(message: object): Fix | undefined {
  const fix = (message as { fix?: unknown }).fix as Partial<Fix> | undefined;
  if (!fix || typeof fix.text !== 'string' || !Array.isArray(fix.range)) return undefined;
  const [start, end] = fix.range;
  return Number.isInteger(start) && Number.isInteger(end) && start! >= 0 && end! >= start!
    ? { range: [start!, end!], text: fix.text }
    : undefined;
}

/**
 * A text with fixes made, from the first: one whose range overlaps a fix already made is left
 * for the next round (`npm run check -- --fix` checks the file again, and the fix is found again
 * in the changed text), as ESLint does. `applied` counts the fixes made.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const chosen: Fix[] = [];
  let reached = -1;
  for (const fix of [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])) {
    if (fix.range[0] < reached || fix.range[1] > text.length) continue;
    // An insertion where the fix before it ends (another insertion there, say): next round,
    // as the order of the two would be a guess.
    if (fix.range[0] === reached && fix.range[0] === fix.range[1]) continue;
    chosen.push(fix);
    reached = fix.range[1];
  }
  let fixed = text;
  for (const { range, text: replacement } of chosen.toReversed())
    fixed = fixed.slice(0, range[0]) + replacement + fixed.slice(range[1]);
  return { text: fixed, applied: chosen.length };
}

/**
 * A frontmatter key renamed where it is written (`date:` as `pubDate:`), when the key starts at
 * `at`: undefined where it is written otherwise (in quotes), which a fix must not guess at.
 */
export function keyRenamed(
  text: string,
  at: number,
  rename: { key: string; to: string } | undefined,
): { fix: Fix } | undefined {
  // A key of a list's item starts past its indent and dash (`  - date:`, `    date:`).
  if (rename) at += /^[ \t]*(?:-[ \t]+)?/.exec(text.slice(at, at + 200))![0].length;
  if (!rename || !text.startsWith(rename.key, at)) return undefined;
  const after = text[at + rename.key.length];
  // The whole key, up to its colon: `tags` is not the start of `tagsline:`.
  if (after !== ':' && after !== ' ' && after !== '\t') return undefined;
  return { fix: { range: [at, at + rename.key.length], text: rename.to } };
}

/**
 * A frontmatter key's line removed, value and all (`layout: post`), when the key starts at `at`
 * and its value is all on that line: undefined for a value that runs on below (a list, a block
 * of text, a flow collection over lines), an anchor, an alias or a tag, which a fix must not cut.
 */
export function keyRemoved(text: string, at: number): { fix: Fix } | undefined {
  const end = text.indexOf('\n', at);
  if (end === -1) return undefined;
  const line = text.slice(at, end).replace(/\r$/, '');
  const value = line
    .slice(line.indexOf(':') + 1)
    .replace(/(^|\s)#.*$/, '')
    .trim();
  if (!line.includes(':') || !value || /^[|>&*!]/.test(value)) return undefined;
  const nextEnd = text.indexOf('\n', end + 1);
  const next = text.slice(end + 1, nextEnd === -1 ? undefined : nextEnd);
  if (/^[ \t-]/.test(next)) return undefined;
  return { fix: { range: [at, end + 1], text: '' } };
}
