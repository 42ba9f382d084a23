import { describe, expect, it } from 'vitest';
import { tagSlug, tagVariantOf } from '../../src/lib/content/tag-variants.ts';

const uses = new Map([
  ['accessibility', 4],
  ['podcasts', 3],
  ['color', 2],
  ['week-1', 5],
  ['plan', 3],
  ['accesibility', 1],
  ['podcast', 1],
  ['colour', 1],
  ['week-2', 1],
  ['pln', 1],
  ['leadership', 1],
]);
const variant = (slug: string, own: string[] = [slug]) =>
  tagVariantOf(slug, uses, new Set(own))?.slug;

describe('tagVariantOf', () => {
  it('finds a typo, a plural or a spelling of a tag others use', () => {
    expect(variant('accesibility')).toBe('accessibility');
    expect(variant('podcast')).toBe('podcasts');
    expect(variant('colour')).toBe('color');
  });

  it('leaves tags that differ in digits, short tags, and tags near nothing', () => {
    expect(variant('week-2')).toBeUndefined();
    expect(variant('pln')).toBeUndefined();
    expect(variant('leadership')).toBeUndefined();
    // Used by two entries: a tag of its own, however close.
    expect(tagVariantOf('accessibility', uses, new Set(['accessibility']))).toBeUndefined();
  });

  it('leaves tags that differ in one word of a letter or two: names, not typos', () => {
    const languages = new Map([
      ['f-sharp', 3],
      ['c-sharp', 1],
      ['unit-a', 2],
      ['unit-b', 1],
      ['reflection', 3],
      ['reflectin', 1],
    ]);
    expect(tagVariantOf('c-sharp', languages, new Set(['c-sharp']))).toBeUndefined();
    expect(tagVariantOf('unit-b', languages, new Set(['unit-b']))).toBeUndefined();
    expect(tagVariantOf('reflectin', languages, new Set(['reflectin']))?.slug).toBe('reflection');
  });

  it('counts the others only: a tag the entry shares with one other is no tag of many', () => {
    const few = new Map([
      ['podcasts', 2],
      ['podcast', 1],
    ]);
    expect(tagVariantOf('podcast', few, new Set(['podcast', 'podcasts']))).toBeUndefined();
    expect(tagVariantOf('podcast', few, new Set(['podcast']))).toEqual({
      slug: 'podcasts',
      uses: 2,
    });
  });

  it('reads a tag as the schema does: a hashtag is the tag', () => {
    expect(tagSlug('#Accessibility')).toBe('accessibility');
    expect(tagSlug('Social Media')).toBe('social-media');
  });
});
