import module from 'node:module';
import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { GateConfig } from '../core/config.ts';
import { sourceFiles } from '../core/source-files.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { aboutPageProblems } from '../../lib/content/about-page.ts';
import type { RecordedCheck } from '../source/check.ts';
import { checkSourcesWithCache, type ProjectConfig, type SourceCacheOptions } from './cache.ts';
import { awaitGateWorker, startGateWorker } from './client.ts';
import type { GateResult, SourceFilesJob } from './jobs.ts';

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
export async function checkSourcesCached(
  paths: string[],
  config: GateConfig | ProjectConfig,
  cwd = process.cwd(),
  options: SourceCacheOptions = {},
): Promise<{ problems: Problem[]; files: number; cached: number }> {
  const checked = await checkSourcesWithCache(paths, config, cwd, options, {
    recorded: checkFilesRecordedInParallel,
    all: checkSources,
  });
  return { ...checked, problems: [...checked.problems, ...siteProblems(paths, cwd)] };
}

/**
 * What a whole content folder must hold, which no one file can report: the About page the
 * build's content check (src/integrations/content-check.ts) also requires. Checked when a path
 * is a site's `content/` folder itself, as `npm run check` checks by default; never cached.
 */
function siteProblems(paths: string[], cwd: string): Problem[] {
  return paths
    .map((path) => resolve(cwd, path))
    .filter((dir) => basename(dir) === 'content' && existsSync(dir) && statSync(dir).isDirectory())
    .flatMap((dir) => aboutPageProblems(dir, (file) => displayPath(file, cwd)))
    .map((found) => ({
      file: found.file,
      line: 1,
      column: 1,
      ruleId: 'content-reference',
      severity: 'error' as const,
      message: found.message,
    }));
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
  const { checkFilesRecorded } = await sourceLayer();
  return inShares(
    files,
    threadsFor(files.length),
    (share) => checkFilesRecorded(share, config, cwd),
    (share) => ({ files: share, config, cwd, record: true }),
    (outcome) => outcome.recorded,
  );
}

/** How many threads a check of this many files uses: one inside a worker (the build's). */
function threadsFor(files: number): number {
  return isMainThread ? Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD)) : 1;
}

/**
 * Spreads `files` over `threads`: this thread checks one share with `here`, worker threads
 * (run/worker.ts) the others with `job`. A worker that fails, or answers without what `result`
 * takes from it, leaves its share to this thread, so every file is checked whatever happens.
 * Interleaved shares, so each thread gets a like mix of long and short files.
 */
async function inShares<T>(
  files: string[],
  threads: number,
  here: (share: string[]) => Promise<T[]>,
  job: (share: string[]) => SourceFilesJob,
  result: (outcome: Extract<GateResult, { ok: true }>) => T[] | undefined,
): Promise<T[]> {
  if (threads <= 1) return here(files);
  const shares = Array.from({ length: threads }, (_, t) =>
    files.filter((_, i) => i % threads === t),
  );
  const [own, ...others] = shares;
  const compileCache = sharedCompileCache();
  const inWorkers = others.map(async (share) => {
    const { outcome } = await awaitGateWorker(startGateWorker({ ...job(share), compileCache }));
    return (outcome.ok ? result(outcome) : undefined) ?? here(share);
  });
  const mine = await here(own!);
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
  const { checkFiles } = await sourceLayer();
  const problems = await inShares(
    files,
    threadsFor(files.length),
    (share) => checkFiles(share, config, cwd),
    (share) => ({ files: share, config, cwd }),
    (outcome) => outcome.problems,
  );
  return { problems, files: files.length };
}
