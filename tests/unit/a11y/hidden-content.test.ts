import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only } from './helpers.ts';

/** A page with a language and a title, so only what is under test is reported. */
const page = (body: string, bodyAttrs = '') =>
  `<!doctype html><html lang="en"><head><title>Week 3</title></head><body${bodyAttrs}><main>\n${body}\n</main></body></html>`;

const report = (html: string) => lintHtml(html).map((p) => `${p.ruleId} ${p.line}: ${p.message}`);

/** What readers get of content browsers take out of the accessibility tree, and of what they do not. */
describe('content out of the accessibility tree (from html-validate’s rule tests)', () => {
  it('passes what `inert` hides: no name is asked of it, as none is read', () => {
    expect(
      report(
        page(
          '<div inert><img src="chart.png"><a href="/x/"></a><button></button></div>\n<form inert><input type="image" src="go.png"></form>',
        ),
      ),
    ).toEqual([]);
    // The same, shown: each is reported.
    expect(
      report(
        page(
          '<div><img src="chart.png"><a href="/x/"></a><button></button></div>\n<form><input type="image" src="go.png"></form>',
        ),
      )
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['button-name 2', 'image-alt 2', 'image-alt 3', 'link-name 2']);
  });

  it('judges what an inline style shows again: hidden with display: block, visibility: visible inside a hidden box (IBM)', () => {
    const shown = [
      '<div hidden style="display: block"><img src="chart.png"></div>',
      '<div style="visibility: hidden"><p style="visibility: visible"><img src="chart.png"></p></div>',
      '<div style="display: none; display: flex"><img src="chart.png"></div>',
    ];
    for (const body of shown)
      expect(
        report(page(body)).map((p) => p.split(':')[0]),
        body,
      ).toEqual(['image-alt 2']);
    const hidden = [
      '<div hidden><img src="chart.png"></div>',
      '<div hidden style="display: none"><img src="chart.png"></div>',
      '<div style="visibility: hidden"><p><img src="chart.png"></p></div>',
      '<div style="visibility: visible"><p style="visibility: collapse"><img src="chart.png"></p></div>',
      // display: none hides all inside it, whatever the inside says.
      '<div style="display: none"><p style="display: block"><img src="chart.png"></p></div>',
    ];
    for (const body of hidden) expect(report(page(body)), body).toEqual([]);
    // A link's text shown again inside a hidden box names it; text left hidden does not.
    const link = (inner: string) =>
      report(page(`<a href="/x/"><span style="visibility: hidden">${inner}</span></a>`));
    expect(link('<span style="visibility: visible">Home</span>')).toEqual([]);
    expect(link('<span>Home</span>').map((p) => p.split(':')[0])).toEqual(['link-name 2']);
  });

  it('reads content-visibility: hidden as the browser does: it hides what a box holds, not what an inline box holds (IBM)', () => {
    const headings = (style: string, tag = 'span') =>
      report(page(`<h2><${tag} style="${style}">Results</${tag}></h2>`)).map(
        (p) => p.split(':')[0],
      );
    expect(headings('content-visibility: hidden; display: block')).toEqual(['heading-name 2']);
    expect(headings('content-visibility: hidden', 'div')).toEqual(['heading-name 2']);
    expect(headings('content-visibility: hidden')).toEqual([]);
    expect(headings('content-visibility: hidden; display: inline', 'div')).toEqual([]);
    expect(headings('content-visibility: auto; display: block')).toEqual([]);
  });

  it('passes a control a disabled fieldset takes out of the tab order, but not one in its first legend', () => {
    expect(
      report(
        page(
          '<fieldset disabled><legend>Sign up</legend><input aria-hidden="true"><div><button aria-hidden="true">Go</button></div></fieldset>',
        ),
      ),
    ).toEqual([]);
    expect(
      report(
        page(
          '<fieldset disabled><legend><input aria-hidden="true"></legend><input aria-hidden="true"></fieldset>',
        ),
      ),
    ).toEqual([
      'hidden-focus 2: <input> has aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to take it out of the tab order, or remove aria-hidden="true"',
    ]);
  });

  it('reports aria-hidden on <body> or <html> once, and judges the page as shown', () => {
    expect(
      report(
        page('<h1>Week 3</h1><img src="chart.png"><a href="/x/">Next</a>', ' aria-hidden="true"'),
      ),
    ).toEqual([
      expect.stringMatching(/^image-alt 2: <img> has no alt text/),
      'hidden-focus 1: <body> has aria-hidden="true", which hides the whole page from screen readers in browsers that honour it: remove aria-hidden from <body>',
    ]);
    expect(
      report(
        page('<p>Text.</p>').replace('<html lang="en">', '<html lang="en" aria-hidden="true">'),
      ),
    ).toEqual([
      'hidden-focus 1: <html> has aria-hidden="true", which hides the whole page from screen readers in browsers that honour it: remove aria-hidden from <html>',
    ]);
    // The fix passes.
    expect(report(page('<h1>Week 3</h1><a href="/x/">Next</a>'))).toEqual([]);
  });

  it('takes no name from an SVG’s <desc>, which describes it: only its <title> names it', () => {
    const problems = report(
      page(
        '<a href="/x/"><svg><desc>Home</desc></svg></a>\n<button type="button"><svg><desc>Close</desc></svg></button>\n<h2><svg><desc>Plan</desc></svg></h2>',
      ),
    );
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'link-name 2',
      'button-name 3',
      'heading-name 4',
    ]);
    // The fix passes: a <title> names each.
    expect(
      report(
        page(
          '<a href="/x/"><svg><title>Home</title></svg></a>\n<button type="button"><svg><title>Close</title></svg></button>\n<h2><svg><title>Plan</title></svg></h2>',
        ),
      ),
    ).toEqual([]);
  });

  it('leaves a customizable <select>’s own <button> to the select, and judges any other', () => {
    expect(
      report(
        page(
          '<label for="s">Pet</label><select id="s"><button><selectedcontent></selectedcontent></button><option>Cat</option></select>',
        ),
      ),
    ).toEqual([]);
    expect(
      report(page('<select aria-label="Pet"><option>Cat</option><button></button></select>')),
    ).toEqual([expect.stringMatching(/^button-name 2: <button> has no text a reader hears/)]);
  });

  it('counts the same in an entry’s source, before any build', async () => {
    const problems = await lintSource(
      '<div inert><img src="/chart.png" /></div>\n\n<fieldset disabled><input aria-hidden="true" /></fieldset>',
      '.mdx',
    );
    expect(only(problems, 'image-alt')).toEqual([]);
    expect(only(problems, 'hidden-focus')).toEqual([]);
  });
});

