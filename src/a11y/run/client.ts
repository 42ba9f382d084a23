import { Worker } from 'node:worker_threads';
import type { GateJob, GateResult, LaterJob, SourceFilesJob } from './jobs.ts';

/** A gate job running in a worker thread, and the result it will settle with, once. */
export interface GateWorker {
  worker?: Worker;
  result: Promise<GateResult>;
  /** Gives a worker started with a LaterJob its job; one it cannot take settles as failed. */
  send(job: SourceFilesJob): void;
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
 * Starts a gate job in a worker (run/worker.ts). Never throws and never hangs: a worker
 * that cannot start, throws, or exits without answering settles as `{ ok: false, message }`,
 * and the caller checks on its own thread instead. The worker is unref'd, so a build that fails
 * before it needs the result does not wait for it; `awaitGateWorker` refs it while waiting.
 */
export function startGateWorker(job: GateJob | LaterJob): GateWorker {
  let worker: Worker | undefined;
  let settle: (result: GateResult) => void = () => {};
  const result = new Promise<GateResult>((resolve) => {
    settle = resolve;
    try {
      worker = new Worker(new URL('./worker.ts', import.meta.url), {
        workerData: job,
        resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      });
    } catch (error) {
      settle({ ok: false, message: (error as Error).message });
      return;
    }
    worker.unref();
    worker.once('message', settle);
    worker.once('error', (error) => settle({ ok: false, message: error.message }));
    worker.once('exit', (code) =>
      settle({ ok: false, message: `it stopped with exit code ${code}` }),
    );
  });
  const send = (later: SourceFilesJob) => {
    try {
      worker?.postMessage(later);
    } catch (error) {
      settle({ ok: false, message: (error as Error).message });
    }
  };
  // A listener for its answer keeps the process alive, unref'd or not.
  const abandon = () => {
    worker?.removeAllListeners('message');
    worker?.unref();
  };
  return { worker, result, send, abandon };
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
