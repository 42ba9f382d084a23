/**
 * Checks that run before Astro loads content: names that point at other files (`course`,
 * `module`, `network`) or at a reflection model (`model`) must resolve, and network files must match their schema. Astro's own
 * errors would name a collection and an array index; these name the file, the line, the entry
 * and the fix. Pure over file texts, so the rules are unit-tested without a build.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, relative, join, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { z } from 'astro/zod';
import { networkKinds, networkSchema } from '../../schemas/network.ts';
import { astroYaml, dateForText } from './frontmatter-yaml.ts';
import { emptiedBy, emptiedValueMessage } from './yaml-hashtags.ts';
import { yamlErrorMessage } from './yaml-syntax.ts';
import type { ReflectionModels } from '../../schemas/reflection-model.ts';
import { unknownModelMessage } from '../reflection/reflection-models.ts';
import { FRONTMATTER } from './frontmatter-block.ts';
import { issueWords, valueAt } from '../util/zod-words.ts';
import { closestName } from '../util/closest-name.ts';
import { platformWrittenAsField } from '../guides/platform-fields.ts';
import { distinctBy } from '../util/distinct.ts';
import { oneOf } from '../util/word-list.ts';
import { slugify } from './slug.ts';
import { itemLabel } from './item-label.ts';
import { dataFilesIn } from '../../a11y/core/source-files.ts';

/**
 * A mistake in content found here, before any rule runs: a file, maybe a line, and the words.
 * Not the gate's `Problem` (src/a11y/core/types.ts), which also has a column, a rule id and a
 * severity: the build stops on every one of these, and the gate's rules and the build's content
 * check each turn them into its own report (`content-reference`, `content-schema`).
 */
export interface ContentProblem {
  /** Path relative to the project root. */
  file: string;
  line?: number;
  /** What is wrong, then what to do. */
  message: string;
}

/** A course file: its id (file name) and module ids, or undefined when unreadable. */
export interface KnownCourse {
  id: string;
  file: string;
  /** Its `title`, for an entry that names the course by it. */
  title?: string;
  modules?: string[];
  /** Each module's `title`, beside `modules` (empty where a module has none). */
  moduleTitles?: string[];
}

export interface KnownContent {
  courses: KnownCourse[];
  networks: { id: string; file: string }[];
  /** The site's reflection models; `model:` is not checked without them. */
  models?: ReflectionModels;
}

/** The fields of one entry's frontmatter that point elsewhere, with their lines. */
export interface EntryReferences {
  file: string;
  collection: 'posts' | 'guides';
  course?: { value: string; line?: number };
  module?: { value: string; line?: number };
  network?: { value: string; line?: number };
  model?: { value: string; line?: number };
}

function lineOf(
  node: Node | null | undefined,
  counter: LineCounter,
  offset = 0,
): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : counter.linePos(start).line + offset;
}

/** Reads `course`, `module`, `network` and `model` from an entry's frontmatter; undefined if it has none. */
export function readEntryReferences(
  file: string,
  collection: 'posts' | 'guides',
  source: string,
): EntryReferences | undefined {
  const match = FRONTMATTER.exec(source);
  if (!match) return undefined;
  const counter = new LineCounter();
  const doc = parseDocument(match[1]!, { lineCounter: counter });
  // Broken YAML is Astro's to report, with its own frame; nothing to cross-check here.
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  const refs: EntryReferences = { file, collection };
  for (const key of ['course', 'module', 'network', 'model'] as const) {
    const node = doc.get(key, true) as Node | undefined;
    const value = doc.get(key);
    // The `---` line comes first, so frontmatter line n is file line n + 1.
    if (typeof value === 'string') refs[key] = { value, line: lineOf(node, counter, 1) };
  }
  return refs;
}

/** Reads a course file's module ids; modules stay undefined when the file cannot be read. */
export function readCourse(id: string, file: string, source: string): KnownCourse {
  const doc = parseDocument(source);
  const data = doc.errors.length === 0 ? doc.toJS() : undefined;
  const title = typeof data?.title === 'string' ? { title: data.title } : {};
  const modules = data?.modules;
  if (!Array.isArray(modules)) return { id, file, ...title };
  const read = modules
    .filter((m) => m && typeof m === 'object' && m.id)
    .map((m) => ({ id: String(m.id), title: typeof m.title === 'string' ? m.title : '' }));
  return {
    id,
    file,
    ...title,
    modules: read.map((m) => m.id),
    moduleTitles: read.map((m) => m.title),
  };
}

