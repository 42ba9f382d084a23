/**
 * Languages of entries, pages and transcripts: BCP 47 tags, their writing direction and their
 * names. Pure functions over `Intl` and the IANA registry's list of languages, so the rules are
 * unit-tested without a build.
 */
import { createRequire } from 'node:module';
import { escapeHtml } from '../util/escape-html.ts';

/**
 * Scripts written right to left (ISO 15924 codes), for runtimes without `Intl.Locale`'s text
 * info: Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan,
 * Mende Kikakui, Old South Arabian, Imperial Aramaic, Avestan, Inscriptional Pahlavi and
 * Parthian, Phoenician, Kharoshthi, Old Hungarian, Manichaean, Nabataean, Palmyrene, Yezidi.
 */
const RTL_SCRIPTS = new Set([
  'Adlm',
  'Arab',
  'Aran',
  'Armi',
  'Avst',
  'Hebr',
  'Hung',
  'Khar',
  'Mand',
  'Mani',
  'Mend',
  'Narb',
  'Nbat',
  'Nkoo',
  'Palm',
  'Phli',
  'Phnx',
  'Prti',
  'Rohg',
  'Samr',
  'Sarb',
  'Syrc',
  'Thaa',
  'Yezi',
]);

/**
 * Languages usually written right to left, for runtimes that cannot infer a language's script
 * (`Intl.Locale#maximize`): Arabic, Hebrew, Persian, Urdu, Pashto, Sindhi, Kurdish (Sorani),
 * Uyghur, Yiddish, Dhivehi, Syriac, Aramaic, N'Ko, Balochi, Kashmiri, Lurish, Mazanderani,
 * Gilaki, Southern Azerbaijani, Rohingya, Dari, and the old codes `iw` and `ji`.
 */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'azb',
  'bal',
  'bqi',
  'ckb',
  'dv',
  'fa',
  'glk',
  'he',
  'iw',
  'ji',
  'ks',
  'lrc',
  'mzn',
  'nqo',
  'prs',
  'ps',
  'rhg',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

const displayNames = new Map<string, Intl.DisplayNames>();
function namesIn(lang: string): Intl.DisplayNames {
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang, 'en'], { type: 'language', fallback: 'none' });
    displayNames.set(lang, names);
  }
  return names;
}

/**
 * The canonical form of a BCP 47 language tag (`EN-gb` → `en-GB`, `iw` → `he`), or undefined
 * when the text is not one: not well formed (`en_US`, `english!`), or naming no language that
 * Unicode's data knows (`english`, `xx`).
 */
