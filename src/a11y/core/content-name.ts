import { DYNAMIC, type El, type Model, type Node } from './model.ts';
import {
  accessibleName,
  decorativeMarking,
  attr,
  hasPresentationalRole,
  imageKind,
  invisibleWithin,
  isPresentational,
  removedItself,
  role,
} from './policy.ts';
import type { GateConfig } from './config.ts';

/**
 * What an element's content gives it as a name (accname's name from content, for a link or a
 * heading): `named` when a reader hears something, `dynamic` when only the build knows (an
 * expression, a component), `reported` when an image inside has no alt at all (`image-alt` says
 * so, once), else `empty`, with the decorative image that left it so, if one did.
 */
type ContentName =
  { status: 'named' | 'dynamic' | 'reported' } | { status: 'empty'; decorative?: El };

/**
 * Elements whose content is never part of a name. An SVG's `<desc>` describes it, and only its
 * `<title>` names it (SVG-AAM), which accessibleName reads.
 */
const NOT_CONTENT = new Set([
  'script',
  'style',
  'template',
  'title',
  'noscript',
  'desc',
  'metadata',
]);

export function contentName(
  top: El,
  model: Model,
  config: GateConfig,
  /** An element inside whose content is no part of the name: the field a label names. */
  skip?: El,
): ContentName {
  let decorative: El | undefined;
  let result: 'named' | 'dynamic' | 'reported' | undefined;
  const walk = (node: Node, invisible = false): void => {
    if (result === 'named') return;
    if (node.kind === 'text') {
      if (invisible) return;
      if (node.value === DYNAMIC) result ??= 'dynamic';
      // Invisible characters (a zero-width space, as some anchor links hold) say nothing either.
      else if (node.value.replace(/\p{Cf}/gu, '').trim()) result = 'named';
      return;
    }
    // The element itself is shown (its rule skips a hidden one): only a node's own attributes
    // can hide it, and the walk does not go below a node they take out of the tree.
    if (NOT_CONTENT.has(node.name) || removedItself(node) || node === skip) return;
    // `visibility: hidden`: nothing of its own is read, but a part inside may show again.
    if (invisibleWithin(node, invisible)) {
      for (const child of node.children) walk(child, true);
      return;
    }
    // A component renders what only the build knows; so does a spread of unknown attributes.
    const kind = imageKind(node, config);
    if (node.origin === 'component' && !kind) {
      result ??= 'dynamic';
      return;
    }
    // `<img alt="ACT rules" role="presentation">`: the role holds, and the alt is not read.
    if (kind && kind !== 'role-img' && isPresentational(node)) {
      decorative ??= node;
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
      // An image with no alt text and no decorative marker that holds (or a Markdown image with
      // empty brackets) is image-alt's problem, reported there.
      const { marked, conflict } = decorativeMarking(node, kind);
      if (!marked || conflict) {
        result ??= 'reported';
        return;
      }
      decorative ??= node;
      return;
    }
    for (const child of node.children) walk(child);
  };
  for (const child of top.children) walk(child);
  return result ? { status: result } : { status: 'empty', decorative };
}

/** Why an element named by its content (a link, a button, a heading) has no name. */
export type MissingName =
  /** `aria-labelledby` points at nothing with text. */
  | { why: 'broken-ref'; ref: string }
  /** Its only content is an image marked decorative; `hidesAlt` when the marker hides alt text. */
  | { why: 'decorative'; marker: string; hidesAlt: boolean }
  /** Nothing a reader hears. */
  | { why: 'empty' };

/**
 * Why an element has no name, its own (`aria-labelledby`, `aria-label`, and `title` or a
 * `<label>` if asked) or its content's; undefined when it has one, when only the build knows, or
 * when an image inside has no alt at all (image-alt reports that, with the element's name as the
 * fix).
 */
export function missingName(
  el: El,
  model: Model,
  config: GateConfig,
  sources: { title?: boolean; label?: boolean } = {},
): MissingName | undefined {
  const own = accessibleName(el, model, sources);
  if (own.status !== 'empty') return undefined;
  const content = contentName(el, model, config);
  if (content.status !== 'empty') return undefined;
  if (own.brokenRef) return { why: 'broken-ref', ref: own.brokenRef };
  if (content.decorative) return { why: 'decorative', ...decorativeMarker(content.decorative) };
  return { why: 'empty' };
}

/**
 * How the decorative image that left a link or heading empty is marked, for its message: and
 * whether the marker hides alt text the image has (`<img alt="Home" role="presentation">`), when
 * the fix is to remove the marker, not to write alt text.
 */
function decorativeMarker(image: El): { marker: string; hidesAlt: boolean } {
  if (!hasPresentationalRole(image)) return { marker: 'alt=""', hidesAlt: false };
  const alt = attr(image, 'alt');
  return {
    marker: `role="${String(role(image))}"`,
    hidesAlt: typeof alt === 'string' && alt.trim() !== '',
  };
}
