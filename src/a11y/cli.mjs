#!/usr/bin/env node
// @ts-check
/**
 * The entry of `npm run check` and `npm run check:html`: turns on Node's compile cache, then runs
 * cli.ts. Plain JavaScript, so that the cache is on before the first TypeScript file loads:
 * with it Node keeps each module's stripped and compiled code in node_modules/.cache/, and a
 * warm `check` (every file answered by src/a11y/run/cache.ts) starts in half the time,
 * without loading the TypeScript stripper at all. Node checks each cached module against its
 * source, so an edited file is compiled afresh.
 *
 * Only from a project's second check on (once a check has left its cache folder): writing out
 * the compiled code of every parser, rule and Astro module a first check loads took longer
 * (1.4 s on the main thread at 1,000 posts) than compiling them had, so a first check, as on a
 * fresh clone or in CI, runs without it. A second check answered from the results cache loads
 * only the little it needs, and that is what it writes.
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// The checker is TypeScript, which Node runs as it is only from 22.18 (and 23.6) on. Run outside
// npm on an older Node (`node src/a11y/cli.mjs`), it would stop with ERR_UNKNOWN_FILE_EXTENSION.
if (!process.features.typescript) {
  console.error(
    `The check is TypeScript, and this Node (${process.version}) cannot run it as it is.\n` +
      "Run it as npm run check (after npm ci, npm puts the project's own Node first), or with Node 22.18 or later.",
  );
  process.exit(2);
}

const cacheDir = new URL('../../node_modules/.cache/commonplace/', import.meta.url);
try {
  if (existsSync(cacheDir))
    module.enableCompileCache?.(fileURLToPath(new URL('compile/', cacheDir)));
} catch {
  // An older Node, or a read-only folder: only slower.
}
await import('./cli.ts');
