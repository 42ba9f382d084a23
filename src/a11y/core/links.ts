import { DYNAMIC, type El, type Model, type Node } from './model.ts';
import {
  accessibleName,
  attr,
  emptyAltConflict,
  hasPresentationalRole,
  imageKind,
  inSvg,
  hiddenItself,
  presentationConflict,
  role,
} from './policy.ts';
import type { GateConfig } from './config.ts';

/**
 * Links and what names them, for `link-name` and for `image-alt`, whose fix for an image that is
 * all a link holds is its link's name, not `alt=""`.
 */

/**
 * What a link's content gives it as a name (accname's name from content): `named` when a reader
 * hears something, `dynamic` when only the build knows (an expression, a component), `reported`
 * when an image inside has no alt at all (`image-alt` says so, once), else `empty`, with the
 * decorative image that left it so, if one did.
 */
type ContentName =
  { status: 'named' | 'dynamic' | 'reported' } | { status: 'empty'; decorative?: El };

/** Elements whose content is never part of a name. */
const NOT_CONTENT = new Set(['script', 'style', 'template', 'title', 'noscript']);

export function linkContent(link: El, model: Model, config: GateConfig): ContentName {
  let decorative: El | undefined;
  let result: 'named' | 'dynamic' | 'reported' | undefined;
  const walk = (node: Node): void => {
    if (result === 'named') return;
    if (node.kind === 'text') {
      if (node.value === DYNAMIC) result ??= 'dynamic';
      else if (node.value.trim()) result = 'named';
      return;
    }
    // The link itself is shown (checkLinkName skips a hidden one): only the node's own
    // attributes can hide it, and the walk does not go below a hidden node.
    if (NOT_CONTENT.has(node.name) || hiddenItself(node)) return;
    // A component renders what only the build knows; so does a spread of unknown attributes.
    const kind = imageKind(node, config);
    if (node.origin === 'component' && !kind) {
      result ??= 'dynamic';
      return;
    }
    const own = accessibleName(node, model, {
      alt: kind !== undefined && kind !== 'role-img',
      svgTitle: node.name === 'svg',
    });
    if (own.status === 'named') {
      result = 'named';
      return;
    }
    if (own.status === 'dynamic') {
      result ??= 'dynamic';
      return;
    }
    if (kind) {
      const byAlt = attr(node, 'alt') === '' && kind !== 'markdown';
      const conflict =
        node.origin !== 'html'
          ? undefined
          : byAlt
            ? emptyAltConflict(node)
            : presentationConflict(node);
      // An image with no alt text and no decorative marker that holds (or a Markdown image with
      // empty brackets) is image-alt's problem, reported there.
      if (!(byAlt || hasPresentationalRole(node)) || conflict) {
        result ??= 'reported';
        return;
      }
      decorative ??= node;
      return;
    }
    for (const child of node.children) walk(child);
  };
  for (const child of link.children) walk(child);
  return result ? { status: result } : { status: 'empty', decorative };
}

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
