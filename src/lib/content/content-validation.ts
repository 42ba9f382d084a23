import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { z } from 'astro/zod';
import { guideFields, pageSchema, postFields } from '../../schemas/entry.ts';
import { DATE_FIELDS, withWrittenDates, writtenDates } from './frontmatter-dates.ts';
import { parseIsoDate } from './dates.ts';
import { astroYaml, astroYamlError, coreYaml, dateForText, keyStart } from './frontmatter-yaml.ts';
import { doubleQuoted, emptiedBy, emptiedValueMessage } from './yaml-hashtags.ts';
import { yamlScalar } from './yaml-scalar.ts';
import { lookalikeFix, named, withoutLookalikes } from './yaml-lookalikes.ts';
import { yamlErrorMessage } from './yaml-syntax.ts';
import { computerPath } from '../site/computer-path.ts';
import { isFileTracked } from '../util/file-deps.ts';
import { throughAlias, type ImportAlias } from '../util/path-alias.ts';
import { MODULE_ID, courseSchema } from '../../schemas/course.ts';
import { slugify } from './slug.ts';
import { itemLabel } from './item-label.ts';
import { networkSchema } from '../../schemas/network.ts';
import { shapeAt, unknownFields, type UnknownField } from './unknown-fields.ts';
import {
  decidedElsewhere,
  eventFieldFromOtherName,
  fieldFromOtherTools,
  slugFromPermalink,
  writtenUnderOtherName,
} from './other-tools.ts';
import { FRONTMATTER, misplacedFrontmatter } from './frontmatter-block.ts';
import { headingTitle, type HeadingTitle } from './heading-title.ts';
import { caseFix } from '../util/files.ts';
import { distinctBy } from '../util/distinct.ts';
import { platformItem, platformWrittenAsField } from '../guides/platform-fields.ts';
import {
  issueWords,
  listItems,
  listOf,
  shownValue,
  typeInWords,
  valueAt,
} from '../util/zod-words.ts';

/**
 * Frontmatter and data files checked with the very schemas the content collections use
 * (src/schemas/), so `npm run check` reports what `npm run build` would stop on, at the field's
 * line, in the same words. Pure over file texts: the gate's source layer and the build's loader
 * both call it.
 */

export interface FieldProblem {
  /** 1-based line of the field in the file (of the frontmatter's first line when it is absent). */
  line: number;
  /** 1-based column of the field's key, where a problem is about the key itself. */
  column?: number;
  /** The field it is about, as the message names it (`coverAlt`, `events[0].start`). */
  field?: string;
  message: string;
  /**
   * A top-level key whose new name is all the fix (`date` to `pubDate`, `categories` to `tags`,
   * `tags` with a pasted space in it): the key as written, at `line`, and the name to write.
   * `npm run check -- --fix` renames it.
   */
  rename?: { key: string; to: string };
  /** A top-level key the fix removes, value and all (`layout: post`), as the message says. */
  remove?: true;
  /**
   * Any other change that is all the fix, as offsets into the file and the text to write there
   * (the title written as the first heading, moved into the frontmatter).
   */
  edit?: { range: [number, number]; text: string };
}

export type EntryKind = 'posts' | 'guides' | 'pages';

/** The entry being validated, and Vite's aliases: the cover check below resolves its path so. */
let validating = '';
let validatingAliases: readonly ImportAlias[] = [];

/**
 * Stands in for the per-entry step of the collections' schemas (`withCoverImage`, which runs
 * Astro's `image()` asynchronously): a `cover` must name a file beside the entry. Astro's own
 * helper then imports and optimizes it.
 */
function coverBeside<T extends z.ZodType>(fields: T) {
  return fields.superRefine(
    (data, ctx) => {
      const cover = (data as { cover?: unknown }).cover;
      if (typeof cover !== 'string') return;
      const written = coverNotAFile(cover);
      if (written)
        ctx.addIssue({ code: 'custom', path: ['cover'], message: `${cover} is ${written}` });
      else if (!coverFound(cover, validating, validatingAliases))
        ctx.addIssue({
          code: 'custom',
          path: ['cover'],
          message: `the image ${cover} is not there: ${caseFix(cover, validating) ?? 'the path is relative to this file; fix it, or add the image'}`,
        });
    },
    // Beside a problem in another field too: every problem is said at once.
    { when: ({ value }) => isRecord(value) },
  );
}

/**
 * Whether a cover's file is there: beside the entry, or where an alias leads (Vite's, or
 * tsconfig.json's: `@/assets/cover.png`), as Astro's `image()` resolves it. Tracked: the check's
 * cache (src/a11y/run/cache.ts) must see the image come or go.
 */
function coverFound(cover: string, entry: string, aliases: readonly ImportAlias[]): boolean {
  return (
    Boolean(throughAlias(cover, entry, aliases)?.file) ||
    isFileTracked(resolve(dirname(entry), cover))
  );
}

