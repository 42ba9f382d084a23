import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'link-name';

describe('link-name', () => {
  const notOk: [string, string, '.md' | '.mdx'][] = [
    ['an empty Markdown link', '[](/posts/week-1/)', '.md'],
    ['a Markdown link of spaces', '[ ](/posts/week-1/)', '.mdx'],
    ['an empty reference link', '[][week]\n\n[week]: /posts/week-1/', '.md'],
    ['an <a> around nothing', '<a href="/about/"></a>', '.md'],
    ['an <a> around whitespace in JSX', '<a href="/about/">{" "}</a>', '.mdx'],
    [
      'an icon link whose icon is hidden',
      '<a href="/x/"><svg aria-hidden="true"><path d="M0 0h1"/></svg></a>',
      '.md',
    ],
    [
      'an icon link with an unnamed svg',
      '<a href="/x/"><svg viewBox="0 0 1 1"><path d="M0 0h1"/></svg></a>',
      '.mdx',
    ],
    [
      'an icon font link',
      '<a href="https://github.com/me"><i class="fa fa-github"></i></a>',
      '.md',
    ],
    [
      'a link around only a decorative image',
      '<a href="/"><img src="/logo.png" alt="" /></a>',
      '.mdx',
    ],
    ['a link whose text is hidden', '<a href="/"><span aria-hidden="true">Home</span></a>', '.md'],
    ['a span with role="link"', '<span role="link" tabindex="0"></span>', '.md'],
    ['a link labelled by nothing', '<a href="/" aria-labelledby="nowhere"></a>', '.md'],
    ['a link whose aria-label is blank', '<a href="/" aria-label=" "></a>', '.md'],
  ];
  for (const [name, text, ext] of notOk) {
    it(`flags ${name}, in both layers`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual(['1:1']);
      // Raw HTML in Markdown is what the page gets.
      if (ext === '.md' && text.startsWith('<'))
        expect(where(lintHtml(text), RULE)).toEqual(['1:1']);
    });
  }
  it('flags the same links in built HTML', () => {
    for (const html of [
      '<a href="/posts/week-1/"></a>',
      '<a href="/x/"><svg aria-hidden="true"></svg></a>',
      '<a href="/"><img src="/logo.png" alt=""></a>',
      '<a href="/"><img src="/logo.png" role="presentation"></a>',
      '<a href="/"> &nbsp; </a>',
      '<a href="#results" class="hash-link">&#8203;</a>',
      '<div role="link" tabindex="0"><span hidden>Home</span></div>',
    ]) {
      expect(where(lintHtml(html), RULE), html).toEqual(['1:1']);
    }
  });

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['a Markdown link with text', '[last week](/posts/week-1/)', '.md'],
    ['a link of inline code', '[`npm run check`](#check)', '.md'],
    ['a link of emphasis', '[*Week one*](/posts/week-1/)', '.mdx'],
    ['a linked image with alt text', '[![The team at the pit wall](./pit.png)](/about/)', '.md'],
    ['an autolink', '<https://example.org>', '.md'],
    ['a bare URL (GFM)', 'See https://example.org today.', '.md'],
    [
      'an icon link with aria-label',
      '<a href="/x/" aria-label="GitHub"><svg aria-hidden="true"></svg></a>',
      '.md',
    ],
    ['an icon link with an svg title', '<a href="/x/"><svg><title>GitHub</title></svg></a>', '.md'],
    ['a link with a title attribute', '<a href="/x/" title="GitHub profile"></a>', '.md'],
    [
      'a link labelled by a heading',
      '<h2 id="h">Guides</h2>\n<a href="/guides/" aria-labelledby="h"></a>',
      '.md',
    ],
    // The layout writes it around the entry's text: the built page judges it.
    [
      "a link labelled by the layout's contents heading",
      '<a href="#toc" aria-labelledby="toc-title"></a>',
      '.md',
    ],
    [
      'a link with visually hidden text',
      '<a href="/"><svg aria-hidden="true"></svg><span class="sr-only">Home</span></a>',
      '.md',
    ],
    ['a link with an expression', '<a href="/">{label}</a>', '.mdx'],
    ['a link around a component', '<a href="/"><Icon name="home" /></a>', '.mdx'],
    [
      'a named role="img" inside',
      '<a href="/"><span role="img" aria-label="Home">🏠</span></a>',
      '.md',
    ],
    ['an anchor with no href', '<a id="top"></a>', '.md'],
    ['a hidden link', '<a href="/" aria-hidden="true" tabindex="-1"></a>', '.md'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }

  it('leaves an image with no alt inside a link to image-alt, once', async () => {
    for (const text of ['[![](./pit.png)](/about/)', '<a href="/"><img src="/logo.png"></a>']) {
      const problems = await lintSource(text, '.md');
      expect(only(problems, RULE)).toEqual([]);
      expect(where(problems, 'image-alt')).toHaveLength(1);
    }
  });

  it('names an aria-label written as an expression that is undefined, and passes the fix', async () => {
    const text = `---\ntitle: T\n---\n\n<a href="https://example.org/x" aria-label={frontmatter.linkLabel}><svg aria-hidden="true"></svg></a>\n`;
    const [problem] = only(await lintSource(text), RULE);
    expect(problem?.message).toBe(
      '<a href="https://example.org/x"> has no text a reader hears, and aria-label={frontmatter.linkLabel} is undefined here, so the page gets no aria-label attribute: write aria-label="where it goes", or put text inside the link',
    );
    const fixed = text.replace('{frontmatter.linkLabel}', '"Our campaign page"');
    expect(only(await lintSource(fixed), RULE)).toEqual([]);
  });

  it('says what to write, and each fix passes', async () => {
    const cases: [string, string, string][] = [
      [
        '[](/posts/week-1/)',
        'Link has no text: write where it goes between the brackets, [where it goes](…)',
        '[Week one](/posts/week-1/)',
      ],
      [
        '<a href="https://github.com/me"><svg aria-hidden="true"></svg></a>',
        '<a href="https://github.com/me"> has no text a reader hears: put text inside it saying where it goes, or add aria-label="where it goes" (an icon link\'s icon stays aria-hidden)',
        '<a href="https://github.com/me" aria-label="GitHub profile"><svg aria-hidden="true"></svg></a>',
      ],
      [
        '<a href="/"><img src="/logo.png" alt="" /></a>',
        '<a href="/"> has no text, only an image marked decorative (alt=""): write where the link goes as the image\'s alt text, e.g. alt="Home"',
        '<a href="/"><img src="/logo.png" alt="Home" /></a>',
      ],
      [
        '<a href="/" aria-labelledby="nowhere"></a>',
        '<a href="/"> has aria-labelledby="nowhere" but no element with that id has text: point it at text, or put text inside the link saying where it goes',
        '<a href="/" aria-labelledby="nowhere">Home</a>',
      ],
      [
        '<a href="https://github.com/me" aria-label=" "><svg aria-hidden="true"></svg></a>',
        '<a href="https://github.com/me"> has no text a reader hears, and its aria-label is empty: write where it goes in it, aria-label="where it goes", or put text inside the link',
        '<a href="https://github.com/me" aria-label="GitHub profile"><svg aria-hidden="true"></svg></a>',
      ],
    ];
    for (const [text, message, fixed] of cases) {
      for (const ext of ['.md', '.mdx'] as const) {
        expect(only(await lintSource(text, ext), RULE).map((p) => p.message)).toEqual([message]);
        expect(only(await lintSource(fixed, ext), RULE), `${fixed} in ${ext}`).toEqual([]);
      }
      expect(only(lintHtml(fixed.replace(' />', '>')), RULE)).toEqual([]);
    }
  });
});
