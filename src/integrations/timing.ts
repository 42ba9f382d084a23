import { appendFileSync } from 'node:fs';
import type { AstroIntegrationLogger } from 'astro';

/**
 * Build phase timings: one log line per phase for people (`gate: 1,012 pages in 0.40 s`), and,
 * when `COMMONPLACE_TIMINGS` names a file, one JSON line per phase and per hook for tools. The
 * benchmark (`npm run bench`) sets it and reads that file, never the log's wording.
 */

/** A phase of Commonplace's own work, as written to the timings file. */
export interface PhaseRecord {
  phase: string;
  count: number;
  unit: string;
  /** How long the phase's work took. */
  seconds: number;
  /**
   * For work beside the build (a worker thread, Pagefind's process): how long the build itself
   * waited for it; the rest overlapped the build's own work.
   */
  waited?: number;
  /** How many of `count` the check's cache answered (the build's source layer), when any. */
  cached?: number;
  /** Seconds since this process started, when the phase ended. */
  at: number;
  /** This process's resident memory then, in bytes (worker threads included). */
  rss: number;
}

/** A point in the build (a hook starting or finishing), as written to the timings file. */
export interface MarkRecord {
  mark: string;
  at: number;
  rss: number;
  /** The main thread's JavaScript heap in use, in bytes. */
  heapUsed: number;
}

function record(entry: PhaseRecord | MarkRecord): void {
  const file = process.env.COMMONPLACE_TIMINGS;
  if (!file) return;
  try {
    appendFileSync(file, `${JSON.stringify(entry)}\n`);
  } catch {
    // A timings file that cannot be written must never fail a build.
  }
}

const now = () => Number((performance.now() / 1000).toFixed(3));

/** Where a phase line goes: Astro's integration logger, or the search step's own. */
export type PhaseLogger = Pick<AstroIntegrationLogger, 'info'>;

/** Records that the build reached `name` (e.g. `astro:build:done`), with the memory held then. */
export function markPhase(name: string): void {
  if (!process.env.COMMONPLACE_TIMINGS) return;
  const { rss, heapUsed } = process.memoryUsage();
  record({ mark: name, at: now(), rss, heapUsed });
}

/**
 * Logs one phase line, `<phase>: <count> <unit> in <n> s`, and for work beside the build adds
 * what it ran beside, how many the check's cache answered, and how long the build waited:
 * `(in a worker, 1,068 from the check's cache; the build waited 0.02 s)`.
 */
export function logPhase(
  logger: PhaseLogger,
  entry: Omit<PhaseRecord, 'at' | 'rss'>,
  beside?: string,
): void {
  const { phase, count, unit, seconds, waited, cached } = entry;
  const fromCache = cached ? `, ${cached.toLocaleString('en-US')} from the check's cache` : '';
  const wait =
    waited === undefined ? '' : ` (${beside}${fromCache}; the build waited ${waited.toFixed(2)} s)`;
  logger.info(
    `${phase}: ${count.toLocaleString('en-US')} ${unit} in ${seconds.toFixed(2)} s${wait}`,
  );
  record({ ...entry, at: now(), rss: process.memoryUsage.rss() });
}

/** Runs one build phase on this thread and logs and records it (see `logPhase`). */
export async function timed<T>(
  logger: PhaseLogger,
  phase: string,
  unit: string,
  work: () => Promise<{ count: number; result: T }> | { count: number; result: T },
): Promise<T> {
  const start = performance.now();
  const { count, result } = await work();
  logPhase(logger, { phase, count, unit, seconds: (performance.now() - start) / 1000 });
  return result;
}
