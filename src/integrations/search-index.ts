import { fileURLToPath } from 'node:url';
import { cp, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { HookParameters } from 'astro';
import * as pagefind from 'pagefind';
import { logPhase } from './timing.ts';
import { syncFolder } from '../lib/util/sync-folder.ts';
import { moveFolder } from './search-handoff.ts';

/**
 * The search index (README "Search"): Pagefind's Node API over the built pages, published as
 * `<outDir>/pagefind/` only once the gate has passed. Either `npm run build`'s second step
 * indexes the site after Astro's process has exited (src/integrations/search-after-build.ts,
 * handed the site by src/integrations/search-handoff.ts), or, when Astro was started some other
 * way (`astro build` alone), the build indexes it itself in astro:build:done. Nothing here
 * imports the site's config, so the second step starts quickly.
 */

/** Turns Pagefind's error list into one build error that says what failed and what to do. */
function failOn(errors: string[], step: string) {
  if (errors.length === 0) return;
  throw new Error(
    `search index: Pagefind could not ${step}:\n${errors.map((e) => `  - ${e}`).join('\n')}\nFix the pages named above, or report the error if it names no page.`,
  );
}

/**
 * Indexes every page under `outDir` and writes the index to `outputPath`. Given the last
 * build's index (`lastIndex`, kept aside by `keepLastIndex` in src/integrations/search-handoff.ts), it updates
 * that folder instead of creating every file again, and moves it into place: only the files
 * that differ are written, and those of pages that are gone are removed, so the result is byte
 * for byte what a fresh write gives.
 */
export async function runPagefind(
  outDir: string,
  outputPath: string,
  lastIndex?: string,
): Promise<void> {
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({});
  failOn(errors, 'start');
  if (!index) throw new Error('search index: Pagefind did not create an index');
  const added = await index.addDirectory({ path: outDir });
  failOn(added.errors, 'index the built pages');
  // Claimed by moving it (one rename, so of two builds of one project at once only one updates
  // it; the other writes its index whole).
  const claimed = lastIndex && `${lastIndex}-${process.pid}`;
  if (claimed && (await moveFolder(lastIndex, claimed))) {
    const got = await index.getFiles();
    failOn(got.errors, 'write the index');
    await syncFolder(claimed, got.files);
    try {
      await rename(claimed, outputPath);
    } catch (error) {
      // On another disk than the output folder: written whole, as without a last index.
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      await rm(claimed, { recursive: true, force: true });
      await syncFolder(outputPath, got.files);
    }
    return;
  }
  const written = await index.writeFiles({ outputPath });
  failOn(written.errors, 'write the index');
}

/** Pagefind runs a service binary; leaving it running keeps the process alive. */
export async function closePagefind(): Promise<void> {
  await pagefind.close();
}

/**
 * Pages that made it into the index. `addDirectory` counts every HTML file it read, including
 * listings without `data-pagefind-body` that Pagefind then skips, so the entry file is the truth.
 */
export async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

export interface SearchIndexing {
  /** Publishes the index as `<outDir>/pagefind/`: call only once the gate has passed. */
  write(): Promise<void>;
  /** Stops Pagefind's service, published or not; a build the gate fails gets no index. */
  close(): Promise<void>;
}

/**
 * Where the build's own Pagefind writes the index before the gate has passed: Astro's cache
 * folder, never the output folder, so a failed or interrupted build leaves no index to publish.
 * One per process, so two builds of a project at once keep theirs apart.
 */
export function stagingFolder(cacheDir: string): string {
  return join(cacheDir, `commonplace-pagefind-${process.pid}`);
}

/** Moves the staged index into place; a copy when the two folders are on different disks. */
async function publish(staging: string, target: string): Promise<void> {
  await rm(target, { recursive: true, force: true });
  try {
    await rename(staging, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(staging, target, { recursive: true });
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * astro:build:done, first, when no second step will index the site: indexes the built pages
 * and writes the index to a staging folder. Pagefind is a separate process, so it reads, indexes
 * and writes on the other core while the gate and the feeds run here. `write()`, which the
 * integration calls only after the gate passed, moves the index to `<outDir>/pagefind/`. The
 * index never goes into public/ (it would go stale and be committed). Pages mark their main
 * content with `data-pagefind-body` (src/layouts/EntryLayout.astro), so navigation, footers and
 * listings stay out of the index.
 */
export function startSearchIndex(
  { dir, logger }: HookParameters<'astro:build:done'>,
  staging: string,
  lastIndex?: string,
): SearchIndexing {
  const outDir = fileURLToPath(dir);
  const start = performance.now();
  const indexed = runPagefind(outDir, staging, lastIndex);
  // Held until write() awaits it; a failed gate must not also report an unhandled rejection.
  indexed.catch(() => {});
  return {
    async write() {
      const waitStart = performance.now();
      await indexed;
      const outputPath = join(outDir, 'pagefind');
      await publish(staging, outputPath);
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
    close: async () => {
      await closePagefind();
      // A build the gate failed leaves nothing staged (published, the folder is already gone).
      await rm(staging, { recursive: true, force: true });
    },
  };
}
