import { describe, expect, it } from 'vitest';
import { lintSourceAt, only } from '../helpers.ts';

const RULE = 'frontmatter-markup';
const said = async (frontmatter: string, path = 'content/posts/week-9.md') =>
  only(
    await lintSourceAt(path, `---\n${frontmatter}\npubDate: 2026-11-20\n---\n\nText.\n`),
    RULE,
  ).map((p) => `${p.line}:${p.column} ${p.message}`);

/** The frontmatter with each `write field: value` fix the messages give in place of its line. */
function fixed(frontmatter: string, messages: string[]): string {
  let mended = frontmatter;
  for (const message of messages) {
    const [, line] = /: write ((\w+): .*)$/.exec(message)!;
    const field = line!.split(':')[0]!;
    mended = mended.replace(new RegExp(`^${field}: .*$`, 'm'), line!);
  }
  return mended;
}

describe('frontmatter-markup', () => {
  it('says a title, description or cover alt written in Markdown shows its marks, and the fix reads as YAML', async () => {
    const frontmatter =
      'title: "Week 9: **what** I learned about `alt` text"\ndescription: A [guide](https://example.org) to *better* alt text.\ncover: ./c.png\ncoverAlt: "**The pit lane** at dusk"';
    for (const ext of ['md', 'mdx']) {
      const messages = await said(frontmatter, `content/posts/week-9.${ext}`);
      expect(messages).toEqual([
        '2:1 title holds Markdown (** and `), which the site shows as written, on the page, in feeds and in search, and a screen reader reads the marks aloud: write title: "Week 9: what I learned about alt text"',
        '3:1 description holds Markdown ([…](…) and *), which the site shows as written, on the page, in feeds and in search, and a screen reader reads the marks aloud: write description: A guide to better alt text.',
        '5:1 coverAlt holds Markdown (**), which the site shows as written, on the page, in feeds and in search, and a screen reader reads the marks aloud: write coverAlt: The pit lane at dusk',
      ]);
      const mended = fixed(frontmatter, messages);
      expect(mended).toContain('title: "Week 9: what I learned about alt text"');
      expect(await said(mended, `content/posts/week-9.${ext}`)).toEqual([]);
    }
  });

  it('reads entries only: a page of src/pages/ or a file outside content/ may render its own', async () => {
    const frontmatter = 'title: "**Bold** claims"\ndescription: D.';
    expect(await said(frontmatter, 'content/pages/about.md')).toHaveLength(1);
    expect(await said(frontmatter, 'src/pages/notes.md')).toEqual([]);
  });
});
