import { realPathTracked } from '../util/file-deps.ts';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Where a media component's `transcript="…"` file is, and whether it may read it: for the
 * components (media.ts) and the gate (src/a11y/core/context.ts) alike, without the renderer.
 */

/** Where a `transcript="./x.transcript.md"` prop points, relative to the file that uses it. */
export function resolveTranscriptPath(
  transcript: string,
  fromFile: string | undefined,
  root: string,
) {
  if (isAbsolute(transcript)) return transcript;
  return resolve(fromFile ? dirname(fromFile) : root, transcript);
}

/** The kinds of file a transcript is read from: Markdown, plain text, WebVTT and SubRip. */
const TRANSCRIPT_KINDS = new Set(['.md', '.markdown', '.txt', '.vtt', '.srt']);

/**
 * Why a media component may not read the file a transcript path names, or undefined when it
 * may. The file, its symbolic links followed, must be inside the project (`root`) and a kind of
 * file a transcript is (`.md`, `.txt`, `.vtt`, `.srt`), so that a slip of a path (`"../../../.env"`, a
 * link to a file elsewhere) never puts what the build machine holds on a page. The gate reports
 * each refusal at its line. No sandbox: MDX runs its own JavaScript at build time.
 */
export function transcriptPathRefusal(
  file: string,
  root: string,
): 'outside' | 'not-text' | undefined {
  // Recorded: a cached check must not outlive a link re-pointed (src/a11y/run/cache.ts).
  const real = realPathTracked(file);
  const inside = relative(realPathTracked(root), real);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 'outside';
  return TRANSCRIPT_KINDS.has(extname(real).toLowerCase()) ? undefined : 'not-text';
}
