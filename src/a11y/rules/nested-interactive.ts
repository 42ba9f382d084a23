import { DYNAMIC, type El, type Model } from '../core/model.ts';
import {
  attr,
  isFocusable,
  isHidden,
  role,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { INPUT_BUTTONS } from '../core/controls.ts';

/**
 * Roles whose content is presentational (WAI-ARIA 1.2, "Children Presentational: True"): a
 * screen reader announces the control by its name, and nothing inside it as itself.
 */
const PRESENTATIONAL_CHILDREN = new Set([
  'button',
  'checkbox',
  'img',
  'menuitemcheckbox',
  'menuitemradio',
  'meter',
  'option',
  'progressbar',
  'radio',
  'scrollbar',
  'separator',
  'slider',
  'switch',
  'tab',
]);

/** Widget roles (WAI-ARIA 1.2): controls a reader operates. */
const WIDGETS = new Set([
  'button',
  'checkbox',
  'combobox',
  'gridcell',
  'link',
  'listbox',
  'menuitem',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'scrollbar',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'tab',
  'textbox',
  'treeitem',
]);

/** An `<input>`'s role by its type, as browsers give it, but the buttons' (INPUT_BUTTONS). */
const INPUT_ROLES: Record<string, string> = {
  image: 'button',
  checkbox: 'checkbox',
  radio: 'radio',
  range: 'slider',
  number: 'spinbutton',
  search: 'searchbox',
};

/** The element's role: its own `role`, else the one HTML gives it; undefined where only the build knows. */
function roleOf(el: El): string | undefined {
  if (el.origin !== 'html') return undefined;
  const explicit = role(el);
  if (explicit === DYNAMIC) return undefined;
  if (explicit) return explicit;
  switch (el.name) {
    case 'button':
      return 'button';
    case 'a':
    case 'area':
      return attr(el, 'href') !== undefined ? 'link' : undefined;
    case 'select':
      return 'combobox';
    case 'textarea':
      return 'textbox';
    case 'input': {
      const type = attr(el, 'type');
      if (type === DYNAMIC) return undefined;
      const t = (type ?? 'text').trim().toLowerCase();
      if (t === 'hidden') return undefined;
      return Object.hasOwn(INPUT_BUTTONS, t) ? 'button' : (INPUT_ROLES[t] ?? 'textbox');
    }
    default:
      return undefined;
  }
}

/** The controls inside `el` a keyboard reaches, outermost first (not those inside them). */
function controlsIn(el: El): El[] {
  const found: El[] = [];
  for (const child of el.children) {
    if (child.kind !== 'element') continue;
    const r = roleOf(child);
    if (r && WIDGETS.has(r) && isFocusable(child)) found.push(child);
    else found.push(...controlsIn(child));
  }
  return found;
}

/** A control as the message names it: `<a href="/posts/week-3/">`, `<div role="button">`. */
function named(el: El): string {
  const href = el.name === 'a' ? attr(el, 'href') : undefined;
  const explicit = role(el);
  if (typeof href === 'string')
    return `<a href="${href.length > 40 ? `${href.slice(0, 39)}…` : href}">`;
  return typeof explicit === 'string' ? `<${el.name} role="${explicit}">` : `<${el.name}>`;
}

/**
 * `nested-interactive` (a warning): a control inside a control. A button (or anything whose
 * content ARIA makes presentational: a tab, a checkbox, a radio, an option) is announced by its
 * name alone, so a link or a field inside it is never announced, yet the keyboard still stops on
 * it (axe-core's `nested-interactive`, ACT rule 307n5z); and HTML allows no control inside a link,
 * which browsers and screen readers each handle their own way: a link around a button, as a
 * "button link" copied from a web page is written, is two controls for one action.
 */
export function checkNestedInteractive(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const r = roleOf(el);
    const link = r === 'link' && el.name === 'a';
    if (!r || (!PRESENTATIONAL_CHILDREN.has(r) && !link)) continue;
    const inner = controlsIn(el);
    if (!inner.length || isHidden(el)) continue;
    const outer = named(el);
    const what =
      inner.length === 1
        ? named(inner[0]!)
        : `${inner.length} controls (${inner.map(named).join(', ')})`;
    const fix = link
      ? `keep one of them, the link (styled as a button if it should look like one) or the ${inner.length === 1 ? inner[0]!.name : 'controls'} without the link around ${inner.length === 1 ? 'it' : 'them'}`
      : `take ${inner.length === 1 ? 'it' : 'them'} out of the ${r}, beside it`;
    report(
      el,
      `${outer} holds ${what}, a control inside a control: ${link ? 'a link may hold no control, and browsers and screen readers each treat one their own way' : `a screen reader announces the ${r} by its name alone, and never what is inside it, yet the keyboard stops there too`}: ${fix}`,
    );
  }
}

/**
 * `nested-interactive`: a control inside a control: a link, a field or a button inside a button (or an element whose content ARIA makes presentational: `role="tab"`, `"checkbox"`, `"radio"`, `"option"`, `"switch"`), which a screen reader announces by its name alone while the keyboard still stops on what is inside (axe-core's `nested-interactive`, ACT 307n5z); and a control inside a link (`<a href="/join/"><button>Join</button></a>`, as a "button link" copied from a web page is written), which HTML does not allow and each browser and screen reader treats its own way.
 *
 * @fix Keep one control: take the inner one out and put it beside the outer one, or, for a link around a button, keep the link (styled as a button if it should look like one).
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html>
 *   <html lang="en">
 *     <head><title>Join</title></head>
 *     <body><a href="/join/" class="button">Join the network</a> <button>Share</button></body>
 *   </html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html>
 *   <html lang="en">
 *     <head><title>Join</title></head>
 *     <body><a href="/join/"><button>Join the network</button></a></body>
 *   </html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   4:9-4:63: <a href="/join/"> holds <button>, a control inside a control: a link may hold no control, and browsers and screen readers each treat one their own way: keep one of them, the link (styled as a button if it should look like one) or the button without the link around it
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <button type="button">Show the <span tabindex="0">answer</span></button>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <button type="button">Read <a href="/posts/week-3/">week 3</a></button>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:72: <button> holds <a href="/posts/week-3/">, a control inside a control: a screen reader announces the button by its name alone, and never what is inside it, yet the keyboard stops there too: take it out of the button, beside it
 */
const rule: GateRule = {
  id: 'nested-interactive',
  severity: 'warning',
  source: checkNestedInteractive,
  html: checkNestedInteractive,
};
export default rule;
