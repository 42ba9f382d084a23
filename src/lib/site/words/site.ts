/**
 * The interface's words of this site, in its language (`lang` and `ui` in src/site.config.ts):
 * what pages and components call to write the site's own words.
 */
import { site } from '../../../site.config.ts';
import { wordsFor } from './translate.ts';
import { langAttributes, type LangAttributes } from '../lang.ts';

export const words = wordsFor(site.lang, site.ui);
export const { t, plural, around } = words;

/**
 * `lang` and `dir` for the interface's words on a page in the site's language (the listings,
 * search, the page not found): empty unless the interface is in another language than the site,
 * as it is in English on a site Commonplace has no words for.
 */
export const uiOnSite = uiAround(site.lang);

/**
 * `lang` and `dir` for the interface's words inside text in `lang`: a component's labels inside
 * an entry (`uiAround(Astro.locals.entryLang)`); empty where the two agree.
 */
export function uiAround(lang: string | undefined): LangAttributes {
  return langAttributes(words.lang, lang ?? site.lang);
}
