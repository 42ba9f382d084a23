import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import type { El, Model } from '../core/model.ts';
import { canonicalLang } from '../../lib/site/lang.ts';
import { NOT_PROSE, type MdNode } from './prose.ts';

/**
 * Which language an entry's words are in, read from the words themselves (README "Posts in any
 * language"): `text-lang` compares it with the language the page will say it is in, and
 * `inclusive-language` does not read English words into a post written in another language.
 *
 * Two steps, so that most files cost a word count. English prose is full of short words other
 * languages do not use (`the`, `with`, `which`, `they`): where they are one word in twenty or
 * more, the text is English and nothing else runs. Below that (a post in another language, or
 * English that is mostly lists and names) franc, a trigram model of 82 languages, names the
 * language. Tried on 713 files of Astro's and Starlight's documentation in 18 languages and on
 * 400 English READMEs: no English file was reported, and franc named the language of every file
 * that was.
 */

/** Short English words that are not words, or are rare ones, in the languages franc knows. */
const ENGLISH_WORDS = new Set(
  (
    'the and that with this are from have not you they which your were what there their about ' +
    'would been but our how who its if into than then them these does did because when where ' +
    "only some could should each it's don't i'm"
  ).split(' '),
);

/** Below this many words a text says too little to tell its language by. */
const MIN_WORDS = 40;
/** How much of a file is read: the language of its first few paragraphs is the file's. */
const SAMPLE_LENGTH = 3000;
/** Share of ENGLISH_WORDS at and above which text is English without asking franc. */
const ENGLISH_SHARE = 0.05;
/** Share at and above which text the page says is in another language may be English. */
const CLEARLY_ENGLISH_SHARE = 0.15;
/**
 * franc's scores are relative to its best (1), and close: English scored 0.96 to 0.978 beside
 * German, Spanish and French text. A second this close is as likely (Malay beside Indonesian,
 * Bulgarian beside Russian); English this close means franc cannot tell.
 */
const AS_LIKELY = 0.995;
const ENGLISH_CLOSE = 0.98;

/** What a file's words read as. */
export interface Reading {
  /** English, by its short words or by franc. */
  english: boolean;
  /** The language franc names, as a BCP 47 tag (`es`, `zh`), when it is not English. */
  lang?: string;
  /** A language franc finds as likely (`ms` beside `id`). */
  alsoLang?: string;
}

type Franc = typeof import('franc-min');
let franc: Franc | undefined;
/** franc and its model load only for a text that is not plainly English: most files never need it. */
const loadFranc = (): Franc => (franc ??= createRequire(import.meta.url)('franc-min') as Franc);

/** franc's ISO 639-3 code as the tag to write (`spa` → `es`, `cmn` → `zh`), or undefined. */
const tagOf = (code: string): string | undefined =>
  code === 'und' ? undefined : canonicalLang(code);

/**
 * The language of a sample of prose, or undefined when it is too short to tell or franc cannot
 * say. `saysEnglish`: the page will say the text is English. Then the question is whether it
 * is not: franc is asked only below one English word in twenty. Otherwise the question is
 * whether it is English after all, which takes one in seven and franc's agreement, so that a
 * post in another language that quotes English sources is left as it says.
 */
export function readText(sample: string, saysEnglish: boolean): Reading | undefined {
  // Chinese and Japanese are written without spaces: each character counts as a word there, or
  // a few English names would weigh as much as a paragraph.
  const words =
    sample
      .toLowerCase()
      .match(
        /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+(?:['’]\p{L}+)*/gu,
      ) ?? [];
  if (words.length < MIN_WORDS) return undefined;
  let english = 0;
  for (const word of words) if (ENGLISH_WORDS.has(word.replace('’', "'"))) english++;
  const share = words.length ? english / words.length : 0;
  if (saysEnglish && share >= ENGLISH_SHARE) return { english: true };
  if (!saysEnglish && share < CLEARLY_ENGLISH_SHARE) return { english: false };
  const scores = loadFranc().francAll(sample, { minLength: 10 });
  const [first, second] = scores;
  if (!first) return undefined;
  if (first[0] === 'eng') return { english: true };
  // English close behind: most likely English with names and code words in it.
  if ((scores.find(([code]) => code === 'eng')?.[1] ?? 0) >= ENGLISH_CLOSE) return undefined;
  const lang = tagOf(first[0]);
  if (!lang) return undefined;
  const also =
    second && second[0] !== 'eng' && second[1] >= AS_LIKELY ? tagOf(second[0]) : undefined;
  return { english: false, lang, ...(also && also !== lang && { alsoLang: also }) };
}

/** Marked with its own language (`lang="es"`, `lang=""`): not the file's to judge. */
const hasLang = (el: El) => typeof el.attrs.lang === 'string';

/**
 * The prose a reader reads first, up to SAMPLE_LENGTH characters: the title and description,
 * then the body's text. Code, HTML, expressions and text marked with a `lang` of its own are
 * left out.
 */
export function proseSample(tree: Root, model: Model): string {
  const parts: string[] = [];
  let length = 0;
  const push = (value: string) => {
    parts.push(value);
    length += value.length + 1;
  };
  const data = model.frontmatter?.data ?? {};
  for (const key of ['title', 'description'])
    if (typeof data[key] === 'string') push(`${data[key] as string}.`);
  const enclosed = (node: MdNode) => {
    for (let el = model.placedIn?.get(node as never); el && el !== model.root; el = el.parent)
      if (NOT_PROSE.has(el.name.toLowerCase()) || hasLang(el)) return true;
    return false;
  };
  const walk = (node: MdNode) => {
    if (length >= SAMPLE_LENGTH) return;
    if (node.type === 'text') {
      if (node.value && !enclosed(node)) push(node.value);
      return;
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name && NOT_PROSE.has(node.name.toLowerCase())) return;
      if (node.attributes?.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang')) return;
    }
    for (const child of node.children ?? []) walk(child);
    // Blocks end sentences: their words never run into the next block's.
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
      push('\n');
  };
  walk(tree as unknown as MdNode);
  return parts.join(' ').slice(0, SAMPLE_LENGTH);
}

/** Readings by model, one map for each answer to "does the page say English?". */
const readings = {
  true: new WeakMap<Model, Reading | null>(),
  false: new WeakMap<Model, Reading | null>(),
};

/**
 * The language a file's words read as, read once per file for every rule that asks.
 * `saysEnglish`: whether the file's language (its `lang`, else the site's) is English.
 */
export function readingOf(tree: Root, model: Model, saysEnglish: boolean): Reading | undefined {
  const memo = readings[`${saysEnglish}`];
  let reading = memo.get(model);
  if (reading === undefined) {
    reading = readText(proseSample(tree, model), saysEnglish) ?? null;
    memo.set(model, reading);
  }
  return reading ?? undefined;
}