export function canonicalLang(tag: string): string | undefined {
  let canonical: string;
  try {
    [canonical = ''] = Intl.getCanonicalLocales(tag.trim());
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  return isLanguage(new Intl.Locale(canonical).language ?? 'und') ? canonical : undefined;
}

/**
 * Whether a primary language subtag names a language: one Unicode's data has a name for, or
 * any other of the IANA Language Subtag Registry, the list BCP 47 draws its languages from
 * (`oma` for Omaha-Ponca, `isv` for Interslavic, which no runtime names), or one of the
 * private-use subtags `qaa` to `qtz`.
 */
function isLanguage(subtag: string): boolean {
  const code = subtag.toLowerCase();
  if (namesIn('en').of(code) !== undefined || /^q[a-t][a-z]$/.test(code)) return true;
  return Object.hasOwn((registry ??= loadRegistry()), code);
}

/** The registry's languages, by subtag; read at the first tag the runtime has no name for. */
let registry: Record<string, unknown> | undefined;

/**
 * Read at run time, not imported: bundled into the site's pages, the registry's 8,000 languages
 * became a module of as many exports, and a 1,000-post build's peak memory grew by 100 MiB.
 */
function loadRegistry(): Record<string, unknown> {
  return createRequire(import.meta.url)(
    'language-subtag-registry/data/json/language.json',
  ) as Record<string, unknown>;
}

/** Whether `tag` is a BCP 47 tag of a known language. */
export const isLanguageTag = (tag: string): boolean => canonicalLang(tag) !== undefined;

/** Whether the runtime has an English name for the tag's language, for a message to name it. */
export const hasLanguageName = (tag: string): boolean =>
  namesIn('en').of(new Intl.Locale(tag).language ?? 'und') !== undefined;

/** The message a wrong `lang` gets wherever it is written. */
export const LANG_HINT = 'use a BCP 47 language tag such as en, ar, he, fa or pt-BR';

let byName: Map<string, string> | undefined;

/**
 * The tag of a language written by its name, in English or in itself (`English`, `dutch`,
 * `Español`, `Nederlands` → `en`, `nl`, `es`, `nl`), as an author who does not know the codes
 * writes `lang`. Two-letter codes only: the names a reader would type.
 */
export function languageCodeFor(name: string): string | undefined {
  if (!byName) {
    byName = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (const a of letters)
      for (const b of letters) {
        const code = a + b;
        const english = namesIn('en').of(code);
        if (!english) continue;
        let own: string | undefined;
        try {
          own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
        } catch {
          own = undefined;
        }
        for (const known of [english, own])
          if (known && !byName.has(known.toLowerCase())) byName.set(known.toLowerCase(), code);
      }
  }
  return byName.get(name.trim().toLowerCase());
}

/**
 * The tag a `lang` that is not one means, where that is certain: a language's name (`spanish` →
 * `es`), or a tag written with underscores, as POSIX locales, Java and Python write them
 * (`en_US`, `zh_Hans` → `en-US`, `zh-Hans`).
 */
export function languageCode(written: string): string | undefined {
  return underscored(written) ?? languageCodeFor(written);
}

function underscored(written: string): string | undefined {
  const value = written.trim();
  if (!value.includes('_')) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(value.replace(/_/g, '-'));
    return tag && !languageProblem(tag) ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** What to write instead of a `lang` that is not a language tag, and its tag when certain. */
function adviceFor(written: string): { hint: string; code?: string } {
  const code = languageCode(written);
  return code ? { hint: `write ${code}`, code } : { hint: LANG_HINT };
}

/** What to write instead of a `lang` that is not a language tag: its code, when it names one. */
export function langFix(written: string): string {
  return adviceFor(written).hint;
}

/**
 * Why a `lang` attribute names no language a screen reader can speak, or undefined when it
 * names one. As ACT rules bf051a and de46e4 read it, only the primary subtag decides
 * (`en-US-GB` passes): it must be a language of the registry. `eng` is not one (ISO 639-2's code
 * for English, which the registry lists only as `en`), nor are `em`, `#1` or a grandfathered
 * `i-lux`.
 */
export function languageProblem(value: string): string | undefined {
  return languageAdvice(value)?.hint;
}

/**
 * Advice already worked out, by the value as written: every page of a site says the same one
 * or two languages, and `Intl.Locale` is slow to build. Bounded, for a site of many tags.
 */
const adviceOf = new Map<string, { hint: string; code?: string } | undefined>();
const ADVICE_KEPT = 256;

/**
 * `languageProblem`'s hint, with the tag to write where it is certain (`code`), which `npm run
 * check -- --fix` writes; undefined when the value names a language.
 */
export function languageAdvice(value: string): { hint: string; code?: string } | undefined {
  if (adviceOf.has(value)) return adviceOf.get(value);
  const advice = workOutAdvice(value);
  if (adviceOf.size >= ADVICE_KEPT) adviceOf.clear();
  adviceOf.set(value, advice);
  return advice;
}

function workOutAdvice(value: string): { hint: string; code?: string } | undefined {
  const [primary = '', ...rest] = value.trim().split('-');
  if (!/^(?:[a-z]{2,3}|[a-z]{5,8})$/i.test(primary)) return adviceFor(value);
  let canonical: string;
  try {
    // V8 leaves `language` unset for `und` (undetermined), a registered subtag.
    canonical = new Intl.Locale(primary).language ?? 'und';
  } catch {
    return adviceFor(value);
  }
  // ICU reads a three-letter alias (`eng`) as its two-letter code; the registry does not. The
  // rest of the tag stays (`eng-GB` is `en-GB`).
  if (primary.length === 3 && canonical.length === 2) {
    const code = [canonical, ...rest].join('-');
    return { hint: `write ${code}`, code };
  }
  return isLanguage(canonical) ? undefined : adviceFor(value);
}

interface TextInfoLocale extends Intl.Locale {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
}

/**
 * `rtl` for languages written right to left, else `ltr`. The language's script decides: the
 * runtime's own text info (`Intl.Locale#getTextInfo`, or the older `textInfo` getter) where it
 * has one; else the script the tag names or Unicode's likely script for the language
 * (`maximize`), checked against the right-to-left scripts; else a list of languages usually
 * written right to left. A script in the tag wins: `ku-Arab` is rtl, `ar-Latn` ltr.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let direction = directions.get(tag);
  if (!direction) directions.set(tag, (direction = directionOf(tag)));
  return direction;
}

/**
 * Directions worked out so far, by tag: every page asks for its own language and the site's
 * (BaseLayout, SearchControl), and building an `Intl.Locale` each time cost a 1,000-post build
 * about 0.07 s of its render. A site writes in a handful of languages.
 */
const directions = new Map<string, 'ltr' | 'rtl'>();

/** `textDirection` worked out afresh (exported for its tests, which take the runtime's text info away). */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  let locale: TextInfoLocale;
  try {
    locale = new Intl.Locale(tag) as TextInfoLocale;
  } catch {
    return 'ltr';
  }
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  const script = locale.script ?? locale.maximize?.().script;
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/** The primary language subtag, lower case: `pt-BR` → `pt`. */
export const primaryLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

/** Whether two tags name the same language, ignoring region and script (`en-GB`, `en`). */
export const sameLanguage = (a: string, b: string): boolean =>
  primaryLanguage(a) === primaryLanguage(b);

/** Whether text in this language is English, which the writing checks read. */
export const isEnglish = (tag: string): boolean => primaryLanguage(tag) === 'en';

/**
 * The language's name for a reader of `inLang`, with its own name beside it when the two
 * differ: `Arabic (العربية)` for an English reader. Falls back to the tag itself.
 */
export function languageName(tag: string, inLang: string): string {
  const name = namesIn(inLang).of(tag) ?? tag;
  const own = namesIn(tag).of(tag);
  return own && own !== name ? `${name} (${own})` : name;
}

/** The `lang` and `dir` attributes an element needs to say it is in `lang`. */
export interface LangAttributes {
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/**
 * `lang` and `dir` for text in `lang` that sits inside text in `around`: nothing when they are
 * the same language, so only text in another language is marked.
 */
export function langAttributes(lang: string | undefined, around: string): LangAttributes {
  if (!lang || lang.toLowerCase() === around.toLowerCase()) return {};
  const dir = textDirection(lang);
  return dir === textDirection(around) ? { lang } : { lang, dir };
}

/**
 * `langAttributes` as HTML writes them in a start tag, each with its leading space
 * (` lang="ar" dir="rtl"`); empty when nothing is marked.
 */
export function langMarkup({ lang, dir }: LangAttributes): string {
  return `${lang ? ` lang="${escapeHtml(lang)}"` : ''}${dir ? ` dir="${dir}"` : ''}`;
}
