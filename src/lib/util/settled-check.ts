/**
 * Checks of a file that an editor (or a test) is writing while it is read. A save is a truncate
 * and then a write, and the dev server's watcher (chokidar) fires on the first and drops a
 * change that follows another within 50 ms. A check that read the empty file in between would
 * report "title is required" and stay on screen, with no later event to correct it; two checks
 * of one file running at once could also finish in the wrong order. So, per file, checks run one
 * at a time, and each one reads the file again when it is done: if the text moved on, it checks
 * the new text before answering. Every answer is of what the file held at the end of its check,
 * and answers come in the order asked. For the write that lands after a check has finished,
 * `moved` tells the caller to check again (gate.ts does, once the watcher has been quiet).
 */
export interface SettledChecks<T> {
  /** Checks `file` (absolute) once any check of it under way is done. */
  check(file: string): Promise<T>;
  /** Whether the file now holds other text than its last check saw (false when unreadable). */
  moved(file: string): Promise<boolean>;
}

/**
 * `check` gets `changed`: the file was checked before, with other text (anything the caller
 * keeps about the file, such as an index of the site, is out of date).
 */
export function settledChecks<T>(
  read: (file: string) => Promise<string>,
  check: (file: string, text: string, changed: boolean) => Promise<T>,
): SettledChecks<T> {
  const queues = new Map<string, Promise<unknown>>();
  const seen = new Map<string, string>();
  const settle = async (file: string): Promise<T> => {
    let text = await read(file);
    // Bounded: a file rewritten without pause must still get an answer.
    for (let round = 0; ; round++) {
      const changed = seen.has(file) && seen.get(file) !== text;
      seen.set(file, text);
      const result = await check(file, text, changed);
      const now = await read(file);
      if (now === text || round === 4) return result;
      text = now;
    }
  };
  return {
    check(file) {
      const before = queues.get(file) ?? Promise.resolve();
      const mine = before.then(
        () => settle(file),
        () => settle(file),
      );
      const tail = mine.catch(() => undefined);
      queues.set(file, tail);
      // Forget the file once nothing waits behind this check.
      void tail.then(() => {
        if (queues.get(file) === tail) queues.delete(file);
      });
      return mine;
    },
    async moved(file) {
      await queues.get(file);
      const now = await read(file).catch(() => undefined);
      return now !== undefined && now !== seen.get(file);
    },
  };
}
