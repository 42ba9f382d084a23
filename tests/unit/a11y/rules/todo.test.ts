import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';

const RULE = 'todo';
const at = async (text: string, ext: '.md' | '.mdx' = '.mdx') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.severity}`);

describe('todo', () => {
  it('warns about a TODO in a published entry’s frontmatter and text, at each one', async () => {
    const text = [
      '---',
      'title: Week 6',
      'description: "TODO: one or two sentences."',
      'pubDate: 2026-10-12',
      '---',
      '',
      'Intro. TODO add the numbers.',
      '',
      '<Figure src="/a.png" alt="A chart of lap times" caption="TODO caption" />',
    ].join('\n');
    expect(await at(text)).toEqual(['3:15 warning', '7:8 warning', '9:58 warning']);
    const [first] = only(await lintSource(text), RULE);
    expect(first!.message).toBe(
      "TODO left in this entry's frontmatter: finish it, or keep draft: true in the frontmatter until it is ready",
    );
  });

  it('says nothing for a draft, for code, or for words that merely contain the letters', async () => {
    expect(
      await at('---\ntitle: x\npubDate: 2026-10-12\ndraft: true\n---\nTODO: all of it.'),
    ).toEqual([]);
    expect(
      await at(
        '---\ntitle: x\npubDate: 2026-10-12\n---\n`// TODO` in code\n\n```js\n// TODO\n```\n\nTODOS and todo.',
        '.md',
      ),
    ).toEqual([]);
  });

  it('warns in a page too, which can be a draft like any entry', async () => {
    const [problem] = only(
      await lintSource('---\ntitle: About\n---\nTODO write this.', '.md'),
      RULE,
    );
    expect(problem!.message).toBe(
      "TODO left in this entry's text: finish it, or keep draft: true in the frontmatter until it is ready",
    );
    expect(
      only(await lintSource('---\ntitle: Contact\ndraft: true\n---\nTODO.', '.md'), RULE),
    ).toEqual([]);
  });

  it('warns about placeholder text a template left, as written, and not in code', async () => {
    const text =
      '---\ntitle: Week 7\ndescription: Lorem ipsum dolor sit amet.\npubDate: 2026-10-12\n---\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n`lorem ipsum` in code, and a lorem-ipsum generator.';
    expect(
      only(await lintSource(text, '.md'), RULE).map((p) => `${p.line}:${p.column} ${p.message}`),
    ).toEqual([
      "3:14 Placeholder text (Lorem ipsum) left in this entry's frontmatter: write the real text, or keep draft: true in the frontmatter until it is ready",
      "7:1 Placeholder text (Lorem ipsum) left in this entry's text: write the real text, or keep draft: true in the frontmatter until it is ready",
    ]);
  });
});
