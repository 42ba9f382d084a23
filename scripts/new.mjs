// @ts-check
/**
 * `npm run new -- <post|guide|page> "Title" [--md]`: starts an entry with valid frontmatter
 * (slug from the title, today's date, draft: true) and never overwrites a file. `.mdx` by
 * default, so components work without an import; `--md` writes plain Markdown.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugify } from '../src/lib/slug.ts';

/** @type {Record<string, string>} */
const kinds = { post: 'posts', guide: 'guides', page: 'pages' };
/** Page addresses the site itself uses (src/pages/): a page there would clash with them. */
const RESERVED = new Set(['posts', 'guides', 'courses', 'tags', 'search', '404', 'about']);

const USAGE = `Usage: npm run new -- post "Title"     a reflection (content/posts/)
       npm run new -- guide "Title"    a guide (content/guides/)
       npm run new -- page "Title"     a page such as "Contact" (content/pages/, at /<slug>/)
Add --md for a plain Markdown file (.md) instead of MDX (.mdx).`;

/** YAML double-quoted string, so titles with colons or quotes stay valid frontmatter. */
const quote = (/** @type {string} */ text) => JSON.stringify(text);

/**
 * @param {string} kind
 * @param {string} title
 * @param {string} date
 * @param {boolean} mdx
 */
function entryText(kind, title, date, mdx) {
  const fields = [
    `title: ${quote(title)}`,
    `description: ${quote(`TODO: one or two sentences about "${title}".`)}`,
  ];
  if (kind !== 'page') fields.push(`pubDate: ${date}`, 'tags: []');
  fields.push('draft: true');
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
  return `---\n${fields.join('\n')}\n---\n\n${bodies[kind]}`;
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const mdx = !args.includes('--md');
const unknown = args.find((arg) => arg.startsWith('--') && arg !== '--md');
if (unknown) fail(`Unknown option ${unknown}.\n${USAGE}`);
const [kind, ...words] = args.filter((arg) => arg !== '--md');
const title = words.join(' ').trim();
if (!kind || !(kind in kinds) || !title) fail(USAGE);
const slug = slugify(title);
if (!slug)
  fail(`"${title}" has no letters or digits to make a file name from: use a different title.`);
if (kind === 'page' && RESERVED.has(slug))
  fail(
    `A page "${title}" would be at /${slug}/, which the site already uses: choose another title.`,
  );

const dir = join(process.cwd(), 'content', kinds[kind]);
const file = join(dir, `${slug}.${mdx ? 'mdx' : 'md'}`);
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
writeFileSync(file, entryText(kind, title, today, mdx), { flag: 'wx' });
const where = kind === 'page' ? `/${slug}/` : `/${kinds[kind]}/${slug}/`;
console.log(
  `Created ${relative(process.cwd(), file)} (draft: true; set it to false to publish it at ${where}).`,
);
