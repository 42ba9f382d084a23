import { writeSync } from 'node:fs';
import { formatLines, summary } from '../core/report.ts';
import type { Problem } from '../core/types.ts';

/**
 * A build whose main thread stops answering after the gate's source layer has found errors.
 * A native parser that never returns holds the main thread: satteri, Astro's MDX parser, takes
 * time exponential in the unclosed tags after a `{` in text (about 0.03 s for twenty `<br>`s,
 * doubling with each more), so a build of such a file neither stops on the gate's report nor
 * prints it, and a CI job waits for its own time limit. The main thread beats once a second
 * while the build waits for the report; the worker, holding errors, watches the beat, and after
 * STALL_SECONDS without one prints the report itself and ends the process. Only a build that
 * would fail anyway is ended, and only while its main thread turns no event loop at all.
 */
export const STALL_SECONDS = 20;

/** Slot 0: the beats. Slot 1: set once the main thread has taken the report. */
const BEATS = 0;
const TAKEN = 1;

/** The main thread's beat, for the build's source worker (`SourceFilesJob.heartbeat`). */
export function startHeartbeat(): { buffer: SharedArrayBuffer; stop(): void } {
  const buffer = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  const slots = new Int32Array(buffer);
  // Unref'd: the beat never keeps the process alive.
  const timer = setInterval(() => Atomics.add(slots, BEATS, 1), 1000).unref();
  return {
    buffer,
    stop() {
      clearInterval(timer);
      Atomics.store(slots, TAKEN, 1);
    },
  };
}

/**
 * In the worker, once its report holds errors: calls `stalled` when the main thread has not
 * beaten for `seconds` and has not taken the report.
 */
export function watchHeartbeat(
  buffer: SharedArrayBuffer,
  stalled: () => void,
  seconds = STALL_SECONDS,
): void {
  const slots = new Int32Array(buffer);
  let last = Atomics.load(slots, BEATS);
  let since = Date.now();
  const timer = setInterval(() => {
    if (Atomics.load(slots, TAKEN)) return clearInterval(timer);
    const beats = Atomics.load(slots, BEATS);
    if (beats !== last) {
      last = beats;
      since = Date.now();
    } else if (Date.now() - since >= seconds * 1000) {
      clearInterval(timer);
      stalled();
    }
  }, 1000);
  timer.unref();
}

/** What the worker prints before it ends a stalled build: the report the build would have. */
export function stalledReport(problems: Problem[], seconds = STALL_SECONDS): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return [
    '[ERROR] [commonplace] accessibility gate (sources):',
    ...formatLines(errors),
    '',
    summary(errors),
    `[CommonplaceError] The build has not answered for ${seconds} s since the accessibility gate found the errors above: its main thread is stuck, on one of those files or in a Vite plugin or integration the site adds (Commonplace refuses the MDX that holds Astro's parser for hours before the parser reads it). The build stops here.`,
    '  Hint:',
    '    Fix each problem listed above (npm run check lists them in a second), then build again.',
    '',
  ].join('\n');
}

/**
 * Prints the report straight to the process's stderr (a worker's `process.stderr` goes through
 * the main thread, which is stuck) and ends the process: politely first, then for certain, as
 * a listener on SIGTERM would wait for the stuck thread too.
 */
export function endStalledBuild(problems: Problem[]): void {
  try {
    writeSync(2, stalledReport(problems));
  } finally {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.kill(process.pid, 'SIGKILL'), 2000);
  }
}
