import { characterName, HIDDEN, ODD_SPACE } from '../util/odd-characters.ts';

/**
 * Characters that look like YAML's space or colon and are not, as pasted text and some keyboards
 * bring them into frontmatter: a no-break space (word processors write one after a colon, web
 * pages between words), the other Unicode spaces, invisible ones (a zero-width space, a byte order
 * mark in mid-file) and the full-width colon of Chinese and Japanese input. YAML reads none of
 * them as what they look like, so `title:` and a no-break space make one long text, not a field.
 */

// YAML takes the space and the tab only for spaces.
const GAP = `[ \\t${ODD_SPACE}${HIDDEN}]`;
const LOOKALIKE = new RegExp(`[${ODD_SPACE}${HIDDEN}\\uff1a]`);
/** A line's indent and list dashes, then the rest. */
const LEAD = new RegExp(`^(${GAP}*(?:-${GAP}+)*)(.*)$`);
/** A key, the gap before its colon, the colon (`:` or `：`), the gap after it and the value. */
const KEYED = new RegExp(
  `^([^\\s:\\uff1a${ODD_SPACE}${HIDDEN}"'#][^:\\uff1a]*?)(${GAP}*)([:\\uff1a])(${GAP}*)(.*)$`,
);

/** The look-alikes found in a line, why YAML trips on them, and the line mended. */
export interface LookalikeFix {
  /**
   * What is there and why it is no space or colon to YAML: `a no-break space (U+00A0) after
   * title:, and YAML takes only the space and the tab for spaces`.
   */
  why: string;
  /** The line with ordinary characters, `title: Week 6 notes`. */
  fix: string;
  /** What to do: `write it as title: Week 6 notes`, or, for an indent, `indent it with spaces`. */
  todo: string;
}

const SPACES = 'YAML takes only the space and the tab for spaces';

/**
 * The look-alikes YAML trips on in `line` (in its indent, in a key, around the colon after it)
 * and the line mended; undefined when it has none there. A value keeps its characters: a no-break
 * space inside `Week 6` is text, and YAML reads it.
 */
export function lookalikeFix(line: string): LookalikeFix | undefined {
  if (!LOOKALIKE.test(line)) return undefined;
  const [, lead = '', rest = ''] = LEAD.exec(line)!;
  const [, key, before = '', colon, after = '', value = ''] = KEYED.exec(rest) ?? [];
  const found: { what: string; rule: string }[] = [];
  const lead2 = lead.replace(/[^ \t-]/g, (char) => (HIDDEN_CHAR.test(char) ? '' : ' '));
  if (lead2 !== lead) found.push({ what: `${named(lead)} in its indent`, rule: SPACES });
  let fix = lead2;
  if (key !== undefined) {
    const name = withoutLookalikes(key);
    const before2 = before.replace(/[^ \t]/g, '');
    if (before2 !== before || name !== key)
      found.push({
        what: `${named(key + before)} in the name ${name}`,
        rule: 'a name is read with every character in it',
      });
    const wide = colon === '\uff1a';
    const after2 = wide || /[^ \t]/.test(after) ? (value ? ' ' : '') : after;
    if (wide)
      found.push({
        what: `a full-width colon (：) after ${name}`,
        rule: 'YAML takes only : for a colon',
      });
    else if (after2 !== after) found.push({ what: `${named(after)} after ${name}:`, rule: SPACES });
    fix += `${name}${before2}:${after2}${value}`;
  } else fix += rest;
  if (!found.length) return undefined;
  const rules = [...new Set(found.map((each) => each.rule))];
  const why = `${found.map((each) => each.what).join(' and ')}, and ${rules.join(', and ')}`;
  const indentOnly = found.length === 1 && lead2 !== lead;
  return { why, fix, todo: indentOnly ? 'indent it with spaces' : `write it as ${fix.trim()}` };
}

const NOT_READ = new RegExp(`[${ODD_SPACE}${HIDDEN}]`, 'g');

/** `name` without the spaces YAML does not read and the invisible characters. */
export const withoutLookalikes = (name: string) => name.replace(NOT_READ, '').trim();

const HIDDEN_CHAR = new RegExp(`[${HIDDEN}]`);

/** The look-alikes in `text`, named with their code points: `a no-break space (U+00A0)`. */
export function named(text: string): string {
  const chars = [...new Set([...text].filter((char) => LOOKALIKE.test(char)))];
  const each = chars.map((char) => characterName(char, 'space YAML does not read as one'));
  return each.length > 1 ? `${each.slice(0, -1).join(', ')} and ${each.at(-1)}` : each[0]!;
}
