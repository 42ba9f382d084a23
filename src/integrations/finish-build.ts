import type { HookParameters } from 'astro';
import type { Gate } from './gate.ts';
import { fileURLToPath } from 'node:url';
import { writeFeeds } from './feeds.ts';
import { feedFiles } from '../lib/feeds/plan.ts';
import { listFiles } from '../lib/util/files.ts';
import { startSearchIndex } from './search-index.ts';
import { unpublish } from './unpublish.ts';
import { markPhase } from './timing.ts';
import { collectGarbage } from '../lib/util/collect-garbage.ts';

/**
 * astro:build:done: everything after Astro has written the pages, arranged so the two cores
 * stay busy while nothing a failed build must not publish gets published.
 *
 * - Pagefind indexes and writes its index to a staging folder in its own process; the built-HTML
 *   gate's worker, which has checked pages since Astro began writing them, checks what is left.
 *   The main thread meanwhile waits for the source layer's report (its worker started with the
 *   build) and writes the feeds.
 * - Any failure (a gate error above all) empties the output folder: no page, feed, sitemap or
 *   search index of a failed build is left to publish. The search index is moved into the
 *   output folder last, only once the gate has passed.
 * - The built-pages check knows which feed files are coming, so links to them are not broken.
 */
export async function finishBuild(
  gate: Gate,
  params: HookParameters<'astro:build:done'>,
): Promise<void> {
  try {
    await checkAndPublish(gate, params);
  } catch (error) {
    await unpublish(params.logger);
    throw error;
  }
}

async function checkAndPublish(
  gate: Gate,
  params: HookParameters<'astro:build:done'>,
): Promise<void> {
  const search = startSearchIndex(params);
  // One walk of the output folder: the feeds read the pages it lists, and the built-pages check
  // is told which feed files are coming (it checks links before they exist).
  const built = listFiles(fileURLToPath(params.dir));
  gate.pagesWritten(feedFiles(built));
  try {
    try {
      await gate.runSourceGate(params);
    } catch (error) {
      gate.cancelBuildGate();
      throw error;
    }
    // The render's garbage, collected before the feeds allocate: otherwise they grow the
    // process on top of it (src/lib/util/collect-garbage.ts).
    collectGarbage();
    markPhase('garbage collected');
    await writeFeeds(params, built);
    await gate.runBuildGate(params);
    await search.write();
  } finally {
    await search.close();
  }
}
