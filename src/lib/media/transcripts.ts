import { readFileSync } from 'node:fs';
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { parse as parseYaml } from 'yaml';
import { canonicalLang, LANG_HINT } from '../site/lang.ts';
import { escapeHtml } from '../util/escape-html.ts';

export interface Transcript {
  /** Absolute path of the file it came from. */
  file: string;
  /** The transcript as HTML, ready to show under the player. */
  html: string;
  /** Plain text, for feeds and search excerpts. */
  text: string;
  /** The raw WebVTT, when the transcript is a `.vtt` file that can also be a captions track. */
  vtt?: string;
  /** The language the file declares it is in (canonical BCP 47), if it declares one. */
  lang?: string;
}

/** A transcript that declares a language that is not a BCP 47 tag: the build stops on it. */
export class TranscriptLanguageError extends Error {}

/**
 * The language a transcript declares, and its text without the declaration: `lang:` in a
 * Markdown transcript's YAML frontmatter; a `Language:` line in a WebVTT header (as video sites
 * export them); a first line `Language: <tag>` in a plain-text transcript.
 */
export function transcriptLanguage(
  raw: string,
  ext: string,
): { declared?: string; line?: number; text: string } {
  const text = raw.replace(/^\uFEFF/, '');
  if (ext === '.md' || ext === '.markdown') {
    const match = /^---\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/.exec(text);
    if (!match) return { text };
    let data: unknown;
    try {
      data = parseYaml(match[1]!);
    } catch {
      data = undefined;
    }
    const lang = (data as { lang?: unknown } | null | undefined)?.lang;
    const line = match[1]!.split(/\r?\n/).findIndex((row) => /^lang\s*:/.test(row));
    return {
      declared: lang === undefined || lang === null ? undefined : String(lang),
      line: line === -1 ? undefined : line + 2,
      text: text.slice(match[0].length),
    };
  }
  if (ext === '.vtt') {
    const header = text.split(/\r?\n\r?\n/, 1)[0]!.split(/\r?\n/);
    const line = header.findIndex((row) => /^language\s*:/i.test(row));
    if (line === -1) return { text };
    return { declared: header[line]!.replace(/^language\s*:/i, '').trim(), line: line + 1, text };
  }
  const first = /^language\s*:[^\S\r\n]*([^\r\n]*)\r?\n/i.exec(text);
  if (!first) return { text };
  return { declared: first[1]!.trim(), line: 1, text: text.slice(first[0].length) };
}

const markdown = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

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
  const declared = transcriptLanguage(raw, ext);
  const lang = declared.declared === undefined ? undefined : canonicalLang(declared.declared);
  if (declared.declared !== undefined && !lang) {
    throw new TranscriptLanguageError(
      `${file}${declared.line ? `:${declared.line}` : ''}: the transcript's language "${declared.declared}" is not a language tag: ${LANG_HINT}`,
    );
  }
  const body = declared.text;
  const withLang = lang ? { lang } : {};
  if (ext === '.vtt') {
    const text = vttToText(body);
    return { file, html: textToHtml(text.replace(/\n/g, '\n\n')), text, vtt: raw, ...withLang };
  }
  if (ext === '.md' || ext === '.markdown') {
    const html = String(markdown.processSync(body));
    const text = body
      .replace(/[#*_>`[\]()-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return { file, html, text, ...withLang };
  }
  return { file, html: textToHtml(body), text: body.trim(), ...withLang };
}
