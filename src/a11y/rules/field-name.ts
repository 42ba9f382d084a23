import { DYNAMIC, type El, type Model } from '../core/model.ts';
import {
  accessibleName,
  attr,
  blankAriaLabel,
  hasPresentationalRole,
  inSvg,
  inTemplate,
  isBooleanText,
  isHidden,
  isPresentational,
  isLabelable,
  labelsOf,
  role,
  textOf,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import { contentName } from '../core/content-name.ts';
import { INPUT_BUTTONS } from '../core/controls.ts';
import type { GateRule } from '../core/rule.ts';
import { componentProps } from '../../schemas/components.ts';
import { TASK_TEXT_ENDS } from '../../lib/content/task-lists.ts';
import { firstStepAt } from '../../lib/guides/steps.ts';
import { markdownPluginsRun } from '../../lib/site/markdown-processor.ts';

/** ARIA roles of fields a reader fills in, picks from or ticks: each needs a name (ACT e086e5). */
const FIELD_ROLES = new Set([
  'checkbox',
  'combobox',
  'listbox',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'textbox',
]);

/** Of those, the roles a name comes to from their content (accname's name from content). */
const NAMED_BY_CONTENT = new Set([
  'checkbox',
  'menuitemcheckbox',
  'menuitemradio',
  'option',
  'radio',
  'switch',
]);

const NATIVE_FIELDS = new Set(['input', 'select', 'textarea']);

/** `<input>` types with a placeholder, which names the field when nothing else does (HTML-AAM). */
const PLACEHOLDER_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number']);

/** `<input>` types that are no field: hidden, and buttons (`button-name`'s; an image is `image-alt`'s). */
const NOT_FIELD = new Set(['hidden', 'image', ...Object.keys(INPUT_BUTTONS)]);

/** An `<input>`'s type as browsers read it: lower case, `text` when missing or unknown to here. */
function inputType(el: El): string | typeof DYNAMIC {
  const type = attr(el, 'type');
  if (type === DYNAMIC) return DYNAMIC;
  return type?.trim().toLowerCase() || 'text';
}

/** A native form field: `<select>`, `<textarea>`, or an `<input>` that is neither hidden nor a button. */
function nativeField(el: El): boolean {
  if (el.name === 'select' || el.name === 'textarea') return true;
  if (el.name !== 'input') return false;
  const type = inputType(el);
  return type !== DYNAMIC && !NOT_FIELD.has(type);
}

/**
 * What kind of field an element is: `native` (a control a `<label>` names), `role` (an element
 * with a field's ARIA role), or undefined for no field, or one whose role only the build knows.
 */
function fieldKind(el: El): 'native' | 'role' | undefined {
  if (el.origin !== 'html') return undefined;
  // Most elements have no role and are no field: answered without reading attributes.
  if (el.attrs.role === undefined && !el.spread && !NATIVE_FIELDS.has(el.name)) return undefined;
  const r = role(el);
  if (r === DYNAMIC || inSvg(el)) return undefined;
  const native = nativeField(el);
  if (r === undefined) return native ? 'native' : undefined;
  if (FIELD_ROLES.has(r)) return native ? 'native' : 'role';
  // `role="none"` holds only where nothing conflicts: a field that can take focus stays one.
  if (native && hasPresentationalRole(el) && !isPresentational(el)) return 'native';
  // Another role makes it something else (`<input role="button">` is a button).
  return undefined;
}

/**
 * The labels of a field a label can name (policy's `labelsOf`), or `dynamic` when only the build
 * can tell: a label whose `for` is an expression, a field whose id is one, or a field of a
 * component with no label of its own (the page may hold one around the component, or `for` the
 * field's id). A page of its own (src/pages/) is judged where it alone decides: a field with no
 * id, outside the components it uses.
 */
function fieldLabels(el: El, model: Model, ctx: CheckContext): El[] | typeof DYNAMIC {
  const id = attr(el, 'id');
  if (id === DYNAMIC) return DYNAMIC;
  if (model.elements.some((e) => isLabel(e) && attr(e, 'for') === DYNAMIC)) return DYNAMIC;
  const labels = labelsOf(el, model);
  if (labels.length) return labels;
  // A component's field may be inside a <label> where it is used, or named by one `for` its id;
  // so may a page's, with an id, by its layout's label.
  if (model.partOfPage === 'component' && (!model.ownPage || id?.trim())) return DYNAMIC;
  return labelledAround(el, model, ctx) ? DYNAMIC : labels;
}

/**
 * Whether a component the field is written inside may put a `<label>` around it: one that
 * writes its slot inside a label (`<Field>` as `<label>{label} <slot /></label>`), or one the
 * check cannot read. A layout's `<main>` holds none, nor do the site's own MDX components.
 */
function labelledAround(el: El, model: Model, ctx: CheckContext): boolean {
  for (let node = el.parent; node; node = node.parent) {
    if (node.origin !== 'component') continue;
    const around = ctx.aroundSlot?.(node, model);
    if (around ? around.some(isLabel) : !Object.hasOwn(componentProps, node.name)) return true;
  }
  return false;
}

const isLabel = (el: El) => el.name === 'label' && el.origin === 'html';

/**
 * Whether `<Steps>` labels this checkbox on the page: it wraps every checkbox of a step (all of
 * them, when it has no headings) and the text written after it, up to the next block, in a
 * `<label>`, as it does a task list's (src/lib/guides/steps.ts). Text before its first step stays
 * as written.
 */
function labelledBySteps(el: El): boolean {
  if (el.name !== 'input' || el.origin !== 'html' || inputType(el) !== 'checkbox') return false;
  let top: El = el;
  let steps: El | undefined;
  for (let node = el.parent; node; top = node, node = node.parent) {
    if (node.origin === 'component' && node.name === 'Steps') {
      steps = node;
      break;
    }
  }
  if (!steps || !el.parent) return false;
  const blocks = steps.children.filter((node): node is El => node.kind === 'element');
  const first = firstStepAt(blocks.map((node) => node.name));
  if (first !== undefined && blocks.indexOf(top) < first) return false;
  const siblings = el.parent.children;
  for (const node of siblings.slice(siblings.indexOf(el) + 1)) {
    if (node.kind === 'element' && TASK_TEXT_ENDS.has(node.name)) break;
    const { text, dynamic } = textOf(node);
    if (text.trim() || dynamic) return true;
  }
  return false;
}

/** Why a field has no name: an empty label, a broken aria-labelledby, or nothing at all. */
type Missing =
  | { why: 'label' }
  | { why: 'hidden-label' }
  | { why: 'broken-ref'; ref: string }
  | { why: 'html-for'; id: string }
  | { why: 'empty' };

/**
 * A `<label htmlFor>` for the field's id: React's spelling, which Astro renders as written, an
 * `htmlfor` attribute no browser reads.
 */
function reactLabel(el: El, model: Model): string | undefined {
  const id = attr(el, 'id');
  if (typeof id !== 'string' || !id.trim()) return undefined;
  const label = model.elements.find(
    (e) => e.name === 'label' && e.origin === 'html' && attr(e, 'htmlfor') === id.trim(),
  );
  return label && id.trim();
}

function missingName(
  el: El,
  kind: 'native' | 'role',
  model: Model,
  ctx: CheckContext,
): Missing | undefined {
  const { config } = ctx;
  const own = accessibleName(el, model, { title: true });
  if (own.status !== 'empty') return undefined;
  let emptyLabel = false;
  let hiddenLabel = false;
  // A label names a button with a field's role (`<button role="switch">`) as it names an input.
  if (isLabelable(el)) {
    const labels = fieldLabels(el, model, ctx);
    if (labels === DYNAMIC) return undefined;
    for (const label of labels) {
      // A hidden label is no name (accname: only aria-labelledby reads hidden text), and the
      // field's own value or options, inside its label, do not name it.
      if (isHidden(label)) {
        hiddenLabel = true;
        continue;
      }
      // A label's name is its own aria-labelledby or aria-label, else its content.
      if (accessibleName(label, model, {}).status !== 'empty') return undefined;
      if (contentName(label, model, config, el).status !== 'empty') return undefined;
      emptyLabel = true;
    }
  }
  if (kind === 'native') {
    const placeholder = attr(el, 'placeholder');
    const type = el.name === 'input' ? inputType(el) : el.name;
    if (
      (el.name === 'textarea' || PLACEHOLDER_TYPES.has(type as string)) &&
      placeholder !== undefined
    )
      if (placeholder === DYNAMIC || (placeholder.trim() && !isBooleanText(placeholder)))
        return undefined;
  }
  if (kind === 'role' && NAMED_BY_CONTENT.has(role(el) as string)) {
    if (contentName(el, model, config).status !== 'empty') return undefined;
  }
  if (own.brokenRef) return { why: 'broken-ref', ref: own.brokenRef };
  const htmlFor = isLabelable(el) && !emptyLabel ? reactLabel(el, model) : undefined;
  if (htmlFor) return { why: 'html-for', id: htmlFor };
  if (emptyLabel) return { why: 'label' };
  return hiddenLabel ? { why: 'hidden-label' } : { why: 'empty' };
}

/** The field as written, for messages: `<input type="email">`, `<select>`, `<div role="textbox">`. */
function written(el: El, kind: 'native' | 'role'): string {
  if (kind === 'role') return `<${el.name} role="${String(role(el))}">`;
  if (el.name !== 'input') return `<${el.name}>`;
  const type = attr(el, 'type');
  return typeof type === 'string' ? `<input type="${type.trim()}">` : '<input>';
}

/** What the example label says, by what the field asks of a reader. */
function example(el: El): string {
  const r = role(el);
  const kind = el.name === 'input' ? inputType(el) : el.name === 'select' ? 'listbox' : r;
  switch (kind) {
    case 'checkbox':
    case 'menuitemcheckbox':
      return 'what ticking it means';
    case 'radio':
    case 'menuitemradio':
    case 'option':
      return 'the choice it makes';
    case 'switch':
      return 'what it turns on';
    case 'listbox':
    case 'combobox':
      return 'what to choose';
    case 'range':
    case 'slider':
    case 'spinbutton':
      return 'what it sets';
    default:
      return 'what to enter';
  }
}

/**
 * `field-name`: every form field has a name a reader hears. A text box, checkbox, list or slider
 * with no name is announced by its kind alone ("edit text", "checkbox, not checked"), and a
 * reader cannot tell what to type or what ticking it means (WCAG 1.3.1, 4.1.2; ACT rule e086e5).
 * A quiz, a sign-up form or a checklist in a guide is the usual case. Markdown's task lists are
 * labelled with their text by the build (src/integrations/task-labels.ts).
 */
export function checkFieldName(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const kind = fieldKind(el);
    // A <datalist> is never shown: its options are the browser's suggestions for a text box.
    if (!kind || isHidden(el) || inTemplate(el) || inDatalist(el) || labelledBySteps(el)) continue;
    if (el.note === 'task' && !markdownPluginsRun(ctx.config.markdownProcessor)) {
      report(el, unlabelledTask(el, ctx.config.markdownProcessor!));
      continue;
    }
    const missing = missingName(el, kind, model, ctx);
    if (!missing) continue;
    const tag = written(el, kind);
    const what = example(el);
    if (el.note === 'task') {
      report(
        el,
        el.parent?.name === 'label'
          ? 'This task has no text a reader hears, so its checkbox has no name: write the task after its [ ]'
          : 'This task holds a form control of its own, so the build cannot label its checkbox with the text: move the control out of the task, to a line of its own',
      );
    } else if (missing.why === 'broken-ref') {
      report(
        el,
        `${tag} has aria-labelledby="${missing.ref}" but no element with that id has text: point it at the text that names the field, or add aria-label="${what}"`,
      );
    } else if (missing.why === 'html-for') {
      report(
        el,
        `${tag} has a <label htmlFor="${missing.id}">, which names no field: htmlFor is React's spelling, and Astro writes it as it is: write for="${missing.id}"`,
      );
    } else if (missing.why === 'hidden-label') {
      report(
        el,
        `${tag} has a <label>, but the label is hidden, and a hidden label names nothing: show it, or hide it only from sight (class="visually-hidden"), or add aria-label="${what}"`,
      );
    } else if (missing.why === 'label') {
      report(el, `${tag} has a <label> with no text a reader hears: write in the label ${what}`);
    } else if (kind === 'role') {
      report(
        el,
        blankAriaLabel(el)
          ? `${tag} has an empty aria-label: write in it ${what}, aria-label="${what}"`
          : `${tag} has no name a reader hears: add aria-label="${what}", or aria-labelledby="the id of the text that names it"`,
      );
    } else {
      const id = attr(el, 'id');
      const target = typeof id === 'string' && id.trim() ? id.trim() : 'its id';
      report(
        el,
        blankAriaLabel(el)
          ? `${tag} has an empty aria-label: write in it ${what}, or give the field a <label>`
          : `${tag} has no name a reader hears: give it a label, <label for="${target}">${capitalized(what)}</label>, or put it inside a <label> with that text`,
      );
    }
  }
}