/**
 * A `cover` written as other tools take an image (Astro's blog starter: `/blog-placeholder.jpg`
 * from public/; Hugo and WordPress exports: a web address), which Astro's `image()` cannot
 * read: it resolves a cover beside the entry and optimizes it. What the value is and what to
 * write instead; undefined for a path relative to the entry.
 */
function coverNotAFile(cover: string): string | undefined {
  const pasted = computerPath(cover);
  if (pasted)
    return `the address of a file on your computer, which the build cannot read: copy ${pasted.name} beside this entry and write cover: ./${pasted.name}`;
  const address = /^(?:[a-z][a-z\d+.-]*:|\/\/)/i.test(cover);
  if (!address && !cover.startsWith('/')) return undefined;
  const fix = `put the image beside this file and write cover: ./${coverFileName(cover)}`;
  return address
    ? `a web address, and a cover is a file beside this entry, which the build optimizes: ${fix}`
    : `a path from the site's root (public/), and a cover is a file beside this entry, which the build optimizes: ${fix}`;
}

/** The file name a cover's image gets beside the entry: its own, or `cover.jpg`. */
function coverFileName(cover: string): string {
  let name =
    cover
      .replace(/[?#].*$/, '')
      .split('/')
      .pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // Left as written.
  }
  name = name.trim().replace(/\s+/g, '-');
  return /^[\w.-]+\.[a-z\d]{2,5}$/i.test(name) ? name : 'cover.jpg';
}

// Built once: a zod schema compiles itself on first use, which costs far more than a parse.
const schemas = {
  posts: coverBeside(postFields),
  guides: coverBeside(guideFields),
  pages: pageSchema,
};

function validate(kind: EntryKind, file: string, data: unknown, aliases: readonly ImportAlias[]) {
  validating = file;
  validatingAliases = aliases;
  return schemas[kind].safeParse(data);
}

const fieldName = (path: PropertyKey[]) =>
  path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i ? `.${String(p)}` : String(p))).join('');

/**
 * One zod issue in words: the field, what is wrong, and what was written. `written` gives a
 * field's text as the author typed it (YAML 1.2 keeps an unquoted date as its text).
 */
function describe(
  issue: z.core.$ZodIssue,
  data: unknown,
  where: string,
  written: (path: PropertyKey[]) => string,
): string {
  const path = issue.path;
  const field = fieldName(path);
  const value = valueAt(data, path);
  // A required date (a union of a date and its text) that is missing says what to write.
  const example = /expected a date such as (\S+)/.exec(issue.message)?.[1];
  if (example && value === undefined && path.length === 1)
    return `${field} is required: add ${field}: ${example} to ${where}`;
  if (issue.code === 'invalid_type') {
    // `tags: reflection, pln`, as Jekyll allows: the list it means.
    if (issue.expected === 'array' && typeof value === 'string' && path.length === 1)
      return `${field} must be a list, not ${shownValue(value)}: write ${field}: ${listOf(value)}`;
    // `term` with a pasted no-break space before its colon is written, under another name.
    const pasted = value === undefined ? pastedName(data, path) : undefined;
    if (pasted) return pastedNameMessage(field, String(path.at(-1)), pasted);
    if (value === undefined || value === null)
      return path.length === 1
        ? `${field} is required: add ${field}: … to ${where}`
        : `${field} is required: add it to ${where}`;
    // Astro's YAML reads an unquoted 2026-03-02 as a date in any field: quoted, it is text.
    if (value instanceof Date && issue.expected === 'string')
      return dateForText(field, written(path));
    // `draft: yes` (YAML 1.1, which Jekyll and Hugo read) is text here: the word it means.
    if (issue.expected === 'boolean' && path.length === 1) {
      const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
      const meant = /^(?:yes|y|on|true)$/.test(word)
        ? 'true'
        : /^(?:no|n|off|false)$/.test(word)
          ? 'false'
          : undefined;
      const fix = meant ? `write ${field}: ${meant}` : `write ${field}: true or ${field}: false`;
      return `${field} must be true or false, not ${shownValue(value)}: ${fix}`;
    }
    // Hugo PaperMod's `cover: { image, alt }`: two fields here.
    const fields = field === 'cover' && isRecord(value) ? coverFields(value, data) : undefined;
    if (fields)
      return `${field} must be text, the image's file, not a set of fields: ${fields.moved ? 'put the image beside this file, and ' : ''}write ${fields.text}`;
    // `modules:` over one module's fields with no dash: a list of one, once the dash is there.
    if (issue.expected === 'array' && isRecord(value) && Object.keys(value).length) {
      const [key, held] = Object.entries(value)[0]!;
      const first =
        typeof held === 'string' || typeof held === 'number' ? `${key}: ${held}` : `${key}:`;
      return `${field} must be a list, and this is one set of fields: put a dash and a space before its first line, - ${first}, and indent its other lines by two more spaces, under ${key}`;
    }
    // A date field says what a date looks like; other types say what they expected.
    if (!/expected a date/.test(issue.message))
      return `${field} must be ${typeInWords(issue.expected)}, not ${shownValue(value)}`;
  }
  const words = field ? issueWords(issue, field, value) : undefined;
  if (words) return `${words.what}: ${words.fix}`;
  const message = issue.message.replace(/\.$/, '');
  // A cross-field rule's message names its fields itself (src/schemas/entry.ts).
  if (issue.code === 'custom' && issue.params?.whole) return message;
  const what =
    issue.code === 'custom' || value === undefined || typeof value === 'object'
      ? ''
      : `, not ${shownValue(value)}`;
  return field ? `${field}: ${message}${what}` : message;
}

