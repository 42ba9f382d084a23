import type { GateConfig } from '../core/config.ts';
import type { Problem } from '../core/types.ts';
import type { HtmlCheckOptions } from '../html/check.ts';
import type { RecordedCheck } from '../source/check.ts';
import type { SharedQueue } from '../../lib/util/shared-queue.ts';

/**
 * What a gate worker (run/worker.ts) is asked to do, as the thread starting it sends it: source
 * files to check, or a folder of built pages. Both carry the gate's resolved settings.
 */
interface JobBase {
  config: GateConfig;
  /** Problem paths are shown relative to this (the project root). */
  cwd: string;
  /** Run at low CPU priority, yielding to the build's own threads when the cores are busy. */
  background?: boolean;
  /**
   * Stay alive after answering, waiting for a next job (`GateWorker.queue`), until the process
   * exits. A worker thread that ends while the main thread runs WebAssembly (Node's TypeScript
   * stripping is WebAssembly) can crash the whole process in V8 ("Check failed:
   * jit_page.has_value()", freeing WebAssembly wrapper code the ended thread left), which
   * happened about once in 300 builds. At the process's exit no other thread runs.
   */
  untilExit?: boolean;
  /**
   * The build's date as the thread that sent the job reads it (ISO 8601; run/client.ts stamps
   * it): the worker judges scheduled posts and unlikely dates against the same day as that
   * thread and its cache, even across midnight, or under a test's fake clock, which a worker
   * thread does not share.
   */
  now?: string;
  /**
   * The starting thread's compile cache folder (run/client.ts `sharedCompileCache`): the worker
   * loads the parsers and rules from it instead of stripping and compiling them again.
   */
  compileCache?: string;
}

/**
 * The source layer: the folders to check (the build) or an exact list of files (`npm run check`'s
 * files, taken from a shared queue).
 */
export interface SourceFilesJob extends JobBase {
  paths?: string[];
  files?: string[];
  /**
   * With `files`: the queue this worker takes its files from, one at a time, beside the other
   * threads of the check (src/lib/util/shared-queue.ts); without it, it checks every file.
   */
  queue?: SharedQueue & { taker: number };
  /** With `files`: record each file's dependencies, for the check's cache (run/cache.ts). */
  record?: boolean;
  /** With `paths`: use and update the check's cache (run/cache.ts). */
  cache?: boolean;
  /**
   * The build's main thread beats here (run/stalled-build.ts): a report with errors is printed
   * from the worker, and the process ended, if the main thread stops beating before taking it.
   */
  heartbeat?: SharedArrayBuffer;
  html?: never;
}

/**
 * The built-HTML layer: the output folder and its options (no custom rules). With `watch`, the
 * build's: pages are checked as they are written, and the rest once the thread that started the
 * worker sends `{ laterFiles }` (html/watch.ts).
 */
export interface BuiltPagesJob extends JobBase {
  html: { dir: string; watch?: boolean; options: Omit<HtmlCheckOptions, 'rules'> };
}

/** What the build sends a watching built-pages worker once every page is written. */
export interface PagesWritten {
  laterFiles: string[];
}

export type GateJob = SourceFilesJob | BuiltPagesJob;

/**
 * A worker started before its job is known: `npm run check` starts its workers while the
 * project's config loads (run/parallel.ts). It loads the source layer meanwhile, then takes its
 * job, a SourceFilesJob, from its first message.
 */
export interface LaterJob {
  later: true;
  /** As JobBase's. */
  compileCache?: string;
}

/** What the worker sends back, once. */
export type GateResult =
  | {
      ok: true;
      problems: Problem[];
      files: number;
      seconds: number;
      /** With `record`: each file's result and dependencies. */
      recorded?: RecordedCheck[];
      /** A build's source layer: how many of `files` the check's cache answered (run/cache.ts). */
      cached?: number;
    }
  | { ok: false; message: string };
