import { FRONTMATTER } from './frontmatter-block.ts';
import { fieldFromOtherTools } from './other-tools.ts';
import { writtenDay } from './dates.ts';
import { DATE_FIELDS } from './frontmatter-dates.ts';
import { yamlFlowList, yamlScalar } from './yaml-scalar.ts';

/**
 * An entry written as other tools write a page, its title as its first heading: a note from
 * Obsidian, Bear or Typora, a Word or Google Docs file saved as Markdown, and Notion's export,
 * which puts the page's properties under that heading as lines of text (`Created: November 30,
 * 2026 10:42 AM`, `Tags: PLN, Sustainability`). Here the title is a frontmatter field, which the
 * layout shows as the page's level-1 heading, so such a file has no title, and its properties are
 * published as a paragraph. This reads what the top of the file means, for content-schema's
 * message and its fix: the heading as `title`, and, where the file has no frontmatter, the
 * property lines the collection has a field for (Notion's `Created` as `pubDate`), each with its
 * value as the field takes it. A value that does not read certainly (a date with no year) stays
 * as it is written, and so do properties with no field here (`Status: Done`).
 */
export interface HeadingTitle {
  /** The heading's text, the title to write. */
  title: string;
  /** The heading as written (`# Week 4 reflection`), for the message. */
  heading: string;
  /** 1-based line of the heading, and the offset where it starts. */
  line: number;
  offset: number;
  /** Property lines that become fields, in the order written. */
  properties: Property[];
  /** The fix: the text to replace (the heading, and the property lines that move) and what to write. */
  edit: { range: [number, number]; text: string };
}

export interface Property {
  /** The field it becomes (`pubDate`). */
  field: string;
  /** The line as written (`Created: November 30, 2026 10:42 AM`). */
  written: string;
  /** 1-based line. */
  line: number;
  /** The field's line in the frontmatter (`pubDate: 2026-11-30`). */
  yaml: string;
  /** Why the property is that field (`Created is its name in Notion exports`), when renamed. */
  why?: string;
}

