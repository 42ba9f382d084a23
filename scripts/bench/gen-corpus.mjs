#!/usr/bin/env node
// @ts-check
/**
 * A deterministic corpus of reflection posts for the build benchmark (README "Performance").
 *
 *   node scripts/bench/gen-corpus.mjs --count 1000 --out scripts/bench/.work/posts [--seed 1]
 *
 * Each post: frontmatter (title, description, pubDate, tags), three paragraphs of three
 * sentences, a list of three, a link, one Markdown image with alt text; every tenth post also a
 * fenced code block and a <video> whose transcript is on the page, pointed at with
 * aria-describedby. This is the shape of ../shared/bench/gen-corpus.mjs, and with the same seed
 * the same bytes (same generator, word pools and draw order), so numbers measured on either
 * corpus compare directly.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/**
 * mulberry32: small, fast and deterministic; the reference generator uses it too.
 * @param {number} seed
 */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = [
  'My network',
  'A mentor',
  'The community',
  'Our cohort',
  'This forum',
  'A podcast host',
  'The newsletter',
  'An organizer',
  'The study group',
  'A researcher',
];
const verbs = [
  'shared',
  'questioned',
  'connected',
  'challenged',
  'explained',
  'curated',
  'summarized',
  'welcomed',
  'reviewed',
  'recommended',
];
const objects = [
  'a new perspective on sustainability',
  'ideas about inclusive design',
  'resources on accessible media',
  'notes from the conference',
  'a thread about motorsport engineering',
  'questions about open education',
  'a reading list on equity',
  'data on energy use',
  'a case study from another field',
  'feedback on my draft',
];
const tails = [
  'which changed how I plan my week.',
  'and I wrote down what surprised me.',
  'so I followed up with a message.',
  'which made me rethink my assumptions.',
  'and the discussion went on for days.',
  'so I added them to my contact list.',
  'which I want to try in my next project.',
  'and I learned the most from the disagreement.',
];
const tagPool = [
  'pln',
  'inclusion',
  'accessibility',
  'sustainability',
  'formula-1',
  'social-media',
  'reflection',
  'learning',
  'networking',
  'diversity',
];
const topics = [
  'Listening Widely',
  'Building Bridges',
  'Notes on Outreach',
  'Finding Voices',
  'Learning in Public',
  'Small Steps',
  'Open Questions',
  'Field Notes',
];

/** Posts are counted back in half days from this day, so none is future-dated (scheduled). */
const LAST_DAY = Date.UTC(2026, 0, 1);
const HALF_DAY = 43_200_000;

/**
 * The file name of post `i` (1-based): its slug is the name without `.mdx`.
 * @param {number} i
 */
export function postFileName(i, prefix = 'bench-') {
  return `${prefix}${String(i).padStart(5, '0')}.mdx`;
}

/**
 * The text of post `i`, drawing words from `random`. Posts must be written in order 1..N from
 * one generator for a seed to give the same corpus.
 * @param {number} i
 * @param {() => number} random
 */
export function postText(i, random) {
  /** @param {string[]} list */
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => `${pick(subjects)} ${pick(verbs)} ${pick(objects)}, ${pick(tails)}`;
  const paragraph = () => Array.from({ length: 3 }, sentence).join(' ');

  const day = new Date(LAST_DAY - i * HALF_DAY).toISOString().slice(0, 10);
  const tags = [...new Set([pick(tagPool), pick(tagPool), pick(tagPool)])];
  const title = `${pick(topics)} ${i}`;
  const lines = [
    '---',
    `title: "${title}"`,
    `description: "Reflection ${i} on building an inclusive personal learning network."`,
    `pubDate: ${day}`,
    `tags: [${tags.map((t) => `"${t}"`).join(', ')}]`,
    '---',
    '',
    paragraph(),
    '',
    '## What I tried',
    '',
    `- ${sentence()}`,
    `- ${sentence()}`,
    `- ${sentence()}`,
    '',
    `${paragraph()} More in [the community notes](https://example.org/notes/${i}).`,
    '',
    `![A sketch of network map ${i}, with clusters for motorsport, sustainability and education](https://images.example.org/map-${i}.png)`,
    '',
    paragraph(),
    '',
  ];
  if (i % 10 === 0) {
    lines.push(
      '```js',
      `const contacts = ${JSON.stringify(tags)};`,
      'contacts.forEach((c) => console.log(c));',
      '```',
      '',
      `<video controls src="https://media.example.org/clip-${i}.mp4" aria-describedby="transcript-${i}"></video>`,
      '',
      `<div id="transcript-${i}">`,
      '',
      `**Transcript.** ${paragraph()}`,
      '',
      '</div>',
      '',
    );
  }
  return lines.join('\n');
}

/**
 * The whole corpus as `{ file, text }` pairs, in order.
 * @param {{ count: number, seed?: number, prefix?: string }} options
 */
export function generateCorpus({ count, seed = 1, prefix = 'bench-' }) {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`the post count must be a positive whole number, got ${count}`);
  }
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, index) => ({
    file: postFileName(index + 1, prefix),
    text: postText(index + 1, random),
  }));
}

/**
 * Writes the corpus into `out`, first removing earlier `.mdx` posts there so a smaller run
 * leaves no stale posts behind. Returns the number written.
 * @param {string} out
 * @param {{ count: number, seed?: number, prefix?: string }} options
 */
export function writeCorpus(out, options) {
  const posts = generateCorpus(options);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(out)) if (name.endsWith('.mdx')) rmSync(join(out, name));
  for (const { file, text } of posts) writeFileSync(join(out, file), text);
  return posts.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string', default: 'scripts/bench/.work/posts' },
      prefix: { type: 'string', default: 'bench-' },
      seed: { type: 'string', default: '1' },
    },
  });
  try {
    const written = writeCorpus(values.out, {
      count: Number(values.count),
      seed: Number(values.seed),
      prefix: values.prefix,
    });
    console.log(`wrote ${written} posts to ${values.out}`);
  } catch (error) {
    console.error(`gen-corpus: ${/** @type {Error} */ (error).message}. Use e.g. --count 1000.`);
    process.exitCode = 2;
  }
}
