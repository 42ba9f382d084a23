/**
 * The interface's words in the site's language: the skip link, the navigation, the labels, the
 * search box and everything else the site itself writes on a page, around the authors' words.
 * Keyed by the English phrase, as gettext keys its catalogs: the English a component shows is
 * the phrase it asks for, and a page in English reads the same as its code.
 */
import { CATALOG, type Phrase, type PluralPhrase } from './catalog.ts';
import type { PluralForms, Translation, WrittenWords } from './types.ts';
import { isEnglish, primaryLanguage } from '../lang.ts';
import de from './de.ts';
import es from './es.ts';
import fr from './fr.ts';
import pt from './pt.ts';

export type { PluralForms, Translation, WrittenWords };

/** The languages Commonplace writes its interface in, by primary language subtag. */
export const BUILT_IN: Readonly<Record<string, Translation>> = { de, es, fr, pt };

/** Values put into a phrase's `{name}` placeholders. */
export type Values = Record<string, string | number>;

export interface Words {
  /**
   * The language the interface's words are in: the site's, or `en` when neither Commonplace
   * nor the site's `ui` has every phrase in it (the rest then show in English).
   */
  lang: string;
  /** Phrases with no words in the site's language, when it is neither English nor built in. */
  missing: string[];
  /** A phrase in the interface's language, its `{name}` placeholders filled from `values`. */
  t(phrase: Phrase, values?: Values): string;
  /** A phrase that depends on a number (`{count} entries`), in the form the language uses for it. */
  plural(count: number, phrase: PluralPhrase, values?: Values): string;
  /**
   * A phrase's words before and after its `{slot}`, where the page puts an element (a link, a
   * tag, a bold part) that each language places in the sentence where it needs it.
   */
  around(phrase: Phrase, slot: string, values?: Values): { before: string; after: string };
  /**
   * A phrase cut at each placeholder `values` leaves open, in the language's order: its words as
   * strings, each open placeholder as `{ slot }`. For a sentence with two things a page writes
   * itself (a part in bold, a series' name marked with its language).
   */
  pieces(phrase: Phrase, values?: Values): Array<string | { slot: string }>;
}

/** The English forms of every phrase: the catalog itself. */
function english(): Translation {
  const words: Record<string, string | PluralForms> = {};
  for (const [phrase, entry] of Object.entries(CATALOG))
    words[phrase] = typeof entry === 'string' ? phrase : { one: entry.one, other: phrase };
  return words as Translation;
}
const ENGLISH = english();

/** The `{name}` placeholders a phrase or its translation holds, sorted. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** The phrase's text with each `{name}` replaced; a number is written as the language writes it. */
function fill(text: string, values: Values | undefined, numbers: Intl.NumberFormat): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/**
 * The interface's words for a site in `lang`: Commonplace's own for a language it has (English,
 * German, Spanish, French, Portuguese), with the site's `ui` written over them. In any other
 * language the site's `ui` gives the words; where it gives all of them the interface is in the
 * site's language, else it stays in English and `missing` lists what is left to write.
 */
export function wordsFor(lang: string, written: WrittenWords = {}): Words {
  const own = isEnglish(lang) ? ENGLISH : BUILT_IN[primaryLanguage(lang)];
  const base = own ?? ENGLISH;
  const words = { ...base, ...written } as Translation;
  const missing = own ? [] : Object.keys(CATALOG).filter((phrase) => !(phrase in written));
  const shown = missing.length === 0 ? lang : 'en';
  const numbers = new Intl.NumberFormat(shown);
  const rules = new Intl.PluralRules(shown);
  const t = (phrase: Phrase, values?: Values) => fill(words[phrase], values, numbers);
  return {
    lang: shown,
    missing,
    t,
    around(phrase, slot, values) {
      const text = t(phrase, values);
      const at = text.indexOf(`{${slot}}`);
      return at < 0
        ? { before: text, after: '' }
        : { before: text.slice(0, at), after: text.slice(at + slot.length + 2) };
    },
    pieces(phrase, values) {
      return t(phrase, values)
        .split(/\{(\w+)\}/)
        .map((piece, at) => (at % 2 === 1 ? { slot: piece } : piece))
        .filter((piece) => piece !== '');
    },
    plural(count, phrase, values) {
      const forms = words[phrase];
      const text = forms[rules.select(count)] ?? forms.other;
      return fill(text, { count, ...values }, numbers);
    },
  };
}

/** The interface's words in English: what every other language's are told apart from. */
export const englishWords: Words = wordsFor('en');

/**
 * What a site in a language the interface has no words in is told, once per build and per
 * `npm run check`: which phrases are left and where to write them. Undefined when there are none.
 */
export function missingWordsNotice(lang: string, words: Words): string | undefined {
  if (words.missing.length === 0) return undefined;
  const total = Object.keys(CATALOG).length;
  const name = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }).of(lang);
  const given = total - words.missing.length;
  return `the interface is in English: Commonplace has no words for it in ${name} (lang: ${lang})${given > 0 ? `, and ui gives ${given} of its ${total} phrases` : ''}. Write ${given > 0 ? 'the rest' : 'them'} under ui in src/site.config.ts (README "The interface's words"), e.g. ui: { '${words.missing[0]}': '…' }; until then the pages show them in English, marked lang="en"`;
}
