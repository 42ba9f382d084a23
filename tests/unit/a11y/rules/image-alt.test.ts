import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';
import { post, projectProblems } from '../project.ts';
import { ONE_PIXEL_PNG } from '../../../helpers/images.ts';
import { CONTENT_END, CONTENT_START } from '../../../../src/lib/site/page-markers.ts';

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
    // Browsers expose any field but a hidden one as an image under role="img" (Chromium's tree).
    ['role=img on a text field', '<input role="img">', '.md', ['1:1']],
    ['role=img on a checkbox', '<input type="checkbox" role="img" />', '.mdx', ['1:1']],
    ['aria-labelledby to nothing', '<img src="a.png" aria-labelledby="nope" />', '.mdx', ['1:1']],
    ['focusable img with role=none', '<img src="a.png" role="none" tabindex="0">', '.md', ['1:1']],
    // A valueless alt is JSX for alt={true}, which renders alt="true".
    ['valueless alt in MDX JSX', '<img alt src="x.png" />', '.mdx', ['1:1']],
    ['valueless alt on Figure', '<Figure src="x.png" alt />', '.mdx', ['1:1']],
    ['alt={undefined} (renders no alt)', '<img src="x.png" alt={undefined} />', '.mdx', ['1:1']],
    ['alt={null}', '<Image src="x.png" alt={null} />', '.mdx', ['1:1']],
    ['alt={void 0}', '<img src="x.png" alt={void 0} />', '.mdx', ['1:1']],
    ['alt={false} (renders alt="false")', '<img src="x.png" alt={false} />', '.mdx', ['1:1']],
    ['alt="true" in HTML', '<img src="x.png" alt="true">', '.md', ['1:1']],
    [
      'aria-label={undefined} on role=img',
      '<span role="img" aria-label={undefined}>*</span>',
      '.mdx',
      ['1:1'],
    ],
    // ARIA's presentational-role conflict rules: focus or a global ARIA attribute undoes the role.
    [
      'role=presentation with aria-live',
      '<img src="a.png" role="presentation" aria-live="polite">',
      '.md',
      ['1:1'],
    ],
    [
      'role=none with aria-describedby',
      '<img src="a.png" role="none" aria-describedby="d" />',
      '.mdx',
      ['1:1'],
    ],
    ['alt="" that can take focus', '<img src="a.png" alt="" tabindex="-1">', '.md', ['1:1']],
    [
      'alt="" with aria-controls',
      '<img src="a.png" alt="" aria-controls="menu" />',
      '.mdx',
      ['1:1'],
    ],
    [
      "role=presentation on an image link's image that is focusable itself",
      '<img src="a.png" role="presentation" contenteditable="true">',
      '.md',
      ['1:1'],
    ],
    [
      'input type=image with an empty label',
      '<label for="go"> </label><input id="go" type="image" src="go.png">',
      '.md',
      ['1:26'],
    ],
    ['cover without coverAlt', `${fm('cover: ./c.png\n')}Body`, '.mdx', ['3:1']],
    ['cover with blank coverAlt', `${fm('cover: ./c.png\ncoverAlt: "  "\n')}Body`, '.md', ['4:1']],
  ];
  for (const [name, text, ext, expected] of notOk) {
    it(`flags ${name} (${ext})`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual(expected);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    // An <area> without href is no link: there is nothing to name (axe-core's area-alt agrees).
    [
      'area without href, with or without names',
      '<map name="m"><area shape="rect" coords="0,0,1,1"><area aria-label=""><area alt=""></map>',
      '.md',
    ],
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
    [
      'role=none with aria-hidden (not a conflict)',
      '<img src="a.png" role="none" aria-hidden="false">',
      '.md',
    ],
    [
      'role=presentation with aria-label: exposed, and named',
      '<img src="a.png" role="presentation" aria-label="A chart" />',
      '.mdx',
    ],
    [
      'alt="" with an aria-label: exposed, and named',
      '<img src="a.png" alt="" aria-label="Logo">',
      '.md',
    ],
    ['alt={"A car"}', '<img src="a.png" alt={"A car"} />', '.mdx'],
    ['alt={``} decorative', '<img src="a.png" alt={``} />', '.mdx'],
    [
      'valueless boolean attribute elsewhere',
      '<img src="a.png" alt="A car" loading="lazy" hidden />',
      '.mdx',
    ],
    [
      'input type=image named by a wrapping label',
      '<label>Search <input type="image" src="go.png"></label>',
      '.md',
    ],
    [
      'input type=image named by label for',
      '<label for="go">Search</label>\n\n<input id="go" type="image" src="go.png" />',
      '.mdx',
    ],
    [
      'input type=image named by label for (HTML)',
      '<label for="go">Search</label> <input id="go" type="image" src="go.png">',
      '.md',
    ],
    ['aria-hidden image', '<img src="a.png" aria-hidden="true">', '.md'],
    ['input type=image with alt', '<input type="image" src="go.png" alt="Search" />', '.mdx'],
    ['role=img with aria-label', '<span role="img" aria-label="Thumbs up">👍</span>', '.mdx'],
    ['role=img on a field, named', '<input role="img" aria-label="Signature" />', '.mdx'],
    ['role=img on a hidden field', '<input type="hidden" role="img">', '.md'],
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

  it("reads alt={frontmatter.field} from the file's own frontmatter, as MDX renders it", async () => {
    const text = `${fm('description: D\npubDate: 2026-01-01\nphotoAlt: The pit wall at dusk\n')}\n<img src="/a.png" alt={frontmatter.photoAlt} />\n\n<img src="/b.png" alt={frontmatter.photoAtl} />\n`;
    // The misspelt field is undefined: the page has an <img> with no alt, as the build says too.
    const problems = only(await lintSource(text, '.mdx'), RULE);
    expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['10:1']);
    expect(where(lintHtml('<img src="/b.png">'), RULE)).toEqual(['1:1']);
    // The message names the expression, which is all the author sees.
    expect(problems[0]!.message).toBe(
      '<img> has no alt text: alt={frontmatter.photoAtl} is undefined here, so the page gets no alt attribute: write the alt text, alt="what the image shows", or alt="" if the image is decorative',
    );
    const fixed = text.replace('alt={frontmatter.photoAtl}', 'alt="The pit lane at night"');
    expect(only(await lintSource(fixed, '.mdx'), RULE)).toEqual([]);
    // An expression with a value is no problem, and a later literal alt wins over an unset one.
    expect(
      only(
        await lintSource(
          'export const caption = undefined\n\n<img src="/a.png" alt={caption} alt="The grid" />\n',
          '.mdx',
        ),
        RULE,
      ),
    ).toEqual([]);
  });

  it('gives a Markdown image whose words are in its title those words as its alt text, and the fix passes', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      const [problem] = only(
        await lintSource('![](./pit-lane.png "The pit lane at dusk")', ext),
        RULE,
      );
      expect(problem!.message).toBe(
        'Markdown image has no alt text: its words are in its title, "The pit lane at dusk", which a screen reader does not read, as the page gives the image alt="" (decorative): move them into the brackets, ![The pit lane at dusk](./pit-lane.png)',
      );
      const fix = /move them into the brackets, (.*)$/.exec(problem!.message)![1]!;
      expect(only(await lintSource(fix, ext), RULE)).toEqual([]);
    }
  });

  it('says how to make a decorative image in each file type, and each way passes the gate', async () => {
    const png = ONE_PIXEL_PNG;
    const files = (md: string, mdx: string, more: Record<string, string | Buffer> = {}) => ({
      'content/posts/a/index.md': post(md),
      'content/posts/b/index.mdx': post(mdx, '', 'B'),
      ...more,
    });
    const check = async (all: Record<string, string | Buffer>) => {
      const { problems } = await projectProblems(all);
      return problems
        .filter((p) => ['image-alt', 'alt-quality', 'asset-target'].includes(p.ruleId))
        .map((p) => `${p.file}: ${p.message}`);
    };
    // A picture beside the entry: an <img> is published as written, and the file is not.
    expect(
      await check(
        files('![](./pit.png)', '![](./pit.png)', {
          'content/posts/a/pit.png': png,
          'content/posts/b/pit.png': png,
        }),
      ),
    ).toEqual([
      'content/posts/a/index.md: Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, move the file to public/ and write <img src="/pit.png" alt=""> instead',
      'content/posts/b/index.mdx: Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, import it (import picture from \'./pit.png\';) and write <img src={picture.src} alt="" /> instead',
    ]);
    expect(
      await check(
        files(
          '<img src="/pit.png" alt="">',
          'import picture from \'./pit.png\';\n\n<img src={picture.src} alt="" />',
          { 'public/pit.png': png, 'content/posts/b/pit.png': png },
        ),
      ),
    ).toEqual([]);
    // On the web or in public/, the address stays.
    expect(
      await check(
        files('![](https://example.org/a.png)', '![](/pit.png)', { 'public/pit.png': png }),
      ),
    ).toEqual([
      'content/posts/a/index.md: Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, write <img src="https://example.org/a.png" alt=""> instead',
      'content/posts/b/index.mdx: Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, write <img src="/pit.png" alt="" /> instead',
    ]);
    expect(
      await check(
        files('<img src="https://example.org/a.png" alt="">', '<img src="/pit.png" alt="" />', {
          'public/pit.png': png,
        }),
      ),
    ).toEqual([]);
  });

  it('says what to do, at the element', async () => {
    const [problem] = await lintSource('Intro\n\n  <img src="a.png" />', '.mdx');
    expect(problem).toMatchObject({ line: 3, column: 3, ruleId: RULE, severity: 'error' });
    expect(problem!.message).toBe(
      '<img> has no alt text: add alt text, or alt="" if the image is decorative',
    );
  });
});

