import { DYNAMIC, type El } from './model.ts';
import { attr, hasPresentationalRole, inSvg, isPresentational, role } from './policy.ts';

/**
 * Links and buttons, for `link-name`, `button-name` and `image-alt`, whose fix for an image that
 * is all a link or button holds is the control's name, not `alt=""` (what names them:
 * content-name.ts).
 */

/** Whether an element is a link a reader can follow: `<a href>`, or anything with `role="link"`. */
export function isLink(el: El): boolean {
  if (el.origin !== 'html') return false;
  // Most elements have no role: their name decides (the gate asks this of every element).
  if (el.attrs.role === undefined && !el.spread)
    return el.name === 'a' && el.attrs.href !== undefined && !inSvg(el);
  const r = role(el);
  const link = r === 'link' || (el.name === 'a' && attr(el, 'href') !== undefined && r !== DYNAMIC);
  return link && !inSvg(el);
}

/** `<input>` types that are buttons, and the name a browser gives one with no `value`. */
export const INPUT_BUTTONS: Record<string, string | undefined> = {
  submit: 'Submit',
  reset: 'Reset',
  button: undefined,
};

/** What kind of button an element is: a `<button>`, an `<input>` button, or `role="button"`. */
export function buttonKind(el: El): 'button' | 'input' | 'role' | undefined {
  if (el.origin !== 'html') return undefined;
  // Most elements have no role and are no button: answered without reading attributes.
  if (el.attrs.role === undefined && !el.spread && el.name !== 'button' && el.name !== 'input')
    return undefined;
  const r = role(el);
  if (r === DYNAMIC) return undefined;
  // `role="button"` on a button changes nothing: it is named as the element it is.
  if (r === 'button') return inSvg(el) ? undefined : (nativeButton(el) ?? 'role');
  // Another role makes it something else (`role="link"` is link-name's). `role="none"` holds
  // only where nothing conflicts: a button that can take focus stays a button.
  if (r !== undefined && (!hasPresentationalRole(el) || isPresentational(el))) return undefined;
  return nativeButton(el);
}

/** A `<button>`, or an `<input>` whose type makes it one. */
function nativeButton(el: El): 'button' | 'input' | undefined {
  if (el.name === 'button') return 'button';
  if (el.name !== 'input') return undefined;
  const type = attr(el, 'type');
  return typeof type === 'string' && Object.hasOwn(INPUT_BUTTONS, type.trim().toLowerCase())
    ? 'input'
    : undefined;
}

/** The link or button an element is inside, if any. */
export function enclosingControl(el: El): El | undefined {
  for (let node = el.parent; node; node = node.parent)
    if (isLink(node) || buttonKind(node) === 'button' || buttonKind(node) === 'role') return node;
  return undefined;
}
