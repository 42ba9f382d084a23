import { DomUtils, Parser, parseDocument } from 'htmlparser2';
import { feedContent, feedHtml, hasClass, type FeedWords } from './html.ts';
import type { FeedEntry } from './items.ts';
import { SECTIONS, type Section } from './page-meta.ts';
import { CONTENT_CLASS, COURSE_META, COVER_META, entryContentRange } from '../site/page-markers.ts';
import { xmlSafeText } from './sanitize.ts';
import { detached } from '../util/detached.ts';

/**
 * Reads feed items back from built pages: the build renders each entry once, for its page, and
 * the feeds take the page's head metadata (and `<html lang>`) and rendered body (see `page-meta.ts` and `../page-markers.ts` for what an
 * entry page carries). Pure: text in, item out; the caller names the file in errors.
 *
 * A site has a thousand such pages, so neither step builds a tree of the page: the head is read
 * by htmlparser2's tokenizer, which stops at `</head>`, and the body is the text between the
 * layout's two content comments, which alone is parsed and made ready for feed readers.
 */

interface Head {
  /** `<meta property|name>` values by key, in page order (`article:tag` repeats). */
  meta: Map<string, string[]>;
  /** `<link>` attributes, in page order. */
  links: Record<string, string>[];
  /** The `<title>` text. */
  title: string;
  /** The `lang` of the page's `<html>` element, if it has one. */
  lang?: string;
}

/**
 * The metadata in a page's `<head>`, read by the tokenizer until the head ends (at `</head>`, or
 * at `<body>` when the end tag is left out). Values have characters XML forbids dropped.
 */
function readHead(html: string): Head {
  const meta = new Map<string, string[]>();
  const links: Record<string, string>[] = [];
  let title = '';
  let lang: string | undefined;
  let inTitle = false;
  const parser: Parser = new Parser({
    onopentag(name, attribs) {
      if (name === 'html') {
        lang = attribs.lang || undefined;
      } else if (name === 'meta') {
        const key = attribs.property ?? attribs.name;
        const content = attribs.content;
        if (key && content !== undefined)
          meta.set(key, [...(meta.get(key) ?? []), xmlSafeText(content)]);
      } else if (name === 'link') {
        links.push(attribs);
      } else if (name === 'title') {
        inTitle = true;
      } else if (name === 'body') {
        parser.pause();
      }
    },
    ontext(text) {
      if (inTitle) title += text;
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      else if (name === 'head') parser.pause();
    },
  });
  parser.write(html);
  return { meta, links, title: xmlSafeText(title).trim(), ...(lang && { lang }) };
}

const first = (head: Head, key: string) => head.meta.get(key)?.[0];

const isSection = (value: string | undefined): value is Section =>
  Object.values(SECTIONS).includes(value as Section);

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
 * The entry's rendered body as feed-item HTML (see `feedContent`): the text between the layout's
 * content comments, and only that text parsed. A page without them (a layout changed without
 * them) is parsed whole, and the element with `CONTENT_CLASS` is the body. `url` is the entry's
 * own (its `FeedEntry.url`), which relative links are resolved against; `words` are the
 * interface's, for the links that stand in for players, and `lang` the entry's (its
 * `FeedEntry.lang`).
 */
export function readEntryContent(
  html: string,
  url: string,
  words: FeedWords,
  lang = words.lang,
): string {
  const range = entryContentRange(html);
  if (range) return feedHtml(html.slice(range.start, range.end), url, words, lang);
  const body = DomUtils.findOne(
    (el) => hasClass(el, CONTENT_CLASS),
    parseDocument(xmlSafeText(html)).children,
  );
  if (!body) throw missing(`element with class="${CONTENT_CLASS}" around its content`);
  return feedContent(body, url, words, lang);
}

/**
 * What a built reflection or guide page's head says about its entry (its feed item without the
 * content, which `readEntryContent` reads for the entries a feed lists), or `undefined` when the
 * page is not one (no `article:section` of Reflection or Guide). Throws, saying what is missing,
 * for an entry page that lacks its URL, title or date.
 */
export function readEntryHead(html: string): FeedEntry | undefined {
  // Most pages of a site are listings: skip them without reading them.
  if (!html.includes('article:section')) return undefined;
  const head = readHead(html);
  const section = first(head, 'article:section');
  if (!isSection(section)) return undefined;

  const url = first(head, 'og:url') ?? head.links.find((link) => link.rel === 'canonical')?.href;
  if (!url) throw missing('<meta property="og:url"> or canonical link');
  const title = first(head, 'og:title') ?? head.title;
  if (!title) throw missing('<meta property="og:title">');
  const published = date(head, 'article:published_time');
  if (!published) throw missing('<meta property="article:published_time">');
  const course = first(head, COURSE_META);
  const cover = first(head, COVER_META);
  return {
    url: detached(url),
    title: detached(title),
    summary: detached(first(head, 'description') ?? first(head, 'og:description') ?? ''),
    published,
    modified: date(head, 'article:modified_time'),
    tags: (head.meta.get('article:tag') ?? []).map(detached),
    section,
    ...(course && { course: detached(course) }),
    ...(cover && {
      cover: { url: detached(cover), alt: detached(first(head, 'og:image:alt') ?? '') },
    }),
    ...(head.lang && { lang: detached(head.lang) }),
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
 * is read; these pages can list hundreds of entries.
 */
export function readChannelPage(html: string, feedUrl: string): ChannelInfo {
  const head = readHead(html);
  const announced = head.links.find(
    (link) => link.rel === 'alternate' && link.href === feedUrl && link.title,
  );
  return {
    title: xmlSafeText(announced?.title ?? first(head, 'og:title') ?? head.title),
    description: first(head, 'description') ?? first(head, 'og:description') ?? '',
  };
}
