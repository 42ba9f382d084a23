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
 * V8 lets a new thread's old generation grow to about 128 MiB before its first full collection,
 * and the worker's heap stays that large to the end of the build even after V8 has collected it
 * (V8 keeps the pages it grew). At 4,000 posts the source layer's heap grew to 145 MiB while what
 * it kept was about 50 MiB; with a 24 MiB budget it stayed under 95 MiB, at two collections of
 * about 0.1 s each, on the worker's low-priority thread (README, "Performance", round 14).
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
