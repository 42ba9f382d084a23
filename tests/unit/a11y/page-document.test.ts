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
