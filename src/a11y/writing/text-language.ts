import { createRequire } from 'node:module';
import type { El, Model } from '../core/model.ts';
import { hiddenItself } from '../core/policy.ts';
import { canonicalLang, hasLanguageName, isEnglish, sameLanguage } from '../../lib/site/lang.ts';
import { NOT_PROSE } from './prose.ts';
import { EXCERPT_ATTRIBUTE } from '../../lib/site/page-markers.ts';

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

const ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/gi;

/**
 * A word: a run of letters (with `'s`, `n't` and the like joined on), or one character of
 * Chinese or Japanese, which are written without spaces: counted by runs, a few English names
 * would weigh as much as a paragraph of them.
 */
const WORD =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+(?:['’]\p{L}+)*/gu;
/** After this many words, twice the share asked for settles that a text is English. */
const EARLY_WORDS = 100;

/**
 * Whether the first `words` words of a text (counted at white space) hold twice `share` of
 * ENGLISH_WORDS: English beyond doubt, without taking the words apart. A text written without
 * spaces has too few such words to pass.
 */
function plainlyEnglish(text: string, words: number, share: number): boolean {
  const head = text.split(/\s+/, words + 1);
  if (head.length <= words) return false;
  const found = head.join(' ').match(ENGLISH_WORDS_GLOBAL)?.length ?? 0;
  return found >= 2 * share * words;
}

/** One of ENGLISH_WORDS, as a word of its own. */
const ENGLISH_WORD_SOURCE = `(?<![\\p{L}\\p{M}'’])(?:${[...ENGLISH_WORDS].map((word) => word.replace("'", "['’]")).join('|')})(?![\\p{L}\\p{M}'’])`;
/** Whether a text holds one of ENGLISH_WORDS (a paragraph's test, in one pass). */
const HOLDS_ENGLISH_WORD = new RegExp(ENGLISH_WORD_SOURCE, 'iu');
const ENGLISH_WORDS_GLOBAL = new RegExp(ENGLISH_WORD_SOURCE, 'giu');

/**
 * franc's ISO 639-3 code as the tag to write (`spa` → `es`, `cmn` → `zh`), or undefined: also
 * for a language the runtime has no name for (`zlm`, which franc offers beside Indonesian), as
 * a message must name the language it suggests.
 */
function tagOf(code: string): string | undefined {
  const tag = code === 'und' ? undefined : canonicalLang(code);
  return tag && hasLanguageName(tag) ? tag : undefined;
}

/**
 * The language of a sample of prose, or undefined when it is too short to tell or franc cannot
 * say. `says`: the language the page will say the text is in. Where that is English, the
 * question is whether the text is not: franc is asked only below one English word in twenty.
 * Otherwise the question is whether it is English after all, which takes one in seven and
 * franc's agreement, so that a post in another language that quotes English sources is left as
 * it says.
 */
export function readText(
  sample: string,
  says: string,
  { minWords = MIN_WORDS, englishShare = ENGLISH_SHARE } = {},
): Reading | undefined {
  const saysEnglish = isEnglish(says);
  // Placeholder text is no language's (`todo` says so); franc would read its Latin as Spanish.
  if (/\blorem ipsum\b/i.test(sample)) return undefined;
  // Addresses are no language's words (`http://localhost:4321/blog/`, written as text).
  sample = sample.replace(ADDRESS, ' ');
  // Most texts the page says are English are, plainly: a quick count over the first words
  // settles them before any word is taken apart.
  if (saysEnglish && plainlyEnglish(sample, Math.max(minWords, EARLY_WORDS), englishShare))
    return { english: true };
  const words = sample.match(WORD) ?? [];
  if (words.length < minWords) return undefined;
  let english = 0;
  for (const match of words) {
    const word = match.toLowerCase();
    if (ENGLISH_WORDS.has(word.includes('’') ? word.replace('’', "'") : word)) english++;
  }
  const share = english / words.length;
  if (saysEnglish && share >= englishShare) return { english: true };
  // Two languages neither of which is English are not told apart: franc confuses neighbours
  // (Spanish and Portuguese, Russian and Bulgarian), and some languages are written in more
  // than one script (Serbian, Uzbek, Azerbaijani).
  if (!saysEnglish && share < CLEARLY_ENGLISH_SHARE) return { english: false };
  const scores = loadFranc().francAll(sample, { minLength: 10 });
  const [first, second] = scores;
  if (!first) return undefined;
  if (first[0] === 'eng') return { english: true };
  // English close behind: most likely English with names and code words in it.
  if ((scores.find(([code]) => code === 'eng')?.[1] ?? 0) >= ENGLISH_CLOSE) return undefined;
  const lang = tagOf(first[0]);
  // franc reads trigrams, not scripts: a short run of Chinese with English names in it can come
  // out as French. A language is believed only if it is written in the text's main script.
  if (!lang || !writtenIn(lang, mainScript(words))) return undefined;
  const also =
    second && second[0] !== 'eng' && second[1] >= AS_LIKELY ? tagOf(second[0]) : undefined;
  return { english: false, lang, ...(also && also !== lang && { alsoLang: also }) };
}

/** Scripts a text's words are told apart by (ISO 15924, as Unicode's Script property names them). */
const SCRIPTS = (
  'Latn Cyrl Arab Hebr Grek Deva Beng Guru Gujr Orya Taml Telu Knda Mlym Sinh Thai Laoo Khmr ' +
  'Mymr Tibt Geor Armn Ethi Hang Hani Hira Kana Thaa Syrc'
)
  .split(' ')
  .map((code) => ({ code, test: new RegExp(`^\\p{Script=${code}}`, 'u') }));

/**
 * The script most of a text's words are in, a word being a run of letters, or one character
 * of Chinese or Japanese (readText's words): were letters counted, a few English names would
 * outweigh a sentence of Chinese.
 */
function mainScript(words: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const word of words) {
    const script = SCRIPTS.find(({ test }) => test.test(word))?.code;
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [script, count] of counts) if (count > (counts.get(best!) ?? 0)) best = script;
  return best;
}

/** Whether a language is written in a script: Unicode's likely script for it, or a part of it. */
function writtenIn(lang: string, script: string | undefined): boolean {
  if (!script) return false;
  const likely = new Intl.Locale(lang).maximize().script;
  if (likely === script) return true;
  if (likely === 'Jpan') return script === 'Hani' || script === 'Hira' || script === 'Kana';
  if (likely === 'Kore') return script === 'Hang' || script === 'Hani';
  return (likely === 'Hans' || likely === 'Hant') && script === 'Hani';
}

/** Marked with its own language (`lang="es"`, `lang=""`): not the file's to judge. */
const hasLang = (el: El) => typeof el.attrs.lang === 'string';
/** What a listing quotes from an entry, judged at the entry's file (EXCERPT_ATTRIBUTE). */
const quotesEntry = (el: El) => el.attrs[EXCERPT_ATTRIBUTE] !== undefined;

/** A paragraph this long says enough to tell its language by (franc is unsure below). */
const PARAGRAPH_WORDS = 25;
/** readText's test for a paragraph: long enough, and in English text not one short English word. */
const PARAGRAPH_TEST = { minWords: PARAGRAPH_WORDS, englishShare: Number.MIN_VALUE };

/** What a reader reads of a document, for telling its language. */
export interface Prose {
  /** Its first SAMPLE_LENGTH characters. */
  sample: string;
  /** Each paragraph (`<p>`, or one written in Markdown), with its own text. */
  paragraphs: { el: El; text: string }[];
}

/**
 * The prose of a document model (src/a11y/core/model.ts; both layers build one): the text of
 * `from` and every element below it, leaving out code, scripts, what is hidden, what is marked
 * with a `lang` of its own and what a listing quotes from an entry (judged at the entry). An
 * entry's model holds its Markdown, its JSX and its raw HTML alike, with raw HTML left open
 * around a block (`<div lang="es">`, a blank line, the paragraph) holding that block; `lead` (an
 * entry's title and description) comes first.
 */
export function proseOf(from: El, lead: string[] = []): Prose {
  const parts: string[] = [...lead];
  let length = parts.join(' ').length;
  const paragraphs: { el: El; text: string }[] = [];
  let current: string[] | undefined;
  const walk = (el: El) => {
    if (
      el !== from &&
      (hasLang(el) || quotesEntry(el) || NOT_PROSE.has(el.name.toLowerCase()) || hiddenItself(el))
    )
      return;
    const own = el.name === 'p' && !current ? (current = []) : undefined;
    for (const child of el.children) {
      if (child.kind === 'element') walk(child);
      else if (typeof child.value === 'string' && child.value.trim()) {
        current?.push(child.value);
        if (length < SAMPLE_LENGTH) {
          parts.push(child.value);
          length += child.value.length + 1;
        }
      }
    }
    if (own) {
      current = undefined;
      paragraphs.push({ el, text: own.join(' ') });
    }
    // An element's words never run into the next one's (a paragraph's into the next paragraph's).
    parts.push('\n');
  };
  walk(from);
  return { sample: parts.join(' ').slice(0, SAMPLE_LENGTH), paragraphs };
}

/** An entry's prose: its title and description, then its body. Read once per file. */
const entryProse = new WeakMap<Model, Prose>();
function proseOfEntry(model: Model): Prose {
  let prose = entryProse.get(model);
  if (!prose) {
    const data = model.frontmatter?.data ?? {};
    const lead = ['title', 'description'].flatMap((key) =>
      typeof data[key] === 'string' ? [`${data[key] as string}.`] : [],
    );
    entryProse.set(model, (prose = proseOf(model.root, lead)));
  }
  return prose;
}

/**
 * An entry's answer, worked out once per file and language for every rule that asks
 * (`text-lang` and `inclusive-language` ask the same of each entry).
 */
function perEntry<T>(work: (prose: Prose, says: string) => T): (model: Model, says: string) => T {
  const memo = new WeakMap<Model, Map<string, T>>();
  return (model, says) => {
    let bySays = memo.get(model);
    if (!bySays) memo.set(model, (bySays = new Map()));
    if (!bySays.has(says)) bySays.set(says, work(proseOfEntry(model), says));
    return bySays.get(says)!;
  };
}

/**
 * The language an entry's words read as. `says`: the file's language (its `lang`, else the
 * site's).
 */
export const readingOf = perEntry((prose, says) => readText(prose.sample, says));

/** The language a reading names, as a tag: `en`, or franc's. */
export const readLanguage = (reading: Reading): string | undefined =>
  reading.english ? 'en' : reading.lang;

/**
 * Paragraphs in another language than their document's, unmarked: an English post that quotes
 * a classmate's Spanish reply (WCAG 3.1.2, language of parts). Stricter than a whole document,
 * as a paragraph is short: where the page says English, a paragraph of 25 words or more with
 * not one of the short English words, which franc names as another language; elsewhere, one
 * franc reads as English. An entry's are read once per file (`entryParagraphsInOtherLanguage`).
 */
export function paragraphsInOtherLanguage(
  prose: Prose,
  says: string,
): { el: El; reading: Reading }[] {
  const found: { el: El; reading: Reading }[] = [];
  const saysEnglish = isEnglish(says);
  for (const { el, text } of prose.paragraphs) {
    // One English word makes a paragraph English where the page says English: most do at once.
    if (saysEnglish && HOLDS_ENGLISH_WORD.test(text)) continue;
    const reading = readText(text, says, PARAGRAPH_TEST);
    const written = reading && readLanguage(reading);
    if (reading && written && !sameLanguage(written, says)) found.push({ el, reading });
  }
  return found;
}

/** paragraphsInOtherLanguage of an entry. */
export const entryParagraphsInOtherLanguage = perEntry(paragraphsInOtherLanguage);
