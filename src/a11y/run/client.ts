import module from 'node:module';
import { basename, dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildDate } from '../../lib/content/publish.ts';
import type { GateJob, GateResult, LaterJob, SourceFilesJob } from './jobs.ts';

/** A gate job running in a worker thread, and the result it will settle with, once. */
export interface GateWorker {
  worker?: Worker;
  result: Promise<GateResult>;
  /** Gives a worker started with a LaterJob its job; one it cannot take settles as failed. */
  send(job: SourceFilesJob): void;
  /**
   * Gives the same worker another job, which it starts once it has answered the ones before;
   * the run returned settles with that job's answer. Only a worker whose jobs are `untilExit`
   * waits for one: any other has ended, and the job settles as failed (its caller checks on its
   * own thread). The build runs both of the gate's layers this way, in one thread (src/
   * integrations/gate.ts).
   */
  queue(job: GateJob): GateWorker;
  /**
   * Stops waiting for a worker that will get no job (the config failed to load): it no longer
   * holds the process, and ends with it rather than mid-run (see `untilExit`).
   */
  abandon(): void;
}

/**
 * The young generation of a gate worker's heap, in MiB. V8's default on a large machine let each
 * worker hold about 230 MiB while it parsed a 4,000-post site, most of it short-lived garbage
 * (each file's or page's tree); at 16 MiB a worker peaks near 120 MiB and is no slower, since
 * that garbage dies young either way. Only the young generation is capped: a worker never runs
 * out of memory because of it.
 */
const YOUNG_GENERATION_MB = 16;

/**
 * The folder of this thread's compile cache, with what it compiled so far written out, for the
 * workers about to start: a worker then loads the parsers and rules from it instead of stripping
 * and compiling them again (about a second of CPU per worker that loads them all, 0.5 s in a
 * small site's build). The cache is on where Astro's CLI turns it on (every `astro build` and
 * `astro dev`, not with `CI` set) and in `npm run check` (src/a11y/cli.mjs). Undefined when it
 * is off (a test, a CI build): the worker then compiles as Node does without it.
 */
export function sharedCompileCache(): string | undefined {
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

/** A job with this thread's build date (`now`); a date that does not read is left to the worker to say. */
function stamped<T extends GateJob | LaterJob>(job: T): T {
  if ('later' in job || job.now) return job;
  try {
    return { ...job, now: buildDate().toISOString() };
  } catch {
    return job;
  }
}

/**
 * Starts a gate job in a worker (run/worker.ts). Never throws and never hangs: a worker
 * that cannot start, throws, or exits without answering settles as `{ ok: false, message }`,
 * and the caller checks on its own thread instead. The worker is unref'd, so a build that fails
 * before it needs the result does not wait for it; `awaitGateWorker` refs it while waiting.
 */
export function startGateWorker(job: GateJob | LaterJob): GateWorker {
  let worker: Worker | undefined;
  /** Who waits for the worker's next answers, in the order it was given their jobs. */
  const waiting: Array<(result: GateResult) => void> = [];
  /** Set once the worker can answer no more: every later job settles with it. */
  let ended: GateResult | undefined;
  const end = (result: GateResult) => {
    ended ??= result;
    for (const settle of waiting.splice(0)) settle(ended);
  };
  // One 'message' listener at a time, and only while an answer is awaited: a listener keeps the
  // process alive, unref'd or not, and a build's worker stays until the process exits.
  const answer = (result: GateResult) => {
    waiting.shift()?.(result);
    if (waiting.length) worker?.once('message', answer);
  };
  const expect = () =>
    new Promise<GateResult>((resolve) => {
      if (ended) return resolve(ended);
      waiting.push(resolve);
      if (waiting.length === 1) worker?.once('message', answer);
    });

  try {
    worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: stamped(job),
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.unref();
    worker.once('error', (error) => end({ ok: false, message: error.message }));
    worker.once('exit', (code) => end({ ok: false, message: `it stopped with exit code ${code}` }));
  } catch (error) {
    end({ ok: false, message: (error as Error).message });
  }

  const post = (message: GateJob) => {
    try {
      if (!ended) worker?.postMessage(stamped(message));
    } catch (error) {
      end({ ok: false, message: (error as Error).message });
    }
  };
  const run = (result: Promise<GateResult>): GateWorker => ({
    worker,
    result,
    send: post,
    queue(next) {
      const later = expect();
      post(next);
      return run(later);
    },
    abandon() {
      worker?.removeAllListeners('message');
      waiting.length = 0;
      worker?.unref();
    },
  });
  return run(expect());
}

/** Waits for a worker's result, keeping the process alive meanwhile; says how long it waited. */
export async function awaitGateWorker(
  run: GateWorker,
): Promise<{ outcome: GateResult; waited: number }> {
  const waitStart = performance.now();
  run.worker?.ref();
  const outcome = await run.result;
  // Unref'd again: a worker that stays until the process exits (`untilExit`) must not hold it.
  run.worker?.unref();
  return { outcome, waited: performance.now() - waitStart };
}