describe('image-alt: built-HTML layer', () => {
  it('says a valueless JSX alt is not alt text, in both layers', async () => {
    const [source] = only(await lintSource('<img alt src="x.png" />', '.mdx'), RULE);
    expect(source!.message).toBe(
      '<img> has alt without a value, which MDX renders as alt="true", not alt text: write alt="what the image shows", or alt="" if the image is decorative',
    );
    for (const value of ['true', 'false', ' TRUE ']) {
      const [built] = only(lintHtml(`<img alt="${value}" src="x.png">`), RULE);
      expect(built!.message).toBe(
        `<img> has alt="${value.trim()}", which is not alt text: write what the image shows, or alt="" if the image is decorative`,
      );
    }
  });
  it('explains a decorative marker that browsers ignore', () => {
    const [problem] = only(lintHtml('<img src="a.png" alt="" tabindex="0">'), RULE);
    expect(problem!.message).toBe(
      '<img alt=""> is marked decorative, but it can take keyboard focus, so browsers expose it as an image with no name: add alt text saying what it shows, or remove tabindex to keep it decorative',
    );
    const [live] = only(lintHtml('<img src="a.png" role="none" aria-live="polite">'), RULE);
    expect(live!.message).toMatch(/^<img role="none"> is marked decorative, but it has aria-live/);
  });
  it('flags alt="" with a role of its own in both layers, and passes either fix', async () => {
    const written = '<img src="a.png" alt="" role="img" />';
    const message =
      '<img alt=""> is marked decorative, but it has role="img", so browsers expose it as an image with no name: add alt text saying what it shows, or remove role="img" to keep it decorative';
    for (const ext of ['.md', '.mdx'] as const)
      expect(only(await lintSource(written, ext), RULE).map((p) => p.message)).toEqual([message]);
    expect(
      only(lintHtml('<img src="a.png" alt="" role="img">'), RULE).map((p) => p.message),
    ).toEqual([message]);
    expect(only(lintHtml('<img src="a.png" alt="" role="button">'), RULE)[0]!.message).toMatch(
      /so browsers expose it as a button with no name/,
    );
    for (const fixed of [
      '<img src="a.png" alt="Pit wall at dusk" role="img" />',
      '<img src="a.png" alt="" />',
      '<img src="a.png" alt="" role="presentation" />',
    ]) {
      expect(only(await lintSource(fixed, '.md'), RULE), fixed).toEqual([]);
      expect(only(lintHtml(fixed.replace(' />', '>')), RULE), fixed).toEqual([]);
    }
  });
  it('asks an image that is all its link holds for the link\'s name, not alt="", and that fix passes', async () => {
    const cases: [string, string, string][] = [
      [
        '[![](./pit.png)](/posts/pit-stops/)',
        'Markdown image has no alt text, and it is all its link holds: write where the link goes in the brackets, [![where it goes](…)](…)',
        '[![Pit stops](./pit.png)](/posts/pit-stops/)',
      ],
      [
        '<a href="/"><img src="/logo.png" /></a>',
        '<img> has no alt text, and it is all its link holds: write where the link goes as its alt text, e.g. alt="Home"',
        '<a href="/"><img src="/logo.png" alt="Home" /></a>',
      ],
      [
        '<a href="/"><img src="/logo.png" alt=" " /></a>',
        '<img> has alt text that is only whitespace, and it is all its link holds: write where the link goes as its alt text, e.g. alt="Home"',
        '<a href="/"><img src="/logo.png" alt="Home" /></a>',
      ],
    ];
    for (const [written, message, fixed] of cases) {
      const problems = await lintSource(written, '.md', { 'pit.png': 'png' });
      expect(only(problems, RULE).map((p) => p.message)).toEqual([message]);
      expect(only(problems, 'link-name')).toEqual([]);
      const after = await lintSource(fixed, '.md', { 'pit.png': 'png' });
      expect(only(after, RULE), fixed).toEqual([]);
      expect(only(after, 'link-name'), fixed).toEqual([]);
    }
    // An image beside the link's text is not all it holds: alt="" stays a fix.
    const [beside] = only(
      await lintSource('<a href="/"><img src="/logo.png" /> Home</a>', '.md'),
      RULE,
    );
    expect(beside!.message).toBe(
      '<img> has no alt text: add alt text, or alt="" if the image is decorative',
    );
  });
  it('names an image button by its label, in built pages too', () => {
    expect(
      only(lintHtml('<label for="q">Search</label><input type="image" id="q" src="go.png">'), RULE),
    ).toEqual([]);
    expect(only(lintHtml('<label><input type="image" src="go.png"> Search</label>'), RULE)).toEqual(
      [],
    );
    expect(
      where(lintHtml('<label for="other">Search</label><input type="image" src="go.png">'), RULE),
    ).toEqual(['1:34']);
  });
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
  it('says when the image is outside the entry’s own text: the layout or a component wrote it', () => {
    const page = (inside: string, outside: string) =>
      `<article data-commonplace-source="content/posts/a.mdx"><header>${outside}</header>` +
      `<div class="entry-content">${CONTENT_START}${inside}${CONTENT_END}</div></article>`;
    const messages = (html: string) => lintHtml(html).map((problem) => problem.message);
    expect(messages(page('<img src="a.png">', ''))).toEqual([
      '<img> has no alt text: add alt text, or alt="" if the image is decorative (page built from content/posts/a.mdx)',
    ]);
    expect(messages(page('', '<img src="logo.png">'))).toEqual([
      '<img> has no alt text: add alt text, or alt="" if the image is decorative (page built from content/posts/a.mdx; this part of the page comes from a layout or component under src/, not the entry\'s text)',
    ]);
    // A page without the layout's markers: nothing is said about where on the page.
    expect(
      messages(
        '<article data-commonplace-source="content/posts/a.mdx"><img src="logo.png"></article>',
      ),
    ).toEqual([
      '<img> has no alt text: add alt text, or alt="" if the image is decorative (page built from content/posts/a.mdx)',
    ]);
  });
});
