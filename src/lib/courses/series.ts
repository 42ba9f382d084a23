/**
 * Posts that share a `series:` name read as parts, oldest first: "Part 2 of 4", the list of
 * parts, and previous/next that stay inside the series.
 */
import { slugify } from '../content/slug.ts';
import type { Words } from '../site/words/translate.ts';

export interface SeriesMember {
  id: string;
  data: { title: string; pubDate: Date; series?: string };
}

export interface SeriesPosition<T> {
  name: string;
  /** 1-based. */
  part: number;
  total: number;
  parts: T[];
  prev?: T;
  next?: T;
}

/**
 * Which series a name belongs to: names with the same slug are one series, as tags are
 * (`Campaign diary` and `Campaign Diary`), so a part spelt another way is not left on its own as
 * "Part 1 of 1". A name with no letter or digit a-z to make a slug of (Arabic, Hebrew) is matched
 * as written.
 */
function seriesKey(name: string): string {
  return slugify(name) || `\0${name}`;
}

/** Where `entry` sits in its series, or undefined when it has none. */
export function seriesPosition<T extends SeriesMember>(
  entries: T[],
  entry: SeriesMember,
): SeriesPosition<T> | undefined {
  if (entry.data.series === undefined) return undefined;
  const key = seriesKey(entry.data.series);
  const parts = entries
    .filter((e) => e.data.series !== undefined && seriesKey(e.data.series) === key)
    .sort(
      (a, b) =>
        a.data.pubDate.getTime() - b.data.pubDate.getTime() ||
        a.data.title.localeCompare(b.data.title),
    );
  const index = parts.findIndex((e) => e.id === entry.id);
  if (index === -1) return undefined;
  return {
    name: seriesName(parts.map((part) => part.data.series!)),
    part: index + 1,
    total: parts.length,
    parts,
    prev: parts[index - 1],
    next: parts[index + 1],
  };
}

/** The spelling most parts use, oldest part's on a tie: the same on every part's page. */
function seriesName(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const spelling of spellings) counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  // Map keeps first-seen order, oldest part first, so the first of the most used wins a tie.
  let best = spellings[0]!;
  for (const [spelling, count] of counts) if (count > counts.get(best)!) best = spelling;
  return best;
}

/** "Part 2 of 4", in the site's language. */
export function partLabel(
  position: { part: number; total: number },
  words: Pick<Words, 't' | 'plural'>,
): string {
  return words.t('Part {part} of {total}', { part: position.part, total: position.total });
}
