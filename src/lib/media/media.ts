import { existsSync } from 'node:fs';
import { loadTranscript, TranscriptLanguageError, type Transcript } from './transcripts.ts';
import { resolveTranscriptPath, transcriptPathRefusal } from './transcript-path.ts';
import { userError } from '../util/user-error.ts';
import { pageFileFor } from '../site/page-routes.ts';

/** What a media component knows of where it is rendered: its `Astro`. */
export interface RenderedAt {
  locals: { entryFile?: string };
  routePattern: string;
}

/**
 * The file a media component's `transcript="./…"` is relative to, the file that uses it: the
 * entry being rendered (its page sets `locals.entryFile`), else the page of `src/pages/` that
 * writes the component (an `.astro` or `.mdx` page, found from its route, as `npm run check`
 * resolves it), else none, and the path is read from the project root.
 */
export function transcriptBase({ locals, routePattern }: RenderedAt): string | undefined {
  if (locals.entryFile) return locals.entryFile;
  const pages = import.meta.env.COMMONPLACE_PAGES;
  // Looked up at each render, not kept: in the dev server a page may move between renders.
  return pages && routePattern ? pageFileFor(routePattern, pages, existsSync) : undefined;
}

/**
 * Loads the transcript a media component names, relative to the file that uses it (`from`, see
 * `transcriptBase`). A missing or empty file, or one it may not read, renders no transcript
 * rather than crashing the render: the accessibility gate then reports it with the file, line
 * and fix, which a stack trace from here could not.
 */
export function loadTranscriptFor(
  transcript: string | undefined,
  from: string | undefined,
): Transcript | undefined {
  if (!transcript) return undefined;
  const root = import.meta.env.COMMONPLACE_ROOT ?? process.cwd();
  const file = resolveTranscriptPath(transcript, from, root);
  // Outside the project, or not a transcript's kind of file: never read (the gate says why).
  if (transcriptPathRefusal(file, root) || !existsSync(file)) return undefined;
  try {
    return loadTranscript(file, from ?? file);
  } catch (error) {
    // A wrong language tag is not a missing transcript: say what it is, where.
    if (error instanceof TranscriptLanguageError) {
      throw userError(
        error.message,
        'Fix the language the transcript declares (README "Posts in any language").',
      );
    }
    return undefined;
  }
}

/** What a media component shows under its player, and the id its player points at. */
export interface MediaTranscript {
  /** The `aria-describedby` of the player; undefined when there is no transcript at all. */
  describedBy?: string;
  /** The transcript file's content, when the component names one. */
  file?: Transcript;
  /** Rendered children holding a `<Transcript>`, when there is no file. */
  children?: string;
}

/**
 * The transcript of a Video, Audio or YouTube component: its `transcript` file, else children
 * that hold a `<Transcript>`. Other children (fallback text, a caption) are not a transcript,
 * and the accessibility gate checks exactly what this renders.
 */
export function mediaTranscript(
  id: string,
  transcript: string | undefined,
  from: string | undefined,
  children: string,
): MediaTranscript {
  const file = loadTranscriptFor(transcript, from);
  if (file) return { describedBy: `${id}-transcript`, file };
  if (children.includes('data-transcript')) return { describedBy: `${id}-transcript`, children };
  return {};
}
