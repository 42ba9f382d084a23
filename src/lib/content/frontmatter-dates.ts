import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { coreYaml, frontmatterDocument } from './frontmatter-yaml.ts';
import { parseIsoDate } from './dates.ts';
import { FRONTMATTER } from './frontmatter-block.ts';

/**
 * The date fields of an entry's frontmatter as the author wrote them. Astro reads frontmatter
 * with YAML 1.1, which turns an unquoted `2026-02-30` into 2 March and a `16:00+01:00` into a
 * moment in UTC, losing the day that was impossible and the zone the event is in. Read again
 * with YAML 1.2's core schema, where a date is just text, every date can be checked as written
 * (src/lib/content/dates.ts `parseIsoDate`): by the content loader (src/lib/content/entries-loader.ts), which
 * stops the build at the field's line, and by the gate's `frontmatter-date` rule, which
 * `npm run check` runs.
 */

/** Top-level fields holding one date. */
export const DATE_FIELDS = ['pubDate', 'updatedDate'];
/** Fields of each `events` item holding one date. */
const EVENT_DATE_FIELDS = ['start', 'end'];

export interface WrittenDateField {
  /** Where the value is in the data: `['pubDate']`, `['events', 0, 'start']`. */
  path: (string | number)[];
  /** The value as YAML 1.2 reads it: the text for a date, a number for `2026`. */
  value: unknown;
  /** Offset of the value in the frontmatter's YAML text. */
  offset: number;
  /**
   * Offset just past the value as written there (quotes included), where it is on its line
   * alone: unset for an alias, and for a block scalar (`>-` or `|`), whose range takes in the
   * line break after it.
   */
  end?: number;
}

/** The YAML of a file's frontmatter block and where it starts, or undefined when it has none. */
export function frontmatterBlock(text: string): { yaml: string; start: number } | undefined {
  const match = FRONTMATTER.exec(text);
  // The YAML starts on the line after the opening `---`.
  return match ? { yaml: match[1]!, start: text.indexOf('\n') + 1 } : undefined;
}

/** Scalars written on their line: plain, or in single or double quotes. */
const INLINE = new Set(['PLAIN', 'QUOTE_SINGLE', 'QUOTE_DOUBLE']);

function scalarField(doc: Document, node: unknown, path: (string | number)[]): WrittenDateField[] {
  // An alias (`updatedDate: *day`) is the value it names, reported where the alias is.
  const value = isAlias(node) ? node.resolve(doc) : node;
  if (!isScalar(value)) return [];
  const range = (node as Node).range;
  return [
    {
      path,
      value: value.value,
      offset: range?.[0] ?? 0,
      ...(!isAlias(node) && range && INLINE.has(String(value.type)) && { end: range[1] }),
    },
  ];
}

/** Every date field in a frontmatter document, as written. */
export function writtenDateFields(doc: Document): WrittenDateField[] {
  const fields: WrittenDateField[] = [];
  if (!isMap(doc.contents)) return fields;
  for (const key of DATE_FIELDS) fields.push(...scalarField(doc, doc.get(key, true), [key]));
  const events = doc.get('events', true);
  if (isSeq(events)) {
    events.items.forEach((event, index) => {
      if (!isMap(event)) return;
      for (const key of EVENT_DATE_FIELDS)
        fields.push(...scalarField(doc, event.get(key, true), ['events', index, key]));
    });
  }
  return fields;
}