/**
 * What frontmatter that is no set of fields is instead, and how fields are written: `- title: A`
 * lines make a list (a dash too many), and a line without `name:` one value.
 */
function notFields(data: unknown, yamlText: string): string | undefined {
  if (Array.isArray(data)) {
    const fields = data.every(
      (item) =>
        isRecord(item) && Object.keys(item).length === 1 && !isRecord(Object.values(item)[0]),
    );
    return fields
      ? `the frontmatter is a list, each line starting with a dash, not a set of fields: write the fields without their dashes, ${Object.keys(data[0] as object)[0]}: …`
      : 'the frontmatter is a list, not a set of fields: write each field on its own line as name: value (title: …)';
  }
  if (typeof data === 'string') {
    const said = `the frontmatter is the text ${shownValue(data)}, not a set of fields`;
    // `title:` and a no-break space, or a full-width colon: fields, once the look-alikes go.
    const lines = yamlText.split('\n');
    const mends = lines.map((line) => lookalikeFix(line));
    const first = mends.find(Boolean);
    const mended = lines.map((line, n) => mends[n]?.fix ?? line).join('\n');
    if (first && isRecord(coreYaml(mended)?.data))
      return `${said}: it has ${first.why}: ${first.todo}`;
    const title = `title: ${data}`;
    const fix = coreYaml(title)?.data;
    return `${said}: write each field on its own line as name: value, ${isRecord(fix) && fix.title === data ? title : `title: ${doubleQuoted(data)}`}`;
  }
  if (typeof data === 'number' || typeof data === 'boolean')
    return `the frontmatter is the value ${shownValue(data)}, not a set of fields: write each field on its own line as name: value (title: …)`;
  return undefined;
}

/** A required field `field` (named `name` in its map) that `key`, the name with a pasted space, holds. */
const pastedNameMessage = (field: string, name: string, key: string) =>
  `${field} is required: it is written with ${named(key)} in its name, and a name is read with every character in it: write the name as ${name}`;

/** The key beside `path`'s last one that is it with a pasted space or invisible character. */
function pastedName(data: unknown, path: PropertyKey[]): string | undefined {
  const parent = valueAt(data, path.slice(0, -1));
  const name = String(path.at(-1));
  if (!isRecord(parent)) return undefined;
  return Object.keys(parent).find((key) => key !== name && withoutLookalikes(key) === name);
}

/** Lines of YAML nodes, for a document that starts `offset` lines into its file. */
function lineFinder(yamlText: string, offset: number) {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  // The field itself, else the nearest enclosing one that is written, else the first line.
  const lineOf = (path: PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as Node | undefined;
      const start = node?.range?.[0];
      if (start !== undefined) {
        // A key's value may start on the next line (a list); point at the key's own line.
        const key = n === 1 ? keyStart(doc, path.slice(0, 1)) : undefined;
        return counter.linePos(key ?? start).line + offset;
      }
    }
    return Math.max(1, offset);
  };
  // The key at the end of `path`, by line and column; else the line of what holds it (a key
  // that came in through a merge, `<<: *base`, is written there).
  const keyAt = (path: PropertyKey[]): { line: number; column?: number } => {
    const start = keyStart(doc, path);
    if (start === undefined) return { line: lineOf(path.slice(0, -1)) };
    const { line, col } = counter.linePos(start);
    return { line: line + offset, column: col };
  };
  return { doc, lineOf, keyAt };
}

/**
 * Problems with an entry's frontmatter under its collection's schema, each at the field's line.
 * The data is what the build's loader validates (src/lib/content/entries-loader.ts): the YAML
 * as Astro reads it, where an unquoted `2026-03-02` is a date in any field, with each date field
 * as written. Broken YAML is not reported here (the gate's `parse-error` says where it breaks).
 * `aliases` are the Astro config's `vite.resolve.alias`, which a `cover` may go through.
 */
