import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';

const RULE = 'heading-order';

describe('heading-order', () => {
  it('passes an outline that starts at level 2 and goes down one level at a time', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            '## What I tried\n\n### Week one\n\n#### Monday\n\n## What changed\n\nSetext\n------',
          ),
          'content/guides/g.mdx': post(
            '## Plan\n\n<Callout type="tip">\n\n### Inside a callout\n\n</Callout>\n\n<h3>In JSX</h3>',
          ),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags a second title and a skipped level, in Markdown, HTML and JSX, with the level to write', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('# Week 3\n\n## Tried\n\n#### Monday\n\n## Changed'),
          'content/pages/about.md':
            '---\ntitle: About\ndescription: D.\n---\n\n<h3>Who I am</h3>\n',
          'content/guides/g.mdx': post('## Plan\n\n<h5>Deep</h5>'),
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/g.mdx:9:1 <h5>Deep</h5> skips from level 2 to level 5: write <h3>Deep</h3>, so the outline screen reader users move by has no gap',
      'content/pages/about.md:6:1 <h3>Who I am</h3> skips from level 1 to level 3: write <h2>Who I am</h2>, so the outline screen reader users move by has no gap',
      "content/posts/a.md:7:1 # Week 3 is a second level-1 heading: the page's title is its level-1 heading. Write ## Week 3, and the headings under it one level down",
      'content/posts/a.md:11:1 #### Monday skips from level 2 to level 4: write ### Monday, so the outline screen reader users move by has no gap',
    ]);
  });

  it('says to delete a first heading that repeats the title, as a post moved from another tool starts, and passes without it', async () => {
    const moved = (body: string) => ({
      'content/posts/moved.md': `---\ntitle: 'Week 3: what changed'\ndescription: D.\npubDate: 2026-01-01\n---\n\n${body}\n`,
    });
    expect(await checkProject(moved('# Week 3:  What changed\n\n## Tried'), RULE)).toEqual([
      'content/posts/moved.md:7:1 # Week 3:  What changed repeats the title, which the page already shows above the text as its level-1 heading: delete this line',
    ]);
    expect(await checkProject(moved('## Tried'), RULE)).toEqual([]);
  });

  it('passes once the suggested levels are written', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post('## Week 3\n\n### Tried\n\n#### Monday\n\n### Changed'),
          'content/pages/about.md':
            '---\ntitle: About\ndescription: D.\n---\n\n<h2>Who I am</h2>\n',
          'content/guides/g.mdx': post('## Plan\n\n<h3>Deep</h3>'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('reads headings from MDX expressions where they render, and not from components the file defines', async () => {
    const found = await checkProject(
      {
        'content/posts/a.mdx': post(
          'export const Deep = () => <h4>Defined here, rendered where used</h4>;\n\n## Plan\n\n{show && <h4>Rendered here</h4>}',
        ),
      },
      RULE,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/<h4>Rendered here<\/h4> skips from level 2 to level 4/);
  });

  it('leaves files that do not render under a title alone', async () => {
    expect(
      await checkProject(
        {
          'content/posts/clip.transcript.md': '# Transcript\n\n#### Speaker one\n',
          'content/notes/loose.md': '# Notes\n\n#### Later\n',
        },
        RULE,
      ),
    ).toEqual([]);
  });
});
