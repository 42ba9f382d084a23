import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { getRssString } from '@astrojs/rss';
import { site } from '../site.config.ts';
import { listFiles, mapLimit } from '../a11y/files.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { userError } from '../lib/user-error.ts';
import { readChannelPage, readEntryPage } from '../lib/feeds/entry-page.ts';
import { newestFirst, type FeedItem } from '../lib/feeds/items.ts';
import { channelPages, feedFiles, feedPlan, type PlannedFeed } from '../lib/feeds/plan.ts';
import { rssOptions } from '../lib/feeds/rss.ts';
import { jsonFeed, stringifyJsonFeed } from '../lib/feeds/json-feed.ts';
import { siteOutlines, toOpml } from '../lib/opml.ts';
import { buildDate } from '../lib/publish.ts';
import { subscriptionsUrl } from '../lib/urls.ts';
import { timed } from './timing.ts';

/**
 * The feeds (README "Search and feeds"), written in astro:build:done after the accessibility
 * gate passes, from the built entry pages: each entry is rendered once, for its page, and the
 * feeds reuse that HTML. A build the gate fails gets no feeds.
 */

const STYLESHEET = new URL('../lib/feeds/feed.xsl', import.meta.url);

/**
 * The files `writeFeeds` will write, known from the built file names alone. The gate checks
 * links before the feeds exist, so it is told which of them are coming.
 */
export async function plannedFeedFiles({
  dir,
}: HookParameters<'astro:build:done'>): Promise<string[]> {
  return feedFiles(await listFiles(fileURLToPath(dir)));
}

/** Reads one page; a reflection or guide page becomes a feed item. */
async function entryItem(outDir: string, page: string): Promise<FeedItem | undefined> {
  const html = await readFile(join(outDir, page), 'utf8');
  try {
    return readEntryPage(html);
  } catch (error) {
    throw userError(
      `${relative(process.cwd(), join(outDir, page))}: ${(error as Error).message}.`,
      'Entry pages carry what the feeds need in their <head> and body (src/layouts/EntryLayout.astro): keep those tags when you change the layout.',
    );
  }
}

async function render(feed: PlannedFeed): Promise<string> {
  if (feed.format === 'json') return stringifyJsonFeed(jsonFeed(feed.channel, feed.items, site));
  return getRssString(rssOptions(feed.channel, feed.items, site));
}

async function write(outDir: string, path: string, text: string): Promise<void> {
  const file = join(outDir, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}

/**
 * astro:build:done, after the gate: writes `/rss.xml`, `/feed.json`, `/posts/rss.xml`,
 * `/guides/rss.xml`, a feed beside every tag and course page, `/feed.xsl` and
 * `/subscriptions.opml`. Logs
 * `feeds: <n> items in <s> s`.
 */
export async function writeFeeds({
  dir,
  logger,
}: HookParameters<'astro:build:done'>): Promise<void> {
  const outDir = fileURLToPath(dir);
  await timed(logger, 'feeds', 'items', async () => {
    const files = await listFiles(outDir);
    const pages = files.filter((file) => file.endsWith('.html'));
    const found = await mapLimit(pages, 8, (page) => entryItem(outDir, page));
    const items = newestFirst(found.filter((item): item is FeedItem => item !== undefined));
    const channels = await Promise.all(
      channelPages(files).map(async (channel) => ({
        ...channel,
        ...readChannelPage(
          await readFile(join(outDir, channel.page), 'utf8'),
          absoluteUrl(channel.feed, site.url),
        ),
      })),
    );
    // One feed at a time: full-content feeds of a big site are large, and none is kept.
    const plan = feedPlan(items, channels, site);
    for (const feed of plan) {
      await write(outDir, feed.path, await render(feed));
    }
    await write(outDir, 'feed.xsl', await readFile(STYLESHEET, 'utf8'));
    await write(outDir, subscriptionsUrl().slice(1), subscriptionsOpml(plan));
    return { count: items.length, result: undefined };
  });
}

/**
 * `/subscriptions.opml`: every RSS feed of the site in one list a feed reader imports, in
 * folders (everything, by type, by tag, by course). `/feed.json` lists what `/rss.xml` does, so
 * it is left out: importing both would show every entry twice.
 */
function subscriptionsOpml(plan: PlannedFeed[]): string {
  const feeds = plan
    .filter((feed) => feed.format === 'rss')
    .map((feed) => ({
      group: feed.group,
      title: feed.channel.title,
      xmlUrl: absoluteUrl(feed.channel.feedPath, site.url),
      htmlUrl: absoluteUrl(feed.channel.homePath, site.url),
      description: feed.channel.description,
    }));
  return toOpml({
    title: `${site.title}: every feed`,
    dateCreated: buildDate(),
    ownerName: site.author.name,
    ownerId: site.url,
    outlines: siteOutlines(feeds, site.lang),
  });
}

/**
 * Removes the feeds again when the built-pages gate fails after they were written (it checks in
 * a worker while they are written): a build the gate fails publishes no feed.
 */
export async function removeFeeds(
  { dir, logger }: HookParameters<'astro:build:done'>,
  files: string[],
): Promise<void> {
  const outDir = fileURLToPath(dir);
  await Promise.all(files.map((file) => rm(join(outDir, file), { force: true })));
  logger.info(`feeds: removed again (${files.length} files): the built pages failed the gate`);
}