export function frontmatterProblems(
  kind: EntryKind,
  file: string,
  text: string,
  aliases: readonly ImportAlias[] = [],
): FieldProblem[] {
  const match = FRONTMATTER.exec(text);
  // A block the other readers miss: its fields would all be "required", and adding them fails.
  const misplaced = match ? undefined : misplacedFrontmatter(text);
  if (misplaced) return [misplaced];
  const yamlText = match?.[1] ?? '';
  const read = astroYaml(yamlText);
  if (!read) {
    // YAML that reads, as a list or one value, where fields are wanted; broken YAML is the
    // `parse-error` rule's.
    const shape = astroYamlError(yamlText)
      ? undefined
      : notFields(coreYaml(yamlText)?.data, yamlText);
    return shape ? [{ line: match ? 2 : 1, message: shape }] : [];
  }
  const data = withWrittenDates(read, text);
  const result = validate(kind, file, data, aliases);
  if (result.success) return [];
  // Lines are only needed when something is wrong. The `---` line comes first, so frontmatter
  // line n is file line n + 1.
  const { doc, lineOf } = lineFinder(yamlText, match ? 1 : 0);
  const written = (path: PropertyKey[]) => String(doc.getIn(path as (string | number)[]));
  const where = match ? 'the frontmatter' : 'a frontmatter block (--- at the top of the file)';
  // A date that is not ISO 8601 is the `frontmatter-date` rule's, in its words: said once.
  const badDates = new Set(writtenDates(text).problems.map((problem) => problem.field));
  const emptiedAt = emptiedBy(yamlText, match ? 1 : 0);
  // The top of the text read once, for every missing field it may hold.
  let top: HeadingTitle | undefined | null = null;
  const headerOf = () => (top === null ? (top = headingTitle(text, fieldsOf(kind))) : top);
  return result.error.issues
    .filter((issue) => !badDates.has(fieldName(issue.path)))
    .map((issue) => {
      const field = fieldName(issue.path);
      // A required field written under another tool's name (Jekyll's `date`): the rename, at
      // that key (`unknown-field` leaves the key to this message).
      const { holder, other } = underOtherName(kind, issue.path, data);
      if (holder && other) {
        const name = String(issue.path.at(-1));
        const keyPath = [...issue.path.slice(0, -1), other.key];
        return {
          field,
          line: match ? lineOf(keyPath) : 1,
          ...(match && { rename: { key: other.key, to: name } }),
          message:
            withoutLookalikes(other.key) === other.key
              ? `${field} is required: rename ${other.key} to ${name} (${other.why})${renamedDateFix(name, holder[other.key])}`
              : pastedNameMessage(field, name, other.key),
        };
      }
      // The title as its first heading, and Notion's properties under it, as other tools write
      // a page: the fields to write, and one fix that writes them all.
      const fromText = issue.path.length === 1 && valueAt(data, issue.path) === undefined;
      const header = fromText ? headerOf() : undefined;
      const said = header && headingTitleMessage(header, field, where);
      if (said) return { field, line: said.line, message: said.message, edit: header.edit };
      // A field one other field needs (`coverAlt` for `cover`), when missing, is placed there.
      const besides = issue.code === 'custom' ? (issue.params?.besides as string) : undefined;
      const at = besides && valueAt(data, issue.path) === undefined ? [besides] : issue.path;
      const line = match ? lineOf(at) : 1;
      const emptied = valueAt(data, issue.path) == null ? emptiedAt(line) : undefined;
      if (emptied) {
        // Quotes keep the text, and are suggested only where the text in quotes passes.
        const message = emptiedValueMessage(
          emptied,
          field,
          (changed) => validate(kind, file, changed, aliases),
          data,
          issue.path,
          (still, changed, quoted) => describe(still, changed, where, () => quoted),
        );
        return { field, line, message };
      }
      return { field, line, message: describe(issue, data, where, written) };
    });
}

/** The fields a collection's entries may have. */
const fieldsOf = (kind: EntryKind): ReadonlySet<string> =>
  new Set(Object.keys(DECLARED[kind].shape));

/**
 * A required field the top of the file holds as text (heading-title.ts): the title as the first
 * heading, another field as a property line under it (Notion's `Created:`), with where it is.
 */
function headingTitleMessage(
  header: HeadingTitle,
  field: string,
  where: string,
): { line: number; message: string } | undefined {
  if (field === 'title') {
    const others = header.properties.map((property) => property.yaml);
    const also = others.length
      ? `; the lines under it are Notion's page properties, shown as text: write ${others.join(' and ')} there too, in place of those lines`
      : '';
    return {
      line: header.line,
      message: `title is required: the page shows its title above the text, and this file's is its first heading, ${header.heading}: write title: ${yamlScalar(header.title)} in ${where}, in place of the heading${also}`,
    };
  }
  const property = header.properties.find((each) => each.field === field);
  if (!property) return undefined;
  const why = property.why ? ` (${property.why})` : '';
  return {
    line: property.line,
    message: `${field} is required: it is written as text under the title, ${property.written}${why}, which the page shows as a line of text: write ${property.yaml} in ${where}, in place of that line`,
  };
}

/**
 * A date brought under another tool's name is often written its way too (`publishDate: "04 July
 * 2023"`, Astro Cactus): renamed alone, it would fail again at once, so the rename says both.
 */
