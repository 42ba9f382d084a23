import { absoluteUrl, withBase } from '../site/urls.ts';
import { itemContent, type FeedChannel, type FeedItem, type FeedSite } from './items.ts';

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/), the fields Commonplace fills. */
export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  language: string;
  authors: { name: string; url?: string }[];
  items: {
    id: string;
    url: string;
    title: string;
    summary: string;
    content_html: string;
    date_published: string;
    date_modified?: string;
    tags?: string[];
    /** The cover image: JSON Feed's main image, also used as the banner. */
    image?: string;
    banner_image?: string;
    language: string;
  }[];
}

/** The same items as the RSS feed, as JSON Feed 1.1. */
export function jsonFeed(
  channel: FeedChannel,
  items: FeedItem[],
  site: Pick<FeedSite, 'url' | 'base' | 'lang' | 'author'>,
): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    home_page_url: absoluteUrl(withBase(channel.homePath, site.base), site.url),
    feed_url: absoluteUrl(withBase(channel.feedPath, site.base), site.url),
    description: channel.description,
    language: site.lang,
    authors: [{ name: site.author.name, ...(site.author.url && { url: site.author.url }) }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_html: itemContent(item, site.lang),
      date_published: item.published.toISOString(),
      ...(item.modified && { date_modified: item.modified.toISOString() }),
      ...(item.tags.length > 0 && { tags: item.tags }),
      ...(item.cover && { image: item.cover.url, banner_image: item.cover.url }),
      language: item.lang ?? site.lang,
    })),
  };
}

/**
 * Serialized for `/feed.json`. `<`, `>` and `&` are written as \u escapes, so the text stays
 * inert even if something embeds the JSON in an HTML page; control characters are escaped by
 * JSON.stringify itself.
 */
export function stringifyJsonFeed(feed: JsonFeed): string {
  return jsonFeedParts(feed).join('');
}

/**
 * The same text as `stringifyJsonFeed`, as a list of strings (the feed without its items, then
 * each item), for writing a big feed without building it as one string first
 * (src/integrations/feeds.ts). JSON.stringify(feed, null, 2), item by item: an item sits two
 * levels deep, so each of its lines is indented by four more spaces (a JSON string holds no raw
 * line break, so every line break is between tokens).
 */
export function jsonFeedParts(feed: JsonFeed): string[] {
  const { items, ...frame } = feed;
  // `items` is the feed's last field, so its `[` ends the frame's text up to there.
  const whole = JSON.stringify({ ...frame, items: [] }, null, 2);
  if (items.length === 0) return [inert(whole)];
  const EMPTY_END = '[]\n}';
  if (!whole.endsWith(EMPTY_END)) throw new Error('a JSON feed must end with its items');
  const parts = [inert(whole.slice(0, -EMPTY_END.length + 1))];
  items.forEach((item, i) => {
    const text = JSON.stringify(item, null, 2).replace(/\n/g, '\n    ');
    parts.push(inert(`${i ? ',' : ''}\n    ${text}`));
  });
  parts.push('\n  ]\n}');
  return parts;
}

/** `<`, `>` and `&` as \u escapes (JSON.stringify leaves them as they are). */
function inert(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
