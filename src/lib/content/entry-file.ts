import { resolve } from 'node:path';

/**
 * What the components an entry's content uses know of it while it renders: its file (media
 * components find transcripts relative to it) and its language (their own words, in the
 * interface's language, are marked where it differs). Set by the page before it renders the entry.
 */
export function renderingEntry(
  locals: App.Locals,
  entry: { filePath?: string; data: { lang?: string | undefined } },
): void {
  locals.entryFile = entryFilePath(entry);
  if (entry.data.lang) locals.entryLang = entry.data.lang;
  else delete locals.entryLang;
}

/** Absolute path of an entry's source file; Astro stores it relative to the project root. */
export function entryFilePath(entry: { filePath?: string }): string | undefined {
  if (!entry.filePath) return undefined;
  return resolve(import.meta.env.COMMONPLACE_ROOT ?? process.cwd(), entry.filePath);
}
