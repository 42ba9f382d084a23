import type { AstroIntegrationLogger } from 'astro';

/**
 * Runs one build phase and logs one line such as `gate: 1,012 pages in 0.4 s`. The benchmark
 * (`npm run bench`) reads these lines, so keep the shape `<phase>: <count> <unit> in <n> s`.
 */
export async function timed<T>(
  logger: AstroIntegrationLogger,
  phase: string,
  unit: string,
  work: () => Promise<{ count: number; result: T }> | { count: number; result: T },
): Promise<T> {
  const start = performance.now();
  const { count, result } = await work();
  const seconds = (performance.now() - start) / 1000;
  logger.info(`${phase}: ${count.toLocaleString('en-US')} ${unit} in ${seconds.toFixed(2)} s`);
  return result;
}
