import { parentPort, workerData } from 'node:worker_threads';
import type { GateConfig } from './config.ts';
import { checkSources } from './source-check.ts';
import type { Problem } from './types.ts';

/**
 * The build's source layer in a worker thread (started by src/integrations/gate.ts), so the
 * Markdown parse and retext run on the second core while Astro syncs content, bundles and
 * renders on the main thread. Same `checkSources` as `npm run check`: the same problems.
 */

/** What the build sends: the folders to check and the gate's resolved settings. */
export interface SourceJob {
  paths: string[];
  config: GateConfig;
  /** Problem paths are shown relative to this (the project root). */
  cwd: string;
}

/** What the worker sends back, once. */
export type SourceResult =
  | { ok: true; problems: Problem[]; files: number; seconds: number }
  | { ok: false; message: string };

async function run(job: SourceJob): Promise<SourceResult> {
  const start = performance.now();
  try {
    const { problems, files } = await checkSources(job.paths, job.config, job.cwd);
    return { ok: true, problems, files, seconds: (performance.now() - start) / 1000 };
  } catch (error) {
    return { ok: false, message: (error as Error)?.message ?? String(error) };
  }
}

if (parentPort) {
  const port = parentPort;
  run(workerData as SourceJob).then((result) => port.postMessage(result));
}
