import { DYNAMIC, type AttrValue, type El, type Model, type Node } from './model.ts';
import type { GateConfig } from './config.ts';

/**
 * The gate's policy, shared by both layers: what counts as an image, a media player or a frame,
 * what names them, and what counts as a transcript. Rules in rules/ ask these questions; they
 * never look at syntax themselves.
 */

/** What a rule needs besides the model: the config and, for transcript files, the file system. */
export interface CheckContext {
  config: GateConfig;
  layer: 'source' | 'html';
  /** Whether a `transcript="…"` file exists and has text, resolved against the checked file. */
  transcriptFile(path: string): 'ok' | 'missing' | 'empty';
}

export type Report = (at: El | number, message: string) => void;

export function attr(el: El, name: string): AttrValue | undefined {
  const value = el.attrs[name];
  if (value === undefined && el.spread) return DYNAMIC;
  return value;
}

/** First token of `role`, lower-cased; `DYNAMIC` when set by an expression. */
export function role(el: El): string | typeof DYNAMIC | undefined {
  const value = attr(el, 'role');
  if (value === DYNAMIC) return DYNAMIC;
  return value?.trim().toLowerCase().split(/\s+/)[0] || undefined;
}

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

/** Not rendered at all: `hidden`, `display:none` or `visibility:hidden` on it or an ancestor. */
export function isNotRendered(el: El | undefined): boolean {
  for (let node = el; node; node = node.parent) {
    const attrs = node.attrs;
    if (attrs.hidden !== undefined && attrs.hidden !== DYNAMIC && node.origin === 'html')
      return true;
    const style = attrs.style;
    if (typeof style === 'string' && HIDDEN_STYLE.test(style)) return true;
  }
  return false;
}

/** Out of the accessibility tree: not rendered, or `aria-hidden="true"` on it or an ancestor. */
export function isHidden(el: El | undefined): boolean {
  for (let node = el; node; node = node.parent) {
    const hidden = node.attrs['aria-hidden'];
    if (typeof hidden === 'string' && hidden.trim().toLowerCase() === 'true') return true;
  }
  return isNotRendered(el);
}

/** Text content of a node; `dynamic` when part of it is an MDX expression. */
export function textOf(node: Node): { text: string; dynamic: boolean } {
  let text = '';
  let dynamic = false;
  const walk = (n: Node) => {
    if (n.kind === 'text') {
      if (n.value === DYNAMIC) dynamic = true;
      else text += n.value;
      return;
    }
    if (n.origin === 'component' && n.children.length === 0) dynamic = true; // renders unknown content
    for (const child of n.children) walk(child);
  };
  walk(node);
  return { text, dynamic };
}

function hasText(node: Node): boolean {
  const { text, dynamic } = textOf(node);
  return dynamic || text.trim() !== '';
}

const isBlank = (node: Node) =>
  node.kind === 'text' && node.value !== DYNAMIC && !node.value.trim();

/** The next sibling that is not whitespace. */
export function nextSibling(el: El): Node | undefined {
  const siblings = el.parent?.children;
  if (!siblings) return undefined;
  for (let i = siblings.indexOf(el) + 1; i < siblings.length; i++) {
    if (!isBlank(siblings[i]!)) return siblings[i];
  }
  return undefined;
}

/** First child that is not whitespace. */
function firstChild(el: El): Node | undefined {
  return el.children.find((child) => !isBlank(child));
}

/**
 * What follows the media for a reader: its next sibling, or, when it ends a `figure` (before the
 * caption) or a paragraph, whatever follows that wrapper.
 */
export function followingNode(el: El): Node | undefined {
  let current = el;
  for (;;) {
    let next = nextSibling(current);
    while (next?.kind === 'element' && next.name === 'figcaption') next = nextSibling(next);
    if (next) return next;
    const parent = current.parent;
    if (!parent || !['figure', 'p'].includes(parent.name) || parent.origin !== 'html')
      return undefined;
    current = parent;
  }
}

type Name = { status: 'named' | 'dynamic' | 'empty'; brokenRef?: string };

/**
 * The accessible name, as far as a static check can know it (accname: aria-labelledby,
 * aria-label, then the host language's own source: alt, `<title>` for svg, the title attribute).
 */
