import type { El, Model } from '../core/model.ts';
import { attr, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { languageProblem } from '../../lib/site/lang.ts';

/** The page's `<html>` element: the document's own, not one written inside another element. */
export function documentElement(model: Model): El | undefined {
  return model.elements.find((el) => el.origin === 'html' && el.name === 'html');
}

/**
 * Whether the text is a whole page, by its doctype: one written without its `<html>` start tag
 * (`<!doctype html><title>…`), which HTML allows, gets the element from the browser, with no
 * `lang`. A fragment (an `.astro` component) has no doctype, and is no page.
 */
export function isWholePage(model: Model): boolean {
  return /^\s*<!doctype\s+html/i.test(model.text);
}

/**
 * `page-lang`: the page says which language it is in. A screen reader reads a page in the
 * language its `<html lang>` names; with none, it guesses, and a post is read with the wrong
 * voice and pronunciation (WCAG 3.1.1, ACT rules b5c3f8 and bf051a). The site's layout sets it
 * from the entry's `lang` or the site's; a page of `src/pages/` written without the layout
 * may not. `xml:lang` alone does not count in HTML.
 */
export function checkPageLang(model: Model, _ctx: CheckContext, report: Report): void {
  const html = documentElement(model);
  if (!html) {
    if (isWholePage(model))
      report(
        model.root,
        'The page has no <html> start tag, so it has no lang, and screen readers guess which language to read it in: start it with <html lang="…"> with its language, e.g. <html lang="en">, after the doctype',
      );
    return;
  }
  const lang = attr(html, 'lang');
  // `lang={entry.lang}` in a layout: the built page is checked again.
  if (typeof lang !== 'string') {
    if (lang === undefined && !html.spread)
      report(
        html,
        '<html> has no lang, so screen readers guess which language to read the page in: add lang="…" with its language, e.g. lang="en", as the site\'s layout (src/layouts/BaseLayout.astro) does',
      );
    return;
  }
  if (!lang.trim()) {
    report(
      html,
      '<html> has an empty lang, so screen readers guess which language to read the page in: write its language, e.g. lang="en"',
    );
    return;
  }
  const problem = languageProblem(lang);
  if (problem)
    report(
      html,
      `<html lang="${lang.trim()}"> names no language a screen reader knows, so it reads the page in its own default voice: ${problem}`,
    );
}

/**
 * `page-lang`: a page whose `<html>` has no `lang`, an empty one, or one whose language is not a language of the registry (`lang="eng"`, `lang="english"`), or a page written without its `<html>` start tag, which then has none; a screen reader then reads it in its own default language (WCAG 3.1.1, ACT rules b5c3f8 and bf051a). Checked on built pages and in the site's own `.astro` files. The site's layout sets it from the entry's `lang` or the site's.
 *
 * @fix Build the page with the site's layout, or write `<html lang="en">` with the page's language (a BCP 47 tag such as `en`, `ar`, `pt-BR`).
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="en-GB"><head><title>Week three</title></head><body><main><h1>Week three</h1></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="eng"><head><title>Week three</title></head><body><main><h1>Week three</h1></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:16-1:123: <html lang="eng"> names no language a screen reader knows, so it reads the page in its own default voice: write en
 */
const rule: GateRule = {
  id: 'page-lang',
  severity: 'error',
  html: checkPageLang,
};
export default rule;
