import { availableParallelism } from 'node:os';
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import type { GateConfig } from '../core/config.ts';
import { sourceFiles } from '../core/source-files.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { aboutPageProblems } from '../../lib/content/about-page.ts';
import type { RecordedCheck } from '../source/check.ts';
import { checkSourcesWithCache, type ProjectConfig, type SourceCacheOptions } from './cache.ts';
import { awaitGateWorker, sharedCompileCache, startGateWorker } from './client.ts';
import type { GateResult, SourceFilesJob } from './jobs.ts';
import { notDoneBy, sharedQueue, take } from '../../lib/util/shared-queue.ts';

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
): Promise<{ problems: Problem[]; files: number; cached: number; notices: string[] }> {
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
 * thread with enough files, worker threads take files too; a worker that fails leaves the files
 * it took to this thread. The config is read once the workers are started.
 */
export async function checkFilesRecordedInParallel(
  files: string[],
  config: () => Promise<GateConfig>,
  cwd = process.cwd(),
): Promise<RecordedCheck[]> {
  return acrossThreads(
    files,
    config,
    async (mine, resolved) => (await sourceLayer()).checkFilesRecorded(mine, resolved, cwd),
    (all, resolved) => ({ files: all, config: resolved, cwd, record: true }),
    (outcome) => outcome.recorded,
  );
}

/** How many threads a check of this many files uses: one inside a worker (the build's). */
function threadsFor(files: number): number {
  return isMainThread ? Math.min(availableParallelism(), Math.floor(files / FILES_PER_THREAD)) : 1;
}

/**
 * Spreads `files` over the threads a check of them uses: this thread checks with `here`, worker
 * threads (run/worker.ts) with `job`, all taking the next file from one shared queue
 * (src/lib/util/shared-queue.ts), so a worker, which loads its own parsers, takes fewer and all
 * finish together. The workers start before `config` is read (in `npm run check`, importing the
 * project's Astro config for its `base` takes most of a second on this thread), so they load the
 * parsers meanwhile on the other cores. A worker that fails, or answers without what `result`
 * takes from it, leaves the files it took to this thread, so every file is checked whatever
 * happens.
 */
async function acrossThreads<T>(
  files: string[],
  config: () => Promise<GateConfig>,
  here: (files: Iterable<string>, config: GateConfig) => Promise<T[]>,
  job: (files: string[], config: GateConfig) => SourceFilesJob,
  result: (outcome: Extract<GateResult, { ok: true }>) => T[] | undefined,
): Promise<T[]> {
  const threads = threadsFor(files.length);
  const compileCache = threads > 1 ? sharedCompileCache() : undefined;
  const workers = Array.from({ length: threads - 1 }, () =>
    startGateWorker({ later: true, compileCache }),
  );
  let resolved: GateConfig;
  try {
    resolved = await config();
  } catch (error) {
    // The process reports the config's error and exits; the workers end with it.
    for (const run of workers) run.abandon();
    throw error;
  }
  if (!workers.length) return here(files, resolved);
  const queue = sharedQueue(files.length);
  const inWorkers = workers.map(async (run, w) => {
    const taker = w + 2; // this thread is taker 1
    run.send({ ...job(files, resolved), queue: { ...queue, taker } });
    const { outcome } = await awaitGateWorker(run);
    const answer = outcome.ok ? result(outcome) : undefined;
    return answer ? [{ taker, answer }] : [];
  });
  const mine = await here(take(queue, files, 1), resolved);
  const answered = (await Promise.all(inWorkers)).flat();
  const left = notDoneBy(queue, files, [1, ...answered.map(({ taker }) => taker)]);
  return [
    ...mine,
    ...answered.flatMap(({ answer }) => answer),
    ...(left.length ? await here(left, resolved) : []),
  ];
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
  const problems = await acrossThreads(
    files,
    async () => config,
    async (mine) => (await sourceLayer()).checkFiles(mine, config, cwd),
    (all) => ({ files: all, config, cwd }),
    (outcome) => outcome.problems,
  );
  return { problems, files: files.length };
}
