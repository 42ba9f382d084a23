// @ts-check
/**
 * `npm run new -- <post|guide|page> "Title" [--md]`: starts an entry with valid frontmatter
 * (slug from the title, today's date, draft: true) and never overwrites a file. `.mdx` by
 * default, so components work without an import; `--md` writes plain Markdown.
 * `npm run new -- reflection "Title" --model gibbs` starts a post that follows a reflection
 * model: one heading per section, each with its prompt as a comment. `--lang es` writes the
 * entry's language (README "Posts in any language"), so a post in another language than the
 * site's is read, searched and checked as that language from its first draft. `--course pln-101`
 * (and `--module week-1`) puts a post or guide in a course: the ids, or the titles the course page
 * shows, checked against content/courses/ before anything is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exitUnlessTypeScript } from '../src/lib/util/typescript-node.mjs';

exitUnlessTypeScript('npm run new', 'npm run new -- post "Title"');
const [{ slugify }, { canonicalLang, isEnglish, languageProblem, LANG_HINT }] = await Promise.all([
  import('../src/lib/content/slug.ts'),
  import('../src/lib/site/lang.ts'),
]);

/** @type {Record<string, string>} */
const kinds = { post: 'posts', reflection: 'posts', guide: 'guides', page: 'pages' };
/** Page addresses the site itself uses (src/pages/): a page there would clash with them. */
const RESERVED = new Set(['posts', 'guides', 'courses', 'tags', 'search', '404', 'about']);

const USAGE = `Usage: npm run new -- post "Title"     a reflection (content/posts/)
       npm run new -- guide "Title"    a guide (content/guides/)
       npm run new -- page "Title"     a page such as "Contact" (content/pages/, at /<slug>/)
       npm run new -- reflection "Title" --model gibbs   a reflection that follows a model
Add --md for a plain Markdown file (.md) instead of MDX (.mdx), --lang es for an entry in
another language than the site's, and --course pln-101 --module week-1 (ids or titles) for a
post or guide that belongs to a course.`;

/** YAML double-quoted string, so titles with colons or quotes stay valid frontmatter. */
const quote = (/** @type {string} */ text) => JSON.stringify(text);

/**
 * @param {string} kind
 * @param {string} title
 * @param {string} date
 * @param {boolean} mdx
 * @param {{ id: string, name: string, body: string } | undefined} model the model a reflection follows, with its draft body
 * @param {string | undefined} lang the entry's language, when it is not the site's
 * @param {{ course: string, module?: string, modules: string[] } | undefined} place the course (and module) it is in
 */
function entryText(kind, title, date, mdx, model, lang, place) {
  const fields = [
    `title: ${quote(title)}`,
    `description: ${quote(`TODO: one or two sentences about "${title}".`)}`,
  ];
  if (lang) fields.push(`lang: ${lang}`);
  // The writing checks read English only: say how to record the person who reads this one.
  if (lang && !isEnglish(lang))
    fields.push('# fluentReader: the name of a fluent reader once they have read its words');
  if (kind !== 'page') fields.push(`pubDate: ${date}`, 'tags: []');
  if (place) fields.push(`course: ${place.course}`);
  if (place?.module) fields.push(`module: ${place.module}`);
  // The course page lists entries under their module: say which there are to choose from.
  else if (place?.modules.length)
    fields.push(`# module: one of ${place.modules.join(', ')} (the course page groups by it)`);
  fields.push('draft: true');
  if (model) fields.push(`model: ${model.id}`);
  if (kind === 'guide') {
    fields.push(
      'goal: "TODO: what the reader will have at the end, in one sentence."',
      'audience: "TODO: who this guide is for."',
      'duration: "4 weeks"',
      'perspectives: []',
      'events: []',
    );
  }
  /** @type {Record<string, string>} */
  const bodies = {
    post: 'Start writing your reflection here.\n',
    page: 'Write the page here.\n',
    // <Steps> is an MDX component; in plain Markdown the plan is a heading and a task list.
    guide: mdx
      ? 'Say what this plan is for.\n\n<Steps>\n\n## First step\n\nWhat to do and why.\n\n- [ ] A task the reader can tick\n\n</Steps>\n'
      : 'Say what this plan is for.\n\n## First step\n\nWhat to do and why.\n\n- [ ] A task the reader can tick\n',
  };
  const body = model ? model.body : (bodies[kind] ?? bodies.post);
  return `---\n${fields.join('\n')}\n---\n\n${body}`;
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

/** @type {string[]} */
const words = [];
/** @type {string | undefined} */
let modelId;
/** @type {string | undefined} */
let lang;
/** @type {string | undefined} */
let courseArg;
/** @type {string | undefined} */
let moduleArg;
let mdx = true;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = /** @type {string} */ (args[i]);
  if (arg === '--model' || arg.startsWith('--model=')) {
    modelId = arg.includes('=') ? arg.slice('--model='.length) : args[++i];
    if (!modelId) fail(`--model needs a model id.\n${USAGE}`);
  } else if (arg === '--lang' || arg.startsWith('--lang=')) {
    const written = arg.includes('=') ? arg.slice('--lang='.length) : args[++i];
    if (!written) fail(`--lang needs a language tag, e.g. --lang es.\n${USAGE}`);
    const problem = languageProblem(written);
    lang = problem ? undefined : canonicalLang(written);
    if (!lang) fail(`--lang ${written} is not a language tag: ${problem ?? LANG_HINT}.`);
  } else if (arg === '--course' || arg.startsWith('--course=')) {
    courseArg = arg.includes('=') ? arg.slice('--course='.length) : args[++i];
    if (!courseArg) fail(`--course needs a course's id, e.g. --course pln-101.\n${USAGE}`);
  } else if (arg === '--module' || arg.startsWith('--module=')) {
    moduleArg = arg.includes('=') ? arg.slice('--module='.length) : args[++i];
    if (!moduleArg) fail(`--module needs a module's id, e.g. --module week-1.\n${USAGE}`);
  } else if (arg === '--md') {
    mdx = false;
  } else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith('--')) {
    fail(`Unknown option ${arg}.\n${USAGE}`);
  } else {
    words.push(arg);
  }
}
const ext = mdx ? '.mdx' : '.md';
const [kind, ...titleWords] = words;
const title = titleWords.join(' ').trim();
if (!kind) fail(`Say what to make and its title, e.g. npm run new -- post "Week 1".\n${USAGE}`);
if (!(kind in kinds)) {
  // `Post`, `posts`: the kind meant. Anything else was most likely the title with no kind first.
  const meant = Object.keys(kinds).find((k) => k === kind.toLowerCase().replace(/s$/, ''));
  fail(
    meant
      ? `"${kind}" is not a kind of entry: write ${meant}, npm run new -- ${meant} ${quote(title || 'Title')}.`
      : `"${kind}" is not a kind of entry: say what to make first, e.g. npm run new -- post ${quote(words.join(' '))}.\n${USAGE}`,
  );
}
if (!title) fail(`A ${kind} needs a title: npm run new -- ${kind} "Title".`);
if ((kind === 'guide' || kind === 'page') && modelId)
  fail('--model is for reflections: npm run new -- reflection "Title" --model gibbs');

