import { isEnglish, isLanguageTag, languageCode } from '../../lib/site/lang.ts';

/**
 * Which text the English writing checks read (README "Posts in any language"): a file is in
 * its frontmatter `lang`, else the site's; inside a file, an element with a `lang` attribute of
 * another language (`<span lang="fr">`) holds text in that language. And which words they let
 * pass: the file's `allowWords`.
 */

/**
 * The language a file is written in: its frontmatter `lang`, else the site's. A `lang` that is
 * no language tag is the content schema's to report; the file then counts as in the language
 * it plainly means (`fr_FR` is `fr-FR`, `spanish` is `es`), else the site's. Every rule reading
 * the file's language gets a tag the runtime can read (`fr_FR` made Intl throw, which failed
 * `inclusive-language` on the file).
 */
export function fileLanguage(frontmatter: Record<string, unknown>, siteLang: string): string {
  const lang = frontmatter.lang;
  if (typeof lang !== 'string' || !lang.trim()) return siteLang;
  const written = lang.trim();
  return isLanguageTag(written) ? written : (languageCode(written) ?? siteLang);
}

/** Whether an element's `lang` attribute puts its text in a language other than English. */
export function otherLanguage(lang: unknown): boolean {
  return typeof lang === 'string' && lang.trim() !== '' && !isEnglish(lang.trim());
}

/**
 * `allowWords` from a file's frontmatter: `- chairman` or `- { word: chairman, reason: … }`.
 * Anything else is ignored here; the content schema reports a malformed list at build time.
 */
export function frontmatterAllowList(frontmatter: Record<string, unknown>): string[] {
  const list = frontmatter.allowWords;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const word = (item as { word?: unknown } | null)?.word;
    return typeof word === 'string' ? [word] : [];
  });
}
