import rss from '@astrojs/rss';
import type { Entry } from '../content.ts';
import { buildDate } from '../publish.ts';
import { site } from '../../site.config.ts';
import { selectFeedEntries, type FeedChannel, type FeedItem } from './items.ts';
import { rssOptions } from './rss.ts';
import { jsonFeed, stringifyJsonFeed } from './json-feed.ts';
import { feedItem } from './render-entry.ts';

async function itemsOf(entries: Entry[]): Promise<FeedItem[]> {
  return Promise.all(selectFeedEntries(entries, buildDate()).map(feedItem));
}

/** The response of an RSS route: the channel's published entries, full content. */
export async function rssResponse(channel: FeedChannel, entries: Entry[]): Promise<Response> {
  const response = await rss(rssOptions(channel, await itemsOf(entries), site));
  // application/xml (not application/rss+xml) so browsers apply feed.xsl instead of downloading.
  response.headers.set('Content-Type', 'application/xml; charset=utf-8');
  return response;
}

/** The response of a JSON Feed route. */
export async function jsonFeedResponse(channel: FeedChannel, entries: Entry[]): Promise<Response> {
  const feed = jsonFeed(channel, await itemsOf(entries), site);
  return new Response(stringifyJsonFeed(feed), {
    headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
  });
}
