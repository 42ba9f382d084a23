import { DYNAMIC, type El } from './model.ts';
import { attr, inSvg, role } from './policy.ts';

/**
 * Links, for `link-name` and for `image-alt`, whose fix for an image that is all a link holds is
 * the link's name, not `alt=""` (what names them: content-name.ts).
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

/** The link an element is inside, if any. */
export function enclosingLink(el: El): El | undefined {
  for (let node = el.parent; node; node = node.parent) if (isLink(node)) return node;
  return undefined;
}
