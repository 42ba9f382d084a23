#!/usr/bin/env node
// @ts-check
/**
 * The entry of `npm run check` and `npm run check:html`: turns on Node's compile cache, then runs
 * cli.ts. Plain JavaScript, so that the cache is on before the first TypeScript file loads:
 * with it Node keeps each module's stripped and compiled code on disk, and a check loads the
 * parsers and rules in about half the time (0.2 s instead of 0.4 s a thread at 1,000 posts),
 * a warm `check` (every file answered by src/a11y/run/cache.ts) without loading the TypeScript
 * stripper at all. Node checks each cached module against its source, so an edited file is
 * compiled afresh.
 *
 * The folder is Node's own (`NODE_COMPILE_CACHE`, else `node-compile-cache` in the temporary
 * folder), the one Astro's CLI turns on for every `astro build` and `astro dev`, as Node
 * recommends: what one project's check compiled serves the next check, whatever its results
 * cache holds (a fresh `npm ci`, a changed rule). Only once that folder exists or this project
 * has checked before: writing out every module a first check loads costs that check about
 * 0.15 s, so the very first check on a fresh machine, as in CI, runs without it.
 * `NODE_DISABLE_COMPILE_CACHE=1` turns it off (Node's own switch).
 */
import { existsSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitUnlessTypeScript } from '../lib/util/typescript-node.mjs';

exitUnlessTypeScript('The check', 'npm run check');

const checkedBefore = new URL('../../node_modules/.cache/commonplace/', import.meta.url);
const nodeCompileCache = process.env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache');
try {
  if (existsSync(nodeCompileCache) || existsSync(checkedBefore)) module.enableCompileCache?.();
} catch {
  // An older Node, or a read-only folder: only slower.
}
await import('./cli.ts');
