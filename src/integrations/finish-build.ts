import type { HookParameters } from 'astro';
import { cancelBuildGate, runBuildGate, runSourceGate, startBuildGate } from './gate.ts';
import { plannedFeedFiles, removeFeeds, writeFeeds } from './feeds.ts';
import { startSearchIndex } from './search-index.ts';

/**
 * astro:build:done: everything after Astro has written the pages, arranged so the two cores
 * stay busy while nothing a failed build must not publish gets published.
 *
 * - Pagefind indexes in its own process and the built-HTML gate checks in a worker thread,
 *   both from the start; the main thread meanwhile waits for the source layer's report (its
 *   worker started with the build) and writes the feeds.
 * - Any gate error fails the build: the search index is never written, and feeds written while
 *   the built-pages check ran are removed again.
 * - The built-pages check knows which feed files are coming, so links to them are not broken.
 */
export async function finishBuild(params: HookParameters<'astro:build:done'>): Promise<void> {
  const search = startSearchIndex(params);
  const feedFiles = await plannedFeedFiles(params);
  const pages = startBuildGate(params, feedFiles);
  try {
    try {
      await runSourceGate(params);
    } catch (error) {
      await cancelBuildGate(pages);
      throw error;
    }
    await writeFeeds(params);
    try {
      await runBuildGate(params, pages);
    } catch (error) {
      await removeFeeds(params, feedFiles);
      throw error;
    }
    await search.write();
  } finally {
    await search.close();
  }
}
