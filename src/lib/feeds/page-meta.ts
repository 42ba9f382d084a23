import { entryType } from '../search/index-data.ts';

/**
 * What an entry page says about itself in its `<head>`, which the feeds read back from the built
 * page (src/integrations/feeds.ts) instead of rendering the entry a second time. The Open Graph
 * article tags are standard, so social sites read the same dates, section and tags.
 */

/** `article:section` of each kind of entry; the feeds split posts and guides on it. */
export const SECTIONS = { reflection: 'Reflection', guide: 'Guide' } as const;
export type Section = (typeof SECTIONS)[keyof typeof SECTIONS];

/** `<meta name>` naming the course an entry belongs to; Open Graph has no such property. */
export const COURSE_META = 'commonplace:course';

/**
 * `<meta name>` holding the absolute URL of an entry's cover image, so the feeds tell a cover
 * (`og:image` with its `og:image:alt`) from the site's default Open Graph image.
 */
export const COVER_META = 'commonplace:cover';

/** Class of the element around an entry's rendered body: the feeds' full content. */
export const CONTENT_CLASS = 'entry-content';

/**
 * Comments the entry layout writes just inside that element, around the rendered body, so the
 * feeds cut the content out of the page's text instead of parsing the whole page. Their double
 * quotes keep them from being forged outside the content: Astro writes `"` as `&quot;` in
 * attributes and escapes `<` in text, and JSON-LD writes it as `\"`. Inside the content an
 * author may write them too (raw HTML in Markdown): the first start and the last end are the
 * layout's.
 */
export const CONTENT_START = '<!--"commonplace:entry-content"-->';
export const CONTENT_END = '<!--"/commonplace:entry-content"-->';

export interface ArticleMeta {
  publishedTime: Date;
  modifiedTime?: Date;
  section: Section;
  tags: string[];
}

/** The Open Graph article metadata of a reflection or guide. */
export function articleMeta(entry: {
  collection: string;
  data: { pubDate: Date; updatedDate?: Date; tags: string[] };
}): ArticleMeta {
  return {
    publishedTime: entry.data.pubDate,
    modifiedTime: entry.data.updatedDate,
    section: SECTIONS[entryType(entry)],
    tags: [...new Set(entry.data.tags)],
  };
}
