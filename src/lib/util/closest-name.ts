/** Edit distance with transpositions (`Vidoe` is one step from `Video`, `darft` from `draft`). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * `editDistance` when it is at most `max`, else `max + 1`; only the band of cells within `max`
 * of the diagonal is filled, and it stops once a row is past `max`. For matching one link
 * against every page of a large site.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const far = max + 1;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : far));
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(far);
    if (i <= max) row[0] = i;
    let best = row[0]!;
    for (let j = Math.max(1, i - max); j <= Math.min(b.length, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, before[j - 2]! + 1);
      row[j] = Math.min(d, far);
      best = Math.min(best, row[j]!);
    }
    if (best > max) return far;
    before = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The known name closest to a misspelt one, if any is close enough to be what was meant: the
 * same name in other letter case first, then at most two edits (a third of a long name's
 * letters). For "did you mean" suggestions (`<Vidoe>`, a frontmatter `pubdate:`).
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const candidate of known) {
    const d = candidate.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, candidate);
    if (d <= Math.max(2, Math.floor(candidate.length / 3)) && (!best || d < best.d))
      best = { name: candidate, d };
  }
  return best?.name;
}
