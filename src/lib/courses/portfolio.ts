/**
 * A course portfolio (README "Course portfolio"): every entry of a course on one page, in module
 * order, readable on screen, on paper and as a tagged PDF. Pure functions: the page and its
 * components only call them.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Element, Text } from 'domhandler';
import type { CourseOutline } from './courses.ts';
import { escapeHtml } from '../util/escape-html.ts';
import type { Words } from '../site/words/translate.ts';

/** The site's interface words, for the labels the portfolio writes. */
type PortfolioWords = Pick<Words, 't' | 'plural' | 'around'>;

/** The fragment id of an entry's article on the portfolio page, e.g. `posts-week-1`. */
export const portfolioAnchor = (entry: { collection: string; id: string }) =>
  `${entry.collection}-${entry.id}`;

/**
 * A title as one line of single spaces. The print stylesheet keeps headings' spaces (see
 * shiftHeadings), so a title with a line break in its YAML must not carry the break along.
 */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface PortfolioSection<T> {
  /** The section heading's id: `module-<id>`, or `also-in-this-course` (no module id can be). */
  id: string;
  title: string;
  /**
   * `title` cut into the interface's words and a module's title (the course file's words, none
   * for the last section), so the page marks each part with its language where they differ.
   */
  titleParts: { before: string; name: string; after: string };
  summary?: string;
  entries: T[];
}

/**
 * The portfolio's sections: one per module in the course file's order (empty ones too, so the
 * contents show what is still missing), then the entries that name no known module.
 */
export function portfolioSections<T>(
  outline: CourseOutline<T>,
  words: PortfolioWords,
): PortfolioSection<T>[] {
  const sections: PortfolioSection<T>[] = outline.modules.map((module) => ({
    id: `module-${module.id}`,
    title: oneLine(
      words.t('Module {number}: {title}', { number: module.number, title: module.title }),
    ),
    titleParts: {
      ...words.around('Module {number}: {title}', 'title', { number: module.number }),
      name: oneLine(module.title),
    },
    summary: module.summary || undefined,
    entries: module.entries,
  }));
  if (outline.unassigned.length > 0) {
    sections.push({
      id: 'also-in-this-course',
      title: words.t('Also in this course'),
      titleParts: { before: words.t('Also in this course'), name: '', after: '' },
      entries: outline.unassigned,
    });
  }
  return sections;
}

/**
 * Yields `render(item)` one item at a time. Astro renders the items of an array at once, but an
 * iterator one after the other: each entry sets `Astro.locals.entryFile` (which its media
 * components read to find their transcripts) and must finish rendering before the next starts.
 */
export function* oneAtATime<T, R>(items: Iterable<T>, render: (item: T) => R): Generator<R> {
  for (const item of items) yield render(item);
}

export interface PortfolioHtmlOptions {
  /** Put before every id in this entry, so two entries' "what-i-learned" headings stay distinct. */
  idPrefix: string;
  /** Levels to add to each heading: content's h2 sits under the entry's own heading. */
  headingShift: number;
  /** The entry's own absolute URL: relative links resolve against it for print. */
  pageUrl: string;
  /**
   * The landmarks' names the page's earlier entries gave (`region Table: Week, Task`), shared by
   * every entry of one page and added to here. Default: a set of this entry's own.
   */
  landmarks?: Set<string>;
}

/** Attributes whose value is a space-separated list of ids on the same page. */
const ID_LIST_ATTRIBUTES = [
  'for',
  'headers',
  'list',
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
];
const HEADING = /^h([1-6])$/;
const SCRIPT_URL = /^\s*(?:javascript|vbscript|data):/i;

const isElement = (node: ChildNode): node is Element => node.type === 'tag';
const elements = (nodes: ChildNode[], test: (el: Element) => boolean) =>
  DomUtils.findAll(test, nodes);
const text = (node: ChildNode | ChildNode[]) =>
  DomUtils.textContent(node).replace(/\s+/g, ' ').trim();

const fromHtml = (html: string) => parseDocument(html).children[0] as Element;

/**
 * `<figcaption>` with the image's alt text, for readers of the screen and the paper. Hidden from
 * assistive technology, which already reads the same words as the image's alt.
 */
const altCaption = (alt: string, words: PortfolioWords) =>
  fromHtml(
    `<figcaption class="alt-caption" aria-hidden="true"><span class="alt-caption-label">${escapeHtml(words.t('Alt text:'))}</span> ${escapeHtml(alt)}</figcaption>`,
  );

