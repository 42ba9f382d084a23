/**
 * A tag's attribute values as they were meant, in straight quotes: `alt=“The pit wall”`, where
 * an editor or a word processor turned the quotes curly as they were typed, and `src=/clip.webm`,
 * a value with no quotes. MDX reads neither (its parser stops: "Unexpected character `“` before
 * attribute value"); HTML in Markdown ends a curly-quoted value at its first space
 * (`alt` is `“The`, and `pit` and `wall”` become attributes of their own), and Markdown shows a
 * tag mid-line as text when a value without quotes holds a `/`. The parse-error hint and the
 * `html-syntax` rule write the tag with each such value in straight quotes.
 */

/** Each opening curly quote and the marks that close it (German opens „ and closes “). */
const CLOSING: Record<string, string> = {
  '“': '”“',
  '”': '”',
  '„': '“”',
  '‘': '’‘',
  '’': '’',
  '‚': '‘’',
  '«': '»',
  '»': '«»',
};

/** A tag with its values in straight quotes, and which kinds of value it mended. */
export interface MendedTag {
  /** The tag as written, from its `<` to its `>` (or to the end of the line). */
  written: string;
  /** The tag with each curly-quoted or unquoted value in straight quotes. */
  fixed: string;
  /** Each curly-quoted value, as written (`alt=“The pit wall”`). */
  curly: string[];
  /** Each value written without quotes (`src=/clip.webm`). */
  unquoted: string[];
}

/**
 * The tag that starts at `start` of `text` (its `<`), with its values mended; undefined when it
 * has none to mend, or is no tag. A value without quotes runs to a space or the `>`, as HTML
 * reads it (`href=/posts/week-1/>`); in MDX it stops before a `/>` (`alt=pit/>`), as a JSX tag
 * closes itself.
 */
export function mendTag(
  text: string,
  start: number,
  language: 'MDX' | 'HTML',
): MendedTag | undefined {
  const name = /^<[A-Za-z][\w.:-]*/.exec(text.slice(start));
  if (!name) return undefined;
  let at = start + name[0].length;
  let fixed = name[0];
  const curly: string[] = [];
  const unquoted: string[] = [];
  const line = text.indexOf('\n', start);
  const stop = line === -1 ? text.length : line;
  while (at < stop) {
    const gap = /^\s*/.exec(text.slice(at, stop))![0];
    fixed += gap;
    at += gap.length;
    if (at >= stop || text.startsWith('>', at) || text.startsWith('/>', at)) break;
    const attribute = /^[^\s"'<>/=]+/.exec(text.slice(at, stop))?.[0];
    if (!attribute) return undefined;
    fixed += attribute;
    at += attribute.length;
    const equals = /^\s*=\s*/.exec(text.slice(at, stop))?.[0];
    if (!equals) continue;
    fixed += '=';
    at += equals.length;
    const open = text[at]!;
    let value: string;
    if (open === '"' || open === "'" || open === '{') {
      const close = open === '{' ? '}' : open;
      const end = text.indexOf(close, at + 1);
      if (end === -1 || end > stop) return undefined;
      fixed += text.slice(at, end + 1);
      at = end + 1;
      continue;
    }
    if (CLOSING[open]) {
      let end = at + 1;
      while (end < stop && !CLOSING[open]!.includes(text[end]!)) end++;
      if (end >= stop) return undefined;
      value = text.slice(at + 1, end);
      curly.push(text.slice(at - equals.length - attribute.length, end + 1));
      at = end + 1;
    } else {
      const until = language === 'MDX' ? /^[^\s>]*?(?=\s|\/?>|$)/ : /^[^\s>]*/;
      value = until.exec(text.slice(at, stop))![0];
      if (!value) return undefined;
      unquoted.push(text.slice(at - equals.length - attribute.length, at + value.length));
      at += value.length;
    }
    fixed +=
      value.includes('"') && !value.includes("'")
        ? `'${value}'`
        : `"${value.replaceAll('"', '&quot;')}"`;
  }
  if (!curly.length && !unquoted.length) return undefined;
  const close = /^\/?>/.exec(text.slice(at, stop))?.[0] ?? '';
  return { written: text.slice(start, at + close.length), fixed: fixed + close, curly, unquoted };
}

/** Why the values mended were not read, in words: curly quotes, values without quotes, or both. */
export function mendedWhy(mended: MendedTag, language: 'MDX' | 'HTML'): string {
  const curly = mended.curly.length
    ? `${mended.curly.join(' and ')} ${mended.curly.length > 1 ? 'are' : 'is'} in curly quotes, which editors type for straight ones and ${language} does not read as quotes`
    : '';
  const bare = mended.unquoted.length
    ? `${mended.unquoted.join(' and ')} ${mended.unquoted.length > 1 ? 'have' : 'has'} no quotes${language === 'MDX' ? ', which MDX wants round a value' : ''}`
    : '';
  return [curly, bare].filter(Boolean).join(', and ');
}

/**
 * The address inside curly quotes, where a whole address is in them
 * (`[the FIA](“https://www.fia.com”)`): Markdown and HTML read the quotes as part of it.
 */
export function curlyQuoted(address: string): string | undefined {
  return /^[“”‘’«»„‚]([^“”‘’«»„‚]+)[“”‘’«»„‚]$/.exec(address.trim())?.[1];
}
