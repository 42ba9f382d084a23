import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import { feedContent } from './html.ts';
import type { FeedItem } from './items.ts';
import { CONTENT_CLASS, COURSE_META, SECTIONS, type Section } from './page-meta.ts';
import { xmlSafeText } from './sanitize.ts';

/**
 * Reads feed items back from built pages: the build renders each entry once, for its page, and
 * the feeds take the page's head metadata and rendered body (see `page-meta.ts` for what an
 * entry page carries). Pure: text in, item out; the caller names the file in errors.
 */

interface Head {
  /** `<meta property|name>` values by key, in page order (`article:tag` repeats). */
  meta: Map<string, string[]>;
  /** `<link>` attributes, in page order. */
  links: Record<string, string>[];
  /** The `<title>` text. */
  title: string;
}

function readHead(document: Document): Head {
  const head = DomUtils.findOne((el) => el.name === 'head', document.children);
  const meta = new Map<string, string[]>();
  const links: Record<string, string>[] = [];
  let title = '';
  for (const el of head ? DomUtils.findAll(() => true, head.children) : []) {
    if (el.name === 'meta') {
      const key = el.attribs.property ?? el.attribs.name;
      const content = el.attribs.content;
      if (key && content !== undefined) meta.set(key, [...(meta.get(key) ?? []), content]);
    } else if (el.name === 'link') {
      links.push(el.attribs);
    } else if (el.name === 'title') {
      title = DomUtils.textContent(el).trim();
    }
  }
  return { meta, links, title };
}

const first = (head: Head, key: string) => head.meta.get(key)?.[0];
const isSection = (value: string | undefined): value is Section =>
  Object.values(SECTIONS).includes(value as Section);
const hasClass = (el: Element, name: string) =>
  (el.attribs.class ?? '').split(/\s+/).includes(name);

function date(head: Head, key: string): Date | undefined {
  const value = first(head, key);
  if (value === undefined) return undefined;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) {
    throw new Error(`<meta property="${key}" content="${value}"> is not a date: write an ISO date`);
  }
  return parsed;
}

const missing = (what: string) =>
  new Error(`this entry page has no ${what}, which its feed item needs`);

/**
 * The feed item of a built reflection or guide page, or `undefined` when the page is not one
 * (no `article:section` of Reflection or Guide). Throws, saying what is missing, for an entry
 * page that lacks its URL, title, date or body element.
 */
export function readEntryPage(html: string): FeedItem | undefined {
  // Most pages of a site are listings: skip them without building a tree.
  if (!html.includes('article:section')) return undefined;
  const document = parseDocument(xmlSafeText(html));
  const head = readHead(document);
  const section = first(head, 'article:section');
  if (!isSection(section)) return undefined;

  const url = first(head, 'og:url') ?? head.links.find((link) => link.rel === 'canonical')?.href;
  if (!url) throw missing('<meta property="og:url"> or canonical link');
  const title = first(head, 'og:title') ?? head.title;
  if (!title) throw missing('<meta property="og:title">');
  const published = date(head, 'article:published_time');
  if (!published) throw missing('<meta property="article:published_time">');
  const body = DomUtils.findOne((el) => hasClass(el, CONTENT_CLASS), document.children);
  if (!body) throw missing(`element with class="${CONTENT_CLASS}" around its content`);
  const course = first(head, COURSE_META);
  const lang = DomUtils.findOne((el) => el.name === 'html', document.children, false)?.attribs.lang;
  return {
    url,
    title,
    summary: first(head, 'description') ?? first(head, 'og:description') ?? '',
    content: feedContent(body, url),
    published,
    modified: date(head, 'article:modified_time'),
    tags: head.meta.get('article:tag') ?? [],
    section,
    ...(course && { course }),
    ...(lang && { lang }),
  };
}

/** What a tag or course page says about the feed it announces. */
export interface ChannelInfo {
  /** The title of the page's `<link rel="alternate">` to the feed, else the page's title. */
  title: string;
  /** The page's meta description. */
  description: string;
}

/**
 * Reads a feed's title and description from the page that announces it (a tag or course page):
 * the title of its `<link rel="alternate" href="feedUrl">`, and its description. Only the head
 * is parsed; these pages can list hundreds of entries.
 */
export function readChannelPage(html: string, feedUrl: string): ChannelInfo {
  const end = html.indexOf('</head>');
  const head = readHead(parseDocument(xmlSafeText(end === -1 ? html : html.slice(0, end))));
  const announced = head.links.find(
    (link) => link.rel === 'alternate' && link.href === feedUrl && link.title,
  );
  return {
    title: announced?.title ?? first(head, 'og:title') ?? head.title,
    description: first(head, 'description') ?? first(head, 'og:description') ?? '',
  };
}
