/**
 * Markdown written in a frontmatter value that the site shows as text: a title, a description,
 * a cover's alt text. The page, its `<title>`, the feeds, search results and social cards show
 * such a value as written, marks and all (`Week 9: **what** I learned`), and a screen reader
 * reads the marks aloud ("star star"). What it is without them, and the marks found, so a
 * message names them; undefined for a value with none.
 */

/** Each kind of mark, and its text without it. */
const MARKS: { mark: string; pattern: RegExp; text: string }[] = [
  // A title copied with the `#` of the heading it came from.
  { mark: '#', pattern: /^#{1,6}[ \t]+/, text: '' },
  { mark: '[…](…)', pattern: /!?\[([^\]\n]+)\]\([^)\s]+(?:\s+"[^"]*")?\)/g, text: '$1' },
  { mark: '**', pattern: /\*\*(?=\S)(.+?)(?<=\S)\*\*/g, text: '$1' },
  {
    mark: '__',
    pattern: /(?<![\p{L}\p{N}_])__(?=\S)(.+?)(?<=\S)__(?![\p{L}\p{N}_])/gu,
    text: '$1',
  },
  { mark: '~~', pattern: /~~(?=\S)(.+?)(?<=\S)~~/g, text: '$1' },
  {
    mark: '*',
    pattern: /(?<![*\p{L}\p{N}])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![*\p{L}\p{N}])/gu,
    text: '$1',
  },
  {
    mark: '_',
    pattern: /(?<![\p{L}\p{N}_])_(?=[^\s_])([^_]+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu,
    text: '$1',
  },
  { mark: '`', pattern: /`([^`\n]+)`/g, text: '$1' },
];

export function frontmatterMarkup(value: string): { plain: string; marks: string[] } | undefined {
  let plain = value;
  const marks: string[] = [];
  for (const { mark, pattern, text } of MARKS) {
    const next = plain.replace(pattern, text);
    if (next !== plain) marks.push(mark);
    plain = next;
  }
  return marks.length ? { plain: plain.trim(), marks } : undefined;
}
