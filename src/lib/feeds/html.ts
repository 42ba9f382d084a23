import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element, ParentNode } from 'domhandler';
import { xmlSafeText } from './sanitize.ts';
import { escapeHtml } from '../util/escape-html.ts';
import { TABLE_SCROLL_CLASS } from '../content/table-scroll.ts';
import type { Words } from '../site/words/translate.ts';
import type { Phrase } from '../site/words/catalog.ts';
import { langAttributes, langMarkup } from '../site/lang.ts';

/** The interface's words (and their language), which the feeds' own text is written in. */
export type FeedWords = Pick<Words, 'lang' | 't' | 'plural' | 'around'>;

/** Elements that run code or carry page-only styling: never part of a feed item. */
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'link', 'meta', 'base']);
/**
 * Players and embeds that feed readers drop; each becomes a link to what it plays, its text
 * without and with the player's name.
 */
const EMBEDDED: [Phrase, Phrase] = [
  'Open the embedded content',
  'Open the embedded content: {title}',
];
const MEDIA: Record<string, [Phrase, Phrase]> = {
  video: ['Watch the video', 'Watch the video: {title}'],
  audio: ['Listen to the audio', 'Listen to the audio: {title}'],
  iframe: EMBEDDED,
  embed: EMBEDDED,
  object: EMBEDDED,
};

/**
 * The link that stands in for a player: the interface's words, marked with their language where
 * the entry is in another (WCAG 3.1.2), and the player's name, which the entry's author wrote,
 * marked back with the entry's.
 */
function mediaLink(
  href: string,
  [plain, titled]: [Phrase, Phrase],
  title: string | undefined,
  words: FeedWords,
  lang: string,
): string {
  const open = `<a href="${escapeHtml(href)}"${langMarkup(langAttributes(words.lang, lang))}>`;
  if (!title) return `${open}${escapeHtml(words.t(plain))}</a>`;
  const { before, after } = words.around(titled, 'title');
  const name = langAttributes(lang, words.lang);
  const named = name.lang
    ? `<span${langMarkup(name)}>${escapeHtml(title)}</span>`
    : escapeHtml(title);
  return `${open}${escapeHtml(before)}${named}${escapeHtml(after)}</a>`;
}
/** Attributes holding one URL, which must be absolute in a feed. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'data'];
const SCRIPT_URL = /^\s*(?:javascript|vbscript):/i;

function absolute(value: string, base: string): string | undefined {
  if (SCRIPT_URL.test(value)) return undefined;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return value;
  }
}

function absoluteSrcset(value: string, base: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url, ...descriptor] = candidate.trim().split(/\s+/);
      if (!url) return '';
      return [absolute(url, base) ?? '', ...descriptor].join(' ');
    })
    .filter(Boolean)
    .join(', ');
}

/** Where a player points: its own `src`, else its first `<source>`'s. */
function mediaSource(element: Element): string | undefined {
  const own = element.attribs.src ?? element.attribs.data;
  if (own) return own;
  const source = DomUtils.findOne(
    (node) => node.name === 'source' && Boolean(node.attribs.src),
    element.children,
  );
  return source?.attribs.src;
}

function fragment(html: string): ChildNode[] {
  return parseDocument(html).children;
}

/** Whether an element's `class` names `name`. */
export const hasClass = (el: Element, name: string) =>
  (el.attribs.class ?? '').split(/\s+/).includes(name);

function replaceWith(node: ChildNode, replacement: ChildNode[]) {
  for (const child of replacement) DomUtils.prepend(node, child);
  DomUtils.removeElement(node);
}

/**
 * Elements whose content is phrasing only: a `<p>` inside one would be invalid (`<p><p>`), and
 * feed readers that re-parse the HTML would split the paragraph around it. A player written
 * inline in Markdown (`<video …>` in a paragraph) is inside a `<p>`.
 */
const PHRASING_PARENTS = new Set([
  'p',
  'a',
  'span',
  'em',
  'strong',
  'b',
  'i',
  'small',
  'label',
  'summary',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'figcaption',
  'dt',
  'caption',
  'th',
  'td',
  'li',
  'dd',
  'button',
  'q',
  'cite',
]);

