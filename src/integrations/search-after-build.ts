import { readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { closePagefind, indexedPages, runPagefind } from './search-index.ts';
import { handoffFile, SEARCH_STEP, type SearchHandoff } from './search-handoff.ts';
import { logPhase } from './timing.ts';

/**
 * `npm run build`'s second step (package.json: `astro build && node
 * src/integrations/search-after-build.ts`): writes the search index once Astro's process has
 * exited. Astro's process ends a build holding most of the memory it ever held (at 4,000 posts
 * about 2 GB, more than half of it the native memory of Astro's own parsers and bundler), and
 * Pagefind's process needs 400 MB more while it writes; one after the other, a build needs the
 * larger of the two instead of their sum, and Pagefind has both cores to itself (README
 * "Performance", round 8).
 *
 * It indexes only what a passed build handed over (src/integrations/search-handoff.ts), and
 * when indexing fails it empties the output folder as a failed gate does: a failed build
 * publishes nothing. Run from the project root, as npm runs every script.
 */

const root = process.cwd();

/** Astro's log format, so the step's lines read as the build's own. */
const logger = {
  info(message: string) {
    const time = new Date().toLocaleTimeString('en-GB', { hour12: false });
    console.log(`${time} [commonplace] ${message}`);
  },
};

async function readHandoff(): Promise<SearchHandoff> {
  const file = handoffFile(root);
  let handoff: SearchHandoff;
  try {
    handoff = JSON.parse(await readFile(file, 'utf8')) as SearchHandoff;
  } catch {
    throw new Error(
      `search index: no passed build to index (${relative(root, file)} is missing).\n` +
        'This step runs after `astro build` inside `npm run build`, which hands it the built site only when the gate passed: run `npm run build`.',
    );
  }
  const found = await stat(handoff.outDir).catch(() => undefined);
  if (!found?.isDirectory())
    throw new Error(
      `search index: the built site in ${relative(root, handoff.outDir) || handoff.outDir}/ is gone. Run \`npm run build\` again.`,
    );
  return handoff;
}

/**
 * `npm run build -- --outDir out` hands its arguments to the script's last command, this step,
 * not to `astro build`: the site was built without them. Published anyway, a build that
 * ignored `--outDir`, `--site` or `--base` would be wrong without a word, so it fails.
 */
function refuseArguments(args: string[]): void {
  if (args.length === 0) return;
  const given = args.join(' ');
  throw new Error(
    `search index: npm passed \`${given}\` to the search step, not to astro build, so the site was built without it.\n` +
      `Give Astro its options with \`npx astro build ${given} && node ${SEARCH_STEP}\`, or set them in astro.config.mjs.`,
  );
}

async function indexBuiltSite(): Promise<void> {
  const handoff = await readHandoff();
  const start = performance.now();
  const outputPath = join(handoff.outDir, 'pagefind');
  try {
    refuseArguments(process.argv.slice(2));
    if (handoff.indexed) {
      logger.info('search: the build wrote the index itself; nothing left to do');
      return;
    }
    await runPagefind(handoff.outDir, outputPath, handoff.lastIndex);
    const pages = await indexedPages(outputPath);
    const seconds = (performance.now() - start) / 1000;
    // The whole step is time the build waited: nothing else runs beside it.
    logPhase(
      logger,
      { phase: 'search', count: pages, unit: 'pages', seconds, waited: seconds },
      "once Astro's process had exited",
    );
  } catch (error) {
    const shown = relative(root, handoff.outDir) || handoff.outDir;
    if (handoff.emptyOnFailure) {
      const { empty } = await import('./unpublish.ts');
      await empty(handoff.outDir);
      logger.info(`${shown}/ emptied: a build whose search index fails publishes nothing`);
    } else
      logger.info(`the search index failed, but ${shown}/ is not inside the project: not emptied`);
    throw error;
  } finally {
    await closePagefind();
  }
}

/**
 * One message that says what failed and what to do. Commonplace's own errors already do; an
 * error from Pagefind's service (its binary could not start, or stopped) is only its last word,
 * such as "Pagefind backend closed", after what Pagefind printed itself.
 */
function explain(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (text.startsWith('search index:')) return text;
  return (
    `search index: Pagefind stopped before it wrote the index (${text.split('\n')[0]}).\n` +
    'Run `npm run build` again; if Pagefind stops the same way, the lines above are its own report.'
  );
}

try {
  await indexBuiltSite();
} catch (error) {
  console.error(explain(error));
  process.exitCode = 1;
} finally {
  // Handed over once, used once: a second run must not index the site again unchecked.
  await rm(handoffFile(root), { force: true });
}
