import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'image-alt';
const fm = (extra = '') => `---\ntitle: T\n${extra}---\n`;

describe('image-alt: source layer', () => {
  const notOk: [string, string, '.md' | '.mdx', string[]][] = [
    ['empty Markdown alt', '![](a.png)', '.md', ['1:1']],
    ['whitespace Markdown alt', 'Text ![ ](a.png)', '.mdx', ['1:6']],
    ['empty image reference', '![][logo]\n\n[logo]: /logo.png', '.md', ['1:1']],
    ['whitespace image reference', 'See ![ ][LOGO]\n\n[logo]: /logo.png', '.mdx', ['1:5']],
    ['image inside a link', '[![](a.png)](https://example.org)', '.mdx', ['1:2']],
    ['image in a table', '| a |\n| - |\n| ![](a.png) |', '.md', ['3:3']],
    ['image in a list', '- one\n- ![](a.png)', '.mdx', ['2:3']],
    ['image in a quote', '> ![](a.png)', '.md', ['1:3']],
    ['Markdown image as JSX child', '<Callout>\n  ![](a.png)\n</Callout>', '.mdx', ['2:3']],
    ['raw HTML img in .md', 'Text\n\n<img src="a.png">', '.md', ['3:1']],
    [
      'raw HTML in upper case, over several lines',
      '<IMG\n  SRC="a.png"\n  CLASS="x">',
      '.md',
      ['1:1'],
    ],
    ['inline raw HTML', 'A picture <img src="a.png"> here.', '.md', ['1:11']],
    ['whitespace alt in HTML', '<img src="a.png" alt="  ">', '.md', ['1:1']],
    ['JSX img without alt', '<img src="a.png" />', '.mdx', ['1:1']],
    [
      'Image component without alt',
      "import x from './x.png';\n\n<Image src={x} />",
      '.mdx',
      ['3:1'],
    ],
    ['Picture component without alt', '<Picture src="a.png" />', '.mdx', ['1:1']],
    ['Figure with whitespace alt', '<Figure src="a.png" alt=" " />', '.mdx', ['1:1']],
    ['configured image component', '<Photo src="a.png" />', '.mdx', ['1:1']],
    ['input type=image without alt', '<input type="image" src="go.png" />', '.mdx', ['1:1']],
    ['input type=image with alt=""', '<input type="IMAGE" src="go.png" alt="">', '.md', ['1:1']],
    [
      'area link without alt',
      '<map name="m"><area href="/a" shape="rect" coords="0,0,1,1"></map>',
      '.md',
      ['1:15'],
    ],
    [
      'role=img without a name',
      '<div role="img" style="background: url(a.png)"></div>',
      '.md',
      ['1:1'],
    ],
    ['aria-labelledby to nothing', '<img src="a.png" aria-labelledby="nope" />', '.mdx', ['1:1']],
    ['focusable img with role=none', '<img src="a.png" role="none" tabindex="0">', '.md', ['1:1']],
    ['cover without coverAlt', `${fm('cover: ./c.png\n')}Body`, '.mdx', ['3:1']],
    ['cover with blank coverAlt', `${fm('cover: ./c.png\ncoverAlt: "  "\n')}Body`, '.md', ['4:1']],
  ];
  for (const [name, text, ext, expected] of notOk) {
    it(`flags ${name} (${ext})`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual(expected);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['Markdown alt text', '![A red car](a.png)', '.md'],
    ['image reference with text', '![A logo][logo]\n\n[logo]: /logo.png', '.md'],
    ['explicit alt="" in HTML', '<img src="a.png" alt="">', '.md'],
    ['explicit alt="" in JSX', '<img src="a.png" alt="" />', '.mdx'],
    ['explicit alt={""} in JSX', '<img src="a.png" alt={""} />', '.mdx'],
    ['decorative Image component', '<Image src="a.png" alt="" />', '.mdx'],
    ['dynamic alt', 'export const c = "x";\n\n<Figure src="a.png" alt={c} />', '.mdx'],
    ['spread props', '<Image {...props} />', '.mdx'],
    ['aria-label', '<img src="a.png" aria-label="A chart" />', '.mdx'],
    [
      'aria-labelledby to text',
      '<p id="cap">Sales by month</p>\n\n<img src="a.png" aria-labelledby="cap" />',
      '.mdx',
    ],
    ['role=presentation', '<img src="a.png" role="presentation">', '.md'],
    ['aria-hidden image', '<img src="a.png" aria-hidden="true">', '.md'],
    ['input type=image with alt', '<input type="image" src="go.png" alt="Search" />', '.mdx'],
    ['role=img with aria-label', '<span role="img" aria-label="Thumbs up">👍</span>', '.mdx'],
    ['code block', '```html\n<img src="a.png">\n![](a.png)\n```', '.md'],
    ['indented code', '    <img src="a.png">', '.md'],
    ['inline code', 'Write `<img src="a.png">` or `![](a.png)`.', '.mdx'],
    ['HTML comment', '<!-- <img src="a.png"> ![](a.png) -->', '.md'],
    ['multi-line HTML comment', '<!--\n<img src="a.png">\n\n![](b.png)\n-->', '.md'],
    ['MDX comment', '{/* <img src="a.png" /> */}', '.mdx'],
    [
      'cover with coverAlt',
      `${fm('cover: ./c.png\ncoverAlt: A sketch of a network\n')}Body`,
      '.md',
    ],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name} (${ext})`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }

  it('says what to do, at the element', async () => {
    const [problem] = await lintSource('Intro\n\n  <img src="a.png" />', '.mdx');
    expect(problem).toMatchObject({ line: 3, column: 3, ruleId: RULE, severity: 'error' });
    expect(problem!.message).toBe(
      '<img> has no alt text: add alt text, or alt="" if the image is decorative',
    );
  });
});

describe('image-alt: built-HTML layer', () => {
  it('flags what a component or expression rendered without alt', () => {
    const problems = lintHtml('<main>\n<p>x</p>\n<img src="a.png" class="badge"></main>');
    expect(where(problems, RULE)).toEqual(['3:1']);
  });
  it('sees the value a dynamic alt rendered to', () => {
    expect(where(lintHtml('<img src="a.png" alt=" ">'), RULE)).toEqual(['1:1']);
    expect(only(lintHtml('<img src="a.png" alt="Chart of sales">'), RULE)).toEqual([]);
  });
  it('passes images that are not rendered', () => {
    expect(
      only(
        lintHtml(
          '<div hidden><img src="a.png"></div><div style="display: none"><img src="b.png"></div>',
        ),
        RULE,
      ),
    ).toEqual([]);
  });
  it('names the source file when the page says where it came from', () => {
    const [problem] = lintHtml(
      '<article data-commonplace-source="content/posts/a.mdx"><img src="a.png"></article>',
    );
    expect(problem!.message).toContain('(page built from content/posts/a.mdx)');
  });
});
