import { readlinkSync } from 'node:fs';
import module from 'node:module';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { GateConfig } from '../core/config.ts';
import type { GateJob, GateResult, LaterJob, PagesWritten } from './jobs.ts';
import { take } from '../../lib/util/shared-queue.ts';

/**
 * The gate in a worker thread (started by src/integrations/gate.ts): the build's source layer,
 * so the Markdown parse and retext run on the second core while Astro syncs content, bundles and
 * renders on the main thread; the built-HTML layer, while the main thread writes the feeds; and
 * `npm run check`'s share of files on the other cores. Same `checkSources`/`checkFiles`/
 * `checkHtmlDir` as on the main thread: the same problems.
 */

async function run(job: GateJob, written: () => Promise<PagesWritten>): Promise<GateResult> {
  const start = performance.now();
  try {
    // Imported here, not at the top: the parsers take a while to load, and a background job
    // lowers its priority first (below), so even that loading yields to the build.
    if (job.html?.watch) {
      const { watchBuiltPages } = await import('../html/watch.ts');
      const watching = watchBuiltPages(job.html.dir, job.config, job.html.options);
      const { problems, files, seconds } = await watching.done((await written()).laterFiles);
      return { ok: true, problems, files, seconds };
    }
    if (job.html) {
      const { checkHtmlDir } = await import('../html/check.ts');
      const { problems, files } = await checkHtmlDir(job.html.dir, job.config, job.html.options);
      return { ok: true, problems, files, seconds: (performance.now() - start) / 1000 };
    }
    if (job.files) {
      const { checkFiles, checkFilesRecorded } = await import('../source/check.ts');
      let files = 0;
      const mine = function* (all: string[]) {
        for (const file of job.queue ? take(job.queue, all, job.queue.taker) : all) {
          files++;
          yield file;
        }
      };
      const seconds = () => (performance.now() - start) / 1000;
      if (job.record) {
        const recorded = await checkFilesRecorded(mine(job.files), job.config, job.cwd);
        return { ok: true, problems: [], files, seconds: seconds(), recorded };
      }
      const problems = await checkFiles(mine(job.files), job.config, job.cwd);
      return { ok: true, problems, files, seconds: seconds() };
    }
    // The source layer of a build: through the cache (run/cache.ts) unless told otherwise.
    // A worker checks on its own thread (it starts no workers of its own): its misses go
    // straight to the source layer, loaded only if a file must really be checked.
    const { checkSourcesWithCache } = await import('./cache.ts');
    const sourceLayer = () => import('../source/check.ts');
    const inThisThread = {
      recorded: async (files: string[], config: () => Promise<GateConfig>, cwd: string) =>
        (await sourceLayer()).checkFilesRecorded(files, await config(), cwd),
      all: async (paths: string[], config: GateConfig, cwd: string) => {
        const [{ checkFiles }, { sourceFiles }] = await Promise.all([
          sourceLayer(),
          import('../core/source-files.ts'),
        ]);
        const files = await sourceFiles(paths, cwd);
        return { problems: await checkFiles(files, config, cwd), files: files.length };
      },
    };
    const { problems, files } = await checkSourcesWithCache(
      job.paths ?? [],
      job.config,
      job.cwd,
      { cache: job.cache ?? false },
      inThisThread,
    );
    return { ok: true, problems, files, seconds: (performance.now() - start) / 1000 };
  } catch (error) {
    return { ok: false, message: (error as Error)?.message ?? String(error) };
  }
}

/**
 * Lowers this thread's scheduling priority (Linux: setpriority on the thread's id, from
 * /proc/thread-self). Elsewhere, or if refused, the thread keeps its priority: same result, just
 * more contention with the build.
 */
function yieldToTheBuild(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 15);
  } catch {
    // Not Linux, or not allowed: nothing to do.
  }
}

if (parentPort) {
  const port = parentPort;
  const started = workerData as GateJob | LaterJob;
  if ('background' in started && started.background) yieldToTheBuild();
  const compileCache = 'later' in started ? started.compileCache : undefined;
  try {
    if (compileCache) module.enableCompileCache?.(compileCache);
  } catch {
    // Only slower.
  }
  const nextMessage = <T>() => new Promise<T>((resolve) => port.once('message', resolve));
  const job: Promise<GateJob> =
    'later' in started
      ? // The parsers load while the starting thread reads the config; a failure to load shows
        // when the job runs them.
        (import('../source/check.ts').catch(() => undefined), nextMessage<GateJob>())
      : Promise.resolve(started);
  job
    .then((job) => run(job, nextMessage<PagesWritten>).then((result) => ({ job, result })))
    .then(({ job, result }) => {
      // What this worker compiled is on disk before it answers (a worker may be ended as soon as
      // it has), for the next check's workers.
      try {
        if (compileCache) module.flushCompileCache?.();
      } catch {
        // Only slower next time.
      }
      port.postMessage(result);
      // A timer that never fires keeps this thread alive; the starting thread has unref'd it, so
      // the process still exits when its own work is done.
      if (job.untilExit) setInterval(() => {}, 2 ** 30);
    });
}
