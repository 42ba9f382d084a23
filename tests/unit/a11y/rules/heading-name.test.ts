import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'heading-name';

describe('heading-name', () => {
  const notOk: [string, string, '.md' | '.mdx', string][] = [
    ['a Markdown heading with nothing after the #s', 'Intro.\n\n##\n\nMore.', '.md', '3:1'],
    ['a Markdown heading of spaces', 'Intro.\n\n###   \n\nMore.', '.mdx', '3:1'],
    ['an empty <h2>', '<h2></h2>', '.md', '1:1'],
    [
      'a heading whose text is hidden',
      '<h2><span aria-hidden="true">Week 3</span></h2>',
      '.md',
      '1:1',
    ],
    ['a heading of only a decorative image', '<h2><img src="/a.png" alt="" /></h2>', '.mdx', '1:1'],
    [
      'role="heading" with nothing in it',
      '<div role="heading" aria-level="2"></div>',
      '.md',
      '1:1',
    ],
    ['a heading labelled by nothing', '<h2 aria-labelledby="nowhere"></h2>', '.md', '1:1'],
  ];
  for (const [name, text, ext, at] of notOk) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual([at]);
      if (ext === '.md' && text.startsWith('<')) expect(where(lintHtml(text), RULE)).toEqual([at]);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['a heading with text', '## What I learned', '.md'],
    ['a heading of inline code', '## `npm run check`', '.md'],
    ['a heading of an image with alt text', '## ![Week three](https://example.org/w3.png)', '.md'],
    ['a heading with an expression', '## {title}', '.mdx'],
    ['a heading with a component', '## <Badge />', '.mdx'],
    [
      'a heading labelled by a hidden span',
      '<span id="h" hidden>Week 3</span>\n<h2 aria-labelledby="h"></h2>',
      '.md',
    ],
    ['a heading with visually hidden text', '<h2><span class="sr-only">Week 3</span></h2>', '.md'],
    ['a hidden empty heading', '<h2 aria-hidden="true"></h2>', '.md'],
    ['an h2 whose role="none" holds', '<h2 role="none"></h2>', '.md'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }

  it('leaves a heading of an image with no alt to image-alt', async () => {
    const problems = await lintSource('## ![](https://example.org/w3.png)', '.md');
    expect(only(problems, RULE)).toEqual([]);
    expect(only(problems, 'image-alt')).toHaveLength(1);
  });

  it('says what to write, and each fix passes', async () => {
    const cases: [string, string, string][] = [
      [
        'Intro.\n\n##\n\nMore.',
        "Heading has no text: write the section's title after the #, or remove the line",
        'Intro.\n\n## What I learned\n\nMore.',
      ],
      [
        '<h2><img src="/a.png" alt="" /></h2>',
        '<h2> has no text, only an image marked decorative (alt=""): write the section\'s title in the heading, or give the image alt text that says it',
        '<h2><img src="/a.png" alt="Week three" /></h2>',
      ],
      [
        '<h2><img src="/a.png" alt="Week three" role="presentation" /></h2>',
        '<h2> has no text: its only image has alt text, but role="presentation" hides it: remove role="presentation"',
        '<h2><img src="/a.png" alt="Week three" /></h2>',
      ],
      [
        '<h2></h2>',
        "<h2> has no text a reader hears: write the section's title in it, or remove it",
        '<h2>Week three</h2>',
      ],
    ];
    for (const [text, message, fixed] of cases) {
      for (const ext of ['.md', '.mdx'] as const) {
        expect(only(await lintSource(text, ext), RULE).map((p) => p.message)).toEqual([message]);
        expect(only(await lintSource(fixed, ext), RULE), fixed).toEqual([]);
      }
    }
  });

  it('is a warning: the build does not stop on it', async () => {
    const [problem] = only(await lintSource('<h2></h2>', '.md'), RULE);
    expect(problem!.severity).toBe('warning');
  });
});
