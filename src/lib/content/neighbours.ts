/** The entries before and after `id` in an ordered list (newest first: "previous" is older). */
export function neighbours<T extends { id: string }>(
  ordered: T[],
  id: string,
): { prev?: T; next?: T } {
  const index = ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return {};
  return { prev: ordered[index + 1], next: ordered[index - 1] };
}
