import { DYNAMIC, type AttrValue, type El, type Model, type Node } from './model.ts';
import { inlineValue } from './inline-style.ts';
import { writtenAroundEntry } from '../../lib/site/page-ids.ts';
import { VIDEO_PATHS, type GateConfig } from './config.ts';
import type { Fix } from './types.ts';
import { MEDIA_ATTRIBUTE } from '../../lib/site/page-markers.ts';
import { extensionOf } from './image-formats.ts';

/**
 * The gate's policy, shared by both layers: what counts as an image, a media player or a frame,
 * what names them, and what counts as a transcript. Rules in rules/ ask these questions; they
 * never look at syntax themselves.
 */

/** What a rule needs besides the model: the config and, for transcript files, the file system. */
/** What a file holds for a reader of its words (core/context.ts, CheckContext.transcriptFile). */
export type TextState = 'ok' | 'missing' | 'empty' | 'utf16' | { placeholder: string };

/**
 * What a `transcript="…"` file is to the media components: as any text file, or a file they
 * refuse to read, outside the project or not a transcript's kind (transcriptPathRefusal).
 */
export type TranscriptFileState = TextState | 'outside' | 'not-text';

export interface CheckContext {
  config: GateConfig;
  layer: 'source' | 'html';
  /**
   * What the checked file is written in: `md` (Markdown, raw HTML published as written), `mdx`
   * (MDX: components, JSX) or `html` (a built page). Messages suggest fixes that work in it.
   */
  syntax: 'md' | 'mdx' | 'html';
  /** The source file being checked (absolute; source layer only). */
  file?: string;
  /** Where the check names files from (source layer): problems' paths are relative to it. */
  cwd?: string;
  /**
   * Whether a `transcript="…"` file exists and has words, resolved against the checked file;
   * `{ placeholder }` when all it says stands in for a transcript ("TBD"); `utf16` when it was
   * saved as UTF-16, which the media components would show as garbage; `outside` or `not-text`
   * for a file they would not read.
   */
  transcriptFile(path: string): TranscriptFileState;
  /**
   * Whether the page or file of this site an href leads to holds words (core/context.ts): the
   * page of an entry, by the entry's text; a text file in public/. Undefined where that cannot be
   * read from the sources (another site, a listing page, a PDF).
   */
  linkedText?(href: string): { kind: 'page' | 'file'; state: TextState } | undefined;
  /**
   * The address the page is served at: a built page's, or the one an entry's page will have
   * (source layer); undefined for a file with no page of its own (a layout, a component).
   * Asked only when a rule needs it.
   */
  page?: () => URL | undefined;
  /**
   * The ids another entry's own content gives its page (headings, explicit ids, the ids its
   * components render), read by parsing that file: something only the source layer can do, so it
   * provides this (source layer only). Undefined when the build alone knows them.
   */
  contentIds?(file: string): Set<string> | undefined;
  /**
   * What one of the site's own components renders at a use in `model`, with the props written
   * there, when that is read in full (source layer only: source/passed-props.ts).
   */
  rendered?(use: El, model: Model): Node[] | undefined;
  /**
   * The elements one of the site's own components writes around its `<slot />` at a use in
   * `model`, outermost first, where what the use holds renders; undefined when that is unknown
   * (a component the check cannot read, or one with no slot). Source layer only.
   */
  aroundSlot?(use: El, model: Model): El[] | undefined;
}

/**
 * How a rule reports a problem. `stopsBuild`: this problem stops the build whatever the rule's
 * level (a Markdown image or an import naming no file stops Vite's bundling), so it stays an
 * error even where the site config lowers the rule (README "Rules"); only rules that declare
 * `someStopTheBuild` pass it. `fix`: the change that fixes it, where it is certain (Problem's
 * `fix`, core/fixes.ts); a source rule's only, as a built page is no file to change.
 */
export type Report = (
  at: El | number,
  message: string,
  how?: { stopsBuild?: boolean; fix?: Fix },
) => void;

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

/**
 * Not shown by its own attribute or inline style: `hidden` (which the browser's own style makes
 * `display: none`, so an inline `display: block` shows it again), an inline `display: none`, or
 * `content-visibility: hidden` on a box that is not inline. Nothing inside it can show itself
 * again.
 */
function displayedNone(node: El): boolean {
  const display = inlineValue(node, 'display');
  if (display === 'none' || contentSkipped(node, display)) return true;
  if (display !== undefined) return false;
  return node.origin === 'html' && node.attrs.hidden !== undefined && node.attrs.hidden !== DYNAMIC;
}

/** Elements whose box is inline unless a style says otherwise. */
const INLINE_ELEMENTS = new Set(
  'a abbr b bdi bdo big br cite code data del dfn em font i img ins kbd label mark q s samp small span strong sub sup time tt u var wbr'.split(
    ' ',
  ),
);

