import { describe, expect, it } from 'vitest';
import { countTags, labelTags, tagLabels, withTag } from '../../src/lib/content/tags.ts';
import { entryId, slugify } from '../../src/lib/content/slug.ts';
import { neighbours } from '../../src/lib/content/neighbours.ts';

const e = (...tags: string[]) => ({ data: { tags } });

describe('slugify', () => {
  it('makes URL-safe segments from titles and tags', () => {
    expect(slugify('Formula 1 & Sustainability')).toBe('formula-1-sustainability');
    expect(slugify('  Café Société ')).toBe('cafe-societe');
    expect(slugify('social-media')).toBe('social-media');
  });
  it('gives the same slug however often it is asked, past the number of slugs it keeps', () => {
    // Made once and remembered (a build asks for each tag's slug thousands of times): an
    // answer from memory, and one after the memory is emptied, are the answers made afresh.
    expect(slugify('Classroom Design')).toBe('classroom-design');
    expect(slugify('Classroom Design')).toBe('classroom-design');
    for (let i = 0; i < 10_050; i++) expect(slugify(`Week ${i} & Café`)).toBe(`week-${i}-cafe`);
    expect(slugify('C#')).toBe('c-sharp');
    expect(slugify('Week 7 & Café')).toBe('week-7-cafe');
  });
  it('keeps the letters and digits of every script, and their marks, dropping accents from Latin only', () => {
    expect(slugify('单反相机')).toBe('单反相机');
    expect(slugify('سؤال واحد عن الاستدامة')).toBe('سؤال-واحد-عن-الاستدامة');
    expect(slugify('हिन्दी लेख')).toBe('हिन्दी-लेख');
    expect(slugify('Ελληνικά άρθρα')).toBe('ελληνικά-άρθρα');
    expect(slugify('Søren Straße')).toBe('søren-straße');
    // Forms that only look different are one slug; symbols and emoji are not words.
    expect(slugify('ＰＬＮ １０１')).toBe('pln-101');
    expect(slugify('🎬 Week 1!')).toBe('week-1');
    expect(slugify('!!!')).toBe('');
    // Emoji written with their presentation marks, as phones type them: the marks go too.
    expect(slugify('F1 🏎️')).toBe('f1');
    expect(slugify('🌱️')).toBe('');
    expect(slugify('Week 1️⃣')).toBe('week-1');
    expect(slugify('❤️ Leeds')).toBe('leeds');
  });
  it('spells out the sharp and plus that end a name, so C#, C++ and C are three tags', () => {
    expect(['C#', 'C++', 'C', 'F#', 'Notepad++', 'A+'].map(slugify)).toEqual([
      'c-sharp',
      'c-plus-plus',
      'c',
      'f-sharp',
      'notepad-plus-plus',
      'a-plus',
    ]);
    expect(slugify('Visual C# and .NET')).toBe('visual-c-sharp-and-net');
    expect(slugify('C# minor')).toBe('c-sharp-minor');
    // Elsewhere they part words, as any symbol does; a hashtag's # is not part of the tag.
    expect(slugify('Week#3')).toBe('week-3');
    expect(slugify('1+1')).toBe('1-1');
    expect(slugify('#F1')).toBe('f1');
    expect(countTags([e('C#'), e('C'), e('C++', 'c#')]).map(({ slug }) => slug)).toEqual([
      'c-sharp',
      'c',
      'c-plus-plus',
    ]);
  });
  it('gives an entry in a file named in another script its address (not an empty id)', () => {
    expect(entryId('第一部相机.md', {})).toBe('第一部相机');
    expect(entryId('سؤال/index.mdx', {})).toBe('سؤال');
  });
});

describe('entryId', () => {
  it('uses the slug frontmatter first', () => {
    expect(entryId('2026/week-1.mdx', { slug: 'custom' })).toBe('custom');
  });
  it('uses the file name, whatever folder it sits in', () => {
    expect(entryId('2026/Week 1.mdx', {})).toBe('week-1');
  });
  it('uses the folder name for index files, so posts can keep media beside them', () => {
    expect(entryId('media-everyone-can-use/index.mdx', {})).toBe('media-everyone-can-use');
  });
});

describe('countTags', () => {
  it('counts each tag once per entry, most used first', () => {
    expect(countTags([e('pln', 'inclusion'), e('pln', 'pln'), e('Inclusion', 'f1')])).toEqual([
      { tag: 'inclusion', slug: 'inclusion', count: 2 },
      { tag: 'pln', slug: 'pln', count: 2 },
      { tag: 'f1', slug: 'f1', count: 1 },
    ]);
  });
  it('gives a tag the language every entry carrying it shares, and none when they differ', () => {
    const inLang = (lang: string | undefined, ...tags: string[]) => ({ data: { tags, lang } });
    expect(
      countTags([
        inLang('ar', 'استدامة', 'formula-1'),
        inLang(undefined, 'formula-1'),
        inLang('ar', 'استدامة'),
      ]),
    ).toEqual([
      { tag: 'formula-1', slug: 'formula-1', count: 2 },
      { tag: 'استدامة', slug: 'استدامة', count: 2, lang: 'ar' },
    ]);
  });
  it('finds entries by tag slug, whatever the tag spelling', () => {
    const list = [e('Social Media'), e('pln')];
    expect(withTag(list, 'social-media')).toEqual([list[0]]);
  });
});

describe('one tag per slug, with one label', () => {
  const dated = (date: string, ...tags: string[]) => ({ data: { tags, pubDate: new Date(date) } });

  it('labels a tag with the spelling most entries use, whichever entry is newest', () => {
    // The newest post says "Reflection"; three older ones say "reflection".
    const entries = [
      dated('2026-11-20', 'Reflection'),
      dated('2026-10-01', 'reflection'),
      dated('2026-09-01', 'reflection'),
      dated('2026-08-01', 'reflection'),
    ];
    expect(tagLabels(entries).get('reflection')).toBe('reflection');
    expect(countTags(entries)).toEqual([{ tag: 'reflection', slug: 'reflection', count: 4 }]);
  });

  it('breaks a tie with the oldest entry’s spelling', () => {
    const entries = [
      dated('2026-11-20', 'classroom-design'),
      dated('2026-10-01', 'Classroom Design'),
    ];
    expect(tagLabels(entries).get('classroom-design')).toBe('Classroom Design');
  });

  it('gives every entry the same label for the tag, once, in the entry’s order', () => {
    const labels = new Map([
      ['pln', 'PLN'],
      ['classroom-design', 'Classroom Design'],
    ]);
    expect(labelTags(['classroom design', 'pln', 'Classroom-Design', 'new one'], labels)).toEqual([
      'Classroom Design',
      'PLN',
      'new one',
    ]);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'new' }, { id: 'mid' }, { id: 'old' }];
  it('gives the older entry as previous and the newer as next', () => {
    expect(neighbours(list, 'mid')).toEqual({ prev: { id: 'old' }, next: { id: 'new' } });
    expect(neighbours(list, 'new')).toEqual({ prev: { id: 'mid' }, next: undefined });
  });
  it('gives nothing for an unknown id', () => {
    expect(neighbours(list, 'x')).toEqual({});
  });
});
