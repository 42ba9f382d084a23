import { visit } from 'unist-util-visit';
import type { Root, Text } from 'mdast';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck, SourceInput } from '../core/rule.ts';
import { withFix } from '../core/fixes.ts';

/**
 * `emphasis-syntax` (sources, a warning): bold or italics that Markdown shows as text, with its
 * asterisks or underscores. CommonMark reads `**` as bold only where no space is just inside it,
 * so `**Key point: **ask` (a word processor's bold often ends after the space) and
 * `** really **` show their stars, which a screen reader reads aloud; `__Note:__this`, with the
 * underscores against a word, is no bold either (underscores never mark part of a word).
 *
 * The fix moves the space outside the marks (`**Key point:** ask`), or writes asterisks for the
 * underscores, and is tried first: the text with it must have the bold or italics there. A single
 * `*` or `_` is taken for emphasis only round a word (`*very *tired`, `* broken emphasis *`):
 * `2 * 3 * 4` and `x * y` are arithmetic. Code and escaped marks (`\**`) are skipped.
 */

/** Marks, a space on either side inside, the text between, the same marks again. */
const PAIR = /(\*\*\*|___|\*\*|__|\*|_)([ \t]*)([^*_\s](?:[^*_\n]*?[^*_\s])?)([ \t]*)\1/g;
const WORD = /[\p{L}\p{N}]/u;

interface Mend {
  at: number;
  written: string;
  /** The ways to write it, tried in turn: the first that reads as bold or italics is given. */
  fixes: string[];
}

/** Each pair of marks in `text` from `start` to `end` that shows as text, and its fixes. */
function* candidates(text: string, start: number, end: number): Generator<Mend> {
  const slice = text.slice(start, end);
  for (const found of slice.matchAll(PAIR)) {
    const [written, marks, lead, inner, trail] = found as unknown as string[];
    const at = start + found.index;
    const before = text[at - 1] ?? ' ';
    const after = text[at + written!.length] ?? ' ';
    // `\** not bold **`, `** not bold *\*`: a mark written to be shown. And the marks are a
    // whole run: one `*` of `***` is another reading's.
    if (before === '\\' || before === marks![0] || after === '\\' || after === marks![0]) continue;
    const spaced = Boolean(lead || trail);
    // `__Note:__this`, `__Key point__and`: prose against a word. Not `snake__case__name`, nor
    // `__banana__cherry`, which read as names with underscores in them.
    const againstWord =
      marks === '__' && !WORD.test(before) && WORD.test(after) && /\s|\p{P}$/u.test(inner!);
    if (!spaced && !againstWord) continue;
    // A single mark round no word is likely arithmetic (`2 * 3 * 4`, `x * y * z`).
    if (marks!.length === 1 && !/\p{L}{2}/u.test(inner!)) continue;
    const mark = againstWord ? '**' : marks!;
    // The spaces go outside the marks, where there is none already.
    const open = (lead || againstWord) && !/\s/.test(before) ? ' ' : '';
    const close = (trail || againstWord) && !/\s/.test(after) ? ' ' : '';
    const fixes = [
      `${lead && !/\s/.test(before) ? ' ' : ''}${mark}${inner}${mark}${trail && !/\s/.test(after) ? ' ' : ''}`,
    ];
    if (open || close) fixes.push(`${open}${mark}${inner}${mark}${close}`);
    yield { at, written: written!, fixes };
  }
}

/** The first fix with which the text has bold or italics where the marks are. */
function reading(text: string, mend: Mend, reparse: SourceInput['reparse']): string | undefined {
  return mend.fixes.find((fix) => {
    const fixed = text.slice(0, mend.at) + fix + text.slice(mend.at + mend.written.length);
    const at = mend.at + (fix.startsWith(' ') ? 1 : 0);
    let found = false;
    visit(reparse(fixed), ['strong', 'emphasis'], (node) => {
      if (node.position?.start.offset === at) found = true;
    });
    return found;
  });
}

export const checkEmphasisSyntax: SourceCheck = (
  _model,
  _ctx,
  _report,
  { tree, file, reparse },
) => {
  const text = String(file.value ?? '');
  // Most files end here: no mark with a space inside it, nor underscores against a word.
  if (!/[*_][ \t]|[ \t][*_]|\w__|__\w/.test(text)) return;
  const locator = new Locator(text);
  visit(tree as Root, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const mend of candidates(text, start, end)) {
      const fix = reading(text, mend, reparse);
      if (!fix) continue;
      const marks = /^[*_]+/.exec(mend.written)![0];
      const what = ['italics', 'bold', 'bold italics'][marks.length - 1]!;
      const chars = marks.startsWith('*') ? 'asterisks' : 'underscores';
      const why = /^\s|\s$/.test(mend.written.slice(marks.length, -marks.length))
        ? `${what} takes no space just inside its ${marks}`
        : `${marks} against a word marks no ${what}`;
      const space = fix.endsWith(' ')
        ? ', with a space after it'
        : fix.startsWith(' ')
          ? ', with a space before it'
          : '';
      // The fix is the one the page was read again with: the marks then make bold or italics.
      withFix(
        file.message(
          `${mend.written} shows its ${chars} on the page, as ${why}, and a screen reader reads them aloud: write ${fix.trim()}${space}`,
          locator.point(mend.at),
        ),
        { range: [mend.at, mend.at + mend.written.length], text: fix },
      );
    }
  });
};

/**
 * `emphasis-syntax` (a warning): bold or italics that Markdown shows as text, with its marks, which a screen reader reads aloud: a space just inside the marks (`**Key point: **ask`, as a word processor's bold often ends after a space, `** really **`, `*very *tired`), or underscores against a word (`__Note:__this`), which mark no part of a word. A single `*` or `_` counts only round a word (`2 * 3 * 4` and `x * y` are arithmetic). Reported only where the text mended is read as bold or italics. Code is skipped.
 *
 * @fix Move the space outside the marks (`**Key point:** ask`), or write asterisks for underscores against a word (`**Note:**this`). `npm run check -- --fix` makes the change the message gives, which the page was read again with.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   **Key point:** ask before you post. It was **really** hard, and 2 * 3 * 4 is 24.
 *
 *   `** code **` and my_snake_case_name stay as written.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   **Key point: **ask before you post.
 *
 *   It was ** really ** hard, and I felt *very *tired.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: **Key point: ** shows its asterisks on the page, as bold takes no space just inside its **, and a screen reader reads them aloud: write **Key point:**, with a space after it
 *   3:8: ** really ** shows its asterisks on the page, as bold takes no space just inside its **, and a screen reader reads them aloud: write **really**
 *   3:38: *very * shows its asterisks on the page, as italics takes no space just inside its *, and a screen reader reads them aloud: write *very*, with a space after it
 */
const rule: GateRule = { id: 'emphasis-syntax', severity: 'warning', source: checkEmphasisSyntax };
export default rule;