function renamedDateFix(field: string, value: unknown): string {
  if (!DATE_FIELDS.includes(field) || typeof value !== 'string') return '';
  const read = parseIsoDate(value);
  return read.ok ? '' : `; and its value ${read.message}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Problems with a course file (`content/courses/<id>.yaml`) under the course schema. */
export function courseFileProblems(text: string): FieldProblem[] {
  const { doc, lineOf } = lineFinder(text, 0);
  if (doc.errors.length) {
    return doc.errors.map((error) => ({
      line: error.linePos?.[0].line ?? 1,
      message: yamlErrorMessage(text, error),
    }));
  }
  // Validated as Astro's loader reads it (an unquoted 2026-03-02 is a date); lines from the document.
  const data = astroYaml(text) ?? (doc.toJS() as unknown) ?? {};
  const result = courseSchema.safeParse(data);
  if (result.success) return [];
  const modules = doc.get('modules', true);
  const written = (path: PropertyKey[]) => String(doc.getIn(path as (string | number)[]));
  const emptiedAt = emptiedBy(text);
  const problems = result.error.issues.map((issue) => {
    const line = lineOf(issue.path);
    const emptied = valueAt(data, issue.path) == null ? emptiedAt(line) : undefined;
    if (emptied) {
      const message = emptiedValueMessage(
        emptied,
        fieldName(issue.path),
        (changed) => courseSchema.safeParse(changed),
        data,
        issue.path,
        (still, changed, quoted) => describe(still, changed, 'the course', () => quoted),
      );
      return { line, message };
    }
    let message = describe(issue, data, 'the course', written);
    const [first, index] = issue.path;
    const module = typeof index === 'number' ? valueAt(data, ['modules', index]) : undefined;
    const asText = first === 'modules' ? moduleText(module) : undefined;
    if (asText) message = moduleAsText(index as number, asText);
    else if (first === 'modules' && typeof index === 'number' && isSeq(modules)) {
      const item = modules.items[index] as Node | undefined;
      const title = isMap(item) ? item.get('title') : undefined;
      const inModule = (path: PropertyKey[]) => written(['modules', index, ...path]);
      const label = itemLabel('module', index, title);
      const id =
        issue.path.length === 3 &&
        issue.path[2] === 'id' &&
        typeof title === 'string' &&
        title.trim() &&
        valueAt(data, issue.path) === undefined
          ? moduleIdFor(title, data)
          : undefined;
      message = id
        ? `${label}: id is required: add id: ${id} to the module (entries name it in module:)`
        : `${label}: ${describe({ ...issue, path: issue.path.slice(2) }, valueAt(data, ['modules', index]), 'the module', inModule)}`;
    }
    return { line, message };
  });
  // A module written as text misses its id and its title: one message says so.
  return distinctBy(problems, (p) => `${p.line} ${p.message}`);
}

/**
 * The text a module is written as, as a list of weeks is written anywhere else: `- Privacy`, or
 * `- Week 1: Who am I online?`, which YAML reads as a field named `Week 1` for its colon (a name
 * no field has: with a space, a capital or a digit). Undefined for a module written as fields.
 */
function moduleText(module: unknown): { text: string; colon?: string } | undefined {
  if (typeof module === 'string' || typeof module === 'number') return { text: String(module) };
  if (!isRecord(module)) return undefined;
  const entries = Object.entries(module);
  if (entries.length !== 1) return undefined;
  const [key, value] = entries[0]!;
  // A field's name in another case (`Title: Privacy`) is a field written wrong, not text.
  const fields = Object.keys(courseSchema.shape.modules.element.shape);
  if (fields.includes(key.trim().toLowerCase()) || !/[\sA-Z0-9]/.test(key)) return undefined;
  if (value !== null && typeof value !== 'string' && typeof value !== 'number') return undefined;
  return { text: value === null ? key : `${key}: ${value}`, colon: key };
}

/**
 * The id a module with no id gets from its title (`Tools` is `tools`), where that is an id and
 * no other module's; undefined otherwise, and the message asks for one.
 */
function moduleIdFor(title: string, data: unknown): string | undefined {
  const id = slugify(title);
  const modules = valueAt(data, ['modules']);
  const taken = Array.isArray(modules)
    ? modules.map((module) => (isRecord(module) ? module.id : undefined))
    : [];
  return MODULE_ID.test(id) && !taken.includes(id) ? id : undefined;
}

/** The fields a module written as text means: its text as the title, and the id made from it. */
function moduleAsText(index: number, { text, colon }: { text: string; colon?: string }): string {
  const title = text.trim();
  const id = slugify(title) || `module-${index + 1}`;
  const read = colon
    ? `is the text ${shownValue(title)}, which YAML reads as a field named ${shownValue(colon)} for its colon`
    : `is only the text ${shownValue(text)}`;
  return `${itemLabel('module', index, undefined)} ${read}, and a module is fields: write - id: ${id} and, on the line under it and lined up with id, title: ${yamlScalar(title)}`;
}

/** What each kind of file declares: the schemas the collections use (src/schemas/). */
const DECLARED = {
  posts: postFields,
  guides: guideFields,
  pages: pageSchema,
  courses: courseSchema,
  networks: networkSchema,
} satisfies Record<EntryKind | 'courses' | 'networks', z.ZodType>;

/**
 * Fields the collection's schema does not declare (the `unknown-field` rule), at each key's line
 * and column: Astro's loader drops them without a word, so a misspelt `darft: true` publishes a
 * draft. An entry's frontmatter, or a whole course or network file; YAML that does not read is
 * the `parse-error` rule's.
 */
export function unknownFieldProblems(kind: keyof typeof DECLARED, text: string): FieldProblem[] {
  const entry = kind === 'posts' || kind === 'guides' || kind === 'pages';
  const match = entry ? FRONTMATTER.exec(text) : undefined;
  if (entry && !match) return [];
  const yamlText = match ? (match[1] ?? '') : text;
  const data = astroYaml(yamlText);
  if (!data) return [];
  const unknown = unknownFields(DECLARED[kind], data).filter(
    // Another tool's name for a required field that is missing, or a module written as text
    // with a colon: content-schema's error says it.
    ({ path }) =>
      !requiredUnder(kind, path, data) &&
      !(
        kind === 'courses' &&
        path[0] === 'modules' &&
        moduleText(valueAt(data, path.slice(0, 2)))
      ) &&
      !(
        kind === 'networks' &&
        path[2] === 'platforms' &&
        platformWrittenAsField(valueAt(data, path.slice(0, 4)))
      ),
  );
  if (!unknown.length) return [];
  const { keyAt } = lineFinder(yamlText, match ? 1 : 0);
  const advice = unknown.map((field) => unknownFieldAdvice(kind, field, data));
  // Two keys of one set of fields renamed to one name (`categories` and a pasted `tags `) would
  // make a second key of it: neither is renamed.
  const holder = (path: (string | number)[]) => path.slice(0, -1).join('.');
  const renamedTo = (to: string, path: (string | number)[]) =>
    advice.filter(
      ({ fix }, j) =>
        fix && 'rename' in fix && fix.rename === to && holder(unknown[j]!.path) === holder(path),
    ).length;
  return unknown.map((field, i) => {
    const { text, fix } = advice[i]!;
    const key = String(field.path.at(-1));
    return {
      ...keyAt(field.path),
      message: text,
      ...(fix && 'remove' in fix && { remove: true as const }),
      ...(fix &&
        'rename' in fix &&
        renamedTo(fix.rename, field.path) === 1 && { rename: { key, to: fix.rename } }),
    };
  });
}

type OtherNames = (name: string, value: unknown) => { field: string; tools: string } | undefined;

/**
 * The set of fields a field's path (`['date']`, `['events', 0, 'date']`) lies in, where other
 * tools' names for its fields are known: an entry's own (Jekyll's `date` for `pubDate`), or one
 * of a guide's events (a calendar's `date` for `start`). With its schema's fields and those names.
 */
function namedFieldSet(
  kind: keyof typeof DECLARED,
  path: readonly PropertyKey[],
  data: unknown,
):
  | { holder: Record<string, unknown>; shape: Record<string, z.ZodType>; names: OtherNames }
  | undefined {
  if (path.length === 1)
    return isRecord(data)
      ? {
          holder: data,
          shape: DECLARED[kind].shape as Record<string, z.ZodType>,
          names: fieldFromOtherTools,
        }
      : undefined;
  if (kind !== 'guides' || path.length !== 3 || path[0] !== 'events') return undefined;
  const holder = valueAt(data, path.slice(0, 2));
  const shape = shapeAt(guideFields, ['events', 0]);
  return isRecord(holder) && shape ? { holder, shape, names: eventFieldFromOtherName } : undefined;
}

/**
 * Where a required field that is missing (`path`) is written under another name, and the
 * fields it is among (`holder`).
 */
function underOtherName(
  kind: keyof typeof DECLARED,
  path: PropertyKey[],
  data: unknown,
): { holder?: Record<string, unknown>; other?: { key: string; why: string } } {
  const set = namedFieldSet(kind, path, data);
  if (!set) return {};
  return {
    holder: set.holder,
    other: writtenUnderOtherName(set.holder, String(path.at(-1)), set.names),
  };
}

/**
 * Whether the key at `path` is another tool's name (or another spelling) of a field its set of
 * fields requires and lacks: content-schema's error says to rename it.
 */
function requiredUnder(
  kind: keyof typeof DECLARED,
  path: (string | number)[],
  data: unknown,
): boolean {
  const set = namedFieldSet(kind, path, data);
  return Object.entries(set?.shape ?? {}).some(
    ([field, schema]) =>
      writtenUnderOtherName(set!.holder, field, set!.names)?.key === String(path.at(-1)) &&
      !schema.safeParse(undefined).success,
  );
}

const ENTRY_KINDS: EntryKind[] = ['posts', 'guides', 'pages'];

/**
 * What `npm run check -- --fix` makes of an unknown top-level key, where the advice is all of
 * it: the key renamed (`last_modified_at` as `updatedDate`), or removed, value and all.
 */
type KeyFix = { rename: string } | { remove: true };

/** What a message says to do, and the fix that does it where it needs no more of the author. */
interface Advice {
  text: string;
  fix?: KeyFix;
}

const REMOVE: KeyFix = { remove: true };

/**
 * Renaming another tool's field, as one fix that works: the value as this site's field takes it
 * (a cover beside the entry, the slug a permalink stands for, tags as a list) and, for a cover,
 * the `coverAlt` it needs.
 */
function renameFix(
  name: string,
  { field, tools }: { field: string; tools: string },
  data: Record<string, unknown>,
): Advice {
  const value = data[name];
  const why = `(${name} is its name in ${tools})`;
  // Jekyll's `published: false`: the opposite of a draft flag.
  if (field === 'draft')
    return value === false
      ? { text: `write draft: true instead (published: false is ${tools}'s draft)` }
      : {
          text: `remove it: an entry is published unless it has draft: true (${tools}'s published: true)`,
          fix: REMOVE,
        };
  if (field === 'slug') {
    const slug = slugFromPermalink(value);
    return slug
      ? { text: `rename it slug: ${slug} ${why}` }
      : {
          text: `remove it: an entry's address comes from its file name, or from slug: when set ${why}`,
          fix: REMOVE,
        };
  }
  // Fuwari writes both `tags:` and `category:`: a second `tags:` key would not parse.
  if (field === 'tags' && data.tags !== undefined) {
    const ours = tagList(data.tags);
    const theirs = tagList(value).filter(
      (tag) => !ours.some((own) => own.toLowerCase() === tag.toLowerCase()),
    );
    return theirs.length
      ? {
          text: `move it into the tags this entry has: tags: [${[...ours, ...theirs].join(', ')}] ${why}`,
        }
      : { text: `remove it: the tags this entry has hold it already ${why}`, fix: REMOVE };
  }
  if (value === null || value === '') return { text: `remove it: it is empty ${why}`, fix: REMOVE };
  if (data[field] !== undefined)
    return {
      text: `remove it, as this entry has ${field} already: keep the value you want there ${why}`,
    };
  if (field === 'tags' && typeof value === 'string')
    return { text: `rename it tags, as a list: tags: ${listOf(value)} ${why}` };
  const renamed: Advice = { text: `rename it ${field} ${why}`, fix: { rename: field } };
  if (field !== 'cover') return renamed;
  // Astro Cactus' `coverImage: { src, alt }`: the image and its alt text, as two fields here.
  if (isRecord(value)) {
    const fields = coverFields(value, data);
    if (!fields) return renamed;
    return {
      text: fields.moved
        ? `put the image beside this file, and write it as ${fields.text} ${why}`
        : `write it as ${fields.text} ${why}`,
    };
  }
  if (typeof value !== 'string') return renamed;
  const steps = [`rename it cover ${why}`];
  if (coverNotAFile(value))
    steps.push(`put the image beside this file and write cover: ./${coverFileName(value)}`);
  const alt = data.coverAlt;
  if (typeof alt !== 'string' || !alt.trim()) steps.push('add coverAlt: "what the cover shows"');
  if (steps.length === 1) return renamed;
  return {
    text:
      steps.length > 2
        ? `${steps.slice(0, -1).join(', ')}, and ${steps.at(-1)}`
        : steps.join(', and '),
  };
}

/**
 * A cover written as a set of fields, its image and alt text together (Astro Cactus'
 * `coverImage: { src, alt }`, Hugo PaperMod's `cover: { image, alt }`), as this site's two
 * fields: `cover: ./c.png and coverAlt: "A red car"`; `moved` when the image must first be put
 * beside the entry. Undefined when no image is named.
 */
function coverFields(
  cover: Record<string, unknown>,
  data: unknown,
): { text: string; moved: boolean } | undefined {
  const image = imageOf(cover);
  if (image === undefined) return undefined;
  const moved = coverNotAFile(image) !== undefined;
  const file = moved ? `./${coverFileName(image)}` : image;
  const ownAlt = typeof cover.alt === 'string' ? cover.alt.trim() : '';
  const alt = isRecord(data) ? data.coverAlt : undefined;
  const altField = `coverAlt: ${JSON.stringify(ownAlt || 'what the cover shows')}`;
  return {
    text:
      typeof alt === 'string' && alt.trim() ? `cover: ${file}` : `cover: ${file} and ${altField}`,
    moved,
  };
}

/** Tags as another tool writes them: a list, or text with commas or spaces between. */
function tagList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter((tag) => tag.trim());
  return typeof value === 'string' ? listItems(value) : [];
}

