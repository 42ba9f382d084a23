import { slugify } from './slug.ts';

/**
 * Frontmatter names other blog tools use for fields this site has under another name: an author
 * moving posts from Jekyll, Hugo, Eleventy, Astro's blog starter or a WordPress export writes
 * `date:` where this site reads `pubDate:`, and the build would drop the field without a word
 * (`unknown-field` says so, and names the field meant). Keys are compared lower-cased, without
 * `_` and `-`. Only names whose meaning is the same are listed: Jekyll's `published: false` is a
 * draft, the opposite of a date, and is left to the general message.
 */
const NAMES: Record<string, { field: string; tools: string }> = {
  date: { field: 'pubDate', tools: 'Jekyll, Hugo and Eleventy' },
  publishdate: { field: 'pubDate', tools: 'Hugo' },
  publishedat: { field: 'pubDate', tools: 'WordPress exports' },
  lastmod: { field: 'updatedDate', tools: 'Hugo' },
  lastmodifiedat: { field: 'updatedDate', tools: 'Jekyll' },
  updated: { field: 'updatedDate', tools: 'Hexo and Eleventy' },
  modified: { field: 'updatedDate', tools: 'WordPress exports' },
  summary: { field: 'description', tools: 'Hugo' },
  excerpt: { field: 'description', tools: 'Jekyll' },
  image: { field: 'cover', tools: 'Jekyll themes and Hugo' },
  heroimage: { field: 'cover', tools: "Astro's blog starter" },
  featuredimage: { field: 'cover', tools: 'WordPress exports and Hugo themes' },
  coverimage: { field: 'cover', tools: 'dev.to and Hugo themes' },
  categories: { field: 'tags', tools: 'Jekyll, Hugo and WordPress' },
  keywords: { field: 'tags', tools: 'Hugo' },
  permalink: { field: 'slug', tools: 'Jekyll and Eleventy' },
};

/** The field another tool's name stands for (`date` → `pubDate`), and which tools use it. */
export function fieldFromOtherTools(name: string): { field: string; tools: string } | undefined {
  return NAMES[name.toLowerCase().replace(/[_-]/g, '')];
}

/**
 * The key of `data` that holds `field` under another tool's name (`date` for `pubDate`), when
 * `field` itself is not written: a post moved from Jekyll has its date, under the wrong name.
 */
export function writtenUnderOtherName(
  data: Record<string, unknown>,
  field: string,
): { key: string; tools: string } | undefined {
  if (data[field] !== undefined) return undefined;
  for (const key of Object.keys(data)) {
    const other = fieldFromOtherTools(key);
    if (other?.field === field) return { key, tools: other.tools };
  }
  return undefined;
}

/**
 * The slug a Jekyll or Eleventy `permalink` stands for: its last segment
 * (`/2022/07/01/my-first-post.html` → `my-first-post`). Undefined for a pattern
 * (`/:year/:title/`), which names no one address.
 */
export function slugFromPermalink(permalink: unknown): string | undefined {
  if (typeof permalink !== 'string' || /[:{]/.test(permalink)) return undefined;
  const segments = permalink
    .split(/[?#]/)[0]!
    .split('/')
    .map((segment) => segment.replace(/\.html?$/i, ''))
    .filter((segment) => segment && segment !== 'index');
  return slugify(segments.at(-1) ?? '') || undefined;
}
