import { describe, expect, it } from 'vitest';
import { editDistance, editDistanceWithin } from '../../src/lib/util/closest-name.ts';

describe('editDistanceWithin', () => {
  it('agrees with editDistance up to its bound, and gives bound + 1 past it', () => {
    // A fixed generator, so a failure names the same pair every run.
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () =>
      Array.from({ length: Math.floor(next() * 12) }, () => 'abcd/-'[Math.floor(next() * 6)]).join(
        '',
      );
    for (let n = 0; n < 3000; n++) {
      const [a, b, max] = [word(), word(), Math.floor(next() * 5)];
      const full = editDistance(a, b);
      expect([a, b, max, editDistanceWithin(a, b, max)]).toEqual([
        a,
        b,
        max,
        full <= max ? full : max + 1,
      ]);
    }
  });

  it('counts a swap of two neighbours as one step, as editDistance does', () => {
    expect(editDistanceWithin('/posts/pit-stpos/', '/posts/pit-stops/', 2)).toBe(1);
    expect(editDistanceWithin('/posts/a/', '/guides/long-name/', 3)).toBe(4);
  });
});
