import { describe, expect, it } from 'vitest';
import { lintHtml } from './helpers.ts';

const report = (html: string) =>
  lintHtml(html).map((p) => `${p.ruleId} ${p.line}:${p.column} ${p.message}`);

describe('a page written without its <html> start tag (from IBM’s rule tests)', () => {
  it('has no lang, and its title is looked for all the same', () => {
    expect(report('<!doctype html>\n<meta charset="utf-8">\n<p>Hello</p>')).toEqual([
      'page-lang 1:1 The page has no <html> start tag, so it has no lang, and screen readers guess which language to read it in: start it with <html lang="…"> with its language, e.g. <html lang="en">, after the doctype',
      "page-title 1:1 The page has no <title>, so its tab, its bookmark and a screen reader's list of pages have no name for it: add <title>…</title> with the page's title to its <head>, as the site's layout (src/layouts/BaseLayout.astro) does",
    ]);
    // The fixes pass.
    expect(
      report(
        '<!doctype html>\n<html lang="en">\n<meta charset="utf-8">\n<title>Hello</title>\n<p>Hello</p>',
      ),
    ).toEqual([]);
  });

  it('leaves a fragment with no doctype alone: it is no page', () => {
    expect(report('<p>Hello</p>')).toEqual([]);
  });
});

describe('a refresh at once with no address (from html-validate’s rule tests)', () => {
  const withMeta = (content: string) =>
    `<!doctype html><html lang="en"><head><title>Week 3</title><meta http-equiv="refresh" content="${content}"></head><body><main><p>Text.</p></main></body></html>`;

  it('reloads the page again and again: reported, and the redirect it suggests passes', () => {
    for (const content of ['0', '0;', '0; url='])
      expect(report(withMeta(content)), content).toEqual([
        'page-refresh 1:59 <meta http-equiv="refresh"> with no address reloads the page as soon as it loads, again and again, so a screen reader starts over and no one can read it: remove it, or give the address to send readers to, content="0; url=…"',
      ]);
    expect(report(withMeta('0; url=/posts/week-3/'))).toEqual([]);
  });

  it('says a delayed refresh with no address reloads the page, not that it leaves', () => {
    expect(report(withMeta('5;'))).toEqual([
      expect.stringContaining('reloads the page after 5 seconds'),
    ]);
  });
});

describe('messages that give a fix that works where they are (from IBM’s rule tests)', () => {
  const page = (head: string, body = '<p>Text.</p>') =>
    `<!doctype html><html lang="en"><head><title>Week 3</title>${head}</head><body><main>${body}</main></body></html>`;

  it('says why a quoted viewport value stops zooming, and the fix passes', () => {
    expect(
      report(page(`<meta name="viewport" content="width=device-width, user-scalable='yes'">`)),
    ).toEqual([
      `page-zoom 1:59 <meta name="viewport"> has user-scalable='yes', which stops a reader zooming in to read the text (a browser does not read quotes inside content, so a quoted value counts as no zoom): remove it, and keep content="width=device-width, initial-scale=1"`,
    ]);
    expect(
      report(page('<meta name="viewport" content="width=device-width, initial-scale=1">')),
    ).toEqual([]);
  });

  it('asks a role="img" that is no image for aria-label, not alt, when its aria-labelledby points nowhere', () => {
    expect(report(page('', '<div role="img" aria-labelledby="missing"></div>'))).toEqual([
      'image-alt 1:78 <div> has aria-labelledby="missing" but no element with that id has text: point it at an element with text, or add aria-label="what it shows"',
    ]);
    expect(report(page('', '<div role="img" aria-label="A lap chart"></div>'))).toEqual([]);
  });
});