/**
 * Every course of `content/courses/`, named by its file relative to the project (the folder
 * `contentDir` is in): for the gate's content index and `npm run new -- post … --course`.
 */
export function readCourses(contentDir: string): KnownCourse[] {
  const root = dirname(contentDir);
  return dataFilesIn(join(contentDir, 'courses')).map((file) =>
    readCourse(
      basename(file, extname(file)),
      relative(root, file).split(sep).join('/'),
      readFileSync(file, 'utf8'),
    ),
  );
}

/**
 * The id of what an entry names by its title, or by what its title makes (`EDU 101` for the
 * course `edu-101` titled so, `Getting Started` for the module `getting-started`): the ids are
 * what entries write, the titles what a learner sees on the course page.
 */
function idByTitle(
  value: string,
  ids: string[],
  titles: (string | undefined)[],
): string | undefined {
  const plain = value.trim().toLowerCase();
  const byTitle = ids.filter((_, i) => titles[i]?.trim().toLowerCase() === plain);
  if (byTitle.length === 1) return byTitle[0];
  const slug = slugify(value);
  return ids.includes(slug) ? slug : undefined;
}

const quoteList = (items: string[]) => items.map((i) => `"${i}"`).join(', ');

/**
 * `course "x" does not exist: use one of "a", "b", or create content/courses/x.yaml`, leading
 * with the id a typo away when there is one (`did you mean "pln-101"?`).
 */
function missingTarget(kind: 'course' | 'network', value: string, known: { id: string }[]): string {
  const ids = known.map((k) => k.id);
  const file = `content/${kind}s/${value}.yaml`;
  return `${kind} "${value}" does not exist: ${orElse(value, ids, 'create')} ${file}`;
}

/** `did you mean "a"? Otherwise <then>` or `use one of "a", "b", or <then>`, or `<then>` alone. */
function orElse(value: string, ids: string[], then: string): string {
  const meant = closestName(value, ids);
  if (meant) return `did you mean "${meant}"? Otherwise ${then}`;
  return ids.length ? `use one of ${quoteList(ids)}, or ${then}` : then;
}

/** The course an entry means by `value`: its id, else its title or what its title makes. */
function courseNamed(value: string, courses: KnownCourse[]): KnownCourse | undefined {
  const exact = courses.find((c) => c.id === value);
  if (exact) return exact;
  const id = idByTitle(
    value,
    courses.map((c) => c.id),
    courses.map((c) => c.title),
  );
  return courses.find((c) => c.id === id);
}

/** The module of `course` an entry means by `value`: its id, else its title or what that makes. */
function moduleNamed(value: string, course: KnownCourse): string | undefined {
  const modules = course.modules ?? [];
  return modules.includes(value) ? value : idByTitle(value, modules, course.moduleTitles ?? []);
}

/** `module "x" is not in course "c": use one of "a", "b", or add it to content/courses/c.yaml`. */
function notInCourse(module: string, course: KnownCourse): string {
  return `module "${module}" is not in course "${course.id}": ${orElse(module, course.modules ?? [], 'add it to')} ${course.file}`;
}

/**
 * The course and module ids to write for what a learner typed (`npm run new -- post "Week 1"
 * --course "EDU 101" --module "Getting started"`): each an id, a title, or what its title makes;
 * else what `npm run check` would say of it.
 */
export function courseIdsFor(
  course: string,
  module: string | undefined,
  courses: KnownCourse[],
): { course: string; module?: string } | { problem: string } {
  const found = courseNamed(course, courses);
  if (!found) return { problem: missingTarget('course', course, courses) };
  if (module === undefined) return { course: found.id };
  const moduleId = moduleNamed(module, found);
  return moduleId
    ? { course: found.id, module: moduleId }
    : { problem: notInCourse(module, found) };
}

