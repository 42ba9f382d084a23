/**
 * Posts that share a `series:` name read as parts, oldest first: "Part 2 of 4", the list of
 * parts, and previous/next that stay inside the series.
 */

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

/** Where `entry` sits in its series, or undefined when it has none. */
export function seriesPosition<T extends SeriesMember>(
  entries: T[],
  entry: SeriesMember,
): SeriesPosition<T> | undefined {
  const name = entry.data.series;
  if (name === undefined) return undefined;
  const parts = entries
    .filter((e) => e.data.series === name)
    .sort(
      (a, b) =>
        a.data.pubDate.getTime() - b.data.pubDate.getTime() ||
        a.data.title.localeCompare(b.data.title),
    );
  const index = parts.findIndex((e) => e.id === entry.id);
  if (index === -1) return undefined;
  return {
    name,
    part: index + 1,
    total: parts.length,
    parts,
    prev: parts[index - 1],
    next: parts[index + 1],
  };
}

/** "Part 2 of 4" */
export function partLabel(position: { part: number; total: number }): string {
  return `Part ${position.part} of ${position.total}`;
}
