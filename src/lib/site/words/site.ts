/**
 * The interface's words of this site, in its language (`lang` and `ui` in src/site.config.ts):
 * what pages and components call to write the site's own words.
 */
import { site } from '../../../site.config.ts';
import { wordsFor } from './translate.ts';

export const words = wordsFor(site.lang, site.ui);
export const { t, plural, around } = words;
