import type { HookParameters } from 'astro';
import type { Gate } from './gate.ts';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { writeFeeds } from './feeds.ts';
import { feedFiles } from '../lib/feeds/plan.ts';
import { SEARCH_FILES } from '../lib/search/index-files.ts';
import { listFiles } from '../lib/util/files.ts';
import { startSearchIndex, stagingFolder } from './search-index.ts';
import { handOffSearchIndex, lastIndexFolder, searchAfterExit } from './search-handoff.ts';
import { safeOutDir, unpublish } from './unpublish.ts';
import { siteAddress } from './site-address.ts';
import { markPhase } from './timing.ts';
import { collectGarbage } from '../lib/util/collect-garbage.ts';

/**
 * astro:build:done: everything after Astro has written the pages, arranged so the two cores
 * stay busy while nothing a failed build must not publish gets published.
 *
 * - The built-HTML gate's worker, which has checked pages since Astro began writing them, checks
 *   what is left. The main thread meanwhile prints the source layer's report (taken before the
 *   render, which its errors stopped) and writes the feeds.
 * - The search index: under `npm run build`, its second step writes it once Astro's process has
 *   exited, and the build only hands the site over, last, once the gate has passed
 *   (src/integrations/search-handoff.ts). Otherwise Pagefind indexes here, beside the gate, into
 *   a staging folder, and the index is moved into the output folder last.
 * - Any failure (a gate error above all) empties the output folder: no page, feed, sitemap or
 *   search index of a failed build is left to publish.
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
  const { root, config } = siteAddress();
  const outDir = resolve(fileURLToPath(params.dir));
  const cacheDir = config ? fileURLToPath(config.cacheDir) : join(root, 'node_modules', '.astro');
  const lastIndex = lastIndexFolder(cacheDir);
  const search = searchAfterExit()
    ? undefined
    : startSearchIndex(params, stagingFolder(cacheDir), lastIndex);
  // One walk of the output folder: the feeds read the pages it lists, and the built-pages check
  // is told which feed and search files are coming (it checks links before they exist).
  const built = listFiles(outDir);
  gate.pagesWritten([...feedFiles(built), ...SEARCH_FILES]);
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
    await search?.write();
    const emptyOnFailure = config !== undefined && safeOutDir(config) !== undefined;
    await handOffSearchIndex(
      root,
      { outDir, emptyOnFailure, indexed: !!search, lastIndex },
      params.logger,
    );
  } finally {
    await search?.close();
  }
}