if (kind === 'page' && courseArg)
  fail('--course is for posts and guides: a page is no part of a course.');
if (moduleArg && !courseArg)
  fail(`--module needs its course too: --course pln-101 --module ${moduleArg}.`);

/** @type {{ course: string, module?: string, modules: string[] } | undefined} */
let place;
if (courseArg) {
  const { readCourses, courseIdsFor } = await import('../src/lib/content/references.ts');
  const courses = readCourses(join(process.cwd(), 'content'));
  const ids = courseIdsFor(courseArg, moduleArg, courses);
  if ('problem' in ids) fail(`${ids.problem}.`);
  const modules = courses.find((c) => c.id === ids.course)?.modules ?? [];
  place = { ...ids, modules };
}

let model;
if (modelId) {
  // Loaded only for a model: the site config pulls in the schemas, which a plain post needs not.
  const [
    { site },
    { formatProblems },
    { loadReflectionModels },
    { modelDraftBody, unknownModelMessage },
  ] = await Promise.all([
    import('../src/site.config.ts'),
    import('../src/lib/content/references.ts'),
    import('../src/lib/reflection/reflection-model-files.ts'),
    import('../src/lib/reflection/reflection-models.ts'),
  ]);
  const { models, problems } = loadReflectionModels(site.reflectionModels);
  if (problems.length > 0) console.error(formatProblems(problems));
  const found = Object.hasOwn(models, modelId) ? models[modelId] : undefined;
  if (!found) fail(`${unknownModelMessage(modelId, models, `"${modelId}"`)}.`);
  model = { id: modelId, name: found.name, body: modelDraftBody(found, ext) };
}
const slug = slugify(title);
if (!slug)
  fail(`"${title}" has no letters or digits to make a file name from: use a different title.`);
if (kind === 'page' && RESERVED.has(slug))
  fail(
    `A page "${title}" would be at /${slug}/, which the site already uses: choose another title.`,
  );

const dir = join(process.cwd(), 'content', kinds[kind]);
const file = join(dir, `${slug}${ext}`);
// Any of these would give the entry the same address: the build refuses two.
for (const existing of [
  join(dir, `${slug}.mdx`),
  join(dir, `${slug}.md`),
  join(dir, slug, 'index.mdx'),
  join(dir, slug, 'index.md'),
]) {
  if (existsSync(existing)) {
    fail(
      `${relative(process.cwd(), existing)} already exists: choose another title, or edit that file.`,
    );
  }
}
// The author's local date: "today" is the day on their calendar, not in UTC.
const now = new Date();
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
mkdirSync(dir, { recursive: true });
writeFileSync(file, entryText(kind, title, today, mdx, model, lang, place), { flag: 'wx' });
const where = kind === 'page' ? `/${slug}/` : `/${kinds[kind]}/${slug}/`;
console.log(
  `Created ${relative(process.cwd(), file)} (draft: true; set it to false to publish it at ${where}).`,
);
if (place) {
  console.log(
    `It is in course ${place.course}${place.module ? `, module ${place.module}` : ''}: its course page lists it once it is published.`,
  );
}
if (model) {
  console.log(
    `It follows ${model.name}: answer each prompt under its heading; npm run check lists the sections still empty.`,
  );
}
