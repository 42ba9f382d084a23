// @ts-check
/**
 * `npm run new -- post "Title"` / `npm run new -- guide "Title"`: starts an entry with valid
 * frontmatter (slug from the title, today's date, draft: true) and never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { slugify } from '../src/lib/slug.ts';

/** @type {Record<string, string>} */
const kinds = { post: 'posts', guide: 'guides' };

/** YAML double-quoted string, so titles with colons or quotes stay valid frontmatter. */
const quote = (/** @type {string} */ text) => JSON.stringify(text);

/**
 * @param {string} kind
 * @param {string} title
 * @param {string} date
 */
function frontmatter(kind, title, date) {
  const common = [
    `title: ${quote(title)}`,
    `description: ${quote(`TODO: one or two sentences about "${title}".`)}`,
    `pubDate: ${date}`,
    'tags: []',
    'draft: true',
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
      : 'Start writing your reflection here.\n';
  return `---\n${[...common, ...(kind === 'guide' ? guide : [])].join('\n')}\n---\n\n${body}`;
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const [kind, ...words] = process.argv.slice(2);
const title = words.join(' ').trim();
if (!kind || !(kind in kinds) || !title) {
  fail('Usage: npm run new -- post "Title"  or  npm run new -- guide "Title"');
}
const slug = slugify(title);
if (!slug)
  fail(`"${title}" has no letters or digits to make a file name from: use a different title.`);

const dir = join(process.cwd(), 'content', kinds[kind]);
const file = join(dir, `${slug}.mdx`);
const folder = join(dir, slug, 'index.mdx');
for (const existing of [file, folder, join(dir, `${slug}.md`)]) {
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
writeFileSync(file, frontmatter(kind, title, today), { flag: 'wx' });
console.log(`Created ${relative(process.cwd(), file)} (draft: true; set it to false to publish).`);
