import { dirname, extname, resolve } from 'node:path';
import { readTracked } from '../../lib/util/file-deps.ts';
import {
  hasTranscriptWords,
  transcriptPlaceholder,
  transcriptText,
} from '../../lib/media/transcript-text.ts';
import type { GateConfig } from './config.ts';
import type { CheckContext } from './policy.ts';

/** Transcript files resolve relative to the checked file, like the media components do. */
export function transcriptState(
  path: string,
  fromFile: string | undefined,
): ReturnType<CheckContext['transcriptFile']> {
  const file = resolve(fromFile ? dirname(fromFile) : process.cwd(), path);
  // Tracked: a cached result must not outlive a change to the transcript (run/cache.ts).
  const raw = readTracked(file);
  if (raw === undefined) return 'missing';
  // What the page would show: a WebVTT header and timings, or markup alone, are no transcript.
  const text = transcriptText(raw, extname(file).toLowerCase());
  if (!hasTranscriptWords(text)) return 'empty';
  const placeholder = transcriptPlaceholder(text);
  return placeholder === undefined ? 'ok' : { placeholder };
}

/** What a layer knows about the file it is about to check. */
export interface ContextOptions {
  config: GateConfig;
  layer: CheckContext['layer'];
  syntax: CheckContext['syntax'];
  /** The source file being checked, absolute (source layer only). */
  file?: string;
  /**
   * The file `transcript="…"` paths resolve against: the source file, or for a built page the
   * source it was built from (else the page itself). Default: the working directory.
   */
  from?: string;
  /** What only the source layer can read: another source file's page ids (source/content-ids.ts). */
  contentIds?: CheckContext['contentIds'];
  /** The address of the page, when the layer knows it (see `CheckContext.page`). */
  page?: CheckContext['page'];
}

/**
 * The context every rule gets, built here for both layers: the source layer (source/lint-rule.ts)
 * and the built-page layer (html/check.ts) say what they know, and the transcript lookup is the
 * same for both.
 */
export function checkContext(options: ContextOptions): CheckContext {
  const { config, layer, syntax, file, from, contentIds, page } = options;
  return {
    config,
    layer,
    syntax,
    file,
    transcriptFile: (path) => transcriptState(path, from),
    ...(contentIds && { contentIds }),
    ...(page && { page }),
  };
}