/** An ATX level-1 heading, its text in group 1 (a closing run of `#` is not the text). */
const ATX = /^ {0,3}#[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
/** A setext level-1 underline, under a line of text. */
const SETEXT = /^ {0,3}=+[ \t]*$/;
/** A property line as Notion writes one: a name of a few words, a colon, a value. */
const PROPERTY = /^([\p{L}][\p{L}\p{N} _'’-]{0,39}?):[ \t]+(\S.*?)[ \t]*$/u;

/**
 * The entry's first heading as its title, when the text after the frontmatter (or the whole
 * file, without one) starts with a level-1 heading; for a file whose frontmatter has no `title`,
 * which the caller knows. `fields` are those of the entry's collection: a property becomes one
 * only where the collection has it.
 */
export function headingTitle(text: string, fields: ReadonlySet<string>): HeadingTitle | undefined {
  const block = FRONTMATTER.exec(text);
  const bodyStart = block ? block[0].length : text.startsWith('\uFEFF') ? 1 : 0;
  const lines = lineStarts(text, bodyStart);
  let index = 0;
  while (index < lines.length && lines[index]!.text.trim() === '') index++;
  const first = lines[index];
  if (!first) return undefined;
  const atx = ATX.exec(first.text);
  const setext = !atx && SETEXT.test(lines[index + 1]?.text ?? '') && !/^\s/.test(first.text);
  const title = (atx ? atx[1]! : setext ? first.text : '').trim();
  if (!title) return undefined;
  const headingEnd = index + (setext ? 2 : 1);
  let next = headingEnd;
  while (next < lines.length && lines[next]!.text.trim() === '') next++;
  // Properties only as Notion writes them, right under the heading, where there is no block.
  const paragraph: { text: string; start: number; end: number; line: number }[] = [];
  if (!block)
    for (let at = next; at < lines.length && lines[at]!.text.trim() !== ''; at++)
      paragraph.push(lines[at]!);
  const all = paragraph.map((line) => PROPERTY.exec(line.text));
  const properties: (Property & { index: number })[] = [];
  if (paragraph.length && all.every(Boolean)) {
    const taken = new Set<string>(['title']);
    all.forEach((match, i) => {
      const property = asField(match![1]!, match![2]!, fields);
      if (!property || taken.has(property.field)) return;
      taken.add(property.field);
      const line = paragraph[i]!;
      properties.push({ ...property, written: line.text.trim(), line: line.line, index: i });
    });
  }
  const moved = new Set(properties.map((property) => property.index));
  // The lines that stay, written again after the block, where some of their paragraph moves.
  const kept = properties.length
    ? paragraph.filter((_, i) => !moved.has(i)).map((line) => line.text)
    : [];
  const start = lines[index]!.start;
  // Up to the next text: the heading's blank lines go with it, and the paragraph if it all moves.
  const end = properties.length
    ? kept.length
      ? (lines[next + paragraph.length - 1]?.end ?? text.length)
      : (lines[skipBlank(lines, next + paragraph.length)]?.start ?? text.length)
    : (lines[next]?.start ?? text.length);
  const fieldLines = [`title: ${yamlScalar(title)}`, ...properties.map((p) => p.yaml)];
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const rest = kept.length ? kept.join(newline) : '';
  const edit: HeadingTitle['edit'] = block
    ? {
        // Into the frontmatter, as its first field; the heading goes.
        range: [text.indexOf('\n') + 1, end],
        text: fieldLines.join(newline) + newline + text.slice(text.indexOf('\n') + 1, start),
      }
    : {
        range: [start, end],
        text: ['---', ...fieldLines, '---', '', ...(rest ? [rest] : [])].join(newline) + newline,
      };
  return {
    title,
    heading: first.text.trim() + (setext ? ` (underlined with =)` : ''),
    line: first.line,
    offset: start,
    properties: properties.map(({ index: _, ...property }) => property),
    edit,
  };
}

function skipBlank(lines: readonly { text: string }[], from: number): number {
  while (from < lines.length && lines[from]!.text.trim() === '') from++;
  return from;
}

/** Each line from `from` on: its text (without its line break), where it starts and ends, its number. */
function lineStarts(text: string, from: number) {
  const lines: { text: string; start: number; end: number; line: number }[] = [];
  let line = text.slice(0, from).split('\n').length;
  for (let start = from; start < text.length; line++) {
    const br = text.indexOf('\n', start);
    const end = br === -1 ? text.length : br + 1;
    lines.push({ text: text.slice(start, end).replace(/\r?\n$/, ''), start, end, line });
    start = end;
  }
  return lines;
}

/**
 * The field a property is, with its value as the field takes it: its own name in any case and
 * spacing (`Description`, `Pub date`), or another tool's (`Created`, `Date`, `Categories`).
 */
function asField(
  name: string,
  value: string,
  fields: ReadonlySet<string>,
): Omit<Property, 'written' | 'line'> | undefined {
  const plain = name.toLowerCase().replace(/[\s_'’-]/g, '');
  const own = [...fields].find((field) => field.toLowerCase() === plain);
  const other = own ? undefined : fieldFromOtherTools(plain);
  const field = own ?? other?.field;
  if (!field || !fields.has(field) || field === 'title') return undefined;
  const why = other ? `${name} is its name in ${other.tools}` : undefined;
  if (DATE_FIELDS.includes(field)) {
    const day = writtenDay(value);
    return day ? { field, yaml: `${field}: ${day}`, ...(why && { why }) } : undefined;
  }
  if (field === 'tags') {
    const tags = value
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean);
    return tags.length
      ? { field, yaml: `${field}: ${yamlFlowList(tags)}`, ...(why && { why }) }
      : undefined;
  }
  if (field === 'description') return { field, yaml: `${field}: ${yamlScalar(value)}` };
  return undefined;
}
