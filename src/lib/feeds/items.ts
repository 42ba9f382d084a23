import type { Section } from './page-meta.ts';
import { langAttributes, langMarkup } from '../site/lang.ts';

/** One entry as every feed format needs it, read from its built page (see `entry-page.ts`). */
export interface FeedItem {
  /** Absolute URL of the entry's page; also its permanent id. */
  url: string;
  title: string;
  /** The entry's description. */
  summary: string;
  /** Full content as feed-ready HTML (see `feedContent`). */
  content: string;
  published: Date;
  modified?: Date;
  tags: string[];
  /** Reflection or guide: which of `/posts/rss.xml` and `/guides/rss.xml` lists it. */
  section: Section;
  /** Id of the course the entry belongs to, if any. */
  course?: string;
  /** The entry's cover image: its absolute URL and alt text. */
  cover?: { url: string; alt: string };
  /** BCP 47 language of the entry: its page's `<html lang>`. */
  lang?: string;
}

/**
 * An entry as its page's head describes it: a feed item without its content, which is read
 * only for the entries a feed lists (README "Feeds": `feeds.items` per feed).
 */
export type FeedEntry = Omit<FeedItem, 'content'>;

/** What every feed says about the site it comes from. */
export interface FeedSite {
  title: string;
  description: string;
  /** The site's origin, e.g. `https://user.github.io` (src/site.config.ts `url`). */
  url: string;
  /** Astro's `base`, e.g. `/my-blog/`: every feed URL carries it. */
  base: string;
  lang: string;
  /**
   * The site's time zone (src/site.config.ts `timeZone`): where an entry's date with a time falls
   * on a day, on the feed page. Default: UTC.
   */
  timeZone?: string;
  author: { name: string; url?: string };
  /** When the feeds were built: RSS `lastBuildDate`. */
  built: Date;
}

/**
 * The item's content as a feed shows it. Content in another language than the feed's is
 * wrapped in an element with its `lang` and `dir`, so a reader lays out right-to-left text the
 * right way even where it ignores the item's language field.
 */
export function itemContent(item: FeedItem, feedLang: string): string {
  const marked = langMarkup(langAttributes(item.lang, feedLang));
  return marked ? `<div${marked}>${item.content}</div>` : item.content;
}

/** A feed's own description: which items it lists is decided by the feed plan. */
export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the feed itself, without the base, e.g. `/tags/pln/rss.xml`. */
  feedPath: string;
  /** Site path of the HTML page the feed follows, without the base, e.g. `/tags/pln/`. */
  homePath: string;
}

/** Newest first; ties broken by title so the order is stable across builds. */
export function newestFirst<T extends FeedEntry>(items: T[]): T[] {
  return [...items].sort(
    (a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title),
  );
}
