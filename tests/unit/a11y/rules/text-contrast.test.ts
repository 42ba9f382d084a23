import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wcagContrast } from 'culori';
import type { Problem } from '../../../../src/a11y/core/types.ts';
import { lintHtml, lintSource, only } from '../helpers.ts';
import { projectRoot } from '../../../helpers/build-fixture.ts';
import { THEME } from '../../../../src/a11y/core/theme.ts';
import { readableColour } from '../../../../src/a11y/rules/text-contrast.ts';
import { styleDeclarations } from '../../../../src/a11y/core/inline-style.ts';

const RULE = 'text-contrast';
const messages = (problems: Problem[]) =>
  only(problems, RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

/** The value the message tells the author to write: [property, value]. */
function written(message: string): [string, string] | undefined {
  const found = /write (color|background(?:-color)?): (light-dark\([^)]*\))/.exec(message);
  return found ? [found[1]!, found[2]!] : undefined;
}

describe('text-contrast', () => {
  it('flags a colour unreadable on the dark theme, in Markdown, MDX and the built page, at the element', async () => {
    const md = '<span style="color: #333">Pasted from my notes</span>';
    const mdx = "<span style={{ color: '#333' }}>Pasted from my notes</span>";
    const message =
      '1:1 <span> with color: #333 gives its text a contrast of 1.4:1 on its background in the dark theme, where 4.5:1 is needed: write color: light-dark(#333, #808080), a colour for each theme, or leave the colour to the theme';
    expect(messages(await lintSource(md, '.md'))).toEqual([message]);
    expect(messages(await lintSource(mdx))).toEqual([message]);
    expect(messages(lintHtml(md))).toEqual([message]);
  });

  it('judges both themes, a background with the theme’s text, links, <mark>, alpha and headings', async () => {
    const text = [
      '<span style="color: #777">Grey on both</span>',
      '',
      '<span style="background-color: #ffd">Light yellow, and <a href="/x/">a link in it</a></span>',
      '',
      '<mark style="color: #222">Marked</mark>',
      '',
      '<span style="color: rgba(0, 0, 0, 0.4)">Faint</span>',
      '',
      '<h2 style="color: #6b6b6b">Large enough on white</h2>',
    ].join('\n');
    // The link is on the same yellow, in the theme's link colour; one report per style that sets it.
    // <mark> is dark text on yellow in both themes; the heading needs 3:1, which #6b6b6b meets.
    expect(messages(await lintSource(text, '.md'))).toEqual([
      '1:1 <span> with color: #777 gives its text a contrast of 4.4:1 on its background in the light theme and 4:1 on its background in the dark theme, where 4.5:1 is needed: write color: light-dark(#747474, #808080), a colour for each theme, or leave the colour to the theme',
      '3:1 <span> with background-color: #ffd gives its text a contrast of 1.1:1 with its text in the dark theme, where 4.5:1 is needed: write background-color: light-dark(#ffd, #504f33), a colour for each theme, or leave the background to the theme',
      '7:1 <span> with color: rgba(0, 0, 0, 0.4) gives its text a contrast of 2.8:1 on its background in the light theme and 1:1 on its background in the dark theme, where 4.5:1 is needed: write color: light-dark(#757575, #7e8083), a colour for each theme, or leave the colour to the theme',
    ]);
  });

  it('reads code highlighted with its own colours on its own background (Shiki, as Astro writes it)', async () => {
    const shiki =
      '<pre class="astro-code github-dark" style="background-color:#24292e;color:#e1e4e8" tabindex="0"><code><span class="line"><span style="color:#F97583">const</span><span style="color:#E1E4E8"> lap </span><span style="color:#F97583">=</span><span style="color:#79B8FF"> 3</span></span></code></pre>';
    expect(messages(lintHtml(shiki))).toEqual([]);
    // The same colours on the page's own background in the light theme do not read.
    expect(
      messages(lintHtml('<p><code><span style="color:#E1E4E8">lap</span></code></p>')).length,
    ).toBe(1);
  });

  it('judges text in a callout or a code block on its surface, and large text by its inline size', async () => {
    const pair = 'color: light-dark(#707070, #909090)';
    const mdx = [
      `<span style="${pair}">On the page: 4.9:1 and 5.6:1</span>`,
      `<Callout type="warning"><span style="${pair}">On the warning's surface</span></Callout>`,
      `<span style="font-size: 24px; color: #8c8c8c">Large: 3.3:1 is enough</span>`,
      `<span style="font-size: 1rem; color: #8c8c8c">Not large</span>`,
      `<span style="font-size: 19px; font-weight: 700; color: #8c8c8c">Large and bold</span>`,
    ].join('\n\n');
    const html = mdx.replace(
      /<Callout type="warning">(.*)<\/Callout>/,
      '<div class="callout callout-warning" role="note">$1</div>',
    );
    const expected = [
      '3:25 <span> with color: light-dark(#707070, #909090) gives its text a contrast of 4.4:1 on its background in the light theme and 4.3:1 on its background in the dark theme, where 4.5:1 is needed: write color: light-dark(#6d6d6d, #969696), a colour for each theme, or leave the colour to the theme',
      '7:1 <span> with color: #8c8c8c gives its text a contrast of 3.3:1 on its background in the light theme, where 4.5:1 is needed: write color: light-dark(#747474, #8c8c8c), a colour for each theme, or leave the colour to the theme',
    ];
    expect(messages(await lintSource(mdx))).toEqual(expected);
    // The same, on the page: the callout's markup is longer than the component's tag.
    expect(messages(lintHtml(html))).toEqual([expected[0]!.replace('3:25', '3:50'), expected[1]]);
  });

  it("reads large text as the browser sizes it: the font shorthand, a parent's size for em and %, bold elements", () => {
    // #8c8c8c on white: 3.3:1, enough for large text only. HTML_CodeSniffer's 1.4.3 case (14pt bold).
    const grey = 'color: #8c8c8c; background-color: #fff';
    const large = [
      `<p style="${grey}; font-size: 14pt; font-weight: bold">14pt bold</p>`,
      `<p style="${grey}; font: bold 14pt/1.4 Georgia, serif">The shorthand</p>`,
      `<p style="${grey}; font: 14pt serif; font-weight: 700">Weight after the shorthand</p>`,
      `<div style="font-size: 20px"><p style="${grey}; font-size: 1.25em">25px</p></div>`,
      `<p style="${grey}; font-size: 150%">24px</p>`,
      `<p style="${grey}; font-size: 14pt"><strong>Bold by its element</strong></p>`,
    ];
    for (const html of large) expect(messages(lintHtml(html)), html).toEqual([]);
    const small = [
      `<p style="${grey}; font-size: 14pt">14pt, not bold</p>`,
      // The shorthand sets the weight back to normal.
      `<p style="${grey}; font-weight: bold; font: 14pt serif">Reset by the shorthand</p>`,
      `<div style="font-size: 12px"><p style="${grey}; font-size: 1.5em">18px</p></div>`,
      `<p style="${grey}; font-size: 19px; font-weight: 600">Semi-bold is not bold</p>`,
    ];
    for (const html of small)
      expect(messages(lintHtml(html)), html).toEqual([
        expect.stringContaining('where 4.5:1 is needed'),
      ]);
  });

  it('gives fixes that work: the values it writes pass, in Markdown and MDX', async () => {
    const cases = [
      ['<span style="color: #333">Pasted</span>', '.md'],
      ['<span style="color: #777">Grey</span>', '.md'],
      ['<span style="background: yellow">Key point</span>', '.md'],
      ['<span style="background-color: #ffd">Light <a href="/x/">link</a></span>', '.md'],
      ['<span style="color: rgba(0, 0, 0, 0.4)">Faint</span>', '.md'],
      ["<span style={{ color: 'navy' }}>Navy</span>", '.mdx'],
      ['<h2 style="color: navy">Large</h2>', '.md'],
    ] as const;
    for (const [text, ext] of cases) {
      const [message = ''] = messages(await lintSource(text, ext));
      const fix = written(message);
      expect(fix, text).toBeDefined();
      const [property, value] = fix!;
      const fixed =
        ext === '.mdx'
          ? text.replace(/style=\{\{[^}]*\}\}/, `style={{ color: '${value}' }}`)
          : text.replace(/style="[^"]*"/, `style="${property}: ${value}"`);
      expect(messages(await lintSource(fixed, ext)), fixed).toEqual([]);
      expect(
        messages(lintHtml(fixed.replace(/style=\{\{ color: '([^']*)' \}\}/, 'style="color: $1"'))),
        fixed,
      ).toEqual([]);
    }
  });

  it("reads an old editor's colour attributes, <font color> and bgcolor, under the inline style, and its fix passes", async () => {
    const text = [
      '<font color="#ffff00">Yellow words</font>',
      '<table><tr><td bgcolor="#000000">Dark cell</td></tr></table>',
      // The inline style wins over the attribute, as in the browser.
      '<font color="#ffff00" style="color: light-dark(#8a1c1c, #ffb4ab)">Styled</font>',
      '<table><tr><td bgcolor="#000000" style="background: none">Unset</td></tr></table>',
      // A colour HTML's legacy parsing reads its own way: left to the page.
      '<font color="ff0">Legacy</font>',
    ].join('\n\n');
    const said = [
      '1:1 <font> with color="#ffff00" gives its text a contrast of 1:1 on its background in the light theme, where 4.5:1 is needed: write style="color: light-dark(#7c7600, #ffff00)" in place of color="#ffff00", a colour for each theme, or leave the colour to the theme',
      '3:12 <td> with bgcolor="#000000" gives its text a contrast of 1.2:1 with its text in the light theme, where 4.5:1 is needed: write style="background-color: light-dark(#868686, #000000)" in place of bgcolor="#000000", a colour for each theme, or leave the background to the theme',
    ];
    for (const ext of ['.md', '.mdx'] as const)
      expect(messages(await lintSource(text, ext)), ext).toEqual(said);
    expect(messages(lintHtml(text))).toEqual(said);
    const fixed = text
      .replace('color="#ffff00">Yellow', 'style="color: light-dark(#7c7600, #ffff00)">Yellow')
      .replace(
        'bgcolor="#000000">Dark',
        'style="background-color: light-dark(#868686, #000000)">Dark',
      );
    expect(messages(await lintSource(fixed, '.md'))).toEqual([]);
    expect(messages(lintHtml(fixed))).toEqual([]);
  });

  it('leaves alone what the page decides, and colours that read on both themes', async () => {
    const text = [
      '<span style="color: var(--accent)">Theme colour</span>',
      '<span style="color: currentColor">Current</span>',
      '<span style="background: linear-gradient(#000, #fff)">Gradient</span>',
      '<span style="background: yellow url(/paper.png)">An image too</span>',
      '<span style="color: light-dark(#8a1c1c, #ffb4ab)">A pair</span>',
      '<span style="color: #8a8a8a; background: #000">Grey on black</span>',
      '<span style="color: #333" hidden>Hidden</span>',
      '<span style="color: #333"></span>',
      '<span style="font-weight: bold">No colour</span>',
      // Text in no human language: a separator between links, a row of symbols (ACT afw4f7).
      '<a href="/a/">Week 1</a> <span style="color: #ddd">•</span> <a href="/b/">Week 2</a>',
      '<p style="color: #000; background: #666;">----=====++++++___****%%%±±±@@@</p>',
    ].join('\n\n');
    expect(messages(await lintSource(text, '.md'))).toEqual([]);
    expect(messages(await lintSource('<span style={theme}>Only the build knows</span>'))).toEqual(
      [],
    );
  });

  it('reads a style as CSS does: in order, and a ; in a URL ends no declaration', () => {
    expect(
      styleDeclarations('color: red; background: url(data:image/png;base64,AA); COLOR: #333'),
    ).toEqual([
      ['color', 'red'],
      ['background', 'url(data:image/png;base64,AA)'],
      ['color', '#333'],
    ]);
  });

  it('works a readable colour out: lighter or darker, until it meets the ratio', () => {
    const navy = { mode: 'rgb' as const, r: 0, g: 0, b: 0.5 };
    for (const background of ['#14161a', '#ffffff', '#ffff00', '#777777'])
      for (const needed of [3, 4.5]) {
        const against = { mode: 'rgb' as const, ...hexRgb(background) };
        expect(
          wcagContrast(readableColour(navy, [{ rgb: against, needed }]), background),
        ).toBeGreaterThanOrEqual(needed);
      }
  });

  it('judges with the theme of src/styles/global.css', () => {
    const css = readFileSync(join(projectRoot, 'src/styles/global.css'), 'utf8');
    const pair = (token: string) =>
      new RegExp(`--${token}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i')
        .exec(css)!
        .slice(1);
    expect([THEME.light.text, THEME.dark.text]).toEqual(pair('text'));
    expect([THEME.light.background, THEME.dark.background]).toEqual(pair('bg'));
    expect([THEME.light.link, THEME.dark.link]).toEqual(pair('accent'));
    for (const surface of ['surface', 'note', 'tip', 'warning'] as const)
      expect([THEME.light[surface], THEME.dark[surface]], surface).toEqual(pair(surface));
  });
});

function hexRgb(hex: string) {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: ((n >> 16) & 255) / 255, g: ((n >> 8) & 255) / 255, b: (n & 255) / 255 };
}

describe('text-contrast: what readers see of it (from IBM’s rule tests)', () => {
  it('draws a see-through inline background over the inline background under it, not over the page', () => {
    // White on white at 20% over a dark box is white on dark grey: about 8:1.
    expect(
      messages(
        lintHtml(
          '<div style="background: #212121"><p style="background-color: rgba(255,255,255,0.2); color: white">Lap times</p></div>',
        ),
      ),
    ).toEqual([]);
    // At 90% the box hardly shows through: white on near-white.
    expect(
      messages(
        lintHtml(
          '<div style="background: #212121"><p style="background-color: rgba(255,255,255,0.9); color: white">Lap times</p></div>',
        ),
      ),
    ).toEqual([expect.stringContaining('gives its text a contrast of 1.2:1')]);
  });

  it('asks no contrast of text no one sees, nor of an inactive control, its label and its helper text (WCAG 1.4.3)', () => {
    const passes = [
      '<p style="color:#000; background:#333; position:absolute; clip: rect(0,0,0,0); overflow:hidden">Skip to content</p>',
      '<button style="color:#777; background:#eee" disabled>Send</button>',
      '<span role="button" aria-disabled="true" style="color:#777; background:#eee">Send</span>',
      '<label style="color:#888; background:white">My name <input type="text" disabled></label>',
      '<label for="n" style="color:#888; background:white">My name</label><input id="n" aria-disabled="true">',
      '<fieldset disabled><label style="color:#888; background:white">My name <input type="text"></label></fieldset>',
      // What an inactive control is labelled or described by is part of it (ACT afw4f7, IBM).
      '<span id="pet" style="color:#888; background:white">Pet</span><div role="textbox" aria-labelledby="pet" aria-disabled="true"></div>',
      '<input disabled aria-label="Name" aria-describedby="help"><p id="help" style="color:#c6c6c6">Your full name</p>',
    ];
    for (const html of passes) expect(messages(lintHtml(html)), html).toEqual([]);
    // The same helper text of a control in use is judged.
    expect(
      messages(
        lintHtml(
          '<input aria-label="Name" aria-describedby="help"><p id="help" style="color:#c6c6c6">Your full name</p>',
        ),
      ),
    ).toEqual([expect.stringContaining('contrast of 1.7:1')]);
    // The same label of a control in use is judged.
    expect(
      messages(
        lintHtml('<label style="color:#888; background:white">My name <input type="text"></label>'),
      ),
    ).toEqual([expect.stringContaining('contrast of 3.5:1')]);
  });
});

describe('text-contrast: text an inline opacity fades', () => {
  /** The opacity the message tells the author to write, as a number. */
  const opacityWritten = (message: string) =>
    Number(/write opacity: ([\d.]+) or more/.exec(message)?.[1]);

  it('judges muted text in the theme’s colours, and gives the least opacity that passes', async () => {
    const md = '<span style="opacity: 0.4">Draft, not final</span>';
    const mdx = '<span style={{ opacity: 0.4 }}>Draft, not final</span>';
    const [message = ''] = messages(await lintSource(md, '.md'));
    expect(message).toMatch(
      /^1:1 <span> with opacity: 0\.4 gives its text a contrast of [\d.]+:1 on its background in the light theme and [\d.]+:1 on its background in the dark theme, where 4\.5:1 is needed: write opacity: [\d.]+ or more, or leave the opacity out$/,
    );
    expect(messages(await lintSource(mdx))).toEqual([message]);
    expect(messages(lintHtml(md))).toEqual([message]);
    // The value it gives passes in both themes; one step less does not.
    const least = opacityWritten(message);
    expect(least).toBeGreaterThan(0.4);
    expect(least).toBeLessThan(1);
    for (const layer of [(t: string) => lintSource(t, '.md'), lintHtml]) {
      expect(messages(await layer(md.replace('0.4', String(least))))).toEqual([]);
      expect(messages(await layer(md.replace('0.4', String(least - 0.05))))).toHaveLength(1);
      expect(messages(await layer('<span>Draft, not final</span>'))).toEqual([]);
    }
  });

  it('draws faded text over what is behind the faded element, as the browser does', () => {
    // Black on yellow faded to half: over the light page, grey on pale yellow (3.7:1); over the
    // dark page, near black on olive, which passes.
    const [message = ''] = messages(
      lintHtml(
        '<p style="opacity: 0.5"><span style="background: yellow; color: black">Key point</span></p>',
      ),
    );
    expect(message).toBe(
      '1:1 <p> with opacity: 0.5 gives its text a contrast of 3.7:1 on its background in the light theme, where 4.5:1 is needed: write opacity: 0.6 or more, or leave the opacity out',
    );
    // The same fade inside a box of its own colour: what is behind the element is the box.
    expect(
      messages(
        lintHtml(
          '<div style="background: white; color: black"><span style="opacity: 0.8">Nearly solid</span></div>',
        ),
      ),
    ).toEqual([]);
  });

  it('names every fade a fix must leave out: twice faded, or a colour that fails at full opacity', async () => {
    const twice = '<div style="opacity: 0.5"><p style="opacity: 0.5">Twice faded</p></div>';
    expect(messages(lintHtml(twice))).toEqual([
      expect.stringMatching(
        /^1:27 <p> with opacity: 0\.5 gives .*: leave out its opacity and opacity: 0\.5 on the <div> around it$/,
      ),
    ]);
    expect(messages(lintHtml(twice.replace(/ style="opacity: 0\.5"/g, '')))).toEqual([]);

    const grey = '<span style="color: #777; opacity: 0.8">Grey and faded</span>';
    const [message = ''] = messages(await lintSource(grey, '.md'));
    expect(message).toMatch(
      /^1:1 <span> with color: #777 gives .*: write color: light-dark\(#\w+, #\w+\), a colour for each theme, or leave the colour to the theme; and leave out its opacity: 0\.8, which fades it further$/,
    );
    const [, value] = written(message)!;
    expect(
      messages(await lintSource(`<span style="color: ${value}">Grey and faded</span>`, '.md')),
    ).toEqual([]);
  });

  it('leaves alone an opacity only the page knows, text no one sees, and fades that still read', async () => {
    const text = [
      '<span style="opacity: var(--muted)">Theme’s own fade</span>',
      '<span style="opacity: 0">Shown on hover</span>',
      '<span style="opacity: 95%">Barely faded</span>',
      '<span style="opacity: 0.9; color: light-dark(#111, #eee)">Dark on light, light on dark</span>',
    ].join('\n\n');
    expect(messages(await lintSource(text, '.md'))).toEqual([]);
    expect(messages(lintHtml(text))).toEqual([]);
    expect(messages(await lintSource('<span style="opacity: 40%">Muted</span>', '.md'))).toEqual([
      expect.stringContaining('<span> with opacity: 40% gives its text a contrast of'),
    ]);
  });
});

describe('text-contrast: shadows, strokes and fills (from axe-core’s color-contrast tests)', () => {
  const layers = async (text: string) => [
    messages(await lintSource(text, '.md')),
    messages(lintHtml(text)),
  ];

  it('reads text a light halo makes readable, as axe-core does, in Markdown, MDX and the page', async () => {
    // Black on #737373 is 4.4:1; a white glow 3px wide around the glyphs gives them an edge.
    const halo =
      '<p style="color: #000; background: #737373; text-shadow: white 0 0 3px">Lap 12</p>';
    expect(await layers(halo)).toEqual([[], []]);
    expect(
      messages(
        await lintSource(
          "<p style={{ color: '#000', background: '#737373', textShadow: 'white 0 0 3px' }}>Lap 12</p>",
        ),
      ),
    ).toEqual([]);
    // Without the glow the same text is reported.
    expect(await layers(halo.replace('; text-shadow: white 0 0 3px', ''))).toEqual([
      [expect.stringContaining('contrast of 4.4:1')],
      [expect.stringContaining('contrast of 4.4:1')],
    ]);
    // See-through text is the shadow under it: white on black reads, dark grey does not.
    const ghost = (shadow: string) =>
      `<div style="background: black"><p style="color: transparent; text-shadow: 0 0 0 ${shadow}">Pit wall</p></div>`;
    expect(await layers(ghost('white'))).toEqual([[], []]);
    expect(messages(lintHtml(ghost('#222')))).toEqual([
      expect.stringMatching(
        /^1:32 <p> with color: transparent gives its text a contrast of 1\.3:1/,
      ),
    ]);
  });

  it('reports a wide dark glow that buries dark text, at the text-shadow, and leaving it out fixes it', async () => {
    // Black on #777 is 4.6:1; a black glow 0.2em wide spreads behind the glyphs and darkens it.
    const glow =
      '<p style="color: #000; background: #777; text-shadow: black 0 0 0.2em">Box, box</p>';
    const message =
      "1:1 <p> with text-shadow: black 0 0 0.2em lowers its text's contrast to 2.7:1 on its background in the light theme and 2.7:1 on its background in the dark theme, where 4.5:1 is needed, which it meets without the shadow: leave the text-shadow out";
    expect(await layers(glow)).toEqual([[message], [message]]);
    expect(await layers(glow.replace('; text-shadow: black 0 0 0.2em', ''))).toEqual([[], []]);
    // On theme text: a black glow three times over the light theme's dark text, set around it.
    const glows = '0 0 0.2em #000, 0 0 0.2em #000, 0 0 0.2em #000';
    const themed = `<div style="text-shadow: ${glows}"><p>Safety car</p></div>`;
    expect(messages(lintHtml(themed))).toEqual([
      expect.stringMatching(
        /^1:1 <div> with text-shadow: 0 0 0\.2em #000, .* lowers its text's contrast to [\d.]+:1 on its background in the light theme, where 4\.5:1 is needed/,
      ),
    ]);
    expect(messages(lintHtml('<div><p>Safety car</p></div>'))).toEqual([]);
  });

  it('counts a shadow beside the glyphs for nothing, and leaves to the page what only it can judge', async () => {
    // A drop shadow offset further than it is blurred gives no edge: #ccc still fails on white.
    expect(
      messages(lintHtml('<p style="color: #ccc; text-shadow: 2px 2px 1px #000">Grid</p>')),
    ).toEqual([expect.stringContaining('<p> with color: #ccc gives its text a contrast of 1.6:1')]);
    const left = [
      // Sharp copies on two or three sides outline part of each glyph: only a browser can judge.
      '<p style="color: #ccc; text-shadow: 1px 1px 0 #000, -1px 1px 0 #000">Grid</p>',
      '<p style="color: #ccc; text-shadow: var(--glow)">Grid</p>',
      '<p style="color: #ccc; text-shadow: 0 0 5% #000">Grid</p>',
      '<p style="color: #ccc; -webkit-text-stroke: calc(1px + 0.1em) #000">Grid</p>',
    ];
    for (const html of left) expect(messages(lintHtml(html)), html).toEqual([]);
    // Sharp copies on all four sides outline every glyph: white text outlined in black reads on white.
    const outlined =
      '<p style="color: white; background: white; text-shadow: -1px -1px 0 #000, 1px -1px 0 #000, -1px 1px 0 #000, 1px 1px 0 #000">Podium</p>';
    expect(await layers(outlined)).toEqual([[], []]);
  });

  it('reads a stroke 0.03em wide as the glyphs’ outline, and a fill colour instead of color', async () => {
    // Light grey outlined in dark grey reads on the light page (its outline) and the dark one (its fill).
    const stroke = (width: string) =>
      `<p style="color: #ccc; -webkit-text-stroke: ${width} #444">Text-stroke</p>`;
    expect(await layers(stroke('0.03em'))).toEqual([[], []]);
    expect(messages(lintHtml(stroke('0.02em')))).toEqual([
      expect.stringContaining('<p> with color: #ccc gives its text a contrast of 1.6:1'),
    ]);
    // -webkit-text-fill-color paints the glyphs: color under it does not count.
    expect(
      await layers(
        '<span style="color: #333; -webkit-text-fill-color: light-dark(#222, #ddd)">Fill</span>',
      ),
    ).toEqual([[], []]);
    // A background clipped to the text paints the glyphs: a gradient or a colour, the page's to judge.
    for (const clipped of [
      '<h2 style="background: linear-gradient(90deg, #e10600, #ff8700); -webkit-background-clip: text; -webkit-text-fill-color: transparent">Title</h2>',
      '<h2 style="background-color: #e10600; background-clip: text; color: transparent">Title</h2>',
    ])
      expect(await layers(clipped), clipped).toEqual([[], []]);
    const fill = '<span style="-webkit-text-fill-color: #333">Fill</span>';
    const [message = ''] = messages(lintHtml(fill));
    expect(message).toBe(
      '1:1 <span> with -webkit-text-fill-color: #333 gives its text a contrast of 1.4:1 on its background in the dark theme, where 4.5:1 is needed: write -webkit-text-fill-color: light-dark(#333, #808080), a colour for each theme',
    );
    expect(messages(await lintSource(fill, '.md'))).toEqual([message]);
  });

  it('gives colour fixes that work with the shadow drawn: the values it writes pass', async () => {
    const cases = [
      '<div style="background: black"><p style="color: transparent; text-shadow: 0 0 0 #222">Pit</p></div>',
      '<p style="color: #555; text-shadow: 0 0 0.3em #000">Night race</p>',
      '<span style="-webkit-text-fill-color: #333; text-shadow: 0 0 0.25em #333">Fill</span>',
      '<p style="color: #ccc; text-shadow: 0 0 currentColor, 0 0 6px #eee">Glow in its own colour</p>',
    ];
    for (const html of cases) {
      const [message = ''] = messages(lintHtml(html));
      const found = /write (color|-webkit-text-fill-color): (light-dark\([^)]*\))/.exec(message);
      expect(found, `${html}\n${message}`).not.toBeNull();
      const [, property, value] = found!;
      const fixed = html.replace(new RegExp(`${property}: [^;"]*`), `${property}: ${value}`);
      expect(messages(lintHtml(fixed)), fixed).toEqual([]);
      expect(messages(await lintSource(fixed, '.md')), fixed).toEqual([]);
    }
  });
});

describe('text-contrast: gradients and images behind text (from ACT afw4f7)', () => {
  /** The background the message tells the author to write: [what to replace, its value]. */
  const backgroundFix = (message: string) =>
    /write background: (light-dark\([^)]*\)) in place of (?:the gradient|(background-image: .*?)), a colour/.exec(
      message,
    );

  it('judges text on a gradient by the most it stands out anywhere on it, and gives a colour that reads', async () => {
    // Passed Example 2 and Failed Example 2: dark grey reads on white to blue; light grey nowhere.
    const gradient = 'background: linear-gradient(to right, #FFF, #00F)';
    expect(messages(lintHtml(`<p style="color: #333; ${gradient}">Some text</p>`))).toEqual([]);
    const failing = `<p style="color: #AAA; ${gradient}">Some text</p>`;
    const [message = ''] = messages(lintHtml(failing));
    expect(message).toMatch(
      /^1:1 <p> with color: #AAA gives its text a contrast of 3\.6:1 at best on its background in the light theme and 3\.6:1 at best on its background in the dark theme, where 4\.5:1 is needed: write color: light-dark\(/,
    );
    expect(messages(await lintSource(failing, '.md'))).toEqual([message]);
    const [, value] = written(message)!;
    expect(messages(lintHtml(failing.replace('#AAA', value)))).toEqual([]);
    // Where one colour reads on all of a gradient, that is the one it gives.
    const pale = '<p style="color: #AAA; background: linear-gradient(#FFF, #DDD)">Some text</p>';
    const [, everywhere] = written(messages(lintHtml(pale))[0]!)!;
    const light = everywhere.slice('light-dark('.length).split(',')[0]!;
    for (const stop of ['#ffffff', '#dddddd'])
      expect(wcagContrast(light, stop), stop).toBeGreaterThanOrEqual(4.5);
  });

  it('reports a gradient the theme’s text does not read on, with colours to write in its place, in Markdown, MDX and the page', async () => {
    const shorthand =
      '<div style="background: linear-gradient(135deg, #ffd, #ffe)"><p>Pit lane</p></div>';
    const image =
      '<div style="background-image: linear-gradient(135deg, #ffd, #ffe)"><p>Pit lane</p></div>';
    const mdx =
      "<div style={{ backgroundImage: 'linear-gradient(135deg, #ffd, #ffe)' }}><p>Pit lane</p></div>";
    for (const [text, lint] of [
      [shorthand, (t: string) => lintSource(t, '.md')],
      [shorthand, async (t: string) => lintHtml(t)],
      [image, async (t: string) => lintHtml(t)],
      [mdx, (t: string) => lintSource(t)],
    ] as const) {
      const [message = ''] = messages(await lint(text));
      expect(message, text).toMatch(
        /^1:1 <div> with background(?:-image)?: linear-gradient\(135deg, #ffd, #ffe\) gives its text a contrast of 1\.2:1 at best with its text in the dark theme, where 4\.5:1 is needed: write background: light-dark\(#\w+, #\w+\) in place of /,
      );
      const [, value, declaration] = backgroundFix(message)!;
      const fixed = declaration
        ? text.replace(declaration, `background: ${value}`)
        : text.replace(/background: linear-gradient\([^)]*\)/, `background: ${value}`);
      if (text === mdx) continue;
      expect(messages(await lint(fixed)), fixed).toEqual([]);
    }
  });

  it('leaves to the page a background image, and what a see-through panel or a fade shows of a gradient', async () => {
    const left = [
      // A photo behind white text: only a browser sees the photo.
      '<div style="background-image: url(/hero.jpg); color: white"><p>Race day</p></div>',
      '<div style="background-color: #fff; background-image: url(/hero.jpg); color: white"><p>Race day</p></div>',
      '<div style="background: linear-gradient(#000, #fff) , url(/x.png); color: #777"><p>Layers</p></div>',
      '<div style="background: linear-gradient(#000, var(--accent)); color: #777"><p>Theme</p></div>',
      '<div style="background: linear-gradient(#000, #333)"><p style="background: rgba(255, 255, 255, 0.5); color: #bbb">Panel</p></div>',
      '<div style="background: linear-gradient(#000, #333)"><p style="opacity: 0.3">Faded</p></div>',
    ];
    for (const html of left) {
      expect(messages(lintHtml(html)), html).toEqual([]);
      expect(messages(await lintSource(html, '.md')), html).toEqual([]);
    }
    // background-image: none leaves the colour under it to be judged.
    expect(
      messages(lintHtml('<p style="background-image: none; background-color: #ffd">Key point</p>')),
    ).toEqual([expect.stringContaining('<p> with background-color: #ffd gives its text')]);
  });
});