describe('what takes focus in a <details> (from IBM’s rule tests)', () => {
  it('reports a <details> with no <summary> inside aria-hidden: the browser’s own summary takes focus', () => {
    expect(report(page('<details aria-hidden="true"><p>Notes</p></details>'))).toEqual([
      'hidden-focus 2: <details> has no <summary>, so the browser gives it one, which the Tab key reaches inside aria-hidden="true", where a screen reader says nothing: remove aria-hidden="true", or hide the <details> with hidden or inert',
    ]);
    // Both fixes pass.
    expect(report(page('<details><p>Notes</p></details>'))).toEqual([]);
    expect(report(page('<details aria-hidden="true" inert><p>Notes</p></details>'))).toEqual([]);
  });

  it('takes only the first <summary> for the one that opens it', () => {
    expect(
      report(
        page(
          '<details aria-hidden="true"><summary tabindex="-1">One</summary><p>x</p><summary>Two</summary></details>',
        ),
      ),
    ).toEqual([]);
  });

  it('takes an image’s alt for its name in any role, and leaves its name to image-alt', () => {
    expect(
      report(
        page(
          '<img role="button" tabindex="0" alt="Close the menu" src="/x.png"><img role="link" tabindex="0" alt="Home" src="/h.png">',
        ),
      ),
    ).toEqual([]);
    expect(report(page('<img role="button" tabindex="0" src="/x.png">'))).toEqual([
      'image-alt 2: <img> has no alt text, and its role="button" makes it a button with no name: write what it does as its alt text, e.g. alt="Open the menu"',
    ]);
    expect(report(page('<img role="link" tabindex="0" src="/h.png">'))).toEqual([
      'image-alt 2: <img> has no alt text, and its role="link" makes it a link with no name: write where it goes as its alt text, e.g. alt="Home"',
    ]);
  });
});
