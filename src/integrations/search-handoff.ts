import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';

/**
 * How a build hands its search index to `npm run build`'s second step
 * (src/integrations/search-after-build.ts), which indexes the site once Astro's process has
 * exited, and how the build knows there is such a step. Small on purpose: the build start
 * (src/integrations/unpublish.ts) reads it without loading Pagefind.
 */

/** `npm run build`'s second step, as package.json names it. */
export const SEARCH_STEP = 'src/integrations/search-after-build.ts';

/**
 * Whether the npm script that started this build indexes the site itself once Astro's process
 * has exited (package.json: `astro build && node src/integrations/search-after-build.ts`). npm
 * hands every script its own command line; a plain `astro build`, Astro's JS API or another
 * script does not name the step, and so gets its index from the build.
 */
export function searchAfterExit(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.npm_lifecycle_script?.includes(SEARCH_STEP) ?? false;
}

/** What a passed build leaves for `npm run build`'s second step. */
export interface SearchHandoff {
  /** The output folder, absolute. */
  outDir: string;
  /** Whether the folder may be emptied when indexing fails (src/integrations/unpublish.ts). */
  emptyOnFailure: boolean;
  /**
   * The build wrote the index itself: it was not told of the step (a package manager that does
   * not pass the script's command line, or `astro build` and then the step by hand).
   */
  indexed: boolean;
  /** Where the last build's index was kept (`lastIndexFolder`), for the step to update. */
  lastIndex: string;
}

/**
 * Where a passed build leaves its handoff: a fixed place under the project root, which the
 * second step runs in. Only a build whose gate passed writes it (every build removes an older
 * one as it starts), and the step removes it, so the step never indexes a failed build.
 */
export const handoffFile = (root: string): string =>
  join(root, 'node_modules', '.astro', 'commonplace-search.json');

/**
 * astro:build:done, last, once the gate has passed: says what the step indexes, or that the
 * build indexed the site itself (then the step has nothing to do).
 */
export async function handOffSearchIndex(
  root: string,
  handoff: SearchHandoff,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const file = handoffFile(root);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, `${JSON.stringify(handoff)}\n`);
  if (!handoff.indexed)
    logger.info(
      "search: the index is written once Astro's process has exited (npm run build's second step)",
    );
}

/** Removes what an earlier build handed over: every build starts without it (unpublish.ts). */
export const dropSearchHandoff = (root: string): Promise<void> =>
  rm(handoffFile(root), { force: true });

/**
 * Where a build keeps the last build's search index while Astro empties the output folder: in
 * Astro's cache folder, never published. The next index is written over it, file by file, and
 * moved into place (`runPagefind` in src/integrations/search-index.ts): a rebuild rewrites the
 * few files that changed instead of creating a thousand.
 */
export const lastIndexFolder = (cacheDir: string): string =>
  join(cacheDir, 'commonplace-search-last');

/**
 * astro:config:setup, for `astro build`, before the output folder is emptied: moves
 * `<outDir>/pagefind/` to `lastIndexFolder`. With no index there (a first build, or one after a
 * failed build emptied the folder), the one kept before stays. Only ever a shortcut: when the
 * move fails (the cache on another disk), the index is written whole, as on a first build.
 */
export async function keepLastIndex(outDir: string, cacheDir: string): Promise<void> {
  await moveFolder(join(outDir, 'pagefind'), lastIndexFolder(cacheDir));
}

/**
 * Moves the folder `from` to `to`, replacing it, in one rename: whether it moved. False when
 * there is no such folder, or it cannot move (another disk); then the caller goes without it.
 */
export async function moveFolder(from: string, to: string): Promise<boolean> {
  if (!(await stat(from).catch(() => undefined))?.isDirectory()) return false;
  try {
    await rm(to, { recursive: true, force: true });
    await mkdir(dirname(to), { recursive: true });
    await rename(from, to);
    return true;
  } catch {
    return false;
  }
}
