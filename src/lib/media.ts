import { existsSync } from 'node:fs';
import { loadTranscript, resolveTranscriptPath, type Transcript } from './transcripts.ts';

/**
 * Loads the transcript a media component names, relative to the entry being rendered. A missing
 * or empty file renders no transcript rather than crashing the render: the accessibility gate
 * then reports it with the file, line and fix, which a stack trace from here could not.
 */
export function loadTranscriptFor(
  transcript: string | undefined,
  locals: { entryFile?: string },
): Transcript | undefined {
  if (!transcript) return undefined;
  const root = import.meta.env.COMMONPLACE_ROOT ?? process.cwd();
  const file = resolveTranscriptPath(transcript, locals.entryFile, root);
  if (!existsSync(file)) return undefined;
  try {
    return loadTranscript(file, locals.entryFile ?? file);
  } catch {
    return undefined;
  }
}
