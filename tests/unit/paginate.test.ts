import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/content/paginate.ts';

const items = Array.from({ length: 23 }, (_, i) => i + 1);

describe('paginate', () => {
  it('puts page 1 at the base URL and later pages under page/n/', () => {
    const pages = paginate(items, 10, '/posts/');
    expect(pages.map((p) => [p.current, p.items.length, p.prev, p.next])).toEqual([
      [1, 10, undefined, '/posts/page/2/'],
      [2, 10, '/posts/', '/posts/page/3/'],
      [3, 3, '/posts/page/2/', undefined],
    ]);
    expect(pages[2].items).toEqual([21, 22, 23]);
    expect(pages.every((p) => p.last === 3)).toBe(true);
  });
  it('always yields one page, even when empty', () => {
    expect(paginate([], 10, '/posts/')).toEqual([
      { items: [], current: 1, last: 1, prev: undefined, next: undefined },
    ]);
  });
  it('rejects a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/posts/')).toThrow(
      'page size must be a positive integer, got 0',
    );
  });
});