/**
 * An inline `content-visibility: hidden` on a box that is not inline: the browser renders none
 * of what it holds, and leaves it out of the accessibility tree (an inline box ignores it). The
 * box itself holds nothing a reader gets, so it counts as hidden with its content.
 */
function contentSkipped(node: El, display: string | undefined): boolean {
  if (inlineValue(node, 'content-visibility') !== 'hidden') return false;
  return display === undefined
    ? node.origin === 'html' && !INLINE_ELEMENTS.has(node.name)
    : display !== 'inline' && display !== 'contents';
}

/**
 * Made invisible by an inline `visibility`, on it or an ancestor: the nearest one written
 * decides, as `visibility: visible` inside a hidden box shows that part again.
 */
function invisible(el: El | undefined): boolean {
  for (let node = el; node; node = node.parent) {
    const visibility = inlineValue(node, 'visibility');
    if (visibility !== undefined) return visibility === 'hidden' || visibility === 'collapse';
  }
  return false;
}

/** Not rendered at all: `hidden`, `display:none` or `visibility:hidden` on it or an ancestor. */
export function isNotRendered(el: El | undefined): boolean {
  for (let node = el; node; node = node.parent) if (displayedNone(node)) return true;
  return invisible(el);
}

/**
 * The `content` of a `<meta>` element that names itself so (`name="viewport"`,
 * `http-equiv="refresh"`, compared without letter case), else undefined.
 */
export function metaContent(
  el: El,
  attribute: 'name' | 'http-equiv',
  value: string,
): string | undefined {
  if (el.origin !== 'html' || el.name !== 'meta') return undefined;
  const named = attr(el, attribute);
  const content = attr(el, 'content');
  if (typeof named !== 'string' || named.trim().toLowerCase() !== value) return undefined;
  return typeof content === 'string' ? content : undefined;
}

/**
 * Out of the accessibility tree: not rendered, `inert`, or `aria-hidden="true"` on it or an
 * ancestor.
 */
export function isHidden(el: El | undefined): boolean {
  for (let node = el; node; node = node.parent) if (removedItself(node)) return true;
  return invisible(el);
}

/**
 * `aria-hidden="true"` on the element itself, as browsers read it. Not on `<html>` or `<body>`:
 * ARIA now has browsers ignore it there (WebKit does), so the page's content is judged as shown,
 * and `hidden-focus` reports the attribute itself.
 */
export function ariaHidden(el: El): boolean {
  return (
    ariaTrue(el, 'aria-hidden') &&
    !(el.origin === 'html' && (el.name === 'body' || el.name === 'html'))
  );
}

/** `aria-label=""` or only spaces: written, and naming nothing (the fix is to fill it, not add one). */
export function blankAriaLabel(el: El): boolean {
  const value = el.attrs['aria-label'];
  return typeof value === 'string' && !value.trim();
}

/** An ARIA state written `true` on the element (`aria-hidden`, `aria-disabled`), as browsers read it. */
export function ariaTrue(el: El, name: string): boolean {
  const value = el.attrs[name];
  return typeof value === 'string' && value.trim().toLowerCase() === 'true';
}

/** `inert` on the element itself: it and all inside it leave the accessibility tree and the tab order. */
export function inertItself(node: El): boolean {
  return node.origin === 'html' && node.attrs.inert !== undefined && node.attrs.inert !== DYNAMIC;
}

/**
 * Hidden by its own attributes (`aria-hidden="true"`, `hidden`, `inert`, an inline
 * `display: none` or `visibility: hidden`), whatever its ancestors say: for walking down a tree
 * whose top is known to be shown.
 */
export function hiddenItself(node: El): boolean {
  // What `visibility: visible` shows again inside it is left unread here: a walk that reads
  // text follows it with removedItself and invisibleWithin instead.
  return removedItself(node) || invisibleWithin(node, false);
}

/**
 * Out of the accessibility tree with all it holds, by its own attributes: `aria-hidden="true"`,
 * `inert`, `hidden`, an inline `display: none`. Nothing inside can show itself again.
 */
export function removedItself(node: El): boolean {
  return ariaHidden(node) || inertItself(node) || displayedNone(node);
}

/**
 * Whether an element is invisible, given whether its parent is: an inline `visibility` decides,
 * else it inherits, as `visibility: visible` shows a part of a hidden box again.
 */
export function invisibleWithin(node: El, parentInvisible: boolean): boolean {
  const visibility = inlineValue(node, 'visibility');
  return visibility === undefined
    ? parentInvisible
    : visibility === 'hidden' || visibility === 'collapse';
}

/**
 * Styles and utility classes that move content off-screen or shrink it to nothing: still in the
 * accessibility tree, but not visible. Inline styles only; a static check cannot see style sheets.
 */
