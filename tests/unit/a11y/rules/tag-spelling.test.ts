import { describe, expect, it } from 'vitest';
import { checkProject } from '../project.ts';

const RULE = 'tag-spelling';
const entry = (title: string, tags: string) =>
  `---\ntitle: ${title}\ndescription: D.\npubDate: 2026-10-05\ntags: ${tags}\n---\n\nText.\n`;
const site = (tags: string) => ({
  'content/posts/a.md': entry('A', '[accessibility, podcasts]'),
  'content/posts/b.md': entry('B', '[accessibility, podcasts]'),
  'content/guides/c.md': entry('C', '[Accessibility]'),
  'content/posts/new.md': entry('New', tags),
});

describe('tag-spelling', () => {
  it('says a tag one entry alone spells another way splits the tag page, and the fix passes', async () => {
    expect(await checkProject(site('[accesibility, "#Podcast", week-7]'), RULE)).toEqual([
      'content/posts/new.md:5:1 tag "accesibility" is used by this entry alone, and "accessibility" by 3 others, so each has its own tag page and readers following one miss the other: if they are one tag, write accessibility',
      'content/posts/new.md:5:1 tag "#Podcast" is used by this entry alone, and "podcasts" by 2 others, so each has its own tag page and readers following one miss the other: if they are one tag, write podcasts',
    ]);
    expect(await checkProject(site('[accessibility, podcasts, week-7]'), RULE)).toEqual([]);
  });

  it('leaves a tag two entries use, and one near no other', async () => {
    expect(
      await checkProject(
        {
          ...site('[leadership]'),
          'content/posts/d.md': entry('D', '[podcast]'),
          'content/posts/e.md': entry('E', '[podcast]'),
        },
        RULE,
      ),
    ).toEqual([]);
  });
});
