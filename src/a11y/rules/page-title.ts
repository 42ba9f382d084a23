import type { El, Model } from '../core/model.ts';
import { inSvg, inTemplate, textOf, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { documentElement, isWholePage } from './page-lang.ts';

/** Inside an element whose content is not the page's: an SVG's own title, a `<template>`. */
function outsideDocument(el: El): boolean {
  return inSvg(el) || inTemplate(el);
}

/** Something in an `.astro` file that may write a `<title>` only the render shows. */
function mayWriteTitle(html: El): boolean {
  const walk = (el: El): boolean =>
    el.origin === 'component' ||
    el.children.some((child) => (child.kind === 'element' ? walk(child) : textOf(child).dynamic));
  return walk(html);
}

/**
 * `page-title`: the page has a title. A page's `<title>` names its tab, its bookmark, its entry
 * in a screen reader's list of windows and the first thing announced when it opens; an empty
 * one leaves the reader to guess where they are (WCAG 2.4.2, ACT rule 2779a5). As browsers do,
 * the first `<title>` of the page counts, not an SVG's own or one inside a `<template>`. In an
 * `.astro` file, a component or an expression may write the title (Astro's blog starter puts
 * it in `<BaseHead>`): the built page judges those.
 */
export function checkPageTitle(model: Model, ctx: CheckContext, report: Report): void {
  const html = documentElement(model) ?? (isWholePage(model) ? model.root : undefined);
  if (!html) return;
  const title = model.elements.find(
    (el) => el.origin === 'html' && el.name === 'title' && !outsideDocument(el),
  );
  if (!title) {
    if (ctx.layer === 'source' && mayWriteTitle(html)) return;
    report(
      html,
      "The page has no <title>, so its tab, its bookmark and a screen reader's list of pages have no name for it: add <title>…</title> with the page's title to its <head>, as the site's layout (src/layouts/BaseLayout.astro) does",
    );
    return;
  }
  const { text, dynamic } = textOf(title);
  if (!dynamic && !text.trim())
    report(
      title,
      "<title> is empty, so the page's tab, its bookmark and a screen reader's list of pages have no name for it: write the page's title in it",
    );
}

/**
 * `page-title`: a page with no `<title>`, or whose first `<title>` is empty (WCAG 2.4.2, ACT rule 2779a5): its tab, its bookmark and a screen reader's list of pages have no name for it. Checked on built pages and in the site's own `.astro` files, where a component or an expression that may write the title is left to the built page.
 *
 * @fix Build the page with the site's layout, or write `<title>` with the page's title in its `<head>`.
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="en"><head><title>Week three: the pit wall</title></head><body><main><h1>Week three</h1></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="en"><head><title> </title></head><body><main><h1>Week three</h1></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:38-1:54: <title> is empty, so the page's tab, its bookmark and a screen reader's list of pages have no name for it: write the page's title in it
 */
const rule: GateRule = {
  id: 'page-title',
  severity: 'error',
  html: checkPageTitle,
};
export default rule;
