export interface PageSlice<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  last: number;
  /** URL of the previous and next page, or undefined at the ends. */
  prev?: string;
  next?: string;
}

/**
 * Splits a list into pages whose URLs are `base` for page 1 and `base + 'page/n/'` after it,
 * the layout readers and crawlers expect from blogs (`/posts/`, `/posts/page/2/`).
 */
export function paginate<T>(items: T[], size: number, base: string): PageSlice<T>[] {
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`page size must be a positive integer, got ${size}`);
  const last = Math.max(1, Math.ceil(items.length / size));
  const url = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  return Array.from({ length: last }, (_, i) => {
    const current = i + 1;
    return {
      items: items.slice(i * size, current * size),
      current,
      last,
      prev: current > 1 ? url(current - 1) : undefined,
      next: current < last ? url(current + 1) : undefined,
    };
  });
}
