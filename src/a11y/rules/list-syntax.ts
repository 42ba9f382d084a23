import { visit } from 'unist-util-visit';
import type { Paragraph, Root } from 'mdast';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck, SourceInput } from '../core/rule.ts';
import { ODD_SPACE } from '../../lib/util/odd-characters.ts';
import { withFix } from '../core/fixes.ts';
import type { Fix } from '../core/types.ts';

/**
 * `list-syntax` (sources, a warning): lines written as a list that Markdown reads as one
 * paragraph. A list pasted from a word processor, a notes app or a web page keeps its bullets as
 * characters (`• A poll`, `▪ A thread`), and one typed with a no-break space after its `-` or
 * `1.` (as some editors and keyboards write it) is no list either: CommonMark starts an item only
 * at `-`, `*`, `+`, `1.` or `1)` and a plain space. The page then runs the lines together in one
 * paragraph, and a screen reader announces no list and no count of its items (WCAG 1.3.1).
 *
 * Two lines or more are needed, in one paragraph or in paragraphs one after another, each
 * starting with the same mark: one line starting with `•` may be a line of text. Dashes are left
 * alone (dialogue in Spanish or French starts each line with `—`). The fix is tried first: the
 * lines written with `- ` (or `1. `) must be read as a list.
 *
 * Lines that each start with the same emoji (`✅ Posted the poll`, as social media posts are
 * written) or with a number as an emoji (`1️⃣`) are the same habit, where they run on in one
 * paragraph: the page shows them on one line. In paragraphs of their own they are left alone,
 * as each is on its own line and the emoji is chosen.
 */

/** Bullet characters that are no Markdown list marker. */
const BULLET = '[•●◦▪▫■□‣⁃∙·▸►➢➤○]';
/** Any space after a mark, a plain one or one Markdown does not count. */
const SPACE = `[ \\t${ODD_SPACE}]`;
/** A space Markdown does not count after a list marker of its own. */
const ODD = `[${ODD_SPACE}]`;
const ITEM = new RegExp(
  `^([ \\t]*)(?:(${BULLET})${SPACE}+|([-*+])${ODD}${SPACE}*|(\\d{1,9})([.)])${ODD}${SPACE}*)(?=\\S)`,
);

/** An emoji a line starts with as its bullet, with what may follow it, a skin tone, a joiner. */
const EMOJI =
  '(?:\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?(?:\\u200D\\p{Extended_Pictographic}(?:\\uFE0F|\\p{Emoji_Modifier})?)*)';
/** A number written as an emoji: a digit, its variation selector, the keycap's frame. */
const KEYCAP = '(?:[0-9#*]\\uFE0F?\\u20E3|\\u{1F51F})';
const EMOJI_ITEM = new RegExp(`^(?:(${KEYCAP})|(${EMOJI}))${SPACE}+(?=\\S)`, 'u');

/** A bullet character, an odd space or an emoji anywhere: the file may hold such a list. */
const ANY_MARK = new RegExp(`${BULLET}|${ODD}|\\p{Extended_Pictographic}|\\u20E3`, 'u');
const ONE_BULLET = new RegExp(`^${BULLET}$`);

interface Mark {
  kind: string;
  /** How much of the line the fix replaces: the mark and its space, or nothing for an emoji. */
  length: number;
  ordered: boolean;
  /** An emoji as a bullet, or numbers as emoji: a run of them stays in one paragraph. */
  emoji?: 'bullet' | 'number';
}

/** A line's mark, as the same for every item of one list: `•`, `-`, `1.`, `✅`, a keycap. */
function markOf(line: string): Mark | undefined {
  const found = ITEM.exec(line);
  if (found) {
    const [whole, , bullet, marker, number, delimiter] = found;
    const kind = bullet ?? marker ?? `1${delimiter}`;
    return { kind, length: whole.length, ordered: number !== undefined };
  }
  const emoji = EMOJI_ITEM.exec(line);
  if (!emoji) return undefined;
  // The emoji stays, after the `- ` the fix puts in front; a keycap becomes the item's number.
  return emoji[1]
    ? { kind: 'keycap', length: emoji[0].length, ordered: true, emoji: 'number' }
    : { kind: emoji[2]!.replace(/\uFE0F/g, ''), length: 0, ordered: false, emoji: 'bullet' };
}

/** What the page shows instead, and what to write. */
function message(kind: string, odd: boolean, emoji?: Mark['emoji']): string {
  if (emoji === 'number')
    return 'These lines start with numbers written as emoji (1️⃣, 2️⃣), which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with its number, a full stop and a space (1. )';
  if (emoji === 'bullet')
    return `These lines start with ${kind}, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space, and keep ${kind} after it if you like (- ${kind} …)`;
  return odd
    ? `These lines start with ${kind} and a space Markdown does not count (a no-break space, as some editors type one), so the page runs them together in one paragraph and a screen reader announces no list: start each line with ${kind} and a plain space`
    : `These lines start with ${kind}, a bullet pasted as a character, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space`;
}

