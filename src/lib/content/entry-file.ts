import { resolve } from 'node:path';

/** Absolute path of an entry's source file; Astro stores it relative to the project root. */
export function entryFilePath(entry: { filePath?: string }): string | undefined {
  if (!entry.filePath) return undefined;
  return resolve(import.meta.env.COMMONPLACE_ROOT ?? process.cwd(), entry.filePath);
}
