import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { absoluteUrl, routes, withBase } from '../lib/site/urls.ts';
import { userError } from '../lib/util/user-error.ts';
import { writeParts } from '../lib/util/write-parts.ts';
import { readChannelPage, readEntryPage } from '../lib/feeds/entry-page.ts';
import { newestFirst, type FeedItem, type FeedSite } from '../lib/feeds/items.ts';
import { channelPages, feedPlan, type PlannedFeed } from '../lib/feeds/plan.ts';
import { rssRenderer, type RssRenderer } from '../lib/feeds/rss.ts';
import { jsonFeed, jsonFeedParts } from '../lib/feeds/json-feed.ts';
import { subscriptionsOpml } from '../lib/feeds/subscriptions.ts';
import { timed } from './timing.ts';
import { feedSite } from './site-address.ts';

/**
 * The feeds (README "Search and feeds"), written in astro:build:done after the accessibility
 * gate passes, from the built entry pages: each entry is rendered once, for its page, and the
 * feeds reuse that HTML. A build the gate fails gets no feeds.
 */

const STYLESHEET = new URL('../lib/feeds/feed.xsl', import.meta.url);

/**
 * Reads one page; a reflection or guide page becomes a feed item. Synchronously: a promise read
 * costs the main thread about three times the CPU, for a file it parses at once.
 */
function entryItem(outDir: string, page: string): FeedItem | undefined {
  const html = readFileSync(join(outDir, page), 'utf8');
  try {
    return readEntryPage(html);
  } catch (error) {
    throw userError(
      `${relative(process.cwd(), join(outDir, page))}: ${(error as Error).message}.`,
      'Entry pages carry what the feeds need in their <head> and body (src/layouts/EntryLayout.astro): keep those tags when you change the layout.',
    );
  }
}

async function render(feed: PlannedFeed, site: FeedSite, rss: RssRenderer): Promise<string[]> {
  if (feed.format === 'json') return jsonFeedParts(jsonFeed(feed.channel, feed.items, site));
  return rss.parts(feed.channel, feed.items);
}

/**
 * astro:build:done, after the gate: from `files` (every file under the output folder, listed
 * once by finishBuild), writes `/rss.xml`, `/feed.json`, `/posts/rss.xml`,
 * `/guides/rss.xml`, a feed beside every tag and course page, `/feed.xsl` and
 * `/subscriptions.opml`. Logs
 * `feeds: <n> items in <s> s`.
 */
export async function writeFeeds(
  { dir, logger }: HookParameters<'astro:build:done'>,
  files: string[],
): Promise<void> {
  const outDir = fileURLToPath(dir);
  const site = feedSite();
  await timed(logger, 'feeds', 'items', async () => {
    const pages = files.filter((file) => file.endsWith('.html'));
    const found = pages.map((page) => entryItem(outDir, page));
    const items = newestFirst(found.filter((item): item is FeedItem => item !== undefined));
    const channels = await Promise.all(
      channelPages(files).map(async (channel) => ({
        ...channel,
        ...readChannelPage(
          await readFile(join(outDir, channel.page), 'utf8'),
          absoluteUrl(withBase(`/${channel.feed}`, site.base), site.url),
        ),
      })),
    );
    // One feed at a time: full-content feeds of a big site are large, and none is kept.
    const plan = feedPlan(items, channels, site);
    const rss = rssRenderer(site);
    // Each feed in parts, never joined (src/lib/util/write-parts.ts).
    for (const feed of plan) writeParts(join(outDir, feed.path), await render(feed, site, rss));
    writeParts(join(outDir, 'feed.xsl'), [await readFile(STYLESHEET, 'utf8')]);
    writeParts(join(outDir, routes.subscriptions.slice(1)), [subscriptionsOpml(plan, site)]);
    return { count: items.length, result: undefined };
  });
}
