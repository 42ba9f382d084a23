import { DYNAMIC, type El, type Model } from '../core/model.ts';
import {
  accessibleName,
  altNames,
  attr,
  blankAriaLabel,
  isHidden,
  unsetAttribute,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import { missingName } from '../core/content-name.ts';
import { buttonKind, INPUT_BUTTONS } from '../core/controls.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * The `<button>` that a customizable `<select>` takes as its first child: inert, and out of the
 * accessibility tree (the select is what a reader meets, named by its label). The HTML parser
 * the built pages are read with closes the `<select>` at the button, as HTML's parser did before
 * customizable selects: then the button comes right after an empty `<select>` start tag.
 */
function selectButton(el: El, model: Model): boolean {
  const parent = el.parent;
  if (el.name !== 'button' || el.origin !== 'html' || !parent) return false;
  const siblings = parent.children.filter((c): c is El => c.kind === 'element');
  if (parent.name === 'select') return siblings[0] === el;
  const before = siblings[siblings.indexOf(el) - 1];
  return (
    before?.name === 'select' &&
    before.children.length === 0 &&
    before.end !== undefined &&
    before.end === before.tagEnd &&
    !model.text.slice(before.end, el.offset).trim()
  );
}

/**
 * `button-name`: every button has a name a reader hears: its text, an image inside it with alt
 * text, `aria-label`, `aria-labelledby` pointing at text, a `title`, a `<label>` (around it, or
 * `for` its id: a `<button>` or an `<input>` button is a control a label names, HTML-AAM), or for
 * an `<input>` button its `value` (a submit or reset button has the browser's own "Submit",
 * "Reset"). An icon button with no name is announced as "button" and nothing else (WCAG 4.1.2,
 * ACT rule 97a4e1): a menu, theme or play button in a layout is the usual case, which the built
 * pages show.
 */
export function checkButtonName(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const kind = buttonKind(el);
    if (!kind || isHidden(el) || selectButton(el, model) || altNames(el)) continue;
    if (kind === 'input') {
      if (accessibleName(el, model, { title: true, label: true }).status !== 'empty') continue;
      const value = attr(el, 'value');
      const type = String(attr(el, 'type')).trim().toLowerCase();
      if (value === DYNAMIC || (typeof value === 'string' && value.trim())) continue;
      if (value === undefined && INPUT_BUTTONS[type]) continue;
      report(
        el,
        `<input type="${type}"> has no name a reader hears: write value="what it does", e.g. value="Send"`,
      );
      continue;
    }
    // A <button> is a form control a <label> can name (HTML-AAM); role="button" makes none.
    const missing = missingName(el, model, ctx.config, { title: true, label: kind === 'button' });
    if (!missing) continue;
    const tag = kind === 'role' ? `<${el.name} role="button">` : '<button>';
    if (missing.why === 'broken-ref') {
      report(
        el,
        `${tag} has aria-labelledby="${missing.ref}" but no element with that id has text: point it at text, or put text inside the button saying what it does`,
      );
    } else if (missing.why === 'decorative') {
      const { marker } = missing;
      report(
        el,
        missing.hidesAlt
          ? `${tag} has no text: its only image has alt text, but ${marker} hides it: remove ${marker}`
          : `${tag} has no text, only an image marked decorative (${marker}): write what the button does as the image's alt text, e.g. alt="Open the menu"`,
      );
    } else {
      report(
        el,
        blankAriaLabel(el)
          ? `${tag} has no text a reader hears, and its aria-label is empty: write what it does in it, aria-label="what it does", or put text inside the button`
          : unsetAttribute(el, 'aria-label')
            ? `${tag} has no text a reader hears, and ${unsetAttribute(el, 'aria-label')}: write aria-label="what it does", or put text inside the button`
            : `${tag} has no text a reader hears: put text inside it saying what it does, or add aria-label="what it does" (an icon button's icon stays aria-hidden)`,
      );
    }
  }
}

/**
 * `button-name`: a button with no name a reader hears: `<button>` around nothing or around an icon that is `aria-hidden` or an `<svg>` with no `<title>`, `role="button"` on an element with no text, an `<input type="button">` with no `value` (a `value` on a `<button>` is no name), a button whose `role="none"` does not hold (it can take focus). A `<label>` around a `<button>` or an `<input>` button, or `for` its id, names it. An image's `alt` names it in any role (`<img role="button" alt="Close">`; one without is `image-alt`'s), and a customizable `<select>`'s own `<button>` is left to the select. Content written as an expression or a component passes the source layer and is checked in the built page.
 *
 * @fix Put text inside the button saying what it does. For an icon button, add `aria-label="Open the menu"` and keep the icon `aria-hidden="true"`.
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <button type="button" aria-label="Open the menu"><svg aria-hidden="true"></svg></button>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <button type="button"><svg aria-hidden="true"></svg></button>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:62: <button> has no text a reader hears: put text inside it saying what it does, or add aria-label="what it does" (an icon button's icon stays aria-hidden)
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <button type="button">Show the answer</button>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <button type="button"></button>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:32: <button> has no text a reader hears: put text inside it saying what it does, or add aria-label="what it does" (an icon button's icon stays aria-hidden)
 */
const rule: GateRule = {
  id: 'button-name',
  severity: 'error',
  source: checkButtonName,
  html: checkButtonName,
};
export default rule;
