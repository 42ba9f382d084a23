import { readdir, rm } from 'node:fs/promises';
import { join, relative, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { siteAddress } from './site-address.ts';
import { dropSearchHandoff, keepLastIndex } from './search-handoff.ts';

/**
 * A failed build publishes nothing (README "Deploying"): a deploy step that uploads `dist/`
 * regardless, or a person who runs `npm run preview`, must not find a site in it. Astro itself
 * empties the output folder before bundling; Commonplace empties it once more when the build
 * starts (so a build that stops at content sync leaves no older site behind) and when the gate
 * fails after the pages were written.
 */

/** Only a folder strictly inside the project, holding none of its sources, is ever emptied. */
export function safeOutDir(config: AstroConfig): string | undefined {
  const root = fileURLToPath(config.root);
  const outDir = fileURLToPath(config.outDir);
  const inside = (parent: string, child: string) => {
    const path = relative(parent, child);
    return path !== '' && !path.startsWith('..') && !isAbsolute(path);
  };
  if (!inside(root, outDir)) return undefined;
  for (const dir of [config.srcDir, config.publicDir]) {
    const path = fileURLToPath(dir);
    if (path === outDir || inside(outDir, path)) return undefined;
  }
  return outDir;
}

/** Removes everything in `dir` but `.git` (a deploy checkout), as Astro's own emptying does. */
export async function empty(dir: string): Promise<number> {
  const entries = await readdir(dir).catch(() => [] as string[]);
  const removed = entries.filter((name) => name !== '.git');
  await Promise.all(removed.map((name) => rm(join(dir, name), { recursive: true, force: true })));
  return removed.length;
}

/**
 * astro:config:setup, for `astro build`: no site from an earlier build survives a failed one,
 * nor its handoff to the search step (src/integrations/search-handoff.ts), which would otherwise
 * index what this build left. Its search index is kept aside, unpublished, for this build's to
 * be written over.
 */
export async function emptyOutDirAtStart(command: string, config: AstroConfig): Promise<void> {
  if (command !== 'build') return;
  await dropSearchHandoff(fileURLToPath(config.root));
  const outDir = safeOutDir(config);
  // Before the folder is emptied: this build's search index is written over the last one.
  if (outDir) await keepLastIndex(outDir, fileURLToPath(config.cacheDir));
  if (config.vite?.build?.emptyOutDir === false) return;
  if (outDir) await empty(outDir);
}

/** After the gate failed: empties the output folder, so no page of the failed build is left. */
export async function unpublish(logger: AstroIntegrationLogger): Promise<void> {
  const remembered = siteAddress().config;
  const outDir = remembered && safeOutDir(remembered);
  if (!outDir) {
    logger.warn('the build failed, but the output folder is not inside the project: not emptied');
    return;
  }
  await empty(outDir);
  const shown = relative(fileURLToPath(remembered!.root), outDir) || outDir;
  logger.info(`${shown}/ emptied: a build that fails the gate publishes nothing`);
}
