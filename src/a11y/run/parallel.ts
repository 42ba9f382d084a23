import module from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { GateConfig } from '../core/config.ts';
import { sourceFiles } from '../core/source-files.ts';
import type { Problem } from '../core/types.ts';
import type { RecordedCheck } from '../source/check.ts';
import { checkSourcesWithCache, type ProjectConfig, type SourceCacheOptions } from './cache.ts';
import { awaitGateWorker, startGateWorker } from './client.ts';

/**
 * The source layer spread over the machine's cores: on the main thread (`npm run check`, the
 * dev server) with enough files, this thread takes a share and worker threads the rest; inside
 * a worker (the build's source layer) it stays on that one thread, leaving the other core to
 * Astro. The source layer itself (the parsers, the rules) is imported only when a file must
 * really be checked, so a fully cached check loads no parser.
 */
const sourceLayer = () => import('../source/check.ts');

/**
 * The source layer over files and folders as `npm run check` and the build run it: unchanged
 * files from the cache (run/cache.ts), the rest spread over the cores.
 */
export function checkSourcesCached(
  paths: string[],
  config: GateConfig | ProjectConfig,
  cwd = process.cwd(),
  options: SourceCacheOptions = {},
): Promise<{ problems: Problem[]; files: number; cached: number }> {
  return checkSourcesWithCache(paths, config, cwd, options, {
    recorded: checkFilesRecordedInParallel,
    all: checkSources,
  });
}

/**
 * checkFilesRecorded over the machine's cores, as checkSources spreads a check: on the main
 * thread with enough files, worker threads take shares; a worker that fails leaves its share to
 * this thread.
 */
export async function checkFilesRecordedInParallel(
  files: string[],
  config: GateConfig,
  cwd = process.cwd(),
): Promise<RecordedCheck[]> {
  const threads = isMainThread
    ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD))
    : 1;
  const { checkFilesRecorded } = await sourceLayer();
  if (threads <= 1) return checkFilesRecorded(files, config, cwd);
  const shares = Array.from({ length: threads }, (_, t) =>
    files.filter((_, i) => i % threads === t),
  );
  const [own, ...others] = shares;
  const compileCache = sharedCompileCache();
  const inWorkers = others.map(async (share) => {
    const { outcome } = await awaitGateWorker(
      startGateWorker({ files: share, config, cwd, record: true, compileCache }),
    );
    return outcome.ok && outcome.recorded
      ? outcome.recorded
      : checkFilesRecorded(share, config, cwd);
  });
  const mine = await checkFilesRecorded(own!, config, cwd);
  return [...mine, ...(await Promise.all(inWorkers)).flat()];
}

/**
 * The folder of this thread's compile cache (`npm run check` turns it on, src/a11y/cli.mjs), with
 * what it compiled so far written out, for the workers about to start: a worker then loads the
 * parsers and rules from it instead of stripping and compiling them again (about a second of
 * CPU per worker on a cold cache). Undefined when no cache is on (a build, a test).
 */
function sharedCompileCache(): string | undefined {
  try {
    const dir = module.getCompileCacheDir?.();
    if (!dir) return undefined;
    module.flushCompileCache?.();
    // Node keeps its entries in a folder per version (`v24.21.0-x64-…`) under the one given.
    return basename(dir).startsWith(`v${process.versions.node}-`) ? dirname(dir) : dir;
  } catch {
    return undefined;
  }
}

/** Below this many files per thread, starting a worker (loading unified and retext) costs more than it saves. */
const FILES_PER_THREAD = 150;

/**
 * The same check over `files`, spread over the machine's cores: this thread takes a share and
 * worker threads (run/worker.ts) the rest. A worker that fails leaves its share to this
 * thread, so every file is checked whatever happens.
 */
async function checkFilesInParallel(
  files: string[],
  config: GateConfig,
  cwd: string,
  threads: number,
): Promise<Problem[]> {
  const { checkFiles } = await sourceLayer();
  // Interleaved shares, so each thread gets a like mix of long and short files.
  const shares = Array.from({ length: threads }, (_, t) =>
    files.filter((_, i) => i % threads === t),
  );
  const [own, ...others] = shares;
  const compileCache = sharedCompileCache();
  const inWorkers = others.map(async (share) => {
    const { outcome } = await awaitGateWorker(
      startGateWorker({ files: share, config, cwd, compileCache }),
    );
    // A worker that could not do its share leaves it to this thread: every file is checked.
    return outcome.ok ? outcome.problems : checkFiles(share, config, cwd);
  });
  const mine = await checkFiles(own!, config, cwd);
  return [...mine, ...(await Promise.all(inWorkers)).flat()];
}

/**
 * The source layer over files and folders: every problem in every file, never just the first.
 * On the main thread (`npm run check`, the dev server) a large set of files is spread over the
 * cores; inside a worker (the build's source layer) it stays on that one thread, leaving the
 * other core to Astro.
 */
export async function checkSources(
  paths: string[],
  config: GateConfig,
  cwd = process.cwd(),
): Promise<{ problems: Problem[]; files: number }> {
  const files = await sourceFiles(paths, cwd);
  const threads = isMainThread
    ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD))
    : 1;
  const problems =
    threads > 1
      ? await checkFilesInParallel(files, config, cwd, threads)
      : await (await sourceLayer()).checkFiles(files, config, cwd);
  return { problems, files: files.length };
}