export const checkListSyntax: SourceCheck = (_model, _ctx, _report, { tree, file, reparse }) => {
  const text = String(file.value ?? '');
  // Most files end here: no bullet character, and no odd space anywhere.
  if (!ANY_MARK.test(text)) return;
  const locator = new Locator(text);
  // A run of lines with one mark, over one paragraph or paragraphs one after another.
  let run:
    | {
        kind: string;
        ordered: boolean;
        emoji?: Mark['emoji'];
        lines: { at: number; length: number }[];
      }
    | undefined;
  let after = -1;
  const close = () => {
    const fix = run && run.lines.length > 1 && listFix(text, run.lines, run.ordered, reparse);
    if (run && fix)
      withFix(
        file.message(
          message(run.kind, !ONE_BULLET.test(run.kind), run.emoji),
          locator.point(run.lines[0]!.at),
        ),
        fix,
      );
    run = undefined;
  };
  visit(tree as Root, 'paragraph', (node: Paragraph) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // Only a paragraph right after the last one (blank lines between) goes on a run, and only
    // one of bullets or odd spaces: emoji in paragraphs of their own are on lines of their own.
    if (run && (run.emoji || text.slice(after, start).trim())) close();
    let at = start;
    for (const line of text.slice(start, end).split('\n')) {
      // A quote's later lines start with its `>` (the first starts after it), a list item's
      // with its indent.
      const lead = /^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(line)![0].length;
      const found = markOf(line.slice(lead));
      const mark = found && { ...found, length: found.length + lead };
      if (mark && run && mark.kind === run.kind)
        run.lines.push({ at: at + lead, length: mark.length - lead });
      else {
        close();
        if (mark)
          run = {
            kind: mark.kind,
            ordered: mark.ordered,
            emoji: mark.emoji,
            lines: [{ at: at + lead, length: mark.length - lead }],
          };
      }
      at += line.length + 1;
    }
    after = end;
  });
  close();
};

/**
 * The lines each written with `- ` (or `1. `), as one replacement from the first line's mark to
 * the last's: undefined unless they are then read as a list (the fix works).
 */
function listFix(
  text: string,
  lines: { at: number; length: number }[],
  ordered: boolean,
  reparse: SourceInput['reparse'],
): Fix | undefined {
  let fixed = text;
  // From the last, so the earlier offsets hold.
  lines.toReversed().forEach(({ at, length }, i) => {
    const mark = ordered ? `${lines.length - i}. ` : '- ';
    fixed = fixed.slice(0, at) + mark + fixed.slice(at + length);
  });
  let found = false;
  visit(reparse(fixed), 'list', (node) => {
    if (node.position?.start.offset === lines[0]!.at) found = true;
  });
  if (!found) return undefined;
  const from = lines[0]!.at;
  const to = lines.at(-1)!.at + lines.at(-1)!.length;
  // What follows the last mark is as it was: the text changed by the same length before it.
  return { range: [from, to], text: fixed.slice(from, to + fixed.length - text.length) };
}

/**
 * `list-syntax` (a warning): lines written as a list that Markdown reads as one paragraph: each starting with a bullet pasted as a character (`• A poll`, `▪`, `●`, as word processors, notes apps and web pages copy lists), or with `-`, `*`, `+`, `1.` or `1)` and a space Markdown does not count (a no-break space). The page runs them together, and a screen reader announces no list. Two lines or more with the same mark, in one paragraph or in paragraphs one after another; dashes are left alone (dialogue in Spanish or French starts each line with one). Reported only where the lines written with `- ` are read as a list. And lines that run on in one paragraph, each starting with the same emoji (`✅ Posted the poll`) or with a number as an emoji (`1️⃣`), as social media posts are written: the page shows them on one line.
 *
 * @fix Start each line with `-` and a space (`1.` and a space for numbered steps); an emoji can stay after it (`- ✅ Posted the poll`); `npm run check -- --fix` does it.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   What I tried:
 *
 *   - A poll on Mastodon
 *   - A thread with alt text
 *
 *   • One bullet on a line is a line of text.
 *
 *   — ¿Vienes?
 *   — Sí.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   What I tried:
 *
 *   • A poll on Mastodon
 *   • A thread with alt text
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:1: These lines start with •, a bullet pasted as a character, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space
 */
const rule: GateRule = { id: 'list-syntax', severity: 'warning', source: checkListSyntax };
export default rule;
