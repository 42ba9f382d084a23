/**
 * A list of work items that several threads take from, one item at a time, each item once: a
 * thread that starts late or runs slower simply takes fewer, so all of them finish together. A
 * split fixed up front left one of `npm run check`'s two cores idle for 0.4 to 0.6 s of a 3 s
 * check at 1,000 posts (the worker starts later and loads its own parsers; files differ in
 * length). Backed by a SharedArrayBuffer, which a worker receives in its `workerData`.
 *
 * Slot 0 counts the items handed out; slot 1 + i holds which taker took item i (0 while not
 * taken), so the items of a taker that failed can be done again by another.
 */
export interface SharedQueue {
  buffer: SharedArrayBuffer;
  length: number;
}

export function sharedQueue(length: number): SharedQueue {
  return { buffer: new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * (length + 1)), length };
}

/**
 * The items `taker` (a number from 1) takes, lazily: each is claimed only when the previous one
 * is done, so a thread never holds items it has not started.
 */
export function* take<T>(queue: SharedQueue, items: readonly T[], taker: number): Generator<T> {
  if (!Number.isInteger(taker) || taker < 1) throw new RangeError('a taker is a number from 1');
  const slots = new Int32Array(queue.buffer);
  for (;;) {
    const i = Atomics.add(slots, 0, 1);
    if (i >= queue.length) return;
    Atomics.store(slots, i + 1, taker);
    yield items[i]!;
  }
}

/**
 * The items no taker in `answered` took: those of a taker that failed before answering for them,
 * and any one claimed but not marked (a thread that died in between), to be done again.
 */
export function notDoneBy<T>(queue: SharedQueue, items: readonly T[], answered: number[]): T[] {
  const slots = new Int32Array(queue.buffer);
  return items.filter((_, i) => !answered.includes(Atomics.load(slots, i + 1)));
}
