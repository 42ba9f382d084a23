import { slugify } from '../content/slug.ts';
import { routes } from '../site/urls.ts';
import type { ChannelInfo } from './entry-page.ts';
import type { FeedChannel, FeedEntry, FeedItem } from './items.ts';
import { SECTIONS } from './page-meta.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { FeedWords } from './html.ts';

/**
 * Which feeds a build writes and what each lists. Decided from the built site alone: every tag
 * page and every course page gets a feed beside it (a course with no entries yet gets an empty
 * one), so the list of feed files is known from the file names before any page is read.
 */

/**
 * What makes a feed opened in a browser read as a page, site paths: the script that builds the
 * page from the feed (src/scripts/feed-page.js, named in an XHTML `<script>`, which browsers run
 * in any XML document) and the stylesheet of that page and of the feed without it
 * (src/styles/feed.css). Every RSS feed names both; feed readers ignore them.
 */
export const FEED_SCRIPT = '/feed.js';
export const FEED_STYLESHEET = '/feed.css';

/**
 * The feeds every site has, the script and stylesheet they name and the OPML list of them all;
 * paths in the output folder.
 */
export const SITE_FILES = [
  'rss.xml',
  'feed.json',
  'posts/rss.xml',
  'guides/rss.xml',
  FEED_SCRIPT.slice(1),
  FEED_STYLESHEET.slice(1),
  routes.subscriptions.slice(1),
];

/** A tag or course page, whose feed lives beside it. */
export interface ChannelPage {
  kind: 'tag' | 'course';
  /** The tag's slug or the course's id. */
  key: string;
  /** The page's file in the output folder, e.g. `tags/pln/index.html`. */
  page: string;
  /** The feed's file in the output folder, e.g. `tags/pln/rss.xml`. */
  feed: string;
}

/** Tag pages (`/tags/<slug>/`, src/lib/site/urls.ts) and course pages (`/courses/<id>/`). */
const CHANNEL_PAGE = /^(tags|courses)\/([^/]+)\/index\.html$/;

/** The tag and course pages among the built files. */
export function channelPages(files: string[]): ChannelPage[] {
  return files.flatMap((page) => {
    const match = CHANNEL_PAGE.exec(page);
    if (!match) return [];
    const kind = match[1] === 'tags' ? 'tag' : 'course';
    const key = match[2]!;
    const home = kind === 'tag' ? routes.tag(key) : routes.course(key);
    return [{ kind, key, page, feed: `${home.slice(1)}rss.xml` }];
  });
}

/** Every file the feeds write, from the files the build wrote. */
export function feedFiles(files: string[]): string[] {
  return [...SITE_FILES, ...channelPages(files).map((channel) => channel.feed)];
}

export interface PlannedFeed<T extends FeedEntry = FeedItem> {
  /** The file in the output folder. */
  path: string;
  format: 'rss' | 'json';
  /** Its folder in `/subscriptions.opml`: every entry, one type, one tag or one course. */
  group: 'all' | 'type' | 'tag' | 'course';
  channel: FeedChannel;
  items: T[];
}

/** How many entries each feed lists: src/site.config.ts `feeds.items`, a number or `'all'`. */
export type FeedLimit = SiteConfig['feeds']['items'];

/** The newest `limit` of `items`, which come newest first. */
const newest = <T>(items: T[], limit: FeedLimit): T[] =>
  limit === 'all' || items.length <= limit ? items : items.slice(0, limit);

/**
 * Every feed with its channel and items: the newest `limit` entries it covers. `items` come
 * newest first and stay in that order; `channels` are the tag and course pages with what each
 * says about its feed. Works on entries without their content, so the caller reads the content
 * of only the entries some feed lists (`listedEntries`). Channels are named in the interface's
 * `words`.
 */
export function feedPlan<T extends FeedEntry>(
  items: T[],
  channels: (ChannelPage & ChannelInfo)[],
  site: { title: string; description: string },
  limit: FeedLimit,
  { t }: FeedWords,
): PlannedFeed<T>[] {
  const home = { title: site.title, description: site.description, homePath: '/' };
  const feeds: PlannedFeed<T>[] = [
    {
      path: 'rss.xml',
      format: 'rss',
      group: 'all',
      channel: { ...home, feedPath: '/rss.xml' },
      items: newest(items, limit),
    },
    {
      path: 'feed.json',
      format: 'json',
      group: 'all',
      channel: { ...home, feedPath: '/feed.json' },
      items: newest(items, limit),
    },
    {
      path: 'posts/rss.xml',
      format: 'rss',
      group: 'type',
      channel: {
        title: t('{site}: reflections', { site: site.title }),
        description: t('Weekly reflections from {site}.', { site: site.title }),
        feedPath: '/posts/rss.xml',
        homePath: '/posts/',
      },
      items: newest(
        items.filter((item) => item.section === SECTIONS.reflection),
        limit,
      ),
    },
    {
      path: 'guides/rss.xml',
      format: 'rss',
      group: 'type',
      channel: {
        title: t('{site}: guides', { site: site.title }),
        description: t('Guides from {site}.', { site: site.title }),
        feedPath: '/guides/rss.xml',
        homePath: '/guides/',
      },
      items: newest(
        items.filter((item) => item.section === SECTIONS.guide),
        limit,
      ),
    },
  ];
  // Grouped in one pass: a site can have thousands of entries and hundreds of tags.
  const byTag = new Map<string, T[]>();
  const byCourse = new Map<string, T[]>();
  const add = (groups: Map<string, T[]>, key: string, item: T) => {
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  };
  for (const item of items) {
    for (const slug of new Set(item.tags.map(slugify))) add(byTag, slug, item);
    if (item.course) add(byCourse, item.course, item);
  }
  for (const channel of channels) {
    const homePath = `/${channel.page.replace(/index\.html$/, '')}`;
    feeds.push({
      path: channel.feed,
      format: 'rss',
      group: channel.kind,
      channel: {
        title: t('{site}: {feed}', { site: site.title, feed: channel.title }),
        description: channel.description,
        feedPath: `/${channel.feed}`,
        homePath,
      },
      items: newest((channel.kind === 'tag' ? byTag : byCourse).get(channel.key) ?? [], limit),
    });
  }
  return feeds;
}

/** Every entry some feed of `plan` lists, once each, in the order first listed. */
export function listedEntries<T extends FeedEntry>(plan: PlannedFeed<T>[]): T[] {
  return [...new Set(plan.flatMap((feed) => feed.items))];
}
