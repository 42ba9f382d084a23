import { readlinkSync } from 'node:fs';
import module from 'node:module';
import { setPriority } from 'node:os';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { GateConfig } from '../core/config.ts';
import type { GateJob, GateResult, LaterJob, PagesWritten } from './jobs.ts';
import { take } from '../../lib/util/shared-queue.ts';
import { heapBudget } from '../../lib/util/heap-budget.ts';
import { errorCount } from '../core/report.ts';

/**
 * The gate in a worker thread (started by src/a11y/run/client.ts). In a build (src/integrations/
 * gate.ts), one worker runs both layers in turn: the source layer, so the Markdown parse and
 * retext run on the second core while Astro syncs content and bundles on the main thread, then
 * the built-HTML layer, checking pages while Astro renders them. One thread, not one per layer:
 * a thread keeps its V8 isolate until the process exits (`untilExit`), and a second one added
 * about 55 MiB to the build's largest process at 1,000 posts. In `npm run check`, a worker takes
 * its share of files on another core. Same `checkSources`/`checkFiles`/`checkHtmlDir` as on the
 * main thread: the same problems.
 */

async function run(job: GateJob, written: () => Promise<PagesWritten>): Promise<GateResult> {
  const start = performance.now();
  try {
    // Imported here, not at the top: the parsers take a while to load, and a background job
    // lowers its priority first (below), so even that loading yields to the build.
    if (job.html?.watch) {
      const { watchBuiltPages } = await import('../html/watch.ts');
      const watching = watchBuiltPages(job.html.dir, job.config, job.html.options, {
        afterEach: heapBudget(BUILD_HEAP_BUDGET_MB),
      });
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
        (await sourceLayer()).checkFilesRecorded(
          files,
          await config(),
          cwd,
          heapBudget(BUILD_HEAP_BUDGET_MB),
        ),
      all: async (paths: string[], config: GateConfig, cwd: string) => {
        const [{ checkFiles }, { sourceFiles }] = await Promise.all([
          sourceLayer(),
          import('../core/source-files.ts'),
        ]);
        const files = await sourceFiles(paths, cwd);
        return { problems: await checkFiles(files, config, cwd), files: files.length };
      },
    };
    const { problems, files, cached } = await checkSourcesWithCache(
      job.paths ?? [],
      job.config,
      job.cwd,
      { cache: job.cache ?? false },
      inThisThread,
    );
    return { ok: true, problems, files, cached, seconds: (performance.now() - start) / 1000 };
  } catch (error) {
    return { ok: false, message: (error as Error)?.message ?? String(error) };
  }
}

/**
 * Sets this thread's scheduling priority (Linux: setpriority on the thread's id, from
 * /proc/thread-self): low for a background job, back to normal for the next job of a build's
 * worker if the system allows it. Elsewhere, or if refused, the thread keeps its priority: same
 * result, just more (or less) contention with the build.
 */
function setThreadPriority(niceness: number): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, niceness);
  } catch {
    // Not Linux, or not allowed: nothing to do.
  }
}

/** The messages this thread is sent, taken in order: jobs, and a watch's `PagesWritten`. */
function inbox(port: MessagePort) {
  const arrived: unknown[] = [];
  let waiting: ((message: unknown) => void) | undefined;
  port.on('message', (message) => {
    if (!waiting) return void arrived.push(message);
    const deliver = waiting;
    waiting = undefined;
    port.unref();
    deliver(message);
  });
  // The port holds this thread alive only while it waits for a message: a worker whose last job
  // is answered ends, unless its job says to stay (`untilExit`), and then it waits for the next.
  port.unref();
  return <T>() =>
    new Promise<T>((resolve) => {
      if (arrived.length) return resolve(arrived.shift() as T);
      waiting = resolve as (message: unknown) => void;
      port.ref();
    });
}

async function serve(port: MessagePort, started: GateJob | LaterJob): Promise<void> {
  // Turned on by this thread's entry (run/worker.mjs), before any TypeScript loaded.
  const { compileCache } = started;
  const nextMessage = inbox(port);
  let job: GateJob;
  if ('later' in started) {
    // The parsers load while the starting thread reads the config; a failure to load shows when
    // the job runs them.
    void import('../source/check.ts').catch(() => undefined);
    job = await nextMessage<GateJob>();
  } else job = started;
  let lowered = false;
  for (;;) {
    // This thread's process.env is its own copy: buildDate() here now reads the sender's day.
    if (job.now) process.env.COMMONPLACE_BUILD_DATE = job.now;
    if (Boolean(job.background) !== lowered) {
      lowered = Boolean(job.background);
      setThreadPriority(lowered ? BACKGROUND : 0);
    }
    const result = await run(job, nextMessage<PagesWritten>);
    // What this worker compiled is on disk before it answers (a worker may be ended as soon as
    // it has), for the next check's workers.
    try {
      if (compileCache) module.flushCompileCache?.();
    } catch {
      // Only slower next time.
    }
    port.postMessage(result);
    if ('paths' in job && job.heartbeat && result.ok && errorCount(result.problems) > 0) {
      const { watchHeartbeat, endStalledBuild } = await import('./stalled-build.ts');
      const { problems } = result;
      watchHeartbeat(job.heartbeat, () => endStalledBuild(problems));
    }
    // A worker told to stay waits for its next job; the starting thread has unref'd it, so the
    // process still exits when its own work is done.
    if (!job.untilExit) return;
    job = await nextMessage<GateJob>();
  }
}

/** The niceness of a background job: it yields to the build's own threads. */
const BACKGROUND = 15;

/**
 * How far a build's worker lets its heap grow between full collections, in MiB: its heap adds
 * to the build's peak memory, beside Astro's (src/lib/util/heap-budget.ts).
 */
const BUILD_HEAP_BUDGET_MB = 24;

if (parentPort) void serve(parentPort, workerData as GateJob | LaterJob);
