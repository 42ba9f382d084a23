import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { GateConfig } from '../core/config.ts';
import type { HtmlCheckOptions } from '../html/check.ts';
import type { Problem } from '../core/types.ts';
import type { RecordedCheck } from '../source/check.ts';

/**
 * The gate in a worker thread (started by src/integrations/gate.ts): the build's source layer,
 * so the Markdown parse and retext run on the second core while Astro syncs content, bundles and
 * renders on the main thread; the built-HTML layer, while the main thread writes the feeds; and
 * `npm run check`'s share of files on the other cores. Same `checkSources`/`checkFiles`/
 * `checkHtmlDir` as on the main thread: the same problems.
 */

/**
 * What the thread starting it sends: the folders to check (the build) or an exact list of files
 * (a share of `npm run check`'s files), and the gate's resolved settings.
 */
export interface SourceJob {
  paths?: string[];
  files?: string[];
  config: GateConfig;
  /** Problem paths are shown relative to this (the project root). */
  cwd: string;
  /** With `files`: record each file's dependencies, for the check's cache (source-cache.ts). */
  record?: boolean;
  /** With `paths`: use and update the check's cache (source-cache.ts). */
  cache?: boolean;
  /** Run at low CPU priority, yielding to the build's own threads when the cores are busy. */
  background?: boolean;
  /** The built-HTML layer instead: the output folder and its options (no custom rules). */
  html?: { dir: string; options: Omit<HtmlCheckOptions, 'rules'> };
}

/** What the worker sends back, once. */
export type SourceResult =
  | {
      ok: true;
      problems: Problem[];
      files: number;
      seconds: number;
      /** With `record`: each file's result and dependencies. */
      recorded?: RecordedCheck[];
    }
  | { ok: false; message: string };

async function run(job: SourceJob): Promise<SourceResult> {
  const start = performance.now();
  try {
    // Imported here, not at the top: the parsers take a while to load, and a background job
    // lowers its priority first (below), so even that loading yields to the build.
    if (job.html) {
      const { checkHtmlDir } = await import('../html/check.ts');
      const { problems, files } = await checkHtmlDir(job.html.dir, job.config, job.html.options);
      return { ok: true, problems, files, seconds: (performance.now() - start) / 1000 };
    }
    if (job.files && job.record) {
      const { checkFilesRecorded } = await import('../source/check.ts');
      const recorded = await checkFilesRecorded(job.files, job.config, job.cwd);
      const seconds = (performance.now() - start) / 1000;
      return { ok: true, problems: [], files: recorded.length, seconds, recorded };
    }
    if (job.files) {
      const { checkFiles } = await import('../source/check.ts');
      const problems = await checkFiles(job.files, job.config, job.cwd);
      return {
        ok: true,
        problems,
        files: job.files.length,
        seconds: (performance.now() - start) / 1000,
      };
    }
    // The source layer of a build: through the cache (source-cache.ts) unless told otherwise.
    const { checkSourcesCached } = await import('./cache.ts');
    const { problems, files } = await checkSourcesCached(job.paths ?? [], job.config, job.cwd, {
      cache: job.cache ?? false,
    });
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
  if ((workerData as SourceJob).background) yieldToTheBuild();
  run(workerData as SourceJob).then((result) => port.postMessage(result));
}
