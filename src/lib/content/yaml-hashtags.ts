import type { z } from 'astro/zod';
import { Parser } from 'yaml';
import { issueOnceSet } from '../util/zod-words.ts';

/**
 * A hashtag in frontmatter written without quotes: `title: Week 5 #GreenRacing`. In YAML a `#`
 * after a space starts a comment, so the title is "Week 5" and the hashtag is gone from the page,
 * with nothing said; `title: #GreenRacing week` leaves no title at all. Only a `#` written
 * against a word counts (`#GreenRacing`, `#1`): `draft: true # until Friday` is a comment meant
 * as one.
 */
export interface HashtagComment {
  /** Offset of the `#` in the YAML text. */
  offset: number;
  /** The comment, from its `#` to the end of the line: what the page loses. */
  comment: string;
  /** The field the value belongs to (`title`); undefined for an item of a list. */
  field?: string;
  /** What the value's line reads as without the comment; empty when nothing is left. */
  reads: string;
  /** The line as it should be written, `title: "Week 5 #GreenRacing"`; undefined where the value goes on over lines. */
  fix?: string;
}

/** A value that is no text (a flag, a number, a date): a comment after it is a note. */
const NOT_TEXT =
  /^(?:true|false|yes|no|on|off|null|~|[-+]?\.?\d[\d._:eE+-]*(?:[T ][\d:.+-]+Z?)?)$/i;

/** An address or a file's path: a comment after one is a note too. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\S+|\.{0,2}\/\S*|[^\s]+\.[a-z0-9]{2,5})$/i;

/** A key at the start of a line, after any list dashes (`- name:`): the dashes, the key. */
const KEY = String.raw`^(\s*(?:-\s+)*)([^\s#:'"][^:#]*?)\s*:`;
/** `key: value` before a comment, with any list dashes in front (`- key: value`). */
const KEYED = new RegExp(String.raw`${KEY}(?:\s+(.*?))?\s*$`);
/** `- value`, an item of a list. */
export const ITEM = /^(\s*(?:-\s+)*-)(?:\s+(.*?))?\s*$/;

/** A value quoted whole, `"Week 5"` or `'Week 5'` (`"Week 5" notes` is two values). */
export const QUOTED_WHOLE = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/;

/** `"Week 5"` or `'Week 5'` as the text it holds; anything else as written. */
function unquoted(value: string): string {
  const quoted = QUOTED_WHOLE.exec(value);
  if (!quoted) return value;
  return quoted[1] !== undefined
    ? quoted[1].replace(/\\(.)/g, '$1')
    : quoted[2]!.replace(/''/g, "'");
}

/**
 * The comment that left the value on a line empty (`title: #GreenRacing week`), for the schema's
 * "title is required" to say why instead: "add title" would make a second title. Lines count from
 * 1 at the YAML's first line, plus `lineShift` (1 for frontmatter under its `---`).
 */
export function emptiedBy(
  yaml: string,
  lineShift = 0,
): (line: number | undefined) => HashtagComment | undefined {
  const emptied = hashtagComments(yaml).filter((comment) => !comment.reads);
  if (emptied.length === 0) return () => undefined;
  const lines = emptied.map((comment) => yaml.slice(0, comment.offset).split('\n').length);
  return (line) => emptied.find((_, i) => lines[i]! + lineShift === line);
}

/** The text the value holds once written as the fix writes it, in quotes: `Week 5 #GreenRacing`. */
function quotedValue({ reads, comment }: Pick<HashtagComment, 'reads' | 'comment'>): string {
  return reads ? `${reads} ${comment}` : comment;
}

/**
 * What a frontmatter value loses to a YAML comment, then how to keep it. `quotedFails` is what the
 * schema says of the value in quotes, where that fails too (`cover: "#hero"`, no image there): the
 * quotes are then no fix, and the schema's own words say what is.
 */
export function commentMessage(
  { comment, field, reads, fix }: HashtagComment,
  quotedFails?: string,
): string {
  const what = `\`${comment}\` is a YAML comment (a # after a space starts one)`;
  if (!fix) return `${what}, so the value it is in stops before it: put the whole value in quotes`;
  const left = reads ? `reads \`${reads}\`` : 'is empty';
  if (quotedFails)
    return `${what}, so ${field ?? 'this item'} ${left}; and in quotes, ${fix} fails too: ${quotedFails}`;
  return `${what}, so ${field ?? 'this item'} ${left}: put the value in quotes, ${fix}`;
}

/**
 * The message for a value a hashtag comment emptied (`cover: #hero`): quotes are the fix only
 * where the value in quotes passes `parse` at `path` of `data`; where it fails too,
 * `describeQuoted` says what the schema says of it, in the words of the file's kind.
 */
export function emptiedValueMessage(
  emptied: HashtagComment,
  field: string,
  parse: Parameters<typeof issueOnceSet>[0],
  data: unknown,
  path: readonly PropertyKey[],
  describeQuoted: (issue: z.core.$ZodIssue, data: unknown, quoted: string) => string,
): string {
  const quoted = quotedValue(emptied);
  const still = issueOnceSet(parse, data, path, quoted);
  return commentMessage(
    { ...emptied, field },
    still && describeQuoted(still.issue, still.data, quoted),
  );
}

export const doubleQuoted = (text: string) => `"${text.replace(/[\\"]/g, '\\$&')}"`;

