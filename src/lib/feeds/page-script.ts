import type { Phrase } from '../site/words/catalog.ts';
import type { Words } from '../site/words/translate.ts';
import { langAttributes, textDirection } from '../site/lang.ts';

/**
 * The phrases of the page a browser shows for an RSS feed (src/scripts/feed-page.js), each
 * `{placeholder}` filled there. The script is written in English; `feedPageScript` gives it
 * the interface's words.
 */
export const FEED_PAGE_PHRASES: Phrase[] = [
  'Feed: {title}',
  'Visit the website',
  'This is a web feed',
  'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.',
  "To subscribe, copy this page's address into your feed reader: {address}",
  'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.',
  'Latest entries',
  'Published {date}',
];

/** Where the script holds its settings, the object the build writes in its place. */
const SETTINGS = /\/\* settings \*\/ \{[\s\S]*?\n\};/;

/** What the feed page's script is told of the site (the object it holds, as it is written). */
export interface FeedPageSettings {
  /** The site's language: the feed's, its entries' and its dates'. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The site's `timeZone`, where an entry's date with a time falls on a day. */
  timeZone: string;
  /** The marks of the interface's words, where their language is not the site's (WCAG 3.1.2). */
  ui: Record<string, string>;
  /** The marks of the site's words (the dates) inside the interface's, where they differ. */
  site: Record<string, string>;
  /** Each phrase's words, where they are not its English. */
  words: Record<string, string>;
}

/** The settings of the feed page of a site in `siteLang`, whose interface says `words`. */
export function feedPageSettings(
  { t, lang }: Pick<Words, 't' | 'lang'>,
  siteLang: string = lang,
  timeZone = 'UTC',
): FeedPageSettings {
  const words: Record<string, string> = {};
  for (const phrase of FEED_PAGE_PHRASES) if (t(phrase) !== phrase) words[phrase] = t(phrase);
  return {
    lang: siteLang,
    dir: textDirection(siteLang),
    timeZone,
    ui: { ...langAttributes(lang, siteLang) },
    site: { ...langAttributes(siteLang, lang) },
    words,
  };
}

/**
 * The feed page's script `source` (src/scripts/feed-page.js) for a site: its settings object
 * replaced by `settings`. Throws when the file no longer holds that object as written here, so
 * a site's feed page never silently speaks English or loses its marks.
 */
export function feedPageScript(source: string, settings: FeedPageSettings): string {
  if (!SETTINGS.test(source))
    throw new Error(
      "src/scripts/feed-page.js has no `/* settings */ { … };`: src/lib/feeds/page-script.ts writes the site's settings there",
    );
  // `<` written as `\u003c`: the object is script text, never markup.
  const json = JSON.stringify(settings).replaceAll('<', '\\u003c');
  return source.replace(SETTINGS, () => `/* settings */ ${json};`);
}
