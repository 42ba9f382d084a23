import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';

const RULE = 'heading-syntax';

describe('heading-syntax', () => {
  it('leaves hashtags in sentences, numbers, code and headings written with a space alone', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            [
              '## Week 3',
              'I tagged the thread #pln for my group.',
              '#1 lesson: ask for help',
              '#PLN building is hard, but I kept at it.',
              '#ReflectiveFriday this week I asked three people in my course for feedback on my plan',
              '```c\n#include <stdio.h>\n```',
              '    #indented is code',
              '`#notAHeading` in code',
              '\\#Escaped hashes',
            ].join('\n\n'),
          ),
          'content/guides/g.mdx': post('## Plan\n\nA #hashtag in MDX text.'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags a heading with no space after its hashes, at the level heading-order accepts', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            '#Week 3: what I learned\n\n### A section\n\n#####Too deep\nwith text under it\n\n- #In a list item\n\n> ##In a quote?',
          ),
          'content/guides/g.mdx': post('##Plan the campaign'),
          'content/pages/about.md': '---\ntitle: About\ndescription: D.\n---\n\n#reflection\n',
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/g.mdx:7:1 ##Plan the campaign shows as text, not a heading: write ## Plan the campaign, with a space after the #',
      'content/pages/about.md:6:1 #reflection shows as text, not a heading: for a heading write ## reflection, with a space after the #, or remove the line',
      'content/posts/a.md:7:1 #Week 3: what I learned shows as text, not a heading: write ## Week 3: what I learned, with a space after the #',
      'content/posts/a.md:11:1 #####Too deep shows as text, not a heading: write #### Too deep, with a space after the #',
      'content/posts/a.md:14:3 #In a list item shows as text, not a heading: write ## In a list item, with a space after the #',
      'content/posts/a.md:16:3 ##In a quote? shows as text, not a heading: write ## In a quote?, with a space after the #',
    ]);
  });

  it('gives a post or guide’s hashtag lines the tags field to write', async () => {
    expect(
      await checkProject(
        { 'content/posts/a.md': post('#reflection #pln #week-3\n\n#Sustainability') },
        RULE,
      ),
    ).toEqual([
      'content/posts/a.md:7:1 #reflection #pln #week-3 shows as text, not as tags or a heading: list the tags in the frontmatter, tags: [reflection, pln, week-3]',
      'content/posts/a.md:9:1 #Sustainability shows as text, not as tags or a heading: list the tags in the frontmatter, tags: [Sustainability], or for a heading write ## Sustainability, with a space after the #',
    ]);
  });

  it('gives fixes that work: the lines it writes are headings heading-order accepts, and tags the schema does', async () => {
    const fixed = {
      'content/posts/a.md': post(
        '## Week 3: what I learned\n\n### A section\n\n#### Too deep\nwith text under it\n\n- ## In a list item\n\n> ## In a quote?',
        'tags: [reflection, pln, week-3]\n',
      ),
      'content/posts/b.md': post('## Sustainability', 'tags: [Sustainability]\n'),
      'content/guides/g.mdx': post('## Plan the campaign'),
    };
    for (const rule of [RULE, 'heading-order', 'content-schema'])
      expect(await checkProject(fixed, rule), rule).toEqual([]);
  });

  it('finds a heading in a list item or a quote when nothing else in the file would', async () => {
    expect(await checkProject({ 'content/posts/a.md': post('- #Only here') }, RULE)).toEqual([
      'content/posts/a.md:7:3 #Only here shows as text, not a heading: write ## Only here, with a space after the #',
    ]);
  });
});
