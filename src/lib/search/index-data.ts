import { calendarDay } from '../content/publish.ts';

/** The `type` filter's values: what readers call the two kinds of entry. */
export type EntryType = 'reflection' | 'guide';

export interface IndexableEntry {
  collection: string;
  data: { pubDate: Date; tags: string[]; course?: string };
}

export interface SearchIndexData {
  /** Pagefind filters, one `{ name, value }` per value (an entry has many `tag`s). */
  filters: { name: 'type' | 'tag' | 'course' | 'model'; value: string }[];
  /** `data-pagefind-sort` on the entry's body: results can be sorted by date. */
  sort: string;
  /** Pagefind metadata shown under each result. */
  meta: { name: 'date' | 'type' | 'lang'; value: string }[];
}

/** What an entry's page knows beyond its frontmatter. */
export interface IndexExtras {
  /** Name of the reflection model the entry follows: the `model` filter. */
  model?: string;
  /** The entry's language: results show it, and mark their titles with it. */
  lang?: string;
  /** The site's time zone, in which a date with a time falls on its day (calendarDay). Default UTC. */
  timeZone?: string;
}

export function entryType(entry: { collection: string }): EntryType {
  return entry.collection === 'guides' ? 'guide' : 'reflection';
}

/**
 * What Pagefind records about an entry besides its text. Filter and metadata values travel in
 * attributes (`tag[data-value]`) rather than inline `tag:value`, so a tag containing a comma or
 * colon stays one value (Pagefind does not split `a:1, b:2` in data-pagefind-meta). The date is ISO (`2026-11-02`), so it sorts as text and parses in the browser.
 */
export function searchIndexData(
  entry: IndexableEntry,
  { model, lang, timeZone }: IndexExtras = {},
): SearchIndexData {
  const type = entryType(entry);
  const date = calendarDay(entry.data.pubDate, timeZone);
  return {
    filters: [
      { name: 'type', value: type },
      ...[...new Set(entry.data.tags)].map((value) => ({ name: 'tag' as const, value })),
      ...(entry.data.course ? [{ name: 'course' as const, value: entry.data.course }] : []),
      ...(model ? [{ name: 'model' as const, value: model }] : []),
    ],
    sort: `date:${date}`,
    meta: [
      { name: 'date', value: date },
      { name: 'type', value: type },
      ...(lang ? [{ name: 'lang' as const, value: lang }] : []),
    ],
  };
}
