import { editDistanceWithin } from '../util/closest-name.ts';
import { slugify } from './slug.ts';
import { tagText } from './tags.ts';

/**
 * Tags that are one tag written two ways: a typo (`accesibility`), a plural (`podcast`,
 * `podcasts`), a spelling (`colour`, `color`). Each way gets its own tag page, so a reader who
 * follows the tag from one post never finds the other. Told apart from tags that are meant to
 * differ by what the site does with them: the variant is used by one entry alone, and the tag
 * it is close to by at least two.
 */

/** The slug a tag has on the site, as the schema reads it (`#F1` is the tag `F1`). */
export function tagSlug(tag: string): string {
  return slugify(tagText(tag));
}

/** Short tags are too often different words one letter apart (`pln`, `plan`). */
const SHORTEST = 5;

/** Whether two slugs differ by a plural's `s` or `es`. */
function plural(a: string, b: string): boolean {
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es`;
}

/**
 * Whether two slugs differ in one word of a letter or two alone (`c-sharp`, `f-sharp`; `unit-a`,
 * `unit-b`): such words are names, as a letter grade or a musical note is, not typos.
 */
function differInAShortWord(a: string, b: string): boolean {
  const [x, y] = [a.split('-'), b.split('-')];
  if (x.length !== y.length) return false;
  const differ = x.flatMap((word, i) => (word === y[i] ? [] : [i]));
  return differ.length === 1 && x[differ[0]!]!.length <= 2 && y[differ[0]!]!.length <= 2;
}

/**
 * The tag other entries use that `slug`, used by one entry alone (whose tags are `own`), is most
 * likely meant to be, with how many other entries use it: the most used among those a plural or
 * one letter apart; undefined when none is. `uses` counts the entries using each slug, that one
 * included. Tags that differ only in digits (`week-1`, `week-2`) or in one short word (`c-sharp`,
 * `f-sharp`) are meant to.
 */
export function tagVariantOf(
  slug: string,
  uses: ReadonlyMap<string, number>,
  own: ReadonlySet<string>,
): { slug: string; uses: number } | undefined {
  if ((uses.get(slug) ?? 0) !== 1 || slug.length < SHORTEST) return undefined;
  let best: { slug: string; uses: number } | undefined;
  for (const [other, all] of uses) {
    const count = all - (own.has(other) ? 1 : 0);
    if (other === slug || count < 2 || other.length < SHORTEST) continue;
    if (other.replace(/\d/g, '') === slug.replace(/\d/g, '')) continue;
    if (differInAShortWord(slug, other)) continue;
    if (!plural(slug, other) && editDistanceWithin(slug, other, 1) > 1) continue;
    if (!best || count > best.uses) best = { slug: other, uses: count };
  }
  return best;
}
