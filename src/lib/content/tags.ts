import { slugify } from './slug.ts';

/**
 * One tag per slug (README "Writing"): `Classroom Design`, `classroom design` and
 * `classroom-design` are one tag, at `/tags/classroom-design/`, with one filter in search and one
 * feed. It is shown everywhere (entry pages, tag pages, feeds, search) with one label: the
 * spelling most entries use, and on a tie the spelling of the oldest entry, so one post's
 * `Reflection` does not rename the tag every other post calls `reflection`.
 */

export interface TagCount {
  /** The tag's display label. */
  tag: string;
  slug: string;
  count: number;
  /**
   * The language every entry carrying the tag is written in (`lang`), when they share one: a tag
   * only Arabic posts use (`استدامة`) is Arabic where an English page lists it. Undefined when
   * the entries say none or differ.
   */
  lang?: string;
}

/** A tag as written, the way the schema reads it: a hashtag is the tag (`#F1` is `F1`). */
export function tagText(tag: string): string {
  return tag.replace(/^#+\s*/, '');
}

interface Tagged {
  data: { tags: string[]; pubDate?: Date; lang?: string };
}

/** The display label of every tag, by slug. */
export function tagLabels(entries: Tagged[]): Map<string, string> {
  // slug → spelling → [entries using it, date of the oldest of them]
  const spellings = new Map<string, Map<string, { count: number; first: number }>>();
  for (const entry of entries) {
    const time = entry.data.pubDate?.getTime() ?? Number.POSITIVE_INFINITY;
    const seen = new Set<string>();
    for (const tag of entry.data.tags) {
      const slug = slugify(tag);
      if (!slug || seen.has(`${slug}\n${tag}`)) continue;
      seen.add(`${slug}\n${tag}`);
      let forSlug = spellings.get(slug);
      if (!forSlug) spellings.set(slug, (forSlug = new Map()));
      const found = forSlug.get(tag);
      if (found) {
        found.count += 1;
        found.first = Math.min(found.first, time);
      } else forSlug.set(tag, { count: 1, first: time });
    }
  }
  const labels = new Map<string, string>();
  for (const [slug, forSlug] of spellings) {
    const [label] = [...forSlug].sort(
      ([a, x], [b, y]) => y.count - x.count || x.first - y.first || a.localeCompare(b),
    )[0]!;
    labels.set(slug, label);
  }
  return labels;
}

/** An entry's tags as readers see them: each slug once, under its label, in the entry's order. */
export function labelTags(tags: string[], labels: Map<string, string>): string[] {
  const out = new Map<string, string>();
  for (const tag of tags) {
    const slug = slugify(tag);
    if (slug && !out.has(slug)) out.set(slug, labels.get(slug) ?? tag);
  }
  return [...out.values()];
}

/** Every tag with how many entries carry it, most used first, then alphabetical by slug. */
export function countTags(entries: Tagged[], labels = tagLabels(entries)): TagCount[] {
  const counts = new Map<string, TagCount & { langs: Set<string | undefined> }>();
  for (const entry of entries) {
    for (const slug of new Set(entry.data.tags.map(slugify))) {
      if (!slug) continue;
      const found = counts.get(slug);
      if (found) {
        found.count += 1;
        found.langs.add(entry.data.lang);
      } else
        counts.set(slug, {
          tag: labels.get(slug) ?? slug,
          slug,
          count: 1,
          langs: new Set([entry.data.lang]),
        });
    }
  }
  return [...counts.values()]
    .map(({ langs, ...count }) => {
      const [only] = langs;
      return langs.size === 1 && only ? { ...count, lang: only } : count;
    })
    .sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

/** Entries that carry the tag whose slug is given. */
export function withTag<T extends Tagged>(entries: T[], slug: string): T[] {
  return entries.filter((entry) => entry.data.tags.some((tag) => slugify(tag) === slug));
}
