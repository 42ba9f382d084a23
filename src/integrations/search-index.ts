import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HookParameters } from 'astro';
import * as pagefind from 'pagefind';
import { logPhase } from './timing.ts';

/** Turns Pagefind's error list into one build error that says what failed and what to do. */
function failOn(errors: string[], step: string) {
  if (errors.length === 0) return;
  throw new Error(
    `search index: Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}\nFix the pages named above, or report the error if it names no page.`,
  );
}

/**
 * Pages that made it into the index. `addDirectory` counts every HTML file it read, including
 * listings without `data-pagefind-body` that Pagefind then skips, so the entry file is the truth.
 */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export interface SearchIndexing {
  /** Writes the index to `<outDir>/pagefind/`: call only once the gate has passed. */
  write(): Promise<void>;
  /** Stops Pagefind's service, written or not; a build the gate fails gets no index. */
  close(): Promise<void>;
}

/**
 * astro:build:done, first: starts indexing the built pages with Pagefind's Node API. Pagefind
 * is a separate process, so it reads and indexes on the other core while the gate and the feeds
 * run here; nothing is written until `write()`, which the integration calls only after the gate
 * passed. The index goes to `<outDir>/pagefind/`, never into public/ (it would go stale and be
 * committed). Pages mark their main content with `data-pagefind-body`
 * (src/layouts/EntryLayout.astro), so navigation, footers and listings stay out of the index.
 */
export function startSearchIndex({
  dir,
  logger,
}: HookParameters<'astro:build:done'>): SearchIndexing {
  const outDir = fileURLToPath(dir);
  const start = performance.now();
  const indexed = (async () => {
    const { index, errors } = await pagefind.createIndex({});
    failOn(errors, 'start');
    if (!index) throw new Error('search index: Pagefind did not create an index');
    const added = await index.addDirectory({ path: outDir });
    failOn(added.errors, 'index the built pages');
    return index;
  })();
  // Held until write() awaits it; a failed gate must not also report an unhandled rejection.
  indexed.catch(() => {});
  return {
    async write() {
      const waitStart = performance.now();
      const index = await indexed;
      const outputPath = join(outDir, 'pagefind');
      const written = await index.writeFiles({ outputPath });
      failOn(written.errors, 'write the index');
      const now = performance.now();
      const pages = await indexedPages(outputPath);
      // What the build itself waited: the rest overlapped with the gate and the feeds.
      logPhase(
        logger,
        {
          phase: 'search',
          count: pages,
          unit: 'pages',
          seconds: (now - start) / 1000,
          waited: (now - waitStart) / 1000,
        },
        'beside the gate and feeds',
      );
    },
    // Pagefind runs a service binary; leaving it running keeps the build process alive.
    close: async () => {
      await pagefind.close();
    },
  };
}
