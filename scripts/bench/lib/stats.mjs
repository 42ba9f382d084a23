// @ts-check

/**
 * The median of the numbers given, ignoring missing ones; undefined when none is left.
 * @param {(number | undefined | null)[]} values
 */
export function median(values) {
  const sorted = values
    .filter((v) => typeof v === 'number' && Number.isFinite(v))
    .map(Number)
    .sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * a / b, or undefined when either is missing or b is not positive.
 * @param {number | undefined} a
 * @param {number | undefined} b
 */
export function ratio(a, b) {
  if (a === undefined || b === undefined || !(b > 0)) return undefined;
  return a / b;
}