const OFF_SCREEN_STYLES = [
  /text-indent\s*:\s*-\d{3,}/i,
  /(?:^|[;\s])(?:left|top|right|margin-left|margin-top)\s*:\s*-\d{3,}/i,
  /(?:^|[;\s])clip\s*:\s*rect\(\s*[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?[\s,]+[01](?:px)?\s*\)/i,
  /clip-path\s*:\s*inset\(\s*50%/i,
  /(?:^|[;\s])opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)/i,
  /font-size\s*:\s*0(?:px|em|rem|%)?\s*(?:;|$)/i,
  /transform\s*:\s*scale\(\s*0\s*\)/i,
];
const TINY_BOX = [
  /(?:^|[;\s])width\s*:\s*[01](?:px)?\s*(?:;|$)/i,
  /(?:^|[;\s])height\s*:\s*[01](?:px)?\s*(?:;|$)/i,
  /overflow\s*:\s*hidden/i,
];
const VISUALLY_HIDDEN_CLASS =
  /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader-only|offscreen|off-screen)(?:\s|$)/i;

/** Moved off-screen or clipped to nothing by its own style or class. */
function offScreen(el: El): boolean {
  const style = el.attrs.style;
  if (typeof style === 'string') {
    if (OFF_SCREEN_STYLES.some((pattern) => pattern.test(style))) return true;
    if (TINY_BOX.every((pattern) => pattern.test(style))) return true;
  }
  const className = el.attrs.class ?? el.attrs.classname;
  return typeof className === 'string' && VISUALLY_HIDDEN_CLASS.test(className);
}

/** In the accessibility tree but not on screen: it or an ancestor is off-screen or clipped. */
export function isVisuallyHidden(el: El | undefined): boolean {
  for (let node = el; node; node = node.parent) if (offScreen(node)) return true;
  return false;
}

/**
 * What a reader must be able to get: `visible` (on screen and in the accessibility tree), `tree`
 * (in the accessibility tree, perhaps off-screen) or `any` (the markup's text, hidden or not).
 */
export type Reach = 'visible' | 'tree' | 'any';

/** Whether a reader gets an element's content at that reach. */
export function isReadable(el: El | undefined, reach: Reach): boolean {
  if (reach === 'any') return true;
  return !isHidden(el) && !(reach === 'visible' && isVisuallyHidden(el));
}

/**
 * The text a reader gets from a node at that reach: hidden descendants left out (and, for
 * `visible`, off-screen ones); `dynamic` when part of it is an MDX expression or a component's
 * unknown output.
 */