/**
 * A task list's checkbox on a site whose Markdown processor is not Sätteri: the label that ties
 * the task's text to its checkbox is a Sätteri plugin's (src/integrations/task-labels.ts), so
 * the page has a checkbox with no name. The fix is the task written as HTML, which every
 * processor publishes as written, in `.md` and `.mdx` alike.
 */
function unlabelledTask(box: El, processor: string): string {
  const label = box.parent?.name === 'label' && box.parent.note === 'task' ? box.parent : undefined;
  const words = label ? textOf(label).text.replace(/\s+/g, ' ').trim() : '';
  const text = !words
    ? 'what the task is'
    : words.length > 60
      ? `${words.slice(0, 60).replace(/\s+\S*$/, '')}…`
      : words;
  const checked = attr(box, 'checked') === undefined ? '' : ' checked';
  return `This task's checkbox has no name a reader hears, as the site's Markdown processor, ${processor}, does not label a task with its text (Sätteri, Astro's default, does): write the task as HTML, <label><input type="checkbox"${checked} disabled /> ${text}</label>, or render Markdown with Sätteri`;
}

function inDatalist(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent)
    if (node.name === 'datalist' && node.origin === 'html') return true;
  return false;
}

const capitalized = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/**
 * `field-name`: a form field with no name a reader hears: an `<input>` (any type but hidden, an image or a button), a `<select>` or a `<textarea>` with no `<label>` (around it, or `for` its id), `aria-label`, `aria-labelledby` pointing at text (where a control inside what it points at gives its value, a `<select>` its chosen option, and the field itself gives nothing), `title` or, for a text box, a `placeholder`; or an element with a field's role (`textbox`, `combobox`, `listbox`, `searchbox`, `slider`, `spinbutton`, or `checkbox`, `radio`, `switch` and their menu items, which their text also names) with none (WCAG 4.1.2, ACT rule e086e5). A label with `for` names only that id; one without, only the first field inside it; a label names a `<button>` given a field's role too (`<button role="switch">`), its name is its own `aria-label` or `aria-labelledby` if it has one, and a hidden label names nothing. A `<datalist>`'s options are never shown, and are left alone. A Markdown task list (`- [ ] …`) is labelled with its text by the build; a task with no text, or with a form control of its own in its text, is reported, and so is every task on a site whose Markdown processor is not Sätteri (`unified()`), which labels none. `<Steps>` labels a checkbox written as HTML in one of its steps with the text after it, up to the next block, so such a checkbox passes; one with no text after it, or before the first step, is reported. An id or a `for` written as an expression, a field in an `.astro` component with no label of its own (the page may hold one around the component, or `for` its id), a page's field with an id and no label (its layout may hold one), and a field inside a component that writes its slot inside a `<label>` (or that the check cannot read) are checked in the built page; a page's (`src/pages/`) own field with neither is reported at its line, in its layout's `<main>` or the site's own MDX components alike.
 *
 * @fix Give the field a label: `<label for="email">Email address</label>` with `id="email"` on the field, or the field inside `<label>`. A field with no room for visible text takes `aria-label="Email address"`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <label for="mood">How did this week go?</label>
 *   <select id="mood"><option>Well</option><option>Badly</option></select>
 *
 *   - [ ] Post my reflection
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <select id="mood"><option>Well</option><option>Badly</option></select>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:71: <select> has no name a reader hears: give it a label, <label for="mood">What to choose</label>, or put it inside a <label> with that text
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <label>Email address <input type="email" name="email"></label>
 *   <div role="checkbox" aria-checked="false" tabindex="0">Send me the notes</div>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <label for="email"></label><input type="email" id="email">
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:28-1:59: <input type="email"> has a <label> with no text a reader hears: write in the label what to enter
 */
const rule: GateRule = {
  id: 'field-name',
  severity: 'error',
  source: checkFieldName,
  html: checkFieldName,
};
export default rule;
