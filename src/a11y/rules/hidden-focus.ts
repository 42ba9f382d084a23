import { DYNAMIC, type El, type Model } from '../core/model.ts';
import {
  attr,
  ariaHidden,
  ariaTrue,
  focusableItself,
  inertItself,
  inSvg,
  isNotRendered,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * Whether the Tab key reaches an element: `tabindex` 0 or more, or an element focusable itself
 * (a link, a control that is not disabled, a `<summary>`, a player with controls, an iframe,
 * an editable element) without a negative `tabindex`. Undefined when only the build knows.
 */
function inTabOrder(el: El): boolean | undefined {
  const tabindex = attr(el, 'tabindex');
  if (tabindex === DYNAMIC) return undefined;
  if (tabindex !== undefined && tabindex.trim() !== '') {
    const value = Number.parseInt(tabindex, 10);
    if (!Number.isNaN(value)) return value >= 0;
  }
  return focusableItself(el);
}

/** The element that hides `el` with `aria-hidden="true"`: itself or an ancestor. */
function hiddenBy(el: El): El | undefined {
  for (let node: El | undefined = el; node; node = node.parent) if (ariaHidden(node)) return node;
  return undefined;
}

/**
 * `aria-hidden="true"` on `<html>` or `<body>`. ARIA now has browsers ignore it there, and the
 * gate judges the page as shown (ariaHidden), but a browser that honours it gives a screen reader
 * nothing at all.
 */
function wholePageHidden(el: El): boolean {
  return (
    el.origin === 'html' &&
    (el.name === 'body' || el.name === 'html') &&
    ariaTrue(el, 'aria-hidden')
  );
}

/** A `<details>` with no `<summary>` of its own: the browser adds one ("Details"), which takes focus. */
function implicitSummary(el: El): boolean {
  return (
    el.origin === 'html' &&
    el.name === 'details' &&
    !el.children.some((c) => c.kind === 'element' && c.name === 'summary')
  );
}

/** `inert` on it or an ancestor: nothing inside takes focus. */
function isInert(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent) if (inertItself(node)) return true;
  return false;
}

/**
 * `hidden-focus`: an element hidden from screen readers with `aria-hidden="true"` (on it or an
 * ancestor) that the Tab key still reaches. A keyboard user lands on it, and a screen reader says
 * nothing, or something out of context (WCAG 4.1.2, ACT rule 6cfa84). Heading anchors written
 * with `aria-hidden="true"` and no `tabindex="-1"` are the usual case.
 */
export function checkHiddenFocus(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (wholePageHidden(el)) {
      report(
        el,
        `<${el.name}> has aria-hidden="true", which hides the whole page from screen readers in browsers that honour it: remove aria-hidden from <${el.name}>`,
      );
      continue;
    }
    if (implicitSummary(el)) {
      const hider = hiddenBy(el);
      if (hider && !isNotRendered(el) && !isInert(el))
        report(
          el,
          `<details> has no <summary>, so the browser gives it one, which the Tab key reaches inside aria-hidden="true", where a screen reader says nothing: remove aria-hidden="true"${hider === el ? '' : ` from the <${hider.name}> around it`}, or hide the <details> with hidden or inert`,
        );
      continue;
    }
    // Cheapest first: most elements take no focus, and the rest walk up their ancestors.
    if (el.origin !== 'html' || inTabOrder(el) !== true) continue;
    const hider = hiddenBy(el);
    if (!hider || inSvg(el) || isNotRendered(el) || isInert(el)) continue;
    const tag = el.name === 'a' || el.name === 'area' ? `<${el.name} href>` : `<${el.name}>`;
    report(
      el,
      hider === el
        ? `${tag} has aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to take it out of the tab order, or remove aria-hidden="true"`
        : `${tag} is inside aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to it, or remove aria-hidden="true" from the <${hider.name}> around it`,
    );
  }
}

/**
 * `hidden-focus`: an element hidden with `aria-hidden="true"` (on it or an ancestor) that the Tab key still reaches: a link, a button or other control that is not disabled, a `<summary>`, a player with `controls`, an `<iframe>`, or anything with `tabindex` 0 or more. `aria-hidden="false"` inside does not undo it. An element that is not rendered (`hidden`, `display: none`), `inert`, disabled (by its own `disabled` or a `<fieldset disabled>` around it, outside its first `<legend>`) or `tabindex="-1"` passes. And `aria-hidden="true"` on `<html>` or `<body>`, which hides the whole page from screen readers in browsers that honour it (ARIA now has them ignore it, and the other rules judge the page as shown). A script that moves focus on (a focus trap's sentinel) cannot be seen here: write `tabindex="-1"` on such an element too.
 *
 * @fix Add `tabindex="-1"` to the element the Tab key reaches (as heading anchors do), or remove `aria-hidden="true"` if readers should hear it (always from `<html>` and `<body>`).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <h2 id="results">Results <a href="#results" aria-hidden="true" tabindex="-1">#</a></h2>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <h2 id="results">Results <a href="#results" aria-hidden="true">#</a></h2>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:26-1:69: <a href> has aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to take it out of the tab order, or remove aria-hidden="true"
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <div aria-hidden="true"><button tabindex="-1">Close</button></div>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <div aria-hidden="true"><button>Close</button></div>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:25-1:47: <button> is inside aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to it, or remove aria-hidden="true" from the <div> around it
 */
const rule: GateRule = {
  id: 'hidden-focus',
  severity: 'error',
  source: checkHiddenFocus,
  html: checkHiddenFocus,
};
export default rule;
