import nodeDestination from 'astro/logger/node';
import type { AstroLoggerDestination, AstroLoggerMessage } from 'astro';

/**
 * The build's log: Astro's own terminal output (its Node logger, unchanged), installed through
 * Astro's Logger API (`logger.entrypoint`) by src/integrations/setup.ts when the site sets no
 * logger of its own. It differs in one line: when a Commonplace hook fails with an error that
 * already says what to fix (a CommonplaceError: the gate's report, a bad reference), Astro
 * prefixes it with "An unhandled error occurred while running the … hook", which reads like a
 * crash in Commonplace. That one line is left out; every other line, and every error Commonplace
 * did not expect, prints as Astro prints it.
 */

const EXPLAINED = Symbol.for('commonplace.explained-error');
type Flagged = typeof globalThis & { [EXPLAINED]?: boolean };

/** True for the errors `userError` (src/lib/util/user-error.ts) makes. */
function isExplained(error: unknown): boolean {
  return error instanceof Error && error.name === 'CommonplaceError';
}

/**
 * Runs a hook; if it fails with a CommonplaceError, Astro's next "unhandled error" line for this
 * integration is dropped. The flag lives on globalThis: Astro loads this file once for the log
 * and the integration loads it again through Vite, as a second module instance.
 */
export async function explainingErrors<T>(hook: () => T | Promise<T>): Promise<T> {
  try {
    return await hook();
  } catch (error) {
    if (isExplained(error)) (globalThis as Flagged)[EXPLAINED] = true;
    throw error;
  }
}

const UNHANDLED = 'An unhandled error occurred while running the ';

export function isDroppedLine(event: AstroLoggerMessage, flagged: boolean): boolean {
  return (
    flagged &&
    event.level === 'error' &&
    event.label === 'commonplace' &&
    event.message.startsWith(UNHANDLED)
  );
}

/** The logger destination Astro loads (`export default`, as the Logger API asks). */
export default function buildLog(): AstroLoggerDestination {
  // Astro's logger filters by level before writing, so the destination passes everything.
  const inner = nodeDestination({ level: 'debug' });
  return {
    write(event) {
      const flagged = Boolean((globalThis as Flagged)[EXPLAINED]);
      if (isDroppedLine(event, flagged)) {
        (globalThis as Flagged)[EXPLAINED] = false;
        return;
      }
      inner.write(event);
    },
    flush: () => inner.flush?.(),
    close: () => inner.close?.(),
  };
}