/** The image of a cover written as a set of fields (`src`, or `image` as Hugo themes write it). */
function imageOf(cover: Record<string, unknown>): string | undefined {
  const image = ['src', 'image', 'url', 'path'].map((key) => cover[key]);
  return image.find((item): item is string => typeof item === 'string' && item.trim() !== '');
}

/** The lists whose items the messages name by number and name, as the schemas' messages do. */
const ITEMS: Record<string, { one: string; plural: string; named: string }> = {
  modules: { one: 'module', plural: 'modules', named: 'title' },
  entries: { one: 'entry', plural: 'network entries', named: 'name' },
  platforms: { one: 'platform', plural: 'platforms', named: 'name' },
  events: { one: 'event', plural: 'events', named: 'title' },
};

/**
 * The innermost item of a list a path is in (`modules[2].starts`: module 3, "Reflection"), as
 * `module 3 ("Reflection")` (an entry's platform as `entry 2 ("Sam"), platform 1 ("Blog")`),
 * and the path within it; undefined for a field outside any such list.
 */
function itemOf(
  path: PropertyKey[],
  data: unknown,
): { label: string; plural: string; rest: PropertyKey[] } | undefined {
  const labels: string[] = [];
  let plural = '';
  let at = 0;
  for (let i = 0; i + 2 < path.length; i++) {
    const list = ITEMS[String(path[i])];
    const index = path[i + 1];
    if (!list || typeof index !== 'number') continue;
    labels.push(itemLabel(list.one, index, valueAt(data, [...path.slice(0, i + 2), list.named])));
    plural = list.plural;
    at = i + 2;
  }
  return labels.length ? { label: labels.join(', '), plural, rest: path.slice(at) } : undefined;
}

