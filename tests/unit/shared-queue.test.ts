import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { notDoneBy, sharedQueue, take } from '../../src/lib/util/shared-queue.ts';

const items = Array.from({ length: 2_000 }, (_, i) => `post-${i}.md`);

describe('a queue that threads take from', () => {
  it('hands each item to exactly one of the takers, however they interleave', () => {
    const queue = sharedQueue(items.length);
    const one = take(queue, items, 1);
    const two = take(queue, items, 2);
    const got: Record<number, string[]> = { 1: [], 2: [] };
    // Taker 2 is three times as fast: it takes three items for each of taker 1's.
    for (let step = 0; ; step++) {
      const next = step % 4 === 0 ? [1, one.next()] : [2, two.next()];
      const [taker, result] = next as [number, IteratorResult<string>];
      if (result.done) break;
      got[taker]!.push(result.value);
    }
    got[1]!.push(...one);
    expect(got[2]!.length).toBeGreaterThan(got[1]!.length * 2);
    expect([...got[1]!, ...got[2]!].sort()).toEqual([...items].sort());
    expect(notDoneBy(queue, items, [1, 2])).toEqual([]);
  });

  it('gives back the items of a taker that stopped before answering, and only those', () => {
    const queue = sharedQueue(items.length);
    const failing = take(queue, items, 2);
    const lost = [failing.next().value, failing.next().value, failing.next().value];
    const done = [...take(queue, items, 1)];
    expect(done).toHaveLength(items.length - 3);
    expect(notDoneBy(queue, items, [1])).toEqual(lost);
  });

  it('is shared with worker threads through workerData: no item twice, none missed', async () => {
    const queue = sharedQueue(items.length);
    const url = new URL('../../src/lib/util/shared-queue.ts', import.meta.url).href;
    // Each worker takes as fast as it can: the two race for the same counter.
    const source = `
      const { workerData, parentPort } = require('node:worker_threads');
      import(${JSON.stringify(url)}).then(({ take }) => {
        parentPort.postMessage([...take(workerData.queue, workerData.items, workerData.taker)]);
      });`;
    const run = (taker: number) =>
      new Promise<string[]>((resolve, reject) => {
        const worker = new Worker(source, { eval: true, workerData: { queue, items, taker } });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
    const [two, three] = await Promise.all([run(2), run(3)]);
    const mine = [...take(queue, items, 1)];
    const all = [...mine, ...two, ...three];
    expect(all).toHaveLength(items.length);
    expect(new Set(all).size).toBe(items.length);
    expect(notDoneBy(queue, items, [1, 2])).toEqual(three);
  });

  it('refuses a taker number that could not be told from "not taken"', () => {
    expect(() => take(sharedQueue(1), ['a'], 0).next()).toThrow(/from 1/);
  });
});
