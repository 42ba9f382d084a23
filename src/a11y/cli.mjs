#!/usr/bin/env node
// @ts-check
/**
 * The entry of `npm run check` and `npm run check:html`: turns on Node's compile cache, then runs
 * cli.ts. Plain JavaScript, so that the cache is on before the first TypeScript file loads:
 * with it Node keeps each module's stripped and compiled code in node_modules/.cache/, and a
 * warm `check` (every file answered by src/a11y/run/cache.ts) starts in half the time,
 * without loading the TypeScript stripper at all. Node checks each cached module against its
 * source, so an edited file is compiled afresh.
 */
import { enableCompileCache } from 'node:module';
import { fileURLToPath } from 'node:url';

try {
  enableCompileCache?.(
    fileURLToPath(new URL('../../node_modules/.cache/commonplace/compile/', import.meta.url)),
  );
} catch {
  // An older Node, or a read-only folder: only slower.
}
await import('./cli.ts');