/** Every dangling `course`, `module`, `network` or `model` reference. */
export function referenceProblems(
  entries: EntryReferences[],
  known: KnownContent,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const { file, course, module, network, model } = entry;
    if (course) {
      const found = courseNamed(course.value, known.courses);
      if (found?.id !== course.value)
        problems.push({
          file,
          line: course.line,
          message: found
            ? `course "${course.value}" is what course ${found.id} is called, and an entry names a course by its id: write course: ${found.id}`
            : missingTarget('course', course.value, known.courses),
        });
      if (found && module && found.modules && !found.modules.includes(module.value)) {
        const meant = moduleNamed(module.value, found);
        problems.push({
          file,
          line: module.line,
          message: meant
            ? `module "${module.value}" is what module ${meant} of course "${found.id}" is called, and an entry names a module by its id: write module: ${meant}`
            : notInCourse(module.value, found),
        });
      }
    }
    if (
      network &&
      entry.collection === 'guides' &&
      !known.networks.some((n) => n.id === network.value)
    ) {
      problems.push({
        file,
        line: network.line,
        message: missingTarget('network', network.value, known.networks),
      });
    }
    if (model && known.models && !Object.hasOwn(known.models, model.value)) {
      problems.push({
        file,
        line: model.line,
        message: unknownModelMessage(model.value, known.models),
      });
    }
  }
  return problems;
}

/**
 * Validates a network file against its schema, naming each bad entry by number and name, the
 * field, and its line, e.g. `entry 3 ("Greenpeace"), kind: ...`.
 */
export function networkDataProblems(file: string, source: string): ContentProblem[] {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => ({
      file,
      line: error.linePos?.[0].line,
      message: yamlErrorMessage(source, error),
    }));
  }
  // Validated as Astro's loader reads it (an unquoted 2026-03-02 is a date); lines from the document.
  const data = astroYaml(source) ?? doc.toJS();
  const result = networkSchema.safeParse(data);
  if (result.success) return [];
  const entries = doc.get('entries', true);
  const emptiedAt = emptiedBy(source);
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.map(String);
    const node = doc.getIn(path, true) as Node | undefined;
    let line = lineOf(node, counter);
    let where = 'the file';
    let rest = path;
    if (path[0] === 'entries' && path.length >= 2 && isSeq(entries)) {
      const index = Number(path[1]);
      const entryNode = entries.items[index] as Node | undefined;
      where = itemLabel('entry', index, nameOf(entryNode));
      rest = path.slice(2);
      line ??= lineOf(entryNode, counter);
      // A platform written as its name and address, `- LinkedIn: https://…`: the item it means.
      const asField =
        rest[0] === 'platforms' && rest.length >= 2
          ? platformWrittenAsField(valueAt(data, path.slice(0, 4)))
          : undefined;
      if (asField) {
        const item = valueAt(data, path.slice(0, 4)) as Record<string, unknown>;
        const [name, value] = Object.entries(item)[0]!;
        line = lineOf(doc.getIn(path.slice(0, 4), true) as Node | undefined, counter) ?? line;
        return {
          file,
          line,
          message: `${where}, ${itemLabel('platform', Number(rest[1]), undefined)} is written as ${name}: ${String(value)}, which YAML reads as a field named ${name}, and a platform is a name and an address: write ${asField}`,
        };
      }
      // An item of one of the entry's lists: `entry 3 ("…"), platform 1 ("Website"): url …`.
      if (rest.length > 2 && /^\d+$/.test(rest[1]!) && isMap(entryNode)) {
        const item = entryNode.getIn([rest[0]!, Number(rest[1])], true) as Node | undefined;
        where += `, ${itemLabel(rest[0]!.replace(/s$/, ''), Number(rest[1]), nameOf(item))}`;
        rest = rest.slice(2);
      }
    }
    const field = rest.join('.');
    const value = valueAt(data, path);
    // `- name: #greenpeace`: a value a hashtag comment left empty says so (yaml-hashtags.ts).
    const emptied = value == null ? emptiedAt(line) : undefined;
    if (emptied) {
      // Quotes are the fix only where the value in quotes passes (`- url: "#feed"` does not).
      const message = emptiedValueMessage(
        emptied,
        field,
        (changed) => networkSchema.safeParse(changed),
        data,
        issue.path,
        (still, _changed, quoted) => networkIssueWords(still, field, quoted, quoted),
      );
      return { file, line, message: `${where}: ${message}` };
    }
    const written = doc.getIn(path);
    // Says the fix itself: put it in quotes.
    if (value instanceof Date && issue.code === 'invalid_type')
      return { file, line, message: `${where}: ${dateForText(field, String(written))}` };
    return { file, line, message: `${where}: ${networkIssueWords(issue, field, value, written)}` };
  });
  // A platform written as its name and address misses both fields: one message says so.
  return distinctBy(problems, (p) => `${p.line} ${p.message}`);
}

