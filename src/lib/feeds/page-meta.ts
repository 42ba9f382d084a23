import { entryType } from '../search/index-data.ts';

/**
 * What an entry page says about itself in its `<head>`, which the feeds read back from the built
 * page (src/integrations/feeds.ts) instead of rendering the entry a second time. The Open Graph
 * article tags are standard, so social sites read the same dates, section and tags.
 */

/** `article:section` of each kind of entry; the feeds split posts and guides on it. */
export const SECTIONS = { reflection: 'Reflection', guide: 'Guide' } as const;
export type Section = (typeof SECTIONS)[keyof typeof SECTIONS];

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
