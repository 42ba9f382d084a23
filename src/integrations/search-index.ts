import { fileURLToPath } from 'node:url';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HookParameters } from 'astro';
import * as pagefind from 'pagefind';
import { timed } from './timing.ts';

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

/**
 * astro:build:done, after the gate: indexes the built pages with Pagefind's Node API and writes
 * the index to `<outDir>/pagefind/`, never into public/ (it would go stale and be committed).
 * Pages mark their main content with `data-pagefind-body` (src/layouts/EntryLayout.astro), so
 * navigation, footers and listing pages stay out of the index.
 */
export async function buildSearchIndex({
  dir,
  logger,
}: HookParameters<'astro:build:done'>): Promise<void> {
  const outDir = fileURLToPath(dir);
  await timed(logger, 'search', 'pages', async () => {
    try {
      const { index, errors } = await pagefind.createIndex({});
      failOn(errors, 'start');
      if (!index) throw new Error('search index: Pagefind did not create an index');
      const added = await index.addDirectory({ path: outDir });
      failOn(added.errors, 'index the built pages');
      const outputPath = join(outDir, 'pagefind');
      const written = await index.writeFiles({ outputPath });
      failOn(written.errors, 'write the index');
      return { count: await indexedPages(outputPath), result: undefined };
    } finally {
      // Pagefind runs a service binary; leaving it running keeps the build process alive.
      await pagefind.close();
    }
  });
}
