import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { heapBudget, type HeapControls } from '../../src/lib/util/heap-budget.ts';

const MiB = 2 ** 20;

/** A heap that grows as the test says, shrinks to `live` when collected, and counts its reads. */
interface FakeHeap {
  used: number;
  live: number;
  reads: number;
  collections: number;
  controls: HeapControls;
}

function fakeHeap(live: number, { collects = true } = {}): FakeHeap {
  const heap: FakeHeap = {
    used: live,
    live,
    reads: 0,
    collections: 0,
    controls: {
      used: () => (heap.reads++, heap.used),
      collect: () => {
        if (!collects) return false;
        heap.collections += 1;
        heap.used = heap.live;
        return true;
      },
    },
  };
  return heap;
}

describe('heapBudget', () => {
  it('collects once the heap has grown past the budget, and counts from that collection on', () => {
    const heap = fakeHeap(50 * MiB);
    const afterEach = heapBudget(24, { every: 1, heap: heap.controls });
    // What the thread keeps grows too: the first collection leaves 60 MiB, not 50.
    heap.live = 60 * MiB;
    // Each step: how much the heap grows, then how many collections there have been.
    const steps: Array<[grownMiB: number, collections: number]> = [
      [24, 0],
      [1, 1],
      // At 60 MiB after the collection: the next 24 MiB are allowed again, up to 84 MiB.
      [24, 1],
      [1, 2],
    ];
    for (const [grownMiB, collections] of steps) {
      heap.used += grownMiB * MiB;
      afterEach();
      expect(heap.collections).toBe(collections);
    }
  });

  it('reads the heap only every so many units', () => {
    const heap = fakeHeap(10 * MiB);
    const afterEach = heapBudget(1, { every: 16, heap: heap.controls });
    heap.reads = 0;
    heap.used += 100 * MiB;
    for (let i = 0; i < 15; i++) afterEach();
    expect([heap.reads, heap.collections]).toEqual([0, 0]);
    afterEach();
    expect(heap.collections).toBe(1);
  });

  it('stops trying where Node allows no collection', () => {
    const heap = fakeHeap(10 * MiB, { collects: false });
    const afterEach = heapBudget(1, { every: 1, heap: heap.controls });
    heap.used += 100 * MiB;
    afterEach();
    const after = heap.reads;
    for (let i = 0; i < 10; i++) afterEach();
    expect(heap.reads).toBe(after);
  });

  it("collects this thread's heap for real with Node's own controls", async () => {
    const heapUsed = () => getHeapStatistics().used_heap_size;
    const start = heapUsed();
    const afterEach = heapBudget(1, { every: 1 });
    // More than V8's young generation holds: it ends up in the old one, which only a full
    // collection frees. Held until just before the budget is asked, so no collection of V8's
    // own can have freed it first.
    const holder: { garbage?: string[] } = {
      garbage: Array.from({ length: 200_000 }, (_, i) => `${i}`.padEnd(100, '.')),
    };
    const ref = new WeakRef(holder.garbage!);
    // A WeakRef keeps its target alive until the job that made it (or last read it) ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heapUsed() - start).toBeGreaterThan(1 * MiB);
    delete holder.garbage;
    afterEach();
    expect(ref.deref()).toBeUndefined();
  });
});
