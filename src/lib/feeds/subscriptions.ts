import { siteOutlines, toOpml } from './opml.ts';
import { absoluteUrl, routes, withBase } from '../site/urls.ts';
import type { FeedEntry, FeedSite } from './items.ts';
import type { PlannedFeed } from './plan.ts';
import type { FeedWords } from './html.ts';

/**
 * `/subscriptions.opml`: every RSS feed of the site in one list a feed reader imports, in
 * folders (everything, by type, by tag, by course). `/feed.json` lists what `/rss.xml` does, so
 * it is left out: importing both would show every entry twice. Every URL carries the site's
 * base. Written by the build with the feeds (src/integrations/feeds.ts) and served by the dev
 * server (src/integrations/dev-feed-route.ts), from the same feed plan. Its title and folders
 * are in the interface's `words`.
 */
export function subscriptionsOpml(
  plan: PlannedFeed<FeedEntry>[],
  site: FeedSite,
  words: FeedWords,
): string {
  const url = (path: string) => absoluteUrl(withBase(path, site.base), site.url);
  const feeds = plan
    .filter((feed) => feed.format === 'rss')
    .map((feed) => ({
      group: feed.group,
      title: feed.channel.title,
      xmlUrl: url(feed.channel.feedPath),
      htmlUrl: url(feed.channel.homePath),
      description: feed.channel.description,
    }));
  return toOpml({
    title: words.t('{site}: every feed', { site: site.title }),
    dateCreated: site.built,
    ownerName: site.author.name,
    ownerId: url(routes.home),
    outlines: siteOutlines(feeds, site.lang, words),
  });
}
