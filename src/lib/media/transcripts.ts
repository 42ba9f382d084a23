import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { canonicalLang, LANG_HINT } from '../site/lang.ts';
import { escapeHtml } from '../util/escape-html.ts';
import {
  hasTranscriptWords,
  srtToVtt,
  transcriptLanguage,
  transcriptText,
} from './transcript-text.ts';

export interface Transcript {
  /** Absolute path of the file it came from. */
  file: string;
  /** The transcript as HTML, ready to show under the player. */
  html: string;
  /** Plain text, for feeds and search excerpts. */
  text: string;
  /**
   * The WebVTT, when the transcript is a `.vtt` file (or a `.srt` one, made WebVTT) that can also
   * be a captions track.
   */
  vtt?: string;
  /** The language the file declares it is in (canonical BCP 47), if it declares one. */
  lang?: string;
}

/** A transcript that declares a language that is not a BCP 47 tag: the build stops on it. */
export class TranscriptLanguageError extends Error {}

const markdown = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

/** Splits plain text into paragraphs on blank lines. */
function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
}

/**
 * Reads and renders a transcript file. Throws a message that names the file and the fix, because
 * a media element whose transcript cannot be read must stop the build, never render without it.
 */
export function loadTranscript(file: string, usedBy: string): Transcript {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    throw new Error(
      `${usedBy}: transcript file ${file} does not exist: create it, or fix the transcript path (it is relative to the file that uses it)`,
    );
  }
  const ext = extname(file).toLowerCase();
  // What a reader gets: the cues of a WebVTT file, a Markdown file's text (transcript-text.ts).
  const text = transcriptText(raw, ext);
  if (!hasTranscriptWords(text)) {
    throw new Error(
      `${usedBy}: transcript file ${file} has no words in it: write the transcript into it`,
    );
  }
  const declared = transcriptLanguage(raw, ext);
  const lang = declared.declared === undefined ? undefined : canonicalLang(declared.declared);
  if (declared.declared !== undefined && !lang) {
    throw new TranscriptLanguageError(
      `${file}${declared.line ? `:${declared.line}` : ''}: the transcript's language "${declared.declared}" is not a language tag: ${LANG_HINT}`,
    );
  }
  const body = declared.text;
  const withLang = lang ? { lang } : {};
  if (ext === '.vtt' || ext === '.srt') {
    // A WebVTT header keeps its `Language:` line; a SubRip file's first line is no cue.
    const vtt = ext === '.srt' ? srtToVtt(body) : raw;
    return { file, html: textToHtml(text.replace(/\n/g, '\n\n')), text, vtt, ...withLang };
  }
  if (ext === '.md' || ext === '.markdown')
    return { file, html: String(markdown.processSync(body)), text, ...withLang };
  return { file, html: textToHtml(body), text, ...withLang };
}