/** The one image a paragraph holds, alone or inside a link, with nothing but spaces beside it. */
function loneImage(paragraph: Element): Element | undefined {
  const meaningful = paragraph.children.filter(
    (child) => isElement(child) || DomUtils.textContent(child).trim() !== '',
  );
  if (meaningful.length !== 1 || !isElement(meaningful[0]!)) return undefined;
  const only = meaningful[0];
  if (only.name === 'img') return only;
  if (only.name === 'a') {
    const inner = only.children.filter(
      (child) => isElement(child) || DomUtils.textContent(child).trim() !== '',
    );
    if (inner.length === 1 && isElement(inner[0]!) && inner[0].name === 'img') return inner[0];
  }
  return undefined;
}

function renameIds(nodes: ChildNode[], prefix: string): void {
  const renamed = new Map<string, string>();
  for (const el of elements(nodes, (el) => Boolean(el.attribs.id))) {
    const id = el.attribs.id!;
    renamed.set(id, `${prefix}${id}`);
    el.attribs.id = `${prefix}${id}`;
  }
  if (renamed.size === 0) return;
  for (const el of elements(nodes, () => true)) {
    for (const name of ID_LIST_ATTRIBUTES) {
      const value = el.attribs[name];
      if (value === undefined) continue;
      el.attribs[name] = value
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => renamed.get(token) ?? token)
        .join(' ');
    }
    const href = el.name === 'a' ? el.attribs.href : undefined;
    if (href?.startsWith('#')) {
      let target = href.slice(1);
      try {
        target = decodeURIComponent(target);
      } catch {
        // A malformed escape: keep the fragment as written.
      }
      const to = renamed.get(target);
      if (to) el.attribs.href = `#${encodeURIComponent(to)}`;
    }
  }
}

/**
 * Moves headings `shift` levels down (never past h6) and makes their text one line of single
 * spaces: the print stylesheet keeps headings' spaces (white-space: pre-wrap) because Chromium
 * builds each PDF bookmark from the heading's lines and drops the space where a line wraps.
 */
function shiftHeadings(nodes: ChildNode[], shift: number): void {
  for (const el of elements(nodes, (el) => HEADING.test(el.name))) {
    const level = Number(HEADING.exec(el.name)![1]) + shift;
    el.name = `h${Math.min(Math.max(level, 1), 6)}`;
    const texts = DomUtils.filter((node) => node.type === 'text', el.children) as Text[];
    for (const node of texts) node.data = node.data.replace(/\s+/g, ' ');
    const [first, last] = [el.children[0], el.children.at(-1)];
    if (first?.type === 'text') (first as Text).data = (first as Text).data.trimStart();
    if (last?.type === 'text') (last as Text).data = (last as Text).data.trimEnd();
  }
}

/** Media transcripts are disclosures on the web; in a portfolio they are read, so they start open. */
function openTranscripts(nodes: ChildNode[]): void {
  for (const el of elements(
    nodes,
    (el) => el.name === 'details' && 'data-transcript' in el.attribs,
  ))
    el.attribs.open = '';
}

/**
 * Every image with alt text gets a visible caption on paper: a figure without a `<figcaption>`
 * gets one with the alt text, and a paragraph that holds only an image (Markdown's `![alt](…)`)
 * becomes such a figure. Decorative images (`alt=""`) and images in running text are left alone.
 */
function captionImages(nodes: ChildNode[], words: PortfolioWords): void {
  for (const figure of elements(nodes, (el) => el.name === 'figure')) {
    if (elements(figure.children, (el) => el.name === 'figcaption').length > 0) continue;
    const image = elements(figure.children, (el) => el.name === 'img')[0];
    const alt = image?.attribs.alt?.trim();
    if (alt) DomUtils.appendChild(figure, altCaption(alt, words));
  }
  for (const paragraph of elements(nodes, (el) => el.name === 'p')) {
    const image = loneImage(paragraph);
    const alt = image?.attribs.alt?.trim();
    if (!image || !alt) continue;
    const figure = fromHtml('<figure class="portfolio-figure"></figure>');
    DomUtils.replaceElement(paragraph, figure);
    for (const child of [...paragraph.children]) DomUtils.appendChild(figure, child);
    DomUtils.appendChild(figure, altCaption(alt, words));
  }
}

/** Attributes holding one URL that may be written relative to the entry's own page. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** A URL relative to the entry's page, made to mean the same on the portfolio page. */
function rebase(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith('/') || HAS_SCHEME.test(trimmed))
    return value;
  try {
    const url = new URL(trimmed, pageUrl);
    const page = new URL(pageUrl);
    // Same site: a root-relative path, so it works on a preview server too; else absolute.
    return url.origin === page.origin ? `${url.pathname}${url.search}${url.hash}` : url.href;
  } catch {
    return value;
  }
}

