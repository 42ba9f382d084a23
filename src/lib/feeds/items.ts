import { byNewest, isPublished } from '../publish.ts';
import { absoluteUrl, entryUrl } from '../urls.ts';
import { feedHtml } from './html.ts';
import { xmlSafeText } from './sanitize.ts';

/** What the feed builders read from a reflection or guide (a subset of a collection entry). */
export interface FeedEntry {
  id: string;
  collection: string;
  data: {
    title: string;
    description: string;
    pubDate: Date;
    updatedDate?: Date;
    tags: string[];
    draft: boolean;
  };
}

/** One entry as every feed format needs it: absolute URL, safe text, feed-ready HTML. */
export interface FeedItem {
  /** Absolute URL of the entry's page; also its permanent id. */
  url: string;
  title: string;
  /** The entry's description. */
  summary: string;
  /** Full content as feed-ready HTML (see `feedHtml`). */
  content: string;
  published: Date;
  modified?: Date;
  tags: string[];
}

/** A feed's own description: which entries it covers is decided by the route. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Site-relative path of the feed itself, e.g. `/tags/pln/rss.xml`. */
  feedPath: string;
  /** Site-relative path of the HTML page the feed follows, e.g. `/tags/pln/`. */
  homePath: string;
}

/**
 * The entries a feed lists: published ones only, newest first. Drafts and future-dated entries
 * are left out even on a dev server (which shows them on pages), because a feed reader that
 * saw a draft once keeps it forever.
 */
export function selectFeedEntries<T extends FeedEntry>(entries: T[], now: Date): T[] {
  return entries.filter((entry) => isPublished(entry, now, false)).sort(byNewest);
}

/** Builds a feed item from an entry and its rendered HTML. */
export function toFeedItem(entry: FeedEntry, html: string, siteUrl: string): FeedItem {
  const url = absoluteUrl(entryUrl(entry), siteUrl);
  return {
    url,
    title: xmlSafeText(entry.data.title),
    summary: xmlSafeText(entry.data.description),
    content: feedHtml(html, url),
    published: entry.data.pubDate,
    modified: entry.data.updatedDate,
    tags: entry.data.tags.map(xmlSafeText),
  };
}