/** One issue of a network file's field in words: what is wrong, then what to write. */
function networkIssueWords(
  issue: z.core.$ZodIssue,
  field: string,
  value: unknown,
  written: unknown,
): string {
  let what: string;
  let fix = networkHint(issue.path.map(String).at(-1));
  const words = field ? issueWords(issue, field, value) : undefined;
  if (issue.message.startsWith('is not ') && typeof written === 'string') {
    // The schema's own wording for addresses and handles: `feed "ftp://…" is not an http(s) address`.
    what = `${field} "${written}" ${issue.message.replace(/\.$/, '')}`;
  } else if (words) {
    what = words.what;
    // An address written without its scheme, or a value the author meant plainly (`Person`, a
    // list written as text), gets the one to write; else the field's own hint.
    fix =
      issue.code === 'invalid_format' || words.certain || words.likely
        ? words.fix
        : (kindMeant(issue, value) ?? fix ?? words.fix);
  } else what = `${field ? `${field}: ` : ''}${issue.message.replace(/\.$/, '')}`;
  fix ??= 'see README "Guides, networks and courses" for the fields';
  return `${what}: ${fix}`;
}

/**
 * The kind a learner's own word for a voice in their network is here (`podcast` is a
 * publication, `meetup` an event), with the list of kinds: for `kind: podcast`.
 */
function kindMeant(issue: z.core.$ZodIssue, value: unknown): string | undefined {
  if (issue.path.at(-1) !== 'kind' || typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase().replace(/s$/, '');
  const kind = Object.entries(KIND_WORDS).find(([, words]) => words.includes(word))?.[0];
  const article = /^[aeiou]/.test(word) ? 'an' : 'a';
  return (
    kind &&
    `write kind: ${kind} (${article} ${word} is one here), or use ${oneOf(networkKinds.filter((k) => k !== kind))}`
  );
}

/** What learners call the voices they follow, by the kind each is in a network file. */
const KIND_WORDS: Record<string, string[]> = {
  person: ['people', 'expert', 'creator', 'influencer', 'journalist', 'teacher', 'researcher'],
  organization: [
    'organisation',
    'company',
    'team',
    'charity',
    'ngo',
    'brand',
    'business',
    'university',
  ],
  community: ['group', 'forum', 'club', 'discord', 'subreddit', 'network'],
  event: ['conference', 'meetup', 'webinar', 'workshop', 'race', 'talk'],
  publication: ['podcast', 'newsletter', 'blog', 'magazine', 'journal', 'channel', 'show', 'book'],
  platform: ['app', 'tool', 'social-network'],
};

/** The name of an item of a network file (an entry, a platform), as the YAML document has it. */
const nameOf = (node: Node | undefined): unknown => (isMap(node) ? node.get('name') : undefined);

/** What to write in a network file's field, where the field says more than its kind of value. */
function networkHint(field: string | undefined): string | undefined {
  switch (field) {
    case 'kind':
      return 'use person, organization, community, event, publication or platform';
    case 'status':
      return 'use to-research, following, engaged or collaborating';
    case 'perspectives':
      return 'list at least one perspective, e.g. [sustainability]';
    case 'url':
    case 'website':
      return 'give a full address starting with https://';
    case 'feed':
      return "give the feed's full address, starting with https:// (RSS, Atom or JSON Feed)";
    case 'mastodon':
      // In quotes: YAML reads no value that starts with @.
      return 'write it in quotes as "@user@server", e.g. mastodon: "@sam@mastodon.social"';
    case 'bluesky':
      return 'write the handle as it appears on the profile, e.g. sam.bsky.social';
    default:
      return undefined;
  }
}

/** Problems as indented `file:line  message` lines under a count, for scripts and warnings. */
export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`);
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `Content references and data files: ${count}\n${lines.join('\n')}`;
}
