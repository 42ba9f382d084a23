import { DYNAMIC, type El } from './model.ts';
import { attr, inSvg, role } from './policy.ts';

/**
 * Links, for `link-name` and for `image-alt`, whose fix for an image that is all a link holds is
 * the link's name, not `alt=""` (what names them: content-name.ts).
 */

/** Whether an element is a link a reader can follow: `<a href>`, or anything with `role="link"`. */
export function isLink(el: El): boolean {
  if (el.origin !== 'html' || inSvg(el)) return false;
  const r = role(el);
  if (r === 'link') return true;
  return el.name === 'a' && attr(el, 'href') !== undefined && r !== DYNAMIC;
}

/** The link an element is inside, if any. */
export function enclosingLink(el: El): El | undefined {
  for (let node = el.parent; node; node = node.parent) if (isLink(node)) return node;
  return undefined;
}
