/**
 * Every phrase the interface shows, in English, with a note for translators saying where it
 * shows. Split by the part of the site that writes it; `translate.ts` takes the phrases from here.
 * A phrase that depends on a number is keyed by its `other` form (`{count} entries`) and gives
 * its `one` form beside the note.
 */
import { COURSES } from './catalog/courses.ts';
import { FEEDS } from './catalog/feeds.ts';
import { GUIDES } from './catalog/guides.ts';
import { MEDIA } from './catalog/media.ts';
import { PAGES } from './catalog/pages.ts';
import { SEARCH } from './catalog/search.ts';

/** A phrase's note for translators, or its `one` form and the note. */
export type CatalogEntry = string | { one: string; note: string };

export const CATALOG = {
  ...PAGES,
  ...COURSES,
  ...GUIDES,
  ...MEDIA,
  ...SEARCH,
  ...FEEDS,
} satisfies Record<string, CatalogEntry>;

type Catalog = typeof CATALOG;
/** A phrase with one form. */
export type Phrase = { [P in keyof Catalog]: Catalog[P] extends string ? P : never }[keyof Catalog];
/** A phrase whose form depends on a number. */
export type PluralPhrase = Exclude<keyof Catalog, Phrase>;
