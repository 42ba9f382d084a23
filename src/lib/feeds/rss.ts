import { getRssString, type RSSOptions } from '@astrojs/rss';
import { absoluteUrl, withBase } from '../site/urls.ts';
import { itemContent, type FeedChannel, type FeedItem, type FeedSite } from './items.ts';
import { FEED_SCRIPT, FEED_STYLESHEET } from './plan.ts';
import { xmlSafeText } from './sanitize.ts';
import { escapeHtml } from '../util/escape-html.ts';

const XHTML = 'http://www.w3.org/1999/xhtml';
const ATOM = 'http://www.w3.org/2005/Atom';
/** Media RSS: the cover image as `<media:content medium="image">`, which feed readers show. */
const MEDIA = 'http://search.yahoo.com/mrss/';
/** Dublin Core: RSS 2.0 has a language per channel only; `dc:language` gives one per item. */
const DC = 'http://purl.org/dc/elements/1.1/';
/** `content:encoded`, which @astrojs/rss declares only on a document whose items carry content. */
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';

const escapeXml = (text: string) => escapeHtml(xmlSafeText(text));

const IMAGE_TYPES: Record<string, string> = {
  avif: 'image/avif',
  gif: 'image/gif',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  png: 'image/png',
  svg: 'image/svg+xml',
  webp: 'image/webp',
};

/** The MIME type of an image URL from its extension, or undefined when it has none we know. */
export function imageType(url: string): string | undefined {
  const extension = /\.([a-z0-9]+)(?:[?#]|$)/i.exec(new URL(url).pathname)?.[1]?.toLowerCase();
  return extension ? IMAGE_TYPES[extension] : undefined;
}

function coverXml(cover: NonNullable<FeedItem['cover']>): string {
  const type = imageType(cover.url);
  return [
    `<media:content url="${escapeXml(cover.url)}" medium="image"${type ? ` type="${type}"` : ''}>`,
    cover.alt ? `<media:description type="plain">${escapeXml(cover.alt)}</media:description>` : '',
    '</media:content>',
  ].join('');
}

/**
 * Options for @astrojs/rss: RSS 2.0 with `atom:link rel="self"` (feed validators ask for it),
 * the feed page's stylesheet and script, `lastBuildDate` (when the feed was built, not when its
 * newest item was written), and per item the full content in `content:encoded`, one `category`
 * per tag, its language in `dc:language` and the cover image as Media RSS. @astrojs/rss escapes
 * text itself, so `]]>` and markup in content stay inert. It writes the stylesheet's
 * `xml-stylesheet` with no `type`, which browsers read as CSS.
 */
export function rssOptions(channel: FeedChannel, items: FeedItem[], site: FeedSite): RSSOptions {
  const self = absoluteUrl(withBase(channel.feedPath, site.base), site.url);
  return {
    title: xmlSafeText(channel.title),
    description: xmlSafeText(channel.description),
    site: absoluteUrl(withBase(channel.homePath, site.base), site.url),
    stylesheet: withBase(FEED_STYLESHEET, site.base),
    xmlns: { atom: ATOM, media: MEDIA, dc: DC },
    customData: [
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
      `<language>${escapeXml(site.lang)}</language>`,
      `<lastBuildDate>${site.built.toUTCString()}</lastBuildDate>`,
      // An element of another namespace, as RSS 2.0 allows; an empty one, which XML writes so.
      `<script xmlns="${XHTML}" src="${escapeXml(withBase(FEED_SCRIPT, site.base))}"/>`,
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: itemContent(item, site.lang),
      categories: item.tags,
      customData: [
        `<dc:language>${escapeXml(item.lang ?? site.lang)}</dc:language>`,
        item.cover ? coverXml(item.cover) : '',
      ].join(''),
    })),
  };
}

/**
 * Renders one RSS feed: its channel and items, newest first as given. `parts` gives the same
 * document as a list of strings (the channel's start, each `<item>`, the end), for writing a big
 * feed without joining it into one string first (src/integrations/feeds.ts).
 */
export type RssRenderer = ((channel: FeedChannel, items: FeedItem[]) => Promise<string>) & {
  parts: (channel: FeedChannel, items: FeedItem[]) => Promise<string[]>;
};

const END = '</channel></rss>';

/**
 * Renders the feeds of one build, each item once. An entry is listed by about six feeds (the
 * site's, its section's, one per tag, its course's), each with its full content: escaping that
 * content for every feed was most of the feeds' time. So @astrojs/rss renders each item once, in
 * a feed of its own, and each feed is its channel, rendered by @astrojs/rss with no items, with
 * those `<item>` elements put before `</channel>`: the document @astrojs/rss would write for the
 * whole feed (a unit test compares the two). The renderer holds every item it rendered: use one
 * per build.
 */
export function rssRenderer(site: FeedSite): RssRenderer {
  const rendered = new Map<FeedItem, string>();
  const itemChannel: FeedChannel = {
    title: site.title,
    description: site.description,
    feedPath: '/rss.xml',
    homePath: '/',
  };

  async function itemXml(item: FeedItem): Promise<string> {
    let xml = rendered.get(item);
    if (xml === undefined) {
      const alone = await getRssString(rssOptions(itemChannel, [item], site));
      // Text in the item is escaped, so the document's first `<item>` and last `</item>` are
      // the item's own tags.
      const start = alone.indexOf('<item>');
      const end = alone.lastIndexOf('</item>');
      if (start === -1 || end < start)
        throw new Error(`@astrojs/rss wrote no <item> for ${item.url}`);
      xml = alone.slice(start, end + '</item>'.length);
      rendered.set(item, xml);
    }
    return xml;
  }

  const parts = async (channel: FeedChannel, items: FeedItem[]) => {
    const options = rssOptions(channel, [], site);
    const empty = await getRssString({ ...options, xmlns: { content: CONTENT, ...options.xmlns } });
    // A later @astrojs/rss that writes the channel differently must fail here, not write a feed
    // with its items in the wrong place.
    if (!empty.endsWith(END)) throw new Error(`@astrojs/rss ended a channel without ${END}`);
    const document = [empty.slice(0, -END.length)];
    for (const item of items) document.push(await itemXml(item));
    document.push(END);
    return document;
  };
  return Object.assign(
    async (channel: FeedChannel, items: FeedItem[]) => (await parts(channel, items)).join(''),
    { parts },
  );
}
