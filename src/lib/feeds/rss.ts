import type { RSSOptions } from '@astrojs/rss';
import { absoluteUrl } from '../urls.ts';
import { itemContent, type FeedChannel, type FeedItem } from './items.ts';
import { xmlSafeText } from './sanitize.ts';

/** The stylesheet that makes a feed readable in a browser (src/lib/feeds/feed.xsl). */
export const FEED_STYLESHEET = '/feed.xsl';
const ATOM = 'http://www.w3.org/2005/Atom';
/** Dublin Core: RSS 2.0 has a language per channel only; `dc:language` gives one per item. */
const DC = 'http://purl.org/dc/elements/1.1/';

const escapeXml = (text: string) =>
  xmlSafeText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * Options for @astrojs/rss: RSS 2.0 with `atom:link rel="self"` (feed validators ask for it),
 * the XSL stylesheet, and per item the full content in `content:encoded`, one `category`
 * per tag and its language in `dc:language`. @astrojs/rss escapes text itself, so `]]>` and markup in content stay inert.
 */
export function rssOptions(
  channel: FeedChannel,
  items: FeedItem[],
  site: { url: string; lang: string },
): RSSOptions {
  const self = absoluteUrl(channel.feedPath, site.url);
  const newest = items[0]?.modified ?? items[0]?.published;
  return {
    title: xmlSafeText(channel.title),
    description: xmlSafeText(channel.description),
    site: absoluteUrl(channel.homePath, site.url),
    stylesheet: FEED_STYLESHEET,
    xmlns: { atom: ATOM, dc: DC },
    customData: [
      `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
      `<language>${escapeXml(site.lang)}</language>`,
      newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: item.published,
      description: item.summary,
      content: itemContent(item, site.lang),
      categories: item.tags,
      customData: `<dc:language>${escapeXml(item.lang ?? site.lang)}</dc:language>`,
    })),
  };
}
