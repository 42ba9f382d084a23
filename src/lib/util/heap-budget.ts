import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from './collect-garbage.ts';

/** How the budget reads the heap and collects it; Node's own unless a test says otherwise. */
export interface HeapControls {
  /** Bytes of this thread's heap in use, garbage included. */
  used(): number;
  /** A full collection now; false where Node does not allow one. */
  collect(): boolean;
}

const v8Heap: HeapControls = {
  used: () => getHeapStatistics().used_heap_size,
  collect: collectGarbage,
};

/**
 * Returns a function to call after each unit of work (a file checked, a page checked): once the
 * heap has grown by more than `megabytes` since the last collection, it collects now.
 *
 * Why: the build's gate worker runs beside Astro, and its heap adds to the build's peak memory.
 * Left to itself, V8 let the worker's heap fill with garbage to 145 MiB before its first full
 * collection (at 4,000 posts, while what it kept was about 50 MiB), and the heap stays that
 * large to the end of the build even once collected: V8 keeps the pages it grew. With a 24 MiB
 * budget it stayed under 95 MiB, at three collections of about 0.1 s each on the worker's
 * low-priority thread (README, "The gate worker's heap").
 */
export function heapBudget(
  megabytes: number,
  { every = 16, heap = v8Heap }: { every?: number; heap?: HeapControls } = {},
): () => void {
  const budget = megabytes * 2 ** 20;
  let calls = 0;
  let base = heap.used();
  let collecting = true;
  return () => {
    // Reading the heap's statistics is cheap, but not free: once every `every` units.
    if (!collecting || ++calls % every) return;
    if (heap.used() - base <= budget) return;
    collecting = heap.collect();
    base = heap.used();
  };
}
