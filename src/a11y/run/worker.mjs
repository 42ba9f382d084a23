// @ts-check
/**
 * The entry of a gate worker (started by run/client.ts): turns on the compile cache it is given,
 * then loads run/worker.ts. Plain JavaScript for the same reason as src/a11y/cli.mjs: Node
 * strips a TypeScript file's types with a WebAssembly module that it loads, per thread, the
 * first time a `.ts` file is not in the compile cache. worker.ts turned the cache on only once
 * it and its own imports had loaded, so every `npm run check` worker loaded that module for them
 * (about 0.3 s of the worker's CPU at 1,000 posts) though the parsers and rules it loads after
 * came from the cache. A build's worker is given Astro's cache, where Astro's CLI turned it on.
 */
import module from 'node:module';
import { workerData } from 'node:worker_threads';

const compileCache = workerData?.compileCache;
try {
  if (compileCache) module.enableCompileCache?.(compileCache);
} catch {
  // Only slower.
}
await import('./worker.ts');
