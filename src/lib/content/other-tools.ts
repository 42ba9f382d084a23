import { named, withoutLookalikes } from './yaml-lookalikes.ts';
import { slugify } from './slug.ts';

/**
 * Frontmatter names other blog tools use for fields this site has under another name: an author
 * moving posts from Jekyll, Hugo, Eleventy, Astro's blog starter or a WordPress export writes
 * `date:` where this site reads `pubDate:`, and the build would drop the field without a word
 * (`unknown-field` says so, and names the field meant). Keys are compared lower-cased, without
 * `_` and `-`. Only names whose meaning is the same are listed.
 */
const NAMES: Record<string, { field: string; tools: string }> = {
  date: { field: 'pubDate', tools: 'Jekyll, Hugo and Eleventy' },
  pubdatetime: { field: 'pubDate', tools: 'AstroPaper' },
  published: { field: 'pubDate', tools: 'Fuwari and other Astro themes' },
  created: { field: 'pubDate', tools: 'Obsidian and Notion exports' },
  createdtime: { field: 'pubDate', tools: 'Notion exports' },
  moddatetime: { field: 'updatedDate', tools: 'AstroPaper' },
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
  ogimage: { field: 'cover', tools: 'AstroPaper' },
  categories: { field: 'tags', tools: 'Jekyll, Hugo and WordPress' },
  category: { field: 'tags', tools: 'Jekyll and Hugo themes' },
  keywords: { field: 'tags', tools: 'Hugo' },
  permalink: { field: 'slug', tools: 'Jekyll and Eleventy' },
};

/** A field name as the lists here compare it: lower-cased, without `_` and `-`. */
const plainName = (name: string) => name.toLowerCase().replace(/[_-]/g, '');

/**
 * The field another tool's name stands for (`date` → `pubDate`), and which tools use it. Given
 * the value, a name that means two things says which: Jekyll's `published: false` is a draft,
 * where Fuwari's `published: 2024-10-26` is the date.
 */
export function fieldFromOtherTools(
  name: string,
  value?: unknown,
): { field: string; tools: string } | undefined {
  const key = plainName(name);
  if (key === 'published' && typeof value === 'boolean') return { field: 'draft', tools: 'Jekyll' };
  return NAMES[key];
}

/**
 * Names an event's fields have in calendars and event listings, for a guide's `events`: a
 * one-day event is most often written with a `date`, where an event here has a `start`.
 * Compared as `NAMES` are.
 */
const EVENT_NAMES: Record<string, string> = {
  date: 'start',
  day: 'start',
  startdate: 'start',
  starttime: 'start',
  starts: 'start',
  begin: 'start',
  begins: 'start',
  when: 'start',
  datetime: 'start',
  enddate: 'end',
  endtime: 'end',
  ends: 'end',
  until: 'end',
  finish: 'end',
  name: 'title',
  event: 'title',
  place: 'location',
  venue: 'location',
  where: 'location',
  address: 'location',
  link: 'url',
  href: 'url',
  website: 'url',
};

/** The field of an event (`start`) another name stands for (`date`), as `fieldFromOtherTools`. */
export function eventFieldFromOtherName(
  name: string,
): { field: string; tools: string } | undefined {
  const field = EVENT_NAMES[plainName(name)];
  return field ? { field, tools: 'calendars and event listings' } : undefined;
}

/**
 * The key of `data` that holds `field` under another tool's name (`date` for `pubDate`) or
 * another spelling (`Title` for `title`), when `field` itself is not written: a post moved from
 * Jekyll has its date, under the wrong name. With why the key is that field.
 */
export function writtenUnderOtherName(
  data: Record<string, unknown>,
  field: string,
  otherNames: (
    name: string,
    value: unknown,
  ) => { field: string; tools: string } | undefined = fieldFromOtherTools,
): { key: string; why: string } | undefined {
  if (data[field] !== undefined) return undefined;
  for (const key of Object.keys(data)) {
    // `Title:` or `pub_date:`: the field, in another case or spelling.
    if (plainName(key) === plainName(field)) return { key, why: 'field names are case-sensitive' };
    // `title` and a no-break space before its colon, pasted: another name, with that in it.
    if (withoutLookalikes(key) === field) return { key, why: `it has ${named(key)} in it` };
    const other = otherNames(key, data[key]);
    if (other?.field === field) return { key, why: `${key} is its name in ${other.tools}` };
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

/**
 * Fields other tools have that this site decides elsewhere, once for every entry: an author
 * moving posts would otherwise be told to correct the field's name, when there is none to write.
 */
const DECIDED_ELSEWHERE: Record<string, string> = {
  author:
    'the site has one author, author in src/site.config.ts (Jekyll, Hugo and Astro themes name one per post)',
  authors: 'the site has one author, author in src/site.config.ts',
  layout:
    "every entry of a collection has the site's layout for it (Jekyll and Hugo name one per post)",
};

/** Why a field of another tool has no place in an entry here, if it is one this site decides elsewhere. */
export function decidedElsewhere(name: string): string | undefined {
  return DECIDED_ELSEWHERE[name.toLowerCase()];
}
