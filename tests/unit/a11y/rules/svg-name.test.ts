import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'svg-name';

describe('svg-name', () => {
  const notOk: [string, string, '.md' | '.mdx', string[]][] = [
    [
      'svg role=img without a name (JSX)',
      '<svg role="img" viewBox="0 0 10 10"><circle r="4" /></svg>',
      '.mdx',
      ['1:1'],
    ],
    [
      'svg role=img with an empty <title> (raw HTML)',
      '<svg role="img">\n  <title> </title>\n  <circle r="4"></circle>\n</svg>',
      '.md',
      ['1:1'],
    ],
    [
      'svg role=graphics-document, text is not a name',
      '<svg role="graphics-document"><text>1 circle</text></svg>',
      '.md',
      ['1:1'],
    ],
    [
      'shape with role=graphics-symbol',
      '<svg>\n<circle role="graphics-symbol" r="4" />\n</svg>',
      '.mdx',
      ['2:1'],
    ],
  ];
  notOk.push([
    'svg role=img with a blank title attribute',
    '<svg role="img" title=" "><circle r="4"></circle></svg>',
    '.md',
    ['1:1'],
  ]);
  for (const [name, text, ext, expected] of notOk) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual(expected);
      expect(where(lintHtml(text), RULE)).toEqual(expected);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['svg without a role (decorative)', '<svg viewBox="0 0 10 10"><circle r="4" /></svg>', '.mdx'],
    [
      'svg role=img that is aria-hidden',
      '<svg role="img" aria-hidden="true"><circle r="4"></circle></svg>',
      '.md',
    ],
    [
      'svg role=img with <title>',
      '<svg role="img"><title>One circle</title><circle r="4" /></svg>',
      '.mdx',
    ],
    [
      'svg role=img with aria-label',
      '<svg role="img" aria-label="One circle"><circle r="4"></circle></svg>',
      '.md',
    ],
    [
      'svg role=img with aria-labelledby',
      '<p id="l">One circle</p>\n\n<svg role="img" aria-labelledby="l"></svg>',
      '.mdx',
    ],
    ['svg in a code block', '```\n<svg role="img"></svg>\n```', '.md'],
    [
      'svg role=img named by a title attribute',
      '<svg role="img" title="One circle"><circle r="4" /></svg>',
      '.mdx',
    ],
    [
      'svg role=img named by a title attribute (HTML)',
      '<svg role="img" title="One circle"><circle r="4"></circle></svg>',
      '.md',
    ],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
      if (!text.startsWith('```')) expect(only(lintHtml(text), RULE)).toEqual([]);
    });
  }

  it('is not image-alt: an svg role=img is reported once, by svg-name', async () => {
    const problems = await lintSource('<svg role="img"></svg>', '.mdx');
    expect(problems.map((p) => p.ruleId)).toEqual([RULE]);
    expect(problems[0]!.message).toMatch(/add a <title> as its first child or aria-label/);
  });
});
