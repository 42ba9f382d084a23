import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/lib/util/collect-garbage.ts';

describe('collectGarbage', () => {
  it('frees what nothing refers to any more, at once', async () => {
    let garbage: number[][] | undefined = Array.from({ length: 1000 }, () =>
      new Array(100).fill(1),
    );
    const ref = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target until the current job ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(collectGarbage()).toBe(true);
    expect(ref.deref()).toBeUndefined();
    expect(garbage).toBeUndefined();
  });

  it('leaves no gc() behind for other code, in contexts created after it either', () => {
    collectGarbage();
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
    // Astro and Vite create contexts of their own: --expose-gc is off again for them.
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});
