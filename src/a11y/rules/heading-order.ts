import { entryCollectionOf } from '../core/content-index.ts';
import {
  inFileComponent,
  type El,
  type Model,
  type Span,
  type TemplateSpans,
} from '../core/model.ts';
import {
  HEADING,
  headingLevel,
  inTemplate,
  isHeading,
  isHidden,
  role,
  textOf,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import type { Fix } from '../core/types.ts';
import { inEntryText } from '../../lib/site/page-markers.ts';
import { headingTitle } from '../../lib/content/heading-title.ts';

/**
 * `heading-order` (a warning): the outline screen reader users move by. In an entry's text
 * (posts, guides and pages, which render under their title) the page's title is its one level-1
 * heading (src/layouts/EntryLayout.astro, the About and page templates), so a `#` heading in the
 * text is a second title, and a level that skips one (`##` then `####`) leaves a gap the reader
 * cannot tell from a missing section. What src/ writes around the text (a layout, a component,
 * a page of src/pages/) is judged on the built page, where every heading stands in its order,
 * and, before any build, in an `.astro` file wherever two of its headings render one after the
 * other whatever the page.
 */

/** A heading's words for a message, cut at 40 characters; `…` where only the render knows them. */
function wordsOf(el: El): string {
  const { text, dynamic } = textOf(el);
  return dynamic || !text ? '…' : text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** The heading as the author would write it at `depth`: `## Results` or `<h2>Results</h2>`. */
function written(el: El, model: Model, depth: number): string {
  const words = wordsOf(el);
  return model.text[el.offset] === '<'
    ? `<h${depth}>${words}</h${depth}>`
    : `${'#'.repeat(depth)} ${words}`;
}

/**
 * The heading as written at `depth`: the tag a level down, or, where `aria-level` or
 * `role="heading"` sets the level, the element with `aria-level` at that depth.
 */
function atLevel(el: El, model: Model, depth: number): string {
  if (HEADING.test(el.name) && el.attrs['aria-level'] === undefined)
    return written(el, model, depth);
  const words = wordsOf(el);
  const roleText = el.attrs.role === undefined ? '' : ` role="${String(el.attrs.role)}"`;
  return `<${el.name}${roleText} aria-level="${depth}">${words}</${el.name}>`;
}

/**
 * A skip from level `from` to `to`: what it is, then the level to write. On a page or in an
 * `.astro` file the heading before it is named, as it may come from another file.
 */
function skipMessage(el: El, model: Model, from: number, to: number, before?: El): string {
  const after = before ? ` (the heading before it is ${atLevel(before, model, from)})` : '';
  return `${atLevel(el, model, to)} skips from level ${from} to level ${to}${after}: write ${atLevel(el, model, from + 1)}, so the outline screen reader users move by has no gap`;
}

/** Whether a heading says what the entry's `title` says, case and spacing aside. */
function repeatsTitle(el: El, model: Model): boolean {
  const title = model.frontmatter?.data.title;
  const { text, dynamic } = textOf(el);
  const same = (words: string) => words.replace(/\s+/g, ' ').trim().toLowerCase();
  return typeof title === 'string' && !dynamic && !!text && same(text) === same(title);
}

/**
 * A Markdown heading's lines deleted, with the blank lines after it: the fix for one that repeats
 * the title, which says nothing the page does not. Only a heading on lines of its own.
 */
function lineDeleted(el: El, model: Model): { fix: Fix } | undefined {
  if (el.note !== 'markdown' || el.end === undefined) return undefined;
  const { text } = model;
  const start = text.lastIndexOf('\n', el.offset - 1) + 1;
  if (text.slice(start, el.offset).trim()) return undefined;
  const after = /^[ \t#]*\r?\n(?:[ \t]*\r?\n)*/.exec(text.slice(el.end));
  if (!after && el.end !== text.length) return undefined;
  return { fix: { range: [start, el.end + (after?.[0].length ?? 0)], text: '' } };
}

export function checkHeadingOrder(model: Model, ctx: CheckContext, report: Report): void {
  if (model.template) return checkTemplateOrder(model, model.template, report);
  if (!entryCollectionOf(ctx.file)) return;
  // The title above the text is level 1. A level only the render knows breaks the chain.
  let previous: number | undefined = 1;
  // A file with no title whose text starts with one, as other tools write a page: content-schema
  // says to make that heading the title, which is what this heading needs.
  const title =
    model.frontmatter?.data.title === undefined
      ? headingTitle(model.text, new Set())?.offset
      : undefined;
  for (const { el, depth } of outline(model)) {
    // A component the file defines renders its headings wherever it is used, not where written.
    if (inFileComponent(el)) continue;
    if (depth === 1 && el.offset === title) continue;
    if (depth === 1 && repeatsTitle(el, model)) {
      // As a post moved from another tool starts: the layout already shows the title above it.
      report(
        el,
        `${atLevel(el, model, 1)} repeats the title, which the page already shows above the text as its level-1 heading: delete this line`,
        lineDeleted(el, model),
      );
    } else if (depth === 1) {
      report(
        el,
        `${atLevel(el, model, 1)} is a second level-1 heading: the page's title is its level-1 heading. Write ${atLevel(el, model, 2)}, and the headings under it one level down`,
      );
    } else if (depth !== undefined && previous !== undefined && depth > previous + 1) {
      report(el, skipMessage(el, model, previous, depth));
    }
    previous = depth;
  }
}

/** Each heading a reader can move to, in the page's order, with its level where it is known. */
function* outline(model: Model): Generator<{ el: El; depth: number | undefined }> {
  for (const el of model.elements)
    if (isHeading(el) && !isHidden(el) && !inTemplate(el)) yield { el, depth: headingLevel(el) };
}

const DIALOG_ROLES = new Set(['dialog', 'alertdialog']);

/** The dialog a heading is in: an outline of its own, shown over the page. */
function dialogOf(el: El): El | undefined {
  for (let node = el.parent; node; node = node.parent) {
    const r = role(node);
    if (
      node.origin === 'html' &&
      (node.name === 'dialog' || (typeof r === 'string' && DIALOG_ROLES.has(r)))
    )
      return node;
  }
  return undefined;
}

type Placed = { el: El; depth: number };

/**
 * Each heading that skips a level, with the heading before it. A dialog's headings are an outline
 * of their own (as html-validate's `heading-level` reads them): its first heading may start again
 * at level 1, or go on from the heading before the dialog, and the page's outline goes on after
 * the dialog from where it was. A heading whose level only the render knows breaks the chain.
 */
function* skips(model: Model): Generator<{ el: El; depth: number; before: Placed }> {
  const last = new Map<El | undefined, Placed | undefined>();
  for (const { el, depth } of outline(model)) {
    const dialog = dialogOf(el);
    let before = last.get(dialog);
    // A dialog's first heading: level 1 starts its own outline, any other goes on from outside.
    for (let around = dialog; !last.has(around) && around && depth !== 1;) {
      around = dialogOf(around);
      before = last.get(around);
    }
    if (depth !== undefined && before && depth > before.depth + 1) yield { el, depth, before };
    last.set(dialog, depth === undefined ? undefined : { el, depth });
  }
}

/** In what a component's use sends to a named slot (`slot="aside"`): it renders where that puts it. */
function sentToSlot(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent)
    if (node.attrs.slot !== undefined) return true;
  return false;
}

/**
 * Whether `a` and then `b` render one after the other on every page an `.astro` file is part of:
 * neither goes to a named slot, nothing between them renders markup the file does not hold (a
 * component, `<slot />`, `set:html`, `{…}` with JSX in it), and where they stand inside such an
 * expression, they stand in one element of it (a loop's item), not on the two sides of
 * `show ? <h2 /> : <h4 />`. What lies inside either heading is its own text.
 */
function renderTogether(a: El, b: El, template: TemplateSpans): boolean {
  if (sentToSlot(a) || sentToSlot(b)) return false;
  const from = a.offset;
  const to = b.end ?? b.offset + 1;
  const within = (span: Span, el: El) =>
    span.start >= el.offset && span.end <= (el.end ?? el.offset);
  const holdsBoth = (span: Span) => span.start <= from && span.end >= to;
  const inTheWay = (span: Span) =>
    span.start < to && span.end > from && !holdsBoth(span) && !within(span, a) && !within(span, b);
  if (template.barriers.some(inTheWay) || template.expressions.some(inTheWay)) return false;
  const around = template.expressions.filter(holdsBoth).sort((x, y) => y.start - x.start)[0];
  return (
    !around ||
    template.groups.some(
      (group) => holdsBoth(group) && group.start > around.start && group.end < around.end,
    )
  );
}

/**
 * An `.astro` file's headings, two at a time where they render one after the other whatever the
 * page (renderTogether): a skip between them is on every page the file is part of. Its first
 * heading follows whatever the page puts before the file, and is left to the built pages.
 */
function checkTemplateOrder(model: Model, template: TemplateSpans, report: Report): void {
  for (const { el, depth, before } of skips(model))
    if (renderTogether(before.el, el, template))
      report(el, skipMessage(el, model, before.depth, depth, before.el));
}

/**
 * A built page's headings, in the order a reader moves by them. The entry's own text was judged
 * in its source, under its title (checkHeadingOrder); here what the layout, a component or a page
 * of src/pages/ writes is judged against the heading before it, wherever that comes from. The
 * page's first heading follows nothing, and is left alone (as axe-core's `heading-order`).
 */
export function checkPageHeadingOrder(model: Model, _ctx: CheckContext, report: Report): void {
  const inText = inEntryText(model.text);
  for (const { el, depth, before } of skips(model))
    if (!inText(el.offset)) report(el, skipMessage(el, model, before.depth, depth, before.el));
}

/**
 * `heading-order` (a warning): a heading that skips a level (`##` then `####`, `<h2>` then `<h4>`), which leaves a gap in the outline screen reader users move by; and in a post, guide or page, a level-1 heading in the text (the page's title is its level-1 heading; one that repeats the entry's `title`, as a post moved from another tool starts, is to be deleted; one that starts a file with no `title` is content-schema's, as the title to write). What a layout, a component or a page of `src/pages/` writes is judged on the built page, against the heading before it wherever that comes from, and in its `.astro` file where two of its headings render one after the other on every page (not across a component, `<slot />`, `set:html` or a `{…}` that holds JSX, which only the built page settles).
 *
 * @fix Write the level the message gives: `##` for the text's top sections, then one level down at a time; delete a first heading that repeats the title (`npm run check -- --fix` deletes a Markdown one). On a page, give the heading the level after the one before it that the message names.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## What I tried
 *
 *   ### The first week
 *
 *   ## What changed
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Three weeks in
 *   ---
 *
 *   # Week 3
 *
 *   ## What I tried
 *
 *   #### The first week
 *
 *   ## What changed
 *
 *   <h4>Results</h4>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:1-5:9: # Week 3 is a second level-1 heading: the page's title is its level-1 heading. Write ## Week 3, and the headings under it one level down
 *   9:1-9:20: #### The first week skips from level 2 to level 4: write ### The first week, so the outline screen reader users move by has no gap
 *   13:1-13:17: <h4>Results</h4> skips from level 2 to level 4: write <h3>Results</h3>, so the outline screen reader users move by has no gap
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html>
 *   <html lang="en">
 *     <head><title>Week 3</title></head>
 *     <body>
 *       <h1>Week 3</h1>
 *       <h2>Contents</h2>
 *       <aside><h2>Related posts</h2><h3>Week 2</h3></aside>
 *     </body>
 *   </html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html>
 *   <html lang="en">
 *     <head><title>Week 3</title></head>
 *     <body>
 *       <h1>Week 3</h1>
 *       <h2>Contents</h2>
 *       <aside><h4>Related posts</h4></aside>
 *     </body>
 *   </html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   7:12-7:34: <h4>Related posts</h4> skips from level 2 to level 4 (the heading before it is <h2>Contents</h2>): write <h3>Related posts</h3>, so the outline screen reader users move by has no gap
 */
const rule: GateRule = {
  id: 'heading-order',
  severity: 'warning',
  source: checkHeadingOrder,
  html: checkPageHeadingOrder,
};
export default rule;
