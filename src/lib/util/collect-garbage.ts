import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc()`, fetched once; null where this Node does not give it. */
let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection on this thread now; false where Node does not allow it. V8
 * exposes `gc()` to contexts created while `--expose-gc` is set (the way jest-leak-detector and
 * the `expose-gc` package get it); the flag is turned off again at once, so no other code sees a
 * `gc` it did not ask for.
 *
 * The build calls it once, when Astro has written every page (src/integrations/finish-build.ts):
 * Astro's heap then holds the render's garbage, about 270 MB at 4,000 posts, which V8 had not yet
 * collected, and the feeds' allocations grew the process on top of it instead of reusing it.
 */
export function collectGarbage(): boolean {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  gc?.();
  return gc !== null;
}
