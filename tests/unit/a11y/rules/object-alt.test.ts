import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'object-alt';

describe('object-alt', () => {
  const notOk: [string, string, '.md' | '.mdx', RegExp][] = [
    [
      'an image object without a name',
      '<object data="/chart.png"></object>',
      '.md',
      /showing an image has no text alternative/,
    ],
    ['a video object (JSX)', '<object data="/clip.webm" />', '.mdx', /showing a video/],
    [
      'audio named only by type',
      '<object type="audio/mpeg" data="/talk"></object>',
      '.md',
      /showing audio/,
    ],
    ['an empty title', '<object data="/a.mp4" title=" "></object>', '.md', /no text alternative/],
    [
      'fallback image only (it shows only when the object cannot load)',
      '<object data="/logo.png">\n  <img src="/logo.png" alt="Logo">\n</object>',
      '.md',
      /no text alternative/,
    ],
    [
      'text inside it only (fallback too: readers whose browser loads the object never get it)',
      '<object data="/chart.svg">Sales rose by a third in May.</object>',
      '.md',
      /has no text alternative \(the text inside it shows only when it cannot load, so it names nothing\): add title="what it shows" or aria-label="what it shows"$/,
    ],
    [
      'aria-labelledby to an empty element',
      '<span id="l"></span> <object aria-labelledby="l" data="/logo.svg"></object>',
      '.md',
      /aria-labelledby="l" but no element with that id has text/,
    ],
    [
      'a web page, announced as a frame, as an iframe is',
      '<object data="/page.html"></object>',
      '.md',
      /^<object> showing a document has no title, so a screen reader announces a frame without saying what is in it: add title="what it shows", e\.g\. title="Poster: my learning network \(PDF\)"$/,
    ],
    [
      'a PDF, with a link inside for browsers that cannot show it',
      '<object type="application/pdf" data="/guide.pdf"><a href="/guide.pdf">The guide</a></object>',
      '.md',
      /showing a document has no title, so a screen reader announces a frame without saying what is in it \(the text inside it shows only when it cannot load, so it names nothing\)/,
    ],
    [
      'a PDF in JSX, from an expression',
      '<embed src={poster} type="application/pdf" />',
      '.mdx',
      /showing a document/,
    ],
    [
      'role=presentation undone by focus',
      '<object data="/a.png" role="presentation" tabindex="0"></object>',
      '.md',
      /no text alternative/,
    ],
  ];
  for (const [name, text, ext, message] of notOk) {
    it(`flags ${name}, in both layers`, async () => {
      const source = only(await lintSource(text, ext), RULE);
      expect(source).toHaveLength(1);
      expect(source[0]!.message).toMatch(message);
      if (ext === '.md') expect(only(lintHtml(text), RULE)).toHaveLength(1);
    });
  }

  it('passes the fixes its message suggests, in both layers', async () => {
    const [embed] = only(await lintSource('<embed src="/chart.svg">', '.md'), RULE);
    expect(embed!.message).toBe(
      '<embed> showing an image has no text alternative: add title="what it shows" or aria-label="what it shows"',
    );
    for (const text of [
      '<object data="/chart.svg" title="Sales rose by a third in May"></object>',
      '<object data="/chart.svg" aria-label="Sales rose by a third in May">Sales rose.</object>',
      '<embed src="/chart.svg" title="Sales rose by a third in May">',
      '<object data="/page.html" title="Poster: my learning network (PDF)"></object>',
      '<embed src="/guide.pdf" title="Poster: my learning network (PDF)">',
    ]) {
      expect(only(await lintSource(text, '.md'), RULE), text).toEqual([]);
      expect(only(lintHtml(text), RULE), text).toEqual([]);
    }
  });

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['a title', '<object data="/a.mp4" title="Pit stop"></object>', '.md'],
    ['an aria-label', '<object data="/a.mp3" aria-label="Interview" />', '.mdx'],
    [
      'aria-labelledby to text',
      '<p id="l">Logo</p>\n<object aria-labelledby="l" data="/l.png"></object>',
      '.md',
    ],
    [
      'a titled PDF',
      '<object type="application/pdf" data="/guide.pdf" title="Guide"></object>',
      '.md',
    ],
    ['an object that loads nothing', '<object></object>\n<object data=" ">Text.</object>', '.md'],
    ['hidden', '<object data="/a.png" aria-hidden="true"></object>', '.md'],
    ['display:none', '<object data="/a.png" style="display: none"></object>', '.md'],
    [
      'role=presentation',
      '<object data="/a.png" type="image/png" role="presentation"></object>',
      '.md',
    ],
    ['dynamic title', '<object data="/a.png" title={caption} />', '.mdx'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
      if (ext === '.md') expect(only(lintHtml(text), RULE)).toEqual([]);
    });
  }

  it('leaves role=img objects to image-alt', async () => {
    const problems = await lintSource('<object role="img" data="/a.png"></object>', '.md');
    expect(problems.map((p) => p.ruleId)).toEqual(['image-alt']);
  });

  it('points at the object', () => {
    expect(where(lintHtml('<p>x</p>\n  <object data="/a.gif"></object>'), RULE)).toEqual(['2:3']);
  });
});
