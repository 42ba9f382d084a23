import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { absoluteUrl, routes, withBase } from '../lib/site/urls.ts';
import { userError } from '../lib/util/user-error.ts';
import { writeParts } from '../lib/util/write-parts.ts';
import { readChannelPage, readEntryContent, readEntryHead } from '../lib/feeds/entry-page.ts';
import { newestFirst, type FeedEntry, type FeedItem, type FeedSite } from '../lib/feeds/items.ts';
import {
  FEED_SCRIPT,
  FEED_STYLESHEET,
  channelPages,
  feedPlan,
  listedEntries,
  type FeedLimit,
  type PlannedFeed,
} from '../lib/feeds/plan.ts';
import { rssRenderer, type RssRenderer } from '../lib/feeds/rss.ts';
import { jsonFeed, jsonFeedParts } from '../lib/feeds/json-feed.ts';
import { subscriptionsOpml } from '../lib/feeds/subscriptions.ts';
import { feedPageScript, feedPageSettings } from '../lib/feeds/page-script.ts';
import type { FeedWords } from '../lib/feeds/html.ts';
import { words as siteWords } from '../lib/site/words/site.ts';
import { timed } from './timing.ts';
import { feedSite } from './site-address.ts';
import { site } from '../site.config.ts';

/**
 * The feeds (README "Search and feeds"), written in astro:build:done after the accessibility
 * gate passes, from the built entry pages: each entry is rendered once, for its page, and the
 * feeds reuse that HTML. A build the gate fails gets no feeds.
 */

const PAGE_SCRIPT = new URL('../scripts/feed-page.js', import.meta.url);
const PAGE_STYLESHEET = new URL('../styles/feed.css', import.meta.url);

/**
 * Reads one built page with `reader`, naming the page in any error. Synchronously: a promise
 * read costs the main thread about three times the CPU, for a file it parses at once.
 */
function readPage<T>(outDir: string, page: string, reader: (html: string) => T): T {
  const html = readFileSync(join(outDir, page), 'utf8');
  try {
    return reader(html);
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
 * `/guides/rss.xml`, a feed beside every tag and course page, `/feed.js`, `/feed.css` and
 * `/subscriptions.opml`, each feed with the newest `feeds.items` entries of src/site.config.ts.
 * Logs `feeds: <n> items in <s> s`, n being the entries the feeds list.
 */
export async function writeFeeds(
  { dir, logger }: HookParameters<'astro:build:done'>,
  files: string[],
): Promise<void> {
  const outDir = fileURLToPath(dir);
  await timed(logger, 'feeds', 'items', async () => ({
    count: await writeFeedFiles(outDir, files, feedSite(), site.feeds.items, siteWords),
    result: undefined,
  }));
}

/**
 * Writes the feeds of the site built in `outDir` (see `writeFeeds`), saying `about` the site
 * what every feed says, and returns how many entries they list. Every page's head is read
 * first; the content, the costly part, only of the entries a feed lists. What the feeds say
 * themselves (channel names, links to players, the stylesheet's page) is in `words`.
 */
export async function writeFeedFiles(
  outDir: string,
  files: string[],
  about: FeedSite,
  limit: FeedLimit,
  words: FeedWords,
): Promise<number> {
  const pageOf = new Map<FeedEntry, string>();
  for (const page of files) {
    if (!page.endsWith('.html')) continue;
    const entry = readPage(outDir, page, readEntryHead);
    if (entry) pageOf.set(entry, page);
  }
  const channels = await Promise.all(
    channelPages(files).map(async (channel) => ({
      ...channel,
      ...readChannelPage(
        await readFile(join(outDir, channel.page), 'utf8'),
        absoluteUrl(withBase(`/${channel.feed}`, about.base), about.url),
      ),
    })),
  );
  const plan = feedPlan(newestFirst([...pageOf.keys()]), channels, about, limit, words);
  const items = new Map(
    listedEntries(plan).map((entry): [FeedEntry, FeedItem] => [
      entry,
      {
        ...entry,
        content: readPage(outDir, pageOf.get(entry)!, (html) =>
          readEntryContent(html, entry.url, words, entry.lang),
        ),
      },
    ]),
  );
  const rss = rssRenderer(about);
  // One feed at a time, each in parts, never joined: full-content feeds are large, and none is
  // kept (src/lib/util/write-parts.ts).
  for (const feed of plan) {
    const listed = { ...feed, items: feed.items.map((entry) => items.get(entry)!) };
    writeParts(join(outDir, feed.path), await render(listed, about, rss));
  }
  writeParts(join(outDir, FEED_SCRIPT.slice(1)), [
    feedPageScript(
      await readFile(PAGE_SCRIPT, 'utf8'),
      feedPageSettings(words, about.lang, about.timeZone),
    ),
  ]);
  writeParts(join(outDir, FEED_STYLESHEET.slice(1)), [await readFile(PAGE_STYLESHEET, 'utf8')]);
  writeParts(join(outDir, routes.subscriptions.slice(1)), [subscriptionsOpml(plan, about, words)]);
  return items.size;
}