/**
 * Every comment in `yaml` that starts with a `#` written against a word and follows a value, a
 * key or a list's dash on its line. Fields in `skip` (paths, ids, settings) are left alone, and
 * so are values that are no text.
 */
export function hashtagComments(
  yaml: string,
  skip: ReadonlySet<string> = new Set(),
): HashtagComment[] {
  // Most frontmatter has no `#` against a word after a space: no tokens are needed.
  if (!/[ \t]#[^\s#]/.test(yaml)) return [];
  const found: HashtagComment[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const token = node as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && token.source) {
      const comment = token.source;
      if (/^#[^\s#]/.test(comment)) {
        const lineStart = yaml.lastIndexOf('\n', token.offset - 1) + 1;
        const before = yaml.slice(lineStart, token.offset);
        const read = before.trim()
          ? readLine(before, comment, skip)
          : goesOnFrom(yaml, lineStart, before.length, skip);
        if (read) found.push({ offset: token.offset, comment, ...read });
      }
      return;
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  for (const token of new Parser().parse(yaml)) visit(token);
  return found;
}

/**
 * A hashtag at the start of a line that goes on a text value from the line above, indented under
 * it: `description: A week of` then `  #GreenRacing posts.` YAML ends the value before it, and
 * the rest of the text is a comment. A comment on a line of its own anywhere else is one
 * (`#draft: true`, `  #- an item left out`).
 */
function goesOnFrom(
  yaml: string,
  lineStart: number,
  indent: number,
  skip: ReadonlySet<string>,
): Omit<HashtagComment, 'offset' | 'comment'> | undefined {
  if (indent === 0) return undefined;
  // Up over the lines the value already goes on over, to the line of its key.
  const lines = yaml.slice(0, Math.max(0, lineStart - 1)).split('\n');
  for (let n = lines.length - 1; n >= 0 && lineStart > 0; n--) {
    const line = lines[n]!;
    const keyed = KEYED.exec(line);
    if (keyed) {
      const value = keyed[3] ?? '';
      if (!value || indent <= keyed[1]!.length || skip.has(keyed[2]!)) return undefined;
      // Text, unquoted: a flag, a number, an address, a list or a block is no such value.
      if (/^["'[{&*!|>]/.test(value) || NOT_TEXT.test(value) || ADDRESS.test(value))
        return undefined;
      return { reads: unquoted(value) };
    }
    // A line of the value itself goes on, indented; anything else is no text value above.
    if (!/^\s+\S/.test(line) || ITEM.test(line) || /^\s*#/.test(line)) return undefined;
  }
  return undefined;
}

/** What a line before its comment says: the field, what it reads as, and the line to write. */
function readLine(
  before: string,
  comment: string,
  skip: ReadonlySet<string>,
): Omit<HashtagComment, 'offset' | 'comment'> | undefined {
  // A comment on a line of its own is a comment (`#draft: true`, a field left out on purpose).
  if (!before.trim()) return undefined;
  const keyed = KEYED.exec(before);
  const item = keyed ? undefined : ITEM.exec(before);
  const written = (keyed ? keyed[3] : item?.[2]) ?? '';
  // `description: >` or `|`: the comment is on the line that opens a block, which it leaves whole.
  if (/^[|>][-+\d]*$/.test(written)) return undefined;
  const reads = unquoted(written);
  if (written && (NOT_TEXT.test(written) || ADDRESS.test(written) || /^[[{&*!]/.test(written)))
    return undefined;
  if (keyed) {
    const field = keyed[2]!;
    if (skip.has(field)) return undefined;
    const value = reads ? `${reads} ${comment}` : comment;
    return { field, reads, fix: `${keyed[1]}${field}: ${doubleQuoted(value)}`.trim() };
  }
  if (item) {
    const value = reads ? `${reads} ${comment}` : comment;
    return { reads, fix: `${item[1].trim()} ${doubleQuoted(value)}` };
  }
  // The second line of a value that goes on over lines: the whole value needs its quotes.
  return { reads: before.trim() };
}

/** `key: [a, b]` or `key: {a: b}`, a list or map on its key's line. */
const FLOW = new RegExp(String.raw`${KEY}\s*([[{].*)$`);

/**
 * A hashtag in a list or map written on one line, `tags: [pln, #f1]`: the comment cuts the
 * brackets off, and the frontmatter is no YAML at all. The first such hashtag, where it is, and
 * the line written with each hashtag in quotes. Undefined where none is.
 */
export function flowHashtag(
  yaml: string,
): { offset: number; tag: string; field: string; fix: string } | undefined {
  let lineStart = 0;
  for (const line of yaml.split('\n')) {
    const flow = FLOW.exec(line);
    // Quotes in the brackets could hold a `#` as text: such a line is left to the YAML error.
    const hashtag = flow && !/["']/.test(flow[3]!) ? /[\s,[{]#[^\s#,\]}]/.exec(flow[3]!) : null;
    if (flow && hashtag) {
      const inFlow = line.length - flow[3]!.length + hashtag.index + 1;
      const quoted = flow[3]!.trimEnd().replace(/(^|[\s,[{])(#[^\s,\]}]+)/g, '$1"$2"');
      return {
        offset: lineStart + inFlow,
        tag: /^#[^\s,\]}]+/.exec(line.slice(inFlow))![0],
        field: flow[2]!,
        fix: `${flow[2]}: ${quoted}`,
      };
    }
    lineStart += line.length + 1;
  }
  return undefined;
}
