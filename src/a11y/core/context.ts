import { dirname, extname, join, resolve } from 'node:path';
import { isFileTracked, readTracked } from '../../lib/util/file-deps.ts';
import {
  hasTranscriptWords,
  transcriptPlaceholder,
  transcriptText,
} from '../../lib/media/transcript-text.ts';
import type { GateConfig } from './config.ts';
import type { CheckContext, TextState, TranscriptFileState } from './policy.ts';
import type { El, Model, Node } from './model.ts';
import { sourceSite } from './site-urls.ts';
import { savedAsUtf16 } from '../../lib/util/utf16.ts';
import { transcriptPathRefusal } from '../../lib/media/transcript-path.ts';
import { localTarget, pageOnSite, resolveTarget } from './site-paths.ts';

/**
 * Transcript files resolve relative to the checked file, like the media components do, which
 * read none outside the project (`root`) and none that is not a transcript's kind of file.
 */
export function transcriptState(
  path: string,
  fromFile: string | undefined,
  root = process.cwd(),
): TranscriptFileState {
  const file = resolve(fromFile ? dirname(fromFile) : root, path);
  return transcriptPathRefusal(file, root) ?? textState(file);
}

/** Whether a file holds a transcript's words, read as `as` (its own extension by default). */
function textState(file: string, as = extname(file).toLowerCase()): TextState {
  // Tracked: a cached result must not outlive a change to the transcript (run/cache.ts). Under
  // this very name, case included, as the build will look for it (isFileExactly).
  const raw = isFileTracked(file) ? readTracked(file) : undefined;
  if (raw === undefined) return 'missing';
  if (savedAsUtf16(raw)) return 'utf16';
  // What the page would show: a WebVTT header and timings, or markup alone, are no transcript.
  const text = transcriptText(raw, as);
  if (!hasTranscriptWords(text)) return 'empty';
  const placeholder = transcriptPlaceholder(text);
  return placeholder === undefined ? 'ok' : { placeholder };
}

/** Files in public/ a reader can read as a transcript, and how they are read. */
const TEXT_FILES = new Set(['.txt', '.vtt', '.srt', '.md']);

/**
 * What a reader finds at the page or file of this site a link leads to (CheckContext.linkedText):
 * an entry's page holds the entry's text (an MDX entry's read as Markdown: its components and
 * imports count as words), a `.txt`, `.vtt` or `.md` file in public/ its own. Undefined for a
 * link elsewhere, or to what the sources cannot read as words: a listing page, a PDF, a section
 * of another page (`link-target` judges that it exists). A built page asks with the source it was
 * built from, so both layers answer alike.
 */
function linkedState(
  href: string,
  from: string | undefined,
  config: GateConfig,
): ReturnType<NonNullable<CheckContext['linkedText']>> {
  const found = sourceSite(from, config);
  if (!found?.page) return undefined;
  const target = localTarget(href, pageOnSite(found.page, found.where), found.where);
  if (target.kind !== 'local' || target.fragment) return undefined;
  const file = resolveTarget(target.path, found.index.files);
  if (file === undefined) return undefined;
  const entry = found.index.byPage.get(file);
  if (entry)
    return entry.file === found.entry?.file
      ? undefined
      : { kind: 'page', state: textState(entry.file, '.md') };
  const ext = extname(file).toLowerCase();
  if (!TEXT_FILES.has(ext)) return undefined;
  return { kind: 'file', state: textState(join(found.index.publicDir, file), ext) };
}

/** What a layer knows about the file it is about to check. */
export interface ContextOptions {
  config: GateConfig;
  layer: CheckContext['layer'];
  syntax: CheckContext['syntax'];
  /** The source file being checked, absolute (source layer only). */
  file?: string;
  cwd?: CheckContext['cwd'];
  /**
   * The file `transcript="…"` paths resolve against: the source file, or for a built page the
   * source it was built from (else the page itself). Default: the working directory.
   */
  from?: string;
  /** What only the source layer can read: another source file's page ids (source/content-ids.ts). */
  contentIds?: CheckContext['contentIds'];
  /** The address of the page, when the layer knows it (see `CheckContext.page`). */
  page?: CheckContext['page'];
  /** What a component renders at a use (see `CheckContext.rendered`), given the context. */
  rendered?: (use: El, model: Model, ctx: CheckContext) => Node[] | undefined;
  /** What a component writes around its slot at a use (see `CheckContext.aroundSlot`). */
  aroundSlot?: (use: El, model: Model, ctx: CheckContext) => El[] | undefined;
}

/**
 * The context every rule gets, built here for both layers: the source layer (source/lint-rule.ts)
 * and the built-page layer (html/check.ts) say what they know, and the transcript lookup is the
 * same for both.
 */
export function checkContext(options: ContextOptions): CheckContext {
  const { config, layer, syntax, file, cwd, from, contentIds, page, rendered, aroundSlot } =
    options;
  const context: CheckContext = {
    config,
    layer,
    syntax,
    file,
    ...(cwd && { cwd }),
    transcriptFile: (path) => transcriptState(path, from, cwd),
    linkedText: (href) => linkedState(href, from, config),
    ...(contentIds && { contentIds }),
    ...(page && { page }),
  };
  if (rendered) context.rendered = (use, model) => rendered(use, model, context);
  if (aroundSlot) context.aroundSlot = (use, model) => aroundSlot(use, model, context);
  return context;
}
