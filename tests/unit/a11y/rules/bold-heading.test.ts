import { describe, expect, it } from 'vitest';
import { checkProject, post } from '../project.ts';

const RULE = 'bold-heading';

describe('bold-heading', () => {
  it('leaves bold text that is no heading alone', async () => {
    const body = [
      '## Week 3',
      '**Thanks to everyone who replied!**',
      '**Materials:**',
      '- **A notebook** for the plan',
      '> **Quoted in bold**\n>\n> and more',
      '| **In a table** |\n| --- |\n| x |',
      'I **asked** three people.',
      '**Bold that goes on\nover two lines**',
      '**[A link in bold](https://example.org)**',
      '**`code` in bold**',
      '*An italic line, a caption*',
      '**中文标题。**',
      '**A very long line in bold that goes on for far too many words to be any heading at all**',
      '## Options',
      '**Optional for every site**',
      'A note on the section above.',
      '**YAML**',
      '```yaml\ntitle: x\n```',
      '**_config.yml**',
      'Then:',
      '**src/pages/index.astro**',
      '```yaml\ntitle: x\n```',
      '**The last line of the entry**',
    ].join('\n\n');
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(body),
          'content/guides/g.mdx': post(body),
          // Not an entry: a transcript beside one is no page of its own.
          'content/posts/a.transcript.md': '**[Music plays]**\n\nWords.\n',
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags a bold line used as a heading, in Markdown and MDX, at the level after the heading before it', async () => {
    const body =
      '**What happened**\n\nText.\n\n__How I felt__\n\nText.\n\n## Week 4\n\nIntro.\n\n**第一步**\n\nText.\n\n**Second step**\n\nText.';
    const problems = await checkProject(
      { 'content/posts/a.md': post(body), 'content/pages/about.mdx': post(body) },
      RULE,
    );
    const says = (written: string, fix: string) =>
      `${written} is bold text on a line of its own, which looks like a heading but is none, so screen reader users moving by headings do not find this section: if it is one, write ${fix}`;
    expect(problems).toEqual([
      `content/pages/about.mdx:7:1 ${says('**What happened**', '## What happened')}`,
      `content/pages/about.mdx:11:1 ${says('__How I felt__', '## How I felt')}`,
      `content/pages/about.mdx:19:1 ${says('**第一步**', '### 第一步')}`,
      `content/pages/about.mdx:23:1 ${says('**Second step**', '### Second step')}`,
      `content/posts/a.md:7:1 ${says('**What happened**', '## What happened')}`,
      `content/posts/a.md:11:1 ${says('__How I felt__', '## How I felt')}`,
      `content/posts/a.md:19:1 ${says('**第一步**', '### 第一步')}`,
      `content/posts/a.md:23:1 ${says('**Second step**', '### Second step')}`,
    ]);
  });

  it('gives fixes that work: the headings it writes pass it and heading-order', async () => {
    const fixed = post(
      '## What happened\n\nText.\n\n## How I felt\n\nText.\n\n## Week 4\n\nIntro.\n\n### 第一步\n\nText.\n\n### Second step\n\nText.',
    );
    for (const rule of [RULE, 'heading-order'])
      expect(
        await checkProject({ 'content/posts/a.md': fixed, 'content/pages/about.mdx': fixed }, rule),
        rule,
      ).toEqual([]);
  });
});
