import type { Phrase, PluralPhrase } from '../site/words/catalog.ts';
import { englishWords, type Words } from '../site/words/translate.ts';
import { withBase } from '../site/urls.ts';

/**
 * The search interface's words for the browser. src/scripts/search-ui.js runs there and
 * imports nothing, so the site writes its phrases to a file (src/pages/[searchWords].json.ts)
 * that the header's search link and the /search/ page name (`data-search-words`); the script
 * fetches it as it loads, and keeps its English for any phrase not given. A file, not the words
 * themselves on every page: they are 2 KB that only a reader who searches needs.
 */

type GivenWords = Pick<Words, 'lang' | 't' | 'plural'>;

/** A phrase's words in the browser: its text, or its forms by plural category. */
export type BrowserWords = Record<string, string | Partial<Record<Intl.LDMLPluralRule, string>>>;

/** Every phrase src/scripts/search-ui.js shows (a phrase it shows must be listed here). */
const SCRIPT_PHRASES: Phrase[] = [
  'Search',
  'Site search',
  'Search reflections and guides',
  'Type',
  'Reflections',
  'Guides',
  'Sort',
  'Best match',
  'Newest first',
  'Filter by tag',
  'Tags',
  'Loading tags…',
  'Tags are not available.',
  'Reflection model',
  'Show more results',
  'Reflection',
  'Guide',
  'No results.',
  'No results for “{term}”.',
  'No results with the chosen filters.',
  'No results for “{term}” with the chosen filters.',
  'Close {search}',
  'search',
];

/** Every phrase that depends on a number that src/scripts/search-ui.js shows. */
const SCRIPT_PLURALS: PluralPhrase[] = [
  '{count} results.',
  '{count} results for “{term}”.',
  '{count} results with the chosen filters.',
  '{count} results for “{term}” with the chosen filters.',
];

/**
 * Numbers to find one of each plural category by: CLDR's rules for whole numbers repeat every
 * hundred past the first two hundred, some languages give millions a form of their own (French
 * `many`), and some keep a form for fractions only (Russian `other`).
 */
const SAMPLES = [...Array.from({ length: 201 }, (_, n) => n), 1000, 1_000_000, 0.5, 1.5];

/** Each form of a phrase in the language of `words`, its `{count}` left for the browser to fill. */
function pluralForms(words: GivenWords, phrase: PluralPhrase): Record<string, string> {
  const rules = new Intl.PluralRules(words.lang);
  const forms: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const count = SAMPLES.find((n) => rules.select(n) === category);
    if (count !== undefined) forms[category] = words.plural(count, phrase, { count: '{count}' });
  }
  return forms;
}

/**
 * The phrases whose words differ from their English, `{placeholders}` unfilled: nothing for an
 * English site, whose pages then carry no words at all.
 */
function browserWords(
  words: GivenWords,
  phrases: readonly Phrase[],
  plurals: readonly PluralPhrase[],
): BrowserWords {
  const given: BrowserWords = {};
  for (const phrase of phrases) {
    const text = words.t(phrase);
    if (text !== englishWords.t(phrase)) given[phrase] = text;
  }
  for (const phrase of plurals) {
    const forms = pluralForms(words, phrase);
    if (JSON.stringify(forms) !== JSON.stringify(pluralForms(englishWords, phrase)))
      given[phrase] = forms;
  }
  return given;
}

/** The file a site not in English gives the search interface its words in (src/pages/). */
export const SEARCH_WORDS_FILE = 'search-words.json';

/**
 * The search interface's words in the site's `words`: every phrase the script shows whose words
 * are not its English. Empty for an English site, whose pages then name no file of words.
 */
export function searchWords(words: GivenWords): BrowserWords {
  return browserWords(words, SCRIPT_PHRASES, SCRIPT_PLURALS);
}

const given = new WeakMap<GivenWords, boolean>();

/**
 * Whether the site's pages name the file of words (`data-search-words`): a site whose search
 * box says everything in its English gives none. Worked out once per set of words, as every page
 * asks.
 */
export function hasSearchWords(words: GivenWords): boolean {
  let has = given.get(words);
  if (has === undefined) {
    has = Object.keys(searchWords(words)).length > 0;
    given.set(words, has);
  }
  return has;
}

/**
 * The address by which the header's search link and the /search/ page name the file of words
 * (`data-search-words`), under the site's base; undefined where the site gives none.
 */
export function searchWordsAddress(words: GivenWords): string | undefined {
  return hasSearchWords(words) ? withBase(`/${SEARCH_WORDS_FILE}`) : undefined;
}
