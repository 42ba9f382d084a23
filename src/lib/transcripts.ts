import { readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

export interface Transcript {
  /** Absolute path of the file it came from. */
  file: string;
  /** The transcript as HTML, ready to show under the player. */
  html: string;
  /** Plain text, for feeds and search excerpts. */
  text: string;
  /** The raw WebVTT, when the transcript is a `.vtt` file that can also be a captions track. */
  vtt?: string;
}

const markdown = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cue text of a WebVTT file, without the header, cue ids, timings and voice tags. */
export function vttToText(vtt: string): string {
  const blocks = vtt.replace(/\r\n?/g, '\n').split(/\n{2,}/);
  const lines: string[] = [];
  for (const block of blocks) {
    const rows = block.split('\n');
    const timing = rows.findIndex((row) => row.includes('-->'));
    if (timing === -1) continue; // header, NOTE, STYLE or REGION block
    const text = rows
      .slice(timing + 1)
      .join(' ')
      .replace(/<v(?:\.[^ >]+)?\s+([^>]+)>/g, '$1: ')
      .replace(/<[^>]+>/g, '')
      .trim();
    if (text) lines.push(text);
  }
  return lines.join('\n');
}

/** Splits plain text into paragraphs on blank lines. */
function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p.replace(/\s*\n\s*/g, ' '))}</p>`)
    .join('\n');
}

/** Where a `transcript="./x.transcript.md"` prop points, relative to the file that uses it. */
export function resolveTranscriptPath(
  transcript: string,
  fromFile: string | undefined,
  root: string,
) {
  if (isAbsolute(transcript)) return transcript;
  return resolve(fromFile ? dirname(fromFile) : root, transcript);
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
  if (!raw.trim()) {
    throw new Error(`${usedBy}: transcript file ${file} is empty: write the transcript into it`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.vtt') {
    const text = vttToText(raw);
    return { file, html: textToHtml(text.replace(/\n/g, '\n\n')), text, vtt: raw };
  }
  if (ext === '.md' || ext === '.markdown') {
    const html = String(markdown.processSync(raw));
    const text = raw
      .replace(/[#*_>`[\]()-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { file, html, text };
  }
  return { file, html: textToHtml(raw), text: raw.trim() };
}
