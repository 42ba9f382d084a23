import { isEnglish } from '../../lib/site/lang.ts';

/**
 * Which text the English writing checks read (README "Posts in any language"): a file is in
 * its frontmatter `lang`, else the site's; inside a file, an element with a `lang` attribute of
 * another language (`<span lang="fr">`) holds text in that language. And which words they let
 * pass: the file's `allowWords`.
 */

/**
 * The language a file is written in: its frontmatter `lang`, else the site's. A `lang` that is
 * not a string is the content schema's to report; the file then counts as the site's language.
 */
export function fileLanguage(frontmatter: Record<string, unknown>, siteLang: string): string {
  const lang = frontmatter.lang;
  return typeof lang === 'string' && lang.trim() ? lang.trim() : siteLang;
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
