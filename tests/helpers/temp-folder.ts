import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Vitest's global setup: every temporary folder a test makes (most tests make their own
 * projects and sites with `mkdtempSync(join(tmpdir(), …))`) goes into one folder for the run,
 * removed when the run ends, so runs do not pile up in the system's temporary folder. Set
 * before the test workers start, so they and the builds they spawn inherit it.
 */
export function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'commonplace-tests-'));
  process.env.TMPDIR = folder;
  return () => rmSync(folder, { recursive: true, force: true });
}
