import { describe, expect, it } from 'vitest';
import { checkProject } from '../project.ts';

const RULE = 'duplicate-title';
const entry = (title: string, description: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: ${description}\npubDate: 2026-10-05\n${extra}---\n\nText.\n`;
const WEEK_5 = entry('Week 5, the first poll', 'What the first poll told me.');

describe('duplicate-title', () => {
  it('says a post copied from last week’s keeps its title, in both files', async () => {
    const said = await checkProject(
      { 'content/posts/week-5.md': WEEK_5, 'content/posts/week-6.md': WEEK_5 },
      RULE,
    );
    expect(said).toEqual([
      'content/posts/week-5.md:2:1 title "Week 5, the first poll" is also the title of content/posts/week-6.md, so lists, feeds and search results show entries a reader cannot tell apart: give each its own title',
      'content/posts/week-6.md:2:1 title "Week 5, the first poll" is also the title of content/posts/week-5.md, so lists, feeds and search results show entries a reader cannot tell apart: give each its own title',
    ]);
    // The fix: this week's own title. The same description is no slip a reader is misled by.
    const mended = entry('Week 6, the second poll', 'What the first poll told me.');
    expect(
      await checkProject(
        { 'content/posts/week-5.md': WEEK_5, 'content/posts/week-6.md': mended },
        RULE,
      ),
    ).toEqual([]);
  });

  it('reads past case, spacing and a final full stop, across collections, drafts included', async () => {
    const said = await checkProject(
      {
        'content/posts/week-5.md': WEEK_5,
        'content/posts/copy.md': entry(
          'week 5,  the first poll.',
          'A new description.',
          'draft: true\n',
        ),
        'content/guides/poll.md': entry('Week 5, the First Poll', 'A guide to polls.'),
      },
      RULE,
    );
    expect(said.map((line) => line.split(' so lists')[0])).toEqual([
      'content/guides/poll.md:2:1 title "Week 5, the First Poll" is also the title of content/posts/copy.md and content/posts/week-5.md,',
      'content/posts/copy.md:2:1 title "week 5,  the first poll." is also the title of content/guides/poll.md and content/posts/week-5.md,',
      'content/posts/week-5.md:2:1 title "Week 5, the first poll" is also the title of content/guides/poll.md and content/posts/copy.md,',
    ]);
  });

  it('leaves titles that only start alike, as a series’ do', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': entry('Campaign diary: first introductions', 'Who I met.'),
          'content/posts/b.md': entry('Campaign diary: one question', 'What I asked.'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('names a few of many entries with one title, as a course whose every post is "Reflection"', async () => {
    const files = Object.fromEntries(
      Array.from({ length: 6 }, (_, i) => [
        `content/posts/week-${i + 1}.md`,
        entry('Reflection', `Week ${i + 1}.`),
      ]),
    );
    const said = await checkProject(files, RULE);
    expect(said).toHaveLength(6);
    expect(said[0]).toBe(
      'content/posts/week-1.md:2:1 title "Reflection" is also the title of content/posts/week-2.md, content/posts/week-3.md, content/posts/week-4.md and 2 more, so lists, feeds and search results show entries a reader cannot tell apart: give each its own title',
    );
  });
});
