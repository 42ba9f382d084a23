import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import pageScript from '../scripts/feed-page.js?raw';
import pageStylesheet from '../styles/feed.css?raw';
import { site } from '../site.config.ts';
import { getEntries } from '../lib/content/content.ts';
import { buildDate } from '../lib/content/publish.ts';
import { countTags } from '../lib/content/tags.ts';
import { BASE, absoluteUrl, entryUrl, routes, withBase } from '../lib/site/urls.ts';
import { readChannelPage, readEntryContent, readEntryHead } from '../lib/feeds/entry-page.ts';
import { newestFirst, type FeedEntry, type FeedSite } from '../lib/feeds/items.ts';
import {
  FEED_SCRIPT,
  FEED_STYLESHEET,
  SITE_FILES,
  feedPlan,
  type ChannelPage,
  type PlannedFeed,
} from '../lib/feeds/plan.ts';
import { rssRenderer } from '../lib/feeds/rss.ts';
import { jsonFeed, stringifyJsonFeed } from '../lib/feeds/json-feed.ts';
import { subscriptionsOpml } from '../lib/feeds/subscriptions.ts';
import { feedPageScript, feedPageSettings } from '../lib/feeds/page-script.ts';
import { words } from '../lib/site/words/site.ts';

/**
 * The dev server's feeds (injected by src/integrations/dev-feeds.ts for `astro dev` only). Each
 * request fetches the entry pages from this same dev server and reads them exactly as the build
 * reads the built pages, so a feed in dev is the feed the build will write, drafts included as
 * the dev server shows them.
 */

async function channels(): Promise<ChannelPage[]> {
  const [entries, courses] = await Promise.all([getEntries(), getCollection('courses')]);
  const channel = (kind: ChannelPage['kind'], key: string, home: string): ChannelPage => ({
    kind,
    key,
    page: `${home.slice(1)}index.html`,
    feed: `${home.slice(1)}rss.xml`,
  });
  return [
    ...countTags(entries).map(({ slug }) => channel('tag', slug, routes.tag(slug))),
    ...courses.map((course) => channel('course', course.id, routes.course(course.id))),
  ];
}

export const getStaticPaths = (async () => {
  const files = [...SITE_FILES, ...(await channels()).map((channel) => channel.feed)];
  return files.map((feed) => ({ params: { feed } }));
}) satisfies GetStaticPaths;

/** Fetches pages from this dev server, a few at a time. */
async function fetchPages(origin: string, paths: string[]): Promise<string[]> {
  const pages: string[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      const response = await fetch(new URL(paths[index]!, origin));
      pages[index] = response.ok ? await response.text() : '';
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return pages;
}

export const GET: APIRoute = async ({ params, url }) => {
  const path = params.feed ?? '';
  if (path === FEED_SCRIPT.slice(1))
    return new Response(
      feedPageScript(pageScript, feedPageSettings(words, site.lang, site.timeZone)),
      { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } },
    );
  if (path === FEED_STYLESHEET.slice(1))
    return new Response(pageStylesheet, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
  const feedSite: FeedSite = { ...site, base: BASE, built: buildDate() };
  const entries = await getEntries();
  const pages = await fetchPages(url.origin, entries.map(entryUrl));
  const htmlOf = new Map<FeedEntry, string>();
  for (const html of pages) {
    const entry = html ? readEntryHead(html) : undefined;
    if (entry) htmlOf.set(entry, html);
  }
  const items = newestFirst([...htmlOf.keys()]);
  // The OPML list names every channel's feed, so it reads every tag and course page.
  const opml = path === routes.subscriptions.slice(1);
  const wanted = (await channels()).filter((channel) => opml || channel.feed === path);
  const channelHtml = await fetchPages(
    url.origin,
    wanted.map((channel) => withBase(`/${channel.page.replace(/index\.html$/, '')}`)),
  );
  const described = wanted.map((channel, i) => ({
    ...channel,
    ...readChannelPage(channelHtml[i] ?? '', absoluteUrl(withBase(`/${channel.feed}`), site.url)),
  }));
  const plan = feedPlan(items, described, site, site.feeds.items, words);
  if (opml)
    return new Response(subscriptionsOpml(plan, feedSite, words), {
      headers: { 'Content-Type': 'text/x-opml; charset=utf-8' },
    });
  const planned = plan.find((feed) => feed.path === path);
  if (!planned) return new Response('No such feed', { status: 404 });
  const feed: PlannedFeed = {
    ...planned,
    items: planned.items.map((entry) => ({
      ...entry,
      content: readEntryContent(htmlOf.get(entry)!, entry.url, words, entry.lang),
    })),
  };
  if (feed.format === 'json')
    return new Response(stringifyJsonFeed(jsonFeed(feed.channel, feed.items, feedSite)), {
      headers: { 'Content-Type': 'application/feed+json; charset=utf-8' },
    });
  return new Response(await rssRenderer(feedSite)(feed.channel, feed.items), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  });
};