/**
 * `darft is not a field posts have, so the build ignores it: did you mean draft?`; a field of
 * another kind of entry says which, and where the entry would go to have it. With the fix where
 * the advice is all of it: a declared field with a pasted space in its name gets its name, and
 * another tool's name is renamed or removed as renameFix says, a field the site decides
 * elsewhere (`layout`, `author`) removed; a typo's closest name is a guess, and gets none.
 */
function unknownFieldAdvice(
  kind: keyof typeof DECLARED,
  { path, suggestion }: UnknownField,
  data: Record<string, unknown>,
): Advice {
  // In an item of a list (a course's module, a network's entry), the item as the schema's
  // messages name it (`module 3 ("Reflection"): starts`), and what such items have.
  const item = itemOf(path, data);
  const name = item ? `${item.label}: ${fieldName(item.rest)}` : fieldName(path);
  const what =
    path.length === 1
      ? `a field ${kind} have`
      : item
        ? `a field ${item.plural} have`
        : 'a field the build reads there';
  const ignored = `${name} is not ${what}, so the build ignores it`;
  // `tags` with a no-break space before its colon: pasted, and another name to the build.
  const key = String(path[0]);
  const plain = withoutLookalikes(key);
  if (path.length === 1 && plain !== key && plain in DECLARED[kind].shape)
    return {
      text: `${plain} is written with ${named(key)} in its name, so the build reads another name and ignores it: write the name as ${plain}`,
      // Beside the field written plainly, the new name would be a second key of that name.
      ...(!(plain in data) && { fix: { rename: plain } }),
    };
  if (suggestion)
    return {
      text: `${ignored}: did you mean ${item ? fieldName([...item.rest.slice(0, -1), suggestion]) : fieldName([...path.slice(0, -1), suggestion])}?`,
    };
  const renamed = path.length === 1 ? fieldFromOtherTools(name, data[name]) : undefined;
  if (renamed && renamed.field in DECLARED[kind].shape) {
    const advice = renameFix(name, renamed, data);
    return { ...advice, text: `${ignored}: ${advice.text}` };
  }
  // `venue:` or `enddate:` in a guide's event: its name as calendars write it.
  const event = kind === 'guides' && path.length === 3 && path[0] === 'events';
  const eventField = event ? eventFieldFromOtherName(String(path[2]))?.field : undefined;
  if (eventField) {
    const why = `${String(path[2])} is its name in calendars and event listings`;
    // Beside the field written already, the new name would be a second key of that name.
    return valueAt(data, [...path.slice(0, 2), eventField]) === undefined
      ? { text: `${ignored}: rename it ${eventField} (${why})`, fix: { rename: eventField } }
      : { text: `${ignored}, and the event has its ${eventField} already (${why}): remove it` };
  }
  // `twitter: "@hannah"` on a network entry: its accounts are items of its platforms.
  const account =
    kind === 'networks' && path.length === 3 && path[0] === 'entries'
      ? platformItem(String(path[2]), valueAt(data, path))
      : undefined;
  if (account)
    return { text: `${ignored}: list the account under the entry's platforms, as ${account}` };
  const entry = path.length === 1 && ENTRY_KINDS.includes(kind as EntryKind);
  const elsewhere = entry ? decidedElsewhere(name) : undefined;
  if (elsewhere) return { text: `${ignored}: remove it; ${elsewhere}`, fix: REMOVE };
  const other = entry
    ? ENTRY_KINDS.find((k) => k !== kind && String(path[0]) in DECLARED[k].shape)
    : undefined;
  if (other)
    return {
      text: `${name} is a field ${other} have, not ${kind}, so the build ignores it here: remove it, or move the entry to content/${other}/`,
    };
  return { text: `${ignored}: correct its name, or remove it` };
}