export function accessibleName(
  el: El,
  model: Model,
  sources: { alt?: boolean; svgTitle?: boolean; title?: boolean },
): Name {
  const labelledBy = attr(el, 'aria-labelledby');
  let brokenRef: string | undefined;
  if (labelledBy === DYNAMIC) return { status: 'dynamic' };
  if (labelledBy?.trim()) {
    for (const id of labelledBy.trim().split(/\s+/)) {
      const target = model.byId.get(id);
      if (target && hasText(target)) return { status: 'named' };
    }
    brokenRef = labelledBy.trim();
  }
  const candidates: (AttrValue | undefined)[] = [attr(el, 'aria-label')];
  if (sources.alt) candidates.push(attr(el, 'alt'));
  for (const value of candidates) {
    if (value === DYNAMIC) return { status: 'dynamic' };
    if (value?.trim()) return { status: 'named' };
  }
  if (sources.svgTitle) {
    const title = el.children.find((child) => child.kind === 'element' && child.name === 'title');
    if (title && hasText(title)) return { status: 'named' };
  }
  if (sources.title) {
    const value = attr(el, 'title');
    if (value === DYNAMIC) return { status: 'dynamic' };
    if (value?.trim()) return { status: 'named' };
  }
  return { status: 'empty', brokenRef };
}

/** The host of a video player iframe, or undefined when the src is not a known player. */
export function videoHost(src: AttrValue | undefined, config: GateConfig): string | undefined {
  if (typeof src !== 'string' || !src.trim()) return undefined;
  let host: string;
  try {
    host = new URL(src.trim(), 'https://relative.invalid/').hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return config.videoHosts.some((h) => host === h || host.endsWith(`.${h}`)) ? host : undefined;
}

const PRESENTATIONAL = new Set(['presentation', 'none']);
const SVG_ROLES = new Set(['img', 'graphics-document', 'graphics-symbol']);

/** Inside an `<svg>` (or the svg itself): the `svg-name` rule's ground, not `image-alt`'s. */
export function inSvg(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent)
    if (node.name === 'svg') return true;
  return false;
}

export type ImageKind = 'markdown' | 'img' | 'component' | 'input' | 'area' | 'role-img';

/** Which kind of image an element is for `image-alt`, if any. */
export function imageKind(el: El, config: GateConfig): ImageKind | undefined {
  if (el.origin === 'markdown') return 'markdown';
  if (el.origin === 'component')
    return config.imageComponents.has(el.name) ? 'component' : undefined;
  if (el.name === 'img') return 'img';
  if (el.name === 'area') return 'area';
  if (el.name === 'input') {
    const type = attr(el, 'type');
    return typeof type === 'string' && type.trim().toLowerCase() === 'image' ? 'input' : undefined;
  }
  return role(el) === 'img' && !inSvg(el) ? 'role-img' : undefined;
}

/** An svg element that claims to be a graphic and therefore needs a name. */
export function isNamedSvgGraphic(el: El): boolean {
  if (el.origin !== 'html' || !inSvg(el)) return false;
  const r = role(el);
  return typeof r === 'string' && SVG_ROLES.has(r);
}

/** `role="presentation"` on something that cannot take focus: a deliberate decorative image. */
export function isPresentational(el: El): boolean {
  const r = role(el);
  return typeof r === 'string' && PRESENTATIONAL.has(r) && attr(el, 'tabindex') === undefined;
}

export type MediaKind = 'video' | 'audio' | 'component' | 'embed';

/** Which kind of media an element is for `media-transcript`, if any. */
export function mediaKind(el: El, config: GateConfig): MediaKind | undefined {
  if (el.origin === 'component')
    return config.mediaComponents.has(el.name) ? 'component' : undefined;
  if (el.origin !== 'html') return undefined;
  if (el.name === 'video' || el.name === 'audio') return el.name;
  if (el.name === 'iframe' && videoHost(attr(el, 'src'), config)) return 'embed';
  // Commonplace's lightweight YouTube player: no iframe until the reader asks for one.
  if (attr(el, 'data-commonplace-media') !== undefined) return 'embed';
  return undefined;
}

const TRANSCRIPT_WORD = /transcript/i;

