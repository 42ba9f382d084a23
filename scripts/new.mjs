// @ts-check
/**
 * `npm run new -- post "Title"` / `npm run new -- guide "Title"`: starts an entry with valid
 * frontmatter (slug from the title, today's date, draft: true) and never overwrites a file.
 * `npm run new -- reflection "Title" --model gibbs` starts a post that follows a reflection
 * model: one heading per section, each with its prompt as a comment. `--md` writes Markdown
 * instead of MDX.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugify } from '../src/lib/slug.ts';

/** @type {Record<string, string>} */
const kinds = { post: 'posts', reflection: 'posts', guide: 'guides' };
const USAGE =
  'Usage: npm run new -- post "Title"  or  npm run new -- guide "Title"\n' +
  '       npm run new -- reflection "Title" --model gibbs   (add --md for Markdown instead of MDX)';

/** YAML double-quoted string, so titles with colons or quotes stay valid frontmatter. */
const quote = (/** @type {string} */ text) => JSON.stringify(text);

/**
 * @param {string} kind
 * @param {string} title
 * @param {string} date
 * @param {{ id: string, name: string, body: string } | undefined} model the model a reflection follows, with its draft body
 */
function frontmatter(kind, title, date, model) {
  const common = [
    `title: ${quote(title)}`,
    `description: ${quote(`TODO: one or two sentences about "${title}".`)}`,
    `pubDate: ${date}`,
    'tags: []',
    'draft: true',
    ...(model ? [`model: ${model.id}`] : []),
  ];
  const guide = [
    'goal: "TODO: what the reader will have at the end, in one sentence."',
    'audience: "TODO: who this guide is for."',
    'duration: "4 weeks"',
    'perspectives: []',
    'events: []',
  ];
  const body =
    kind === 'guide'
      ? 'Say what this plan is for.\n\n<Steps>\n\n## First step\n\nWhat to do and why.\n\n- [ ] A task the reader can tick\n\n</Steps>\n'
      : model
        ? model.body
        : 'Start writing your reflection here.\n';
  return `---\n${[...common, ...(kind === 'guide' ? guide : [])].join('\n')}\n---\n\n${body}`;
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
let ext = /** @type {'.md' | '.mdx'} */ ('.mdx');
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = /** @type {string} */ (args[i]);
  if (arg === '--model' || arg.startsWith('--model=')) {
    modelId = arg.includes('=') ? arg.slice('--model='.length) : args[++i];
    if (!modelId) fail(`--model needs a model id.\n${USAGE}`);
  } else if (arg === '--md') {
    ext = '.md';
  } else if (arg.startsWith('--')) {
    fail(`Unknown option ${arg}.\n${USAGE}`);
  } else {
    words.push(arg);
  }
}
const [kind, ...titleWords] = words;
const title = titleWords.join(' ').trim();
if (!kind || !(kind in kinds) || !title) fail(USAGE);
if (kind === 'guide' && modelId)
  fail('--model is for reflections: npm run new -- reflection "Title" --model gibbs');

let model;
if (modelId) {
  // Loaded only for a model: the site config pulls in the schemas, which a plain post needs not.
  const [{ site }, { formatProblems }, { loadReflectionModels, modelDraftBody, modelList }] =
    await Promise.all([
      import('../src/site.config.ts'),
      import('../src/lib/references.ts'),
      import('../src/lib/reflection-models.ts'),
    ]);
  const { models, problems } = loadReflectionModels(site.reflectionModels);
  if (problems.length > 0) console.error(formatProblems(problems));
  const found = Object.hasOwn(models, modelId) ? models[modelId] : undefined;
  if (!found)
    fail(
      `"${modelId}" is not a reflection model: use ${modelList(models)}, or add it under reflectionModels in src/site.config.ts.`,
    );
  model = { id: modelId, name: found.name, body: modelDraftBody(found, ext) };
}
const slug = slugify(title);
if (!slug)
  fail(`"${title}" has no letters or digits to make a file name from: use a different title.`);

const dir = join(process.cwd(), 'content', kinds[kind]);
const file = join(dir, `${slug}${ext}`);
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
writeFileSync(file, frontmatter(kind, title, today, model), { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), file)} (draft: true; set it to false to publish).`);
if (model) {
  console.log(
    `It follows ${model.name}: answer each prompt under its heading; npm run check lists the sections still empty.`,
  );
}