/** The field's name as messages show it: `pubDate`, `events[1].start`. */
export function fieldName(path: (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

export interface DateProblem {
  /** Offset of the bad value in the whole file. */
  offset: number;
  /** 1-based line of the bad value in the whole file. */
  line: number;
  field: string;
  message: string;
  /** The value written in ISO 8601 instead, where that is certain (`npm run check -- --fix`). */
  fix?: { range: [number, number]; text: string };
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** A file's date fields as written, read once for both the check and the schema's input. */
export interface WrittenDates {
  /** Each date that is not ISO 8601 or does not exist. */
  problems: DateProblem[];
  /** `data` with every date field replaced by the text written (see `withWrittenDates`). */
  apply<T extends Record<string, unknown>>(data: T): T;
}

const NONE: WrittenDates = { problems: [], apply: (data) => data };

/**
 * Reads the frontmatter of a Markdown/MDX file once, for its dates. Most files' dates are fine,
 * and then only their values are needed: those come from js-yaml with YAML 1.2's core schema
 * (where a date is text, as in the `yaml` document), about five times faster than the document,
 * which the build's loader would otherwise parse for every entry on Astro's main thread while
 * content syncs. A file with a date that is not fine, or YAML js-yaml refuses, is read with the
 * document for each value's line (`writtenDatesByDocument`); both give the same fields, which a
 * unit test checks over many frontmatters.
 */
export function writtenDates(fileText: string, timeZone = 'UTC'): WrittenDates {
  const block = dateBlock(fileText);
  if (!block) return NONE;
  const quick = coreSchemaDateFields(block.yaml);
  const fine = (value: unknown) =>
    value === null || value === undefined || (typeof value === 'string' && parseIsoDate(value).ok);
  if (quick && quick.every(({ value }) => fine(value)))
    return { problems: [], apply: (data) => withFields(data, quick) };
  return byDocument(fileText, block, timeZone);
}

/** The frontmatter block, when it may hold a date field at all. */
function dateBlock(fileText: string) {
  const block = frontmatterBlock(fileText);
  return block && /\b(pubDate|updatedDate|events)\s*:/.test(block.yaml) ? block : undefined;
}

type DateValue = Omit<WrittenDateField, 'offset'>;

/**
 * The date fields as YAML 1.2's core schema reads them, without positions; undefined for bad
 * YAML. The read itself is remembered per text (`coreYaml`); picking the fields out is cheap.
 */
function coreSchemaDateFields(yaml: string): DateValue[] | undefined {
  const read = coreYaml(yaml);
  if (!read) return undefined;
  const { data } = read;
  const fields: DateValue[] = [];
  const isMapping = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  // As `writtenDateFields`: scalars only (null among them); a list or a map is the schema's.
  const scalar = (value: unknown) => value === null || typeof value !== 'object';
  if (!isMapping(data)) return fields;
  for (const key of DATE_FIELDS)
    if (key in data && scalar(data[key])) fields.push({ path: [key], value: data[key] });
  if (Array.isArray(data.events))
    data.events.forEach((event: unknown, index) => {
      if (!isMapping(event)) return;
      for (const key of EVENT_DATE_FIELDS)
        if (key in event && scalar(event[key]))
          fields.push({ path: ['events', index, key], value: event[key] });
    });
  return fields;
}

/** `data` with each date field replaced by its text as written (strings only; see `apply`). */
function withFields<T extends Record<string, unknown>>(data: T, fields: DateValue[]): T {
  const copy: Record<string, unknown> = { ...data };
  if (Array.isArray(data.events))
    copy.events = data.events.map((event) =>
      event && typeof event === 'object' ? { ...(event as object) } : event,
    );
  for (const { path, value } of fields) {
    if (typeof value !== 'string') continue;
    let target: Record<string | number, unknown> | undefined = copy;
    for (const part of path.slice(0, -1))
      target = target?.[part] as Record<string | number, unknown> | undefined;
    if (target && typeof target === 'object') target[path.at(-1)!] = value;
  }
  return copy as T;
}

/** `writtenDates` with every value's position, from the `yaml` document. */
export function writtenDatesByDocument(fileText: string): WrittenDates {
  const block = dateBlock(fileText);
  return block ? byDocument(fileText, block, 'UTC') : NONE;
}

function byDocument(
  fileText: string,
  block: { yaml: string; start: number },
  timeZone: string,
): WrittenDates {
  const doc = frontmatterDocument(block.yaml);
  if (doc.errors.length) return NONE; // a YAML error is the parse-error rule's to report
  const fields = writtenDateFields(doc);
  const problems = fields.flatMap(({ path, value, offset, end }) => {
    if (value === null || value === undefined) return [];
    const result =
      typeof value === 'string'
        ? parseIsoDate(value, timeZone)
        : ({
            ok: false,
            message: `${String(value)} is not a date: write it as YYYY-MM-DD, e.g. 2026-10-12`,
          } as const);
    if (result.ok) return [];
    const at = block.start + offset;
    const field = fieldName(path);
    const iso = 'iso' in result ? result.iso : undefined;
    return [
      {
        offset: at,
        line: lineAt(fileText, at),
        field,
        message: `${field}: ${result.message}`,
        ...(iso &&
          end !== undefined && {
            fix: { range: [at, block.start + end] as [number, number], text: iso },
          }),
      },
    ];
  });
  return { problems, apply: (data) => withFields(data, fields) };
}

/** A top-level date field that reads as a date (`pubDate`, `updatedDate`). */
export interface EntryDate {
  field: string;
  /** The value as written: `2062-11-20`, `2026-10-12T16:00+01:00`. */
  written: string;
  date: Date;
  /** Offset of the value in the whole file (read from the document only when asked). */
  offset(): number;
}

/**
 * The entry's own dates that read as dates, for checks of what they mean (`unlikely-date`). A
 * date that does not read is `frontmatter-date`'s to report, and left out here. Values come from
 * the quick read the date check made already; positions from the document, only when asked.
 */
export function entryDates(fileText: string): EntryDate[] {
  const block = dateBlock(fileText);
  if (!block) return [];
  const fields = coreSchemaDateFields(block.yaml);
  if (!fields) return [];
  const offsets = lazy(() => {
    const doc = frontmatterDocument(block.yaml);
    return new Map(
      writtenDateFields(doc).map(({ path, offset }) => [fieldName(path), block.start + offset]),
    );
  });
  return fields.flatMap(({ path, value }) => {
    if (path.length !== 1 || typeof value !== 'string') return [];
    const read = parseIsoDate(value);
    if (!read.ok) return [];
    const field = fieldName(path);
    return [
      {
        field,
        written: value.trim(),
        date: read.value.date,
        offset: () => offsets().get(field) ?? block.start,
      },
    ];
  });
}

function lazy<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => (value ??= { made: make() }).made;
}

/**
 * Every date in a Markdown/MDX file's frontmatter that is not an ISO 8601 date, or is a day or
 * time that does not exist, with the line it is on.
 */
export function frontmatterDateProblems(fileText: string, timeZone = 'UTC'): DateProblem[] {
  return writtenDates(fileText, timeZone).problems;
}

/**
 * `data` (as Astro's YAML reader made it) with every date field replaced by the text the author
 * wrote, so the schema checks and reads that text. Files without date fields come back as is.
 */
export function withWrittenDates<T extends Record<string, unknown>>(data: T, fileText: string): T {
  return writtenDates(fileText).apply(data);
}
