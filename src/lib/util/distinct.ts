/**
 * The items whose key no earlier item has, in their order: a problem two issues of one schema
 * both lead to (a module written as text misses its id and its title) is said once.
 */
export function distinctBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