/**
 * Links and media written relative to the entry (`../other-post/`, `./chart.png` in raw HTML)
 * would point elsewhere from `/courses/<id>/portfolio/`: they are resolved against the entry's
 * own URL first.
 */
function rebaseUrls(nodes: ChildNode[], pageUrl: string): void {
  for (const el of elements(nodes, () => true)) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.attribs[name];
      if (value !== undefined) el.attribs[name] = rebase(value, pageUrl);
    }
    if (el.name === 'object' && el.attribs.data !== undefined)
      el.attribs.data = rebase(el.attribs.data, pageUrl);
    const srcset = el.attribs.srcset;
    if (srcset !== undefined) {
      el.attribs.srcset = srcset
        .split(',')
        .map((candidate) => {
          const [url, ...descriptor] = candidate.trim().split(/\s+/);
          return url ? [rebase(url, pageUrl), ...descriptor].join(' ') : '';
        })
        .filter(Boolean)
        .join(', ');
    }
  }
}

/**
 * Marks each link with its absolute URL (`data-print-url`), which the print stylesheet writes
 * after the link text: on paper a link is only worth its address. Links within the page, links
 * whose text already is the address, and script URLs get none.
 */
function markLinkUrls(nodes: ChildNode[], pageUrl: string): void {
  for (const link of elements(nodes, (el) => el.name === 'a' && Boolean(el.attribs.href))) {
    const href = link.attribs.href!.trim();
    if (href.startsWith('#') || SCRIPT_URL.test(href)) continue;
    let url: string;
    try {
      url = new URL(href, pageUrl).href;
    } catch {
      continue;
    }
    const label = text(link);
    if (label === href || label === url || `${label}/` === url) continue;
    link.attribs['data-print-url'] = url;
  }
}

/** The landmark role an element's name makes it, written or implied: `<section aria-label>` is a region. */
const IMPLIED_LANDMARKS: Record<string, string> = {
  section: 'region',
  aside: 'complementary',
  nav: 'navigation',
  form: 'form',
  search: 'search',
};
const LANDMARKS = new Set([
  ...Object.values(IMPLIED_LANDMARKS),
  'banner',
  'contentinfo',
  'main',
  'region',
]);

/**
 * Each entry names its own landmarks apart (table-scroll.ts counts a second "Table: Week, Task"
 * region as "… (2)"), but the portfolio puts every entry on one page, where two entries' tables
 * of the same headers would be two regions of one name: a screen reader's list of regions could
 * not tell them apart (axe's `landmark-unique`). A name an earlier entry gave its landmark of the
 * same role gets the first free number after it. Names from `aria-labelledby` are the words of
 * a heading, which stay as written.
 */
function uniqueLandmarkNames(nodes: ChildNode[], seen: Set<string>): void {
  for (const el of elements(nodes, (el) => Boolean(el.attribs['aria-label']?.trim()))) {
    const role = el.attribs.role?.trim().split(/\s+/)[0] ?? IMPLIED_LANDMARKS[el.name];
    if (!role || !LANDMARKS.has(role)) continue;
    const name = el.attribs['aria-label']!.replace(/\s+/g, ' ').trim();
    let unique = name;
    for (let nth = 2; seen.has(`${role} ${unique}`); nth++) unique = `${name} (${nth})`;
    seen.add(`${role} ${unique}`);
    el.attribs['aria-label'] = unique;
  }
}

/**
 * One entry's rendered content, made fit for the portfolio page: its relative URLs resolved
 * against its own page, its ids prefixed (and every reference to them), its headings shifted under the entry's title, its transcripts open, its
 * images captioned with their alt text, its links marked with the URL to print, and its
 * landmarks named apart from the page's other entries'. `words` are the site's interface words,
 * for the captions' label.
 */
export function portfolioContentHtml(
  html: string,
  options: PortfolioHtmlOptions,
  words: PortfolioWords,
): string {
  const nodes = parseDocument(html).children;
  rebaseUrls(nodes, options.pageUrl);
  renameIds(nodes, options.idPrefix);
  shiftHeadings(nodes, options.headingShift);
  openTranscripts(nodes);
  captionImages(nodes, words);
  markLinkUrls(nodes, options.pageUrl);
  uniqueLandmarkNames(nodes, options.landmarks ?? new Set());
  // emptyAttrs: alt="" stays alt="", which every reader (and the gate) takes for decorative.
  return DomUtils.getOuterHTML(nodes, { encodeEntities: 'utf8', emptyAttrs: true });
}