function rewriteMedia(element: Element, base: string, words: FeedWords, lang: string) {
  const src = mediaSource(element);
  const href = src ? absolute(src, base) : undefined;
  if (!href) {
    DomUtils.removeElement(element);
    return;
  }
  const label = element.attribs['aria-label'] ?? element.attribs.title;
  const link = mediaLink(href, MEDIA[element.name]!, label || undefined, words, lang);
  const parent = element.parent as Element | null;
  const inline = parent?.type === 'tag' && PHRASING_PARENTS.has(parent.name);
  replaceWith(element, fragment(inline ? link : `<p>${link}</p>`));
}

/** `<details>` is stripped by many feed readers: its summary becomes a bold line, always open. */
function openDetails(element: Element) {
  const summary = element.children.find(
    (child): child is Element => child.type === 'tag' && (child as Element).name === 'summary',
  );
  const heading = summary
    ? `<p><strong>${DomUtils.getInnerHTML(summary, { encodeEntities: 'utf8' })}</strong></p>`
    : '';
  const body = element.children
    .filter((child) => child !== summary)
    .map((child) => DomUtils.getOuterHTML(child, { encodeEntities: 'utf8' }))
    .join('');
  const id = element.attribs.id ? ` id="${escapeHtml(element.attribs.id)}"` : '';
  replaceWith(element, fragment(`<div${id}>${heading}${body}</div>`));
}

function cleanAttributes(element: Element, base: string) {
  for (const name of Object.keys(element.attribs)) {
    const value = element.attribs[name]!;
    if (
      name.startsWith('on') ||
      name.startsWith('data-') ||
      name === 'style' ||
      name === 'aria-describedby'
    ) {
      delete element.attribs[name];
    } else if (URL_ATTRIBUTES.includes(name)) {
      const url = absolute(value, base);
      if (url === undefined) delete element.attribs[name];
      else element.attribs[name] = url;
    } else if (name === 'srcset') {
      element.attribs[name] = absoluteSrcset(value, base);
    }
  }
}

/**
 * Turns an entry's rendered HTML into feed-item HTML: scripts and styles removed, every URL
 * absolute (relative to the entry's own page), video, audio and embeds replaced by a link to
 * the media, transcripts (`<details>`) opened up as plain text, and characters XML forbids
 * dropped. Feed readers run no scripts, drop players and resolve no relative URLs, so what is
 * left must make sense on its own. The links are written in the interface's `words`, and
 * marked with their language where `lang`, the content's (its page's), is another.
 */
export function feedHtml(
  html: string,
  pageUrl: string,
  words: FeedWords,
  lang = words.lang,
): string {
  return feedContent(parseDocument(xmlSafeText(html)), pageUrl, words, lang);
}

/**
 * `feedHtml` for content that is already parsed, such as the body element of a built page:
 * rewrites the children of `root` in place and returns them as HTML. The caller drops
 * characters XML forbids before parsing (see `xmlSafeText`).
 */
export function feedContent(
  root: ParentNode,
  pageUrl: string,
  words: FeedWords,
  lang = words.lang,
): string {
  const attached = (node: ChildNode) => {
    let current: ParentNode | null = node.parent;
    while (current && current !== root) current = current.parent;
    return current === root;
  };
  // Each pass collects first and then rewrites: changing the tree while walking it skips nodes.
  const all = (test: (element: Element) => boolean) =>
    DomUtils.findAll(test, root.children).filter(attached);
  for (const comment of DomUtils.filter((node) => node.type === 'comment', root.children)) {
    DomUtils.removeElement(comment);
  }
  for (const element of all((el) => DROPPED.has(el.name))) {
    if (attached(element)) DomUtils.removeElement(element);
  }
  for (const element of all((el) => el.name in MEDIA)) {
    if (attached(element)) rewriteMedia(element, pageUrl, words, lang);
  }
  // Innermost first, so an outer <details> copies its already-opened children.
  for (const element of all((el) => el.name === 'details').reverse()) openDetails(element);
  // A table's scrolling region is the page's (src/integrations/table-scroll.ts): a feed reader
  // lays the table out itself, and the region would only add a stop to its tab order.
  for (const element of all((el) => el.name === 'div' && hasClass(el, TABLE_SCROLL_CLASS))) {
    replaceWith(element, [...element.children]);
  }
  for (const element of all(() => true)) cleanAttributes(element, pageUrl);
  return DomUtils.getInnerHTML(root, { encodeEntities: 'utf8' }).trim();
}
