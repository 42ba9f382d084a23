import { slugify } from './slug.ts';

export interface TagCount {
  tag: string;
  slug: string;
  count: number;
}

/** Every tag with how many entries carry it, most used first, then alphabetical. */
export function countTags(entries: { data: { tags: string[] } }[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const entry of entries) {
    for (const tag of new Set(entry.data.tags)) {
      const slug = slugify(tag);
      const found = counts.get(slug);
      if (found) found.count += 1;
      else counts.set(slug, { tag, slug, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.slug.localeCompare(b.slug));
}

/** Entries that carry the tag whose slug is given. */
export function withTag<T extends { data: { tags: string[] } }>(entries: T[], slug: string): T[] {
  return entries.filter((entry) => entry.data.tags.some((tag) => slugify(tag) === slug));
}