/** A Transcript component (source) or what it renders (`data-transcript`, built HTML). */
function isTranscriptElement(node: Node | undefined): node is El {
  if (node?.kind !== 'element') return false;
  if (node.origin === 'component') return node.name === 'Transcript';
  return node.origin === 'html' && attr(node, 'data-transcript') !== undefined;
}

/** A Transcript with words in it (or rendered from `html`/`src`); `<Transcript />` alone is empty. */
function transcriptHasContent(el: El): boolean {
  if (attr(el, 'html') !== undefined || attr(el, 'src') !== undefined) return true;
  return el.children.some((child) => hasText(child));
}

/** A Transcript inside the media element, also when MDX wrapped it in a paragraph. */
function hasTranscriptChild(el: El): boolean {
  return el.children.some(
    (child) =>
      child.kind === 'element' &&
      ((isTranscriptElement(child) && transcriptHasContent(child)) ||
        (child.name === 'p' && hasTranscriptChild(child))),
  );
}

/** A link whose text or href says "transcript", possibly as the first thing in a paragraph. */
function isTranscriptLink(node: Node | undefined): boolean {
  if (node?.kind !== 'element') return false;
  let link: Node | undefined = node;
  if (node.name !== 'a' && ['p', 'div', 'li', 'ul', 'ol'].includes(node.name)) {
    link = firstChild(node);
    if (
      link?.kind === 'element' &&
      (link.name === 'ul' || link.name === 'ol' || link.name === 'li')
    ) {
      return isTranscriptLink(link);
    }
  }
  if (link?.kind !== 'element' || link.name !== 'a') return false;
  const href = attr(link, 'href');
  if (href === DYNAMIC || (href && TRANSCRIPT_WORD.test(href))) return true;
  const { text, dynamic } = textOf(link);
  return dynamic || TRANSCRIPT_WORD.test(text);
}

export type TranscriptFinding =
  | { status: 'ok' }
  | {
      status: 'missing';
      captionsOnly: boolean;
      describedBy?: { id: string; problem: 'absent' | 'hidden' | 'empty' };
    }
  | { status: 'file-missing' | 'file-empty'; path: string };

/** Looks for a transcript in each of the forms the policy accepts (README "Accessibility gate"). */
export function findTranscript(el: El, model: Model, ctx: CheckContext): TranscriptFinding {
  const file = attr(el, 'transcript');
  if (file === DYNAMIC) return { status: 'ok' };
  if (file?.trim()) {
    const state = ctx.transcriptFile(file.trim());
    if (state === 'ok') return { status: 'ok' };
    return { status: state === 'missing' ? 'file-missing' : 'file-empty', path: file.trim() };
  }

  if (hasTranscriptChild(el)) return { status: 'ok' };
  let following = followingNode(el);
  // MDX puts a <Transcript> written on the line after the player in a paragraph of its own.
  if (following?.kind === 'element' && following.name === 'p' && following.origin === 'html') {
    const first = firstChild(following);
    if (isTranscriptElement(first)) following = first;
  }
  if (isTranscriptElement(following) && transcriptHasContent(following)) return { status: 'ok' };
  if (isTranscriptLink(following)) return { status: 'ok' };

  let describedBy: { id: string; problem: 'absent' | 'hidden' | 'empty' } | undefined;
  for (const name of ['aria-describedby', 'aria-details']) {
    const value = attr(el, name);
    if (value === DYNAMIC) return { status: 'ok' };
    for (const id of value?.trim().split(/\s+/).filter(Boolean) ?? []) {
      const target = model.byId.get(id);
      if (!target) describedBy ??= { id, problem: 'absent' };
      else if (isHidden(target)) describedBy = { id, problem: 'hidden' };
      else if (!hasText(target)) describedBy = { id, problem: 'empty' };
      else return { status: 'ok' };
    }
  }
  const captionsOnly =
    el.children.some((child) => {
      if (child.kind !== 'element' || child.name !== 'track') return false;
      const kind = attr(child, 'kind');
      return typeof kind === 'string' && /^(captions|subtitles)$/i.test(kind.trim());
    }) ||
    (el.origin === 'component' && attr(el, 'captions') !== undefined);
  return { status: 'missing', captionsOnly, describedBy };
}