export function readableText(node: Node, reach: Reach): { text: string; dynamic: boolean } {
  let text = '';
  let dynamic = false;
  const walk = (n: Node, invisible: boolean) => {
    if (n.kind === 'text') {
      if (n.value === DYNAMIC) dynamic = true;
      else if (!invisible) text += n.value;
      return;
    }
    let hidden = invisible;
    if (n !== node && n.origin === 'html' && reach !== 'any') {
      if (removedItself(n)) return;
      if (reach === 'visible' && offScreen(n)) return;
      hidden = invisibleWithin(n, invisible);
    }
    if (n.origin === 'component' && n.children.length === 0) dynamic = true;
    for (const child of n.children) walk(child, hidden);
    // Block boundaries separate words: `<p>a</p><p>b</p>` reads "a b", not "ab".
    text += ' ';
  };
  walk(node, false);
  return { text: text.replace(/\s+/g, ' ').trim(), dynamic };
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

export function hasText(node: Node): boolean {
  const { text, dynamic } = textOf(node);
  return dynamic || text.trim() !== '';
}

/**
 * Whether an element an `aria-labelledby` points at gives the element it names some text
 * (accname 2B, then 2E and 2F): its text, where a form control inside it gives its value, not
 * its content (a `<select>` the text of its chosen option, a text box or a slider what its
 * `value` holds on a static page), and the named element itself, inside it, gives nothing. An
 * element that points at itself is named by its content.
 */
function namesBy(target: El, named: El): boolean {
  if (target === named) return hasText(target);
  let found = false;
  const walk = (node: Node): void => {
    if (found) return;
    if (node.kind === 'text') {
      found = node.value === DYNAMIC || node.value.trim() !== '';
      return;
    }
    if (node === named) return;
    if (node.origin === 'component' && node.children.length === 0) {
      found = true; // renders what only the build knows
      return;
    }
    const value = controlValue(node);
    if (value !== undefined) {
      found = value === DYNAMIC || value.trim() !== '';
      return;
    }
    for (const child of node.children) walk(child);
  };
  for (const child of target.children) walk(child);
  return found;
}

/**
 * What a form control inside a referenced element gives a name (accname 2E): a `<select>` the
 * text of its chosen options (the first, where none is `selected` and it takes one), a
 * `<textarea>` its text, a text `<input>` its `value`; undefined for anything else.
 */
function controlValue(el: El): string | typeof DYNAMIC | undefined {
  if (el.origin !== 'html') return undefined;
  if (el.name === 'textarea') {
    const { text, dynamic } = textOf(el);
    return dynamic ? DYNAMIC : text;
  }
  if (el.name === 'input') {
    const type = attr(el, 'type');
    if (type === DYNAMIC) return DYNAMIC;
    if (type !== undefined && !TEXT_INPUTS.has(type.trim().toLowerCase())) return undefined;
    const value = attr(el, 'value');
    return value ?? '';
  }
  if (el.name !== 'select') return undefined;
  const options: El[] = [];
  const collect = (node: El) => {
    for (const child of node.children)
      if (child.kind === 'element')
        if (child.name === 'option') options.push(child);
        else collect(child);
  };
  collect(el);
  const chosen = options.filter((option) => attr(option, 'selected') !== undefined);
  const picked = chosen.length || attr(el, 'multiple') !== undefined ? chosen : options.slice(0, 1);
  let text = '';
  for (const option of picked) {
    const { text: words, dynamic } = textOf(option);
    if (dynamic) return DYNAMIC;
    const label = attr(option, 'label');
    text += ` ${typeof label === 'string' && label.trim() ? label : words}`;
  }
  return text;
}

/** `<input>` types whose value a name reads (accname's text box, and a range's value). */
const TEXT_INPUTS = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number', 'range']);

/**
 * An attribute written as an expression that is undefined here, for a message (`alt={frontmatter.heroAlt}`
 * where the frontmatter has no `heroAlt`): the author sees the attribute, the page has none.
 */
export function unsetAttribute(el: El, name: string): string | undefined {
  const expression = el.unset?.[name];
  return expression === undefined
    ? undefined
    : `${name}={${expression}} is undefined here, so the page gets no ${name} attribute`;
}

/** Whitespace between elements: a text node with nothing in it to read. */
export const isBlank = (node: Node) =>
  node.kind === 'text' && node.value !== DYNAMIC && !node.value.trim();

type Name = { status: 'named' | 'dynamic' | 'empty'; brokenRef?: string };

const labelsByModel = new WeakMap<Model, Map<string, El[]>>();

/** The `<label for="id">` elements of a page, by the id they name. */
function labelsFor(model: Model, id: string): El[] {
  let labels = labelsByModel.get(model);
  if (!labels) {
    labels = new Map();
    for (const el of model.elements) {
      const target = el.name === 'label' && el.origin === 'html' ? attr(el, 'for') : undefined;
      if (typeof target === 'string' && target)
        labels.set(target, [...(labels.get(target) ?? []), el]);
    }
    labelsByModel.set(model, labels);
  }
  return labels.get(id) ?? [];
}

/** HTML's labelable elements: what a `<label>` can name. */
const LABELABLE = new Set(['button', 'input', 'meter', 'output', 'progress', 'select', 'textarea']);

export const isLabelable = (el: El) => el.origin === 'html' && LABELABLE.has(el.name);

/**
 * The control a `<label>` names (HTML): its `for` target, else the first labelable element
 * inside it.
 */
export function labelledControl(label: El, model: Model): El | undefined {
  const target = attr(label, 'for');
  if (typeof target === 'string' && target) return model.byId.get(target);
  const first = (node: El): El | undefined => {
    for (const child of node.children) {
      if (child.kind !== 'element') continue;
      const found = isLabelable(child) ? child : first(child);
      if (found) return found;
    }
    return undefined;
  };
  return first(label);
}

/**
 * The labels of a form control: each `<label for>` its id, and the `<label>` around it when that
 * label names it (no `for` elsewhere, and no labelable element before it).
 */
export function labelsOf(el: El, model: Model): El[] {
  const id = attr(el, 'id');
  const labels = typeof id === 'string' && id ? [...labelsFor(model, id)] : [];
  for (let node = el.parent; node; node = node.parent) {
    if (node.name !== 'label' || node.origin !== 'html') continue;
    if (!labels.includes(node) && labelledControl(node, model) === el) labels.push(node);
    break;
  }
  return labels;
}

/**
 * Whether an element's `alt` is part of its name in HTML-AAM, whatever its role (`image-alt`
 * judges its name, in any role: `<img role="button">` with no alt is reported there, once).
 */
export function altNames(el: El): boolean {
  if (el.origin !== 'html') return false;
  if (el.name === 'img' || el.name === 'area') return true;
  const type = attr(el, 'type');
  return el.name === 'input' && typeof type === 'string' && type.trim().toLowerCase() === 'image';
}

/**
 * Whether an id a source file names, and does not hold, may stand on its page all the same: any
 * id, for an `.astro` file (the page it is used on decides) or an entry whose components render
 * an id only the build knows, or one the layout writes around an entry's text
 * (src/lib/site/page-ids.ts). The built page judges it.
 */
function standsElsewhere(model: Model, id: string): boolean {
  if (model.idsComplete) return false;
  if (model.partOfPage === 'component' || model.renderedIdsUnknown) return true;
  return model.partOfPage === 'entry' && writtenAroundEntry(id);
}

/**
 * The accessible name, as far as a static check can know it (accname: aria-labelledby,
 * aria-label, then the host language's own source: alt, `<title>` for svg, the title attribute).
 */
export function accessibleName(
  el: El,
  model: Model,
  sources: { alt?: boolean; svgTitle?: boolean; title?: boolean; label?: boolean },
): Name {
  const labelledBy = attr(el, 'aria-labelledby');
  let brokenRef: string | undefined;
  if (labelledBy === DYNAMIC) return { status: 'dynamic' };
  if (labelledBy?.trim()) {
    for (const id of labelledBy.trim().split(/\s+/)) {
      const target = model.byId.get(id);
      if (target && namesBy(target, el)) return { status: 'named' };
      if (!target && standsElsewhere(model, id)) return { status: 'dynamic' };
    }
    brokenRef = labelledBy.trim();
  }
  const candidates: (AttrValue | undefined)[] = [attr(el, 'aria-label')];
  // An image's alt names it whatever its role (HTML-AAM): `<img role="button" alt="Close">`.
  if (sources.alt || altNames(el)) candidates.push(attr(el, 'alt'));
  for (const value of candidates) {
    if (value === DYNAMIC) return { status: 'dynamic' };
    if (value?.trim() && !isBooleanText(value)) return { status: 'named' };
  }
  if (sources.label) {
    for (const label of labelsOf(el, model)) if (hasText(label)) return { status: 'named' };
  }
  if (sources.svgTitle) {
    const title = el.children.find((child) => child.kind === 'element' && child.name === 'title');
    if (title && hasText(title)) return { status: 'named' };
  }
  if (sources.title) {
    const value = attr(el, 'title');
    if (value === DYNAMIC) return { status: 'dynamic' };
    if (value?.trim() && !isBooleanText(value)) return { status: 'named' };
  }
  return { status: 'empty', brokenRef };
}

/**
 * `alt="true"` or `alt="false"`: what a JSX boolean renders (`<img alt />` in MDX is
 * `alt={true}`), never a description of an image.
 */
export function isBooleanText(value: string): boolean {
  return /^\s*(?:true|false)\s*$/i.test(value);
}

/**
 * The host of a player iframe and what it plays (`config.videoHosts`, `config.audioHosts`,
 * `VIDEO_PATHS` on any host, and Microsoft Stream on SharePoint: `sharePointPlayer`), or
 * undefined when the src is not a known player. `title` is the frame's, which names the file
 * in Stream's embed code.
 */
export function playerHost(
  src: AttrValue | undefined,
  config: GateConfig,
  title?: AttrValue,
): { host: string; plays: 'video' | 'audio' } | undefined {
  if (typeof src !== 'string' || !src.trim()) return undefined;
  let url: URL;
  try {
    url = new URL(src.trim(), 'https://relative.invalid/');
  } catch {
    return undefined;
  }
  const host = url.hostname.toLowerCase();
  const path = url.pathname.toLowerCase();
  // `host`, or `host/path` for a player on a host that serves other iframes too.
  const known = (hosts: string[]) =>
    hosts.some((entry) => {
      const slash = entry.indexOf('/');
      const name = slash < 0 ? entry : entry.slice(0, slash);
      return (
        (host === name || host.endsWith(`.${name}`)) &&
        (slash < 0 || path.startsWith(entry.slice(slash)))
      );
    });
  if (known(config.videoHosts) || VIDEO_PATHS.some((player) => player.test(path)))
    return { host, plays: 'video' };
  if (known(config.audioHosts)) return { host, plays: 'audio' };
  const plays = sharePointPlayer(url, typeof title === 'string' ? title : undefined);
  return plays && { host, plays };
}

/** The player iframe an element is (its `src`, read with its `title`), as `playerHost`. */
export function framePlayer(
  el: El,
  config: GateConfig,
): { host: string; plays: 'video' | 'audio' } | undefined {
  return el.origin === 'html' && el.name === 'iframe'
    ? playerHost(attr(el, 'src'), config, attr(el, 'title'))
    : undefined;
}

/**
 * What Microsoft Stream's player on SharePoint plays, where universities on Microsoft 365 keep
 * lecture and Teams recordings: Stream's "Embed code" gives
 * `https://uni.sharepoint.com/…/_layouts/15/embed.aspx?UniqueId=…&referrer=StreamWebApp…`, and a
 * recording's own page is `…/_layouts/15/stream.aspx?id=…/Recording.mp4`. SharePoint's
 * `embed.aspx` shows any file (a picture, a PDF), so it is a player only where the address or
 * the frame says so: the file's name (`id=`, or the `title` Stream's embed code writes, as
 * `title="Lecture 3.mp4"`), else Stream's `referrer=` or its `nav=` playback options.
 */
function sharePointPlayer(url: URL, title: string | undefined): 'video' | 'audio' | undefined {
  if (!/(?:^|\.)sharepoint\.(?:com|us|cn)$/.test(url.hostname.toLowerCase())) return undefined;
  const page = /\/_layouts\/15\/(embed|stream)\.aspx$/i.exec(url.pathname)?.[1]?.toLowerCase();
  if (!page) return undefined;
  const file = url.searchParams.get('id') ?? title?.trim();
  const content = file ? contentByExtension(file) : undefined;
  if (content === 'video' || content === 'audio') return content;
  // A picture shown through embed.aspx (`title="chart.png"`).
  if (content) return undefined;
  const fromStream =
    page === 'stream' ||
    /^StreamWebApp\b/i.test(url.searchParams.get('referrer') ?? '') ||
    /playbackOptions/.test(url.searchParams.get('nav') ?? '');
  return fromStream ? 'video' : undefined;
}

/** The class names of the embed codes `scriptedPlayer` knows, for a quick first look. */
const EMBED_CLASS = /tiktok-embed|fb-video|instagram-media/;

/**
 * A social network's embed code that its script turns into a video player once the page loads:
 * what the page holds is a quote with a link, and what a reader gets is the video. TikTok's
 * (`<blockquote class="tiktok-embed">`, always a video), Instagram's for a reel
 * (`<blockquote class="instagram-media">` whose permalink is a `/reel/` or `/tv/`; a post may
 * be a photo, so it is not judged) and Facebook's video plugin (`<div class="fb-video">`).
 */
export function scriptedPlayer(el: El): { host: string; plays: 'video' } | undefined {
  if (el.origin !== 'html' || (el.name !== 'blockquote' && el.name !== 'div')) return undefined;
  // `className` in MDX, as React's embed snippets write it, renders as `class`.
  const classes = attr(el, 'class') ?? attr(el, 'classname');
  // Asked of every div of every built page: most have none of the three names at all.
  if (typeof classes !== 'string' || !EMBED_CLASS.test(classes)) return undefined;
  const has = (name: string) => classes.split(/\s+/).includes(name);
  if (el.name === 'blockquote' && has('tiktok-embed'))
    return { host: 'www.tiktok.com', plays: 'video' };
  if (el.name === 'div' && has('fb-video')) return { host: 'www.facebook.com', plays: 'video' };
  if (el.name === 'blockquote' && has('instagram-media')) {
    const link = attr(el, 'data-instgrm-permalink');
    if (typeof link === 'string' && /\/(?:reels?|tv)\//i.test(link))
      return { host: 'www.instagram.com', plays: 'video' };
  }
  return undefined;
}

const PRESENTATIONAL = new Set(['presentation', 'none']);
const SVG_ROLES = new Set(['img', 'graphics-document', 'graphics-symbol']);

/** Inside an `<svg>` (or the svg itself): the `svg-name` rule's ground, not `image-alt`'s. */
export function inSvg(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent)
    if (node.name === 'svg') return true;
  return false;
}

/** Inside a `<template>`: not on the page until a script puts it there. */
export function inTemplate(el: El): boolean {
  for (let node = el.parent; node; node = node.parent) if (node.name === 'template') return true;
  return false;
}

/** `<h1>` to `<h6>`, with the level. */
export const HEADING = /^h([1-6])$/;

/** A heading a reader can move to: `<h1>`–`<h6>` (unless `role="none"` holds), or `role="heading"`. */
export function isHeading(el: El): boolean {
  if (el.origin !== 'html') return false;
  if (el.attrs.role === undefined && !el.spread) return HEADING.test(el.name) && !inSvg(el);
  const r = role(el);
  const heading =
    r === 'heading' || (HEADING.test(el.name) && typeof r !== 'symbol' && !isPresentational(el));
  return heading && !inSvg(el);
}

/**
 * A heading's level as browsers give it: `aria-level` when it is a whole number from 1 up (it
 * overrides `<h2>`'s own), else the tag's, else 2 (ARIA's default for `role="heading"`);
 * undefined when only the render knows it (`aria-level={level}`).
 */
export function headingLevel(el: El): number | undefined {
  const level = attr(el, 'aria-level');
  if (level === DYNAMIC) return undefined;
  if (level !== undefined && /^\s*[1-9]\d*\s*$/.test(level)) return Number(level);
  const tag = HEADING.exec(el.name);
  return tag ? Number(tag[1]) : 2;
}

export type ImageKind = 'markdown' | 'img' | 'component' | 'input' | 'area' | 'role-img';

/** Which kind of image an element is for `image-alt`, if any. */
export function imageKind(el: El, config: GateConfig): ImageKind | undefined {
  if (el.origin === 'markdown') return 'markdown';
  if (el.origin === 'component')
    return config.imageComponents.has(el.name) ? 'component' : undefined;
  if (el.name === 'img') return 'img';
  // An <area> without href is no link: nothing to name (HTML has it leave out alt).
  if (el.name === 'area') return attr(el, 'href') === undefined ? undefined : 'area';
  if (el.name === 'input') {
    const type = attr(el, 'type');
    const written = typeof type === 'string' ? type.trim().toLowerCase() : '';
    if (written === 'image') return 'input';
    // A hidden field is never shown; any other, given role="img", is an image as any element is.
    if (written === 'hidden') return undefined;
  }
  return role(el) === 'img' && !inSvg(el) ? 'role-img' : undefined;
}

/**
 * How an image of `kind` is marked decorative, if at all: `alt=""` (`byAlt`, on an `<img>` or an
 * image component) or `role="presentation"`/`"none"`; and, when browsers ignore the marker, why
 * (`conflict`: it can take focus, has a global ARIA attribute, or a role of its own).
 */
export function decorativeMarking(
  el: El,
  kind: ImageKind,
): { marked: boolean; byAlt: boolean; conflict?: string } {
  const byAlt = (kind === 'img' || kind === 'component') && attr(el, 'alt') === '';
  const marked = byAlt || ((kind === 'img' || kind === 'role-img') && hasPresentationalRole(el));
  if (!marked || el.origin !== 'html') return { marked, byAlt };
  const conflict = byAlt ? emptyAltConflict(el) : presentationConflict(el);
  return conflict ? { marked, byAlt, conflict } : { marked, byAlt };
}

/** An svg element that claims to be a graphic and therefore needs a name. */
export function isNamedSvgGraphic(el: El): boolean {
  if (el.origin !== 'html' || !inSvg(el)) return false;
  const r = role(el);
  return typeof r === 'string' && SVG_ROLES.has(r);
}

/**
 * ARIA's global states and properties (ARIA 1.2), less `aria-hidden`, which hides the element
 * anyway. Any of them on an element makes browsers ignore `role="presentation"`/`"none"`.
 */
const GLOBAL_ARIA = new Set([
  'aria-atomic',
  'aria-busy',
  'aria-controls',
  'aria-current',
  'aria-describedby',
  'aria-details',
  'aria-disabled',
  'aria-dropeffect',
  'aria-errormessage',
  'aria-flowto',
  'aria-grabbed',
  'aria-haspopup',
  'aria-invalid',
  'aria-keyshortcuts',
  'aria-label',
  'aria-labelledby',
  'aria-live',
  'aria-owns',
  'aria-relevant',
  'aria-roledescription',
]);

/** Can take keyboard focus: a `tabindex` (any value), or an element that is focusable itself. */
export function isFocusable(el: El): boolean {
  return attr(el, 'tabindex') !== undefined || focusableItself(el);
}

/**
 * A form control that a `<fieldset disabled>` around it disables: all of them but those in the
 * fieldset's first `<legend>` (HTML's "actually disabled").
 */
function inDisabledFieldset(el: El): boolean {
  let child: El = el;
  for (let node = el.parent; node; child = node, node = node.parent) {
    if (node.origin !== 'html' || node.name !== 'fieldset' || node.attrs.disabled === undefined)
      continue;
    const legend = node.children.find((c): c is El => c.kind === 'element' && c.name === 'legend');
    if (child !== legend) return true;
  }
  return false;
}

/** A control that `disabled` turns off: its own, or a `<fieldset disabled>`'s around it. */
export function isDisabledControl(el: El): boolean {
  return attr(el, 'disabled') !== undefined || inDisabledFieldset(el);
}

/**
 * Focusable by what it is, whatever its `tabindex`: a link, a control that is not disabled, a
 * disclosure's `<summary>`, a player with `controls`, an iframe, an editable element.
 */
export function focusableItself(el: El): boolean {
  if (el.origin !== 'html') return false;
  const editable = attr(el, 'contenteditable');
  if (editable === DYNAMIC || (editable !== undefined && editable.trim().toLowerCase() !== 'false'))
    return true;
  const disabled = isDisabledControl(el);
  switch (el.name) {
    case 'a':
    case 'area':
      return attr(el, 'href') !== undefined;
    case 'button':
    case 'select':
    case 'textarea':
      return !disabled;
    case 'input': {
      const type = attr(el, 'type');
      return !disabled && !(typeof type === 'string' && type.trim().toLowerCase() === 'hidden');
    }
    case 'iframe':
      return true;
    case 'summary':
      // Only a <details>'s first <summary> is its summary, the one that opens it.
      return (
        el.parent?.name === 'details' &&
        el.parent.children.find((c) => c.kind === 'element' && c.name === 'summary') === el
      );
    case 'video':
    case 'audio':
      return attr(el, 'controls') !== undefined;
    default:
      return false;
  }
}

/**
 * Why browsers would ignore a presentational role (`role="none"`, `alt=""`) on this element, per
 * ARIA's presentational-roles conflict resolution: it can take focus, or it carries a global ARIA
 * attribute (the attribute's name). Undefined when the element really is presentational.
 */
export function presentationConflict(el: El): string | undefined {
  if (isFocusable(el)) return attr(el, 'tabindex') !== undefined ? 'tabindex' : 'focus';
  for (const name of Object.keys(el.attrs)) if (GLOBAL_ARIA.has(name)) return name;
  return undefined;
}

/**
 * Why browsers would not take an image's `alt=""` as decorative: a presentational conflict (see
 * presentationConflict), or a role of its own (`<img alt="" role="img">`): HTML allows no role but
 * presentation/none on an image with `alt=""`, and browsers expose it in that role, with no name.
 */
function emptyAltConflict(el: El): string | undefined {
  const r = role(el);
  if (typeof r === 'string' && !PRESENTATIONAL.has(r)) return `role="${r}"`;
  return presentationConflict(el);
}

/**
 * `role="presentation"`/`"none"` that holds: a deliberate decorative element. It does not hold
 * on an element that can take focus or carries a global ARIA attribute; that element is exposed
 * with its own role and needs a name like any other.
 */
export function isPresentational(el: El): boolean {
  const r = role(el);
  return typeof r === 'string' && PRESENTATIONAL.has(r) && presentationConflict(el) === undefined;
}

/** Whether `role` is presentation/none, conflict or not (for messages). */
export function hasPresentationalRole(el: El): boolean {
  const r = role(el);
  return typeof r === 'string' && PRESENTATIONAL.has(r);
}

const EXTENSION_CONTENT = new Map<string, 'image' | 'video' | 'audio'>([
  ...'png jpg jpeg gif webp avif svg bmp ico tif tiff jxl'
    .split(' ')
    .map((e) => [e, 'image'] as const),
  ...'mp4 m4v webm ogv mov mkv avi mpg mpeg'.split(' ').map((e) => [e, 'video'] as const),
  ...'mp3 m4a aac oga ogg opus wav flac weba'.split(' ').map((e) => [e, 'audio'] as const),
]);

/** What a file shows or plays, by its URL's extension: an image, a video, audio, or undefined. */
export function contentByExtension(url: string): 'image' | 'video' | 'audio' | undefined {
  return EXTENSION_CONTENT.get(extensionOf(url));
}

/** The attribute naming what an element embeds: `data` on `<object>`, `src` on `<embed>` and `<iframe>`. */
const EMBEDDED_URL: Record<string, string> = { object: 'data', embed: 'src', iframe: 'src' };

/**
 * What an `<object>`, `<embed>` or `<iframe>` shows, from its `type` (not on iframes) or else its
 * URL's extension or `data:` type: an image, a video or audio, or undefined for anything else (a
 * page, a PDF, a video or audio host's player, which `playerHost` knows).
 */
export function embeddedContent(el: El): 'image' | 'video' | 'audio' | undefined {
  const urlAttribute = el.origin === 'html' ? EMBEDDED_URL[el.name] : undefined;
  if (!urlAttribute) return undefined;
  const type = el.name === 'iframe' ? undefined : attr(el, 'type');
  if (typeof type === 'string' && type.trim()) return mediaType(type.trim());
  const url = attr(el, urlAttribute);
  if (typeof url !== 'string') return undefined;
  const path = url.trim().split(/[?#]/)[0]!;
  if (/^data:/i.test(path)) return mediaType(/^data:([^;,]*)/i.exec(path)?.[1] ?? '');
  return contentByExtension(path);
}

function mediaType(type: string): 'image' | 'video' | 'audio' | undefined {
  const major = type.toLowerCase().split('/')[0];
  return major === 'image' || major === 'video' || major === 'audio' ? major : undefined;
}

/**
 * What an `<object>` or `<embed>` shows, for `object-alt`: an image, a video or audio (non-text
 * content, which needs a name: ACT rule 8fc3b6), a document for anything else it loads (a PDF, a
 * page: a screen reader announces it as a frame, which needs a name as an iframe does), or
 * undefined when it loads nothing. Iframes are `frame-title`'s.
 */
export function objectContent(el: El): 'image' | 'video' | 'audio' | 'document' | undefined {
  if (el.origin !== 'html' || (el.name !== 'object' && el.name !== 'embed')) return undefined;
  const content = embeddedContent(el);
  if (content) return content;
  const url = attr(el, EMBEDDED_URL[el.name]!);
  return url === DYNAMIC || (typeof url === 'string' && url.trim()) ? 'document' : undefined;
}

export type MediaKind = 'video' | 'audio' | 'component' | 'embed';

/** Which kind of media an element is for `media-transcript`, if any. */
export function mediaKind(el: El, config: GateConfig): MediaKind | undefined {
  if (el.origin === 'component')
    return config.mediaComponents.has(el.name) ? 'component' : undefined;
  if (el.origin !== 'html') return undefined;
  if (el.name === 'video' || el.name === 'audio') return el.name;
  if (framePlayer(el, config)) return 'embed';
  // A video or audio file shown by <object>, <embed> or <iframe> is a player all the same.
  const content = embeddedContent(el);
  if (content === 'video' || content === 'audio') return content;
  // Commonplace's lightweight YouTube player: no iframe until the reader asks for one.
  if (attr(el, MEDIA_ATTRIBUTE) !== undefined) return 'embed';
  // A social network's embed code, a video player once its script runs.
  if (scriptedPlayer(el)) return 'embed';
  return undefined;
}
