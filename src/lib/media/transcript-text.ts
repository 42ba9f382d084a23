import { parse as parseYaml } from 'yaml';

/**
 * What a transcript file says, as text: its language declaration, and the words a reader gets
 * once it is rendered (src/lib/media/transcripts.ts renders it; the gate's source layer asks
 * whether it has any words, src/a11y/core/context.ts). Kept apart from the renderer, so the gate
 * can read a transcript without loading the Markdown pipeline.
 */

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

/**
 * A SubRip (`.srt`) file as WebVTT, which is what players read captions from: SubRip is what
 * most transcription tools and video sites export first (Otter, Descript, YouTube Studio). Its
 * cues are WebVTT's but for a comma before the milliseconds (and, from some tools, a one-digit
 * hour) and no `WEBVTT` line; a numbered cue is a WebVTT cue with an id. Position tags some
 * tools add (`{\an8}`) have no WebVTT form and are left out.
 */
export function srtToVtt(srt: string): string {
  const cues = srt
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^.*-->.*$/gm, (timing) =>
      timing.replace(
        /(\d+):(\d{2}):(\d{2})[,.](\d{3})/g,
        (_, h: string, m: string, sec: string, ms: string) =>
          `${h.padStart(2, '0')}:${m}:${sec}.${ms}`,
      ),
    )
    .replace(/\{\\[^}]*\}/g, '')
    .trim();
  return `WEBVTT\n\n${cues}\n`;
}

/**
 * The text a reader gets from a transcript file: a WebVTT or SubRip file's cue text, a Markdown
 * file's text without its frontmatter and markup, a text file without its `Language:` line.
 */
export function transcriptText(raw: string, ext: string): string {
  const body = transcriptLanguage(raw, ext).text;
  if (ext === '.vtt') return vttToText(body);
  if (ext === '.srt') return vttToText(srtToVtt(body));
  if (ext === '.md' || ext === '.markdown')
    return body
      .replace(/[#*_>`[\]()-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  return body.trim();
}

/** Words, not only a header, timings, punctuation or a number: what a transcript must hold. */
export function hasTranscriptWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

/**
 * What authors write where a transcript will go, once the text is lower case with everything but
 * letters and digits turned into single spaces: "TBD", "Coming soon", "To follow", "N/A", "I'll
 * add it later", "Lorem ipsum …", optionally after "(the full) transcript (is / will be)". Whole
 * text only: a transcript that says "coming soon" among other words is a transcript.
 */
const PLACEHOLDER = new RegExp(
  String.raw`^(?:(?:the |a )?(?:full |complete )?transcripts? (?:is |are |will be )?)?(?:` +
    [
      String.raw`tb[adc]|to ?do|tk(?:tk)*|wip|fix ?me|x{3,}|n a|none(?: yet)?|nothing(?: yet)?|pending|placeholder|soon|later`,
      String.raw`(?:coming|available|more) (?:soon|later)|in progress|work in progress|under construction`,
      String.raw`to (?:come|follow|be (?:added|written|done|confirmed|announced|published|posted|transcribed|updated|completed))(?: soon| later)?`,
      String.raw`(?:(?:will be )?(?:added|written|posted|published|uploaded|transcribed) (?:soon|later))`,
      String.raw`(?:i will|i ll|we will|we ll|will) (?:add|write|post|upload|transcribe|do|finish)(?: (?:it|this|one|them|the transcript))?(?: (?:soon|later|tomorrow|next week))?`,
      String.raw`not (?:yet )?(?:available|written|done|ready|transcribed)(?: yet)?`,
      String.raw`(?:insert|add|write|put|paste) (?:the |a )?transcript(?: here)?|transcript here`,
      String.raw`lorem ipsum\b.*`,
    ].join('|') +
    ')$',
  'u',
);

/**
 * Quotation marks around words: what was said, which may be anything, even "Coming soon!". Single
 * ones too, British English's first choice (‘TBD’, 'TBD'), where they open before a word; an
 * apostrophe inside one (we’ll, it's) opens nothing.
 */
const QUOTED = /["“”„«»‹›「」‘‚]|(?:^|\s)'\S/u;

/**
 * The text itself when a transcript only stands in for one ("TBD", "Transcript: coming soon"),
 * else undefined. The media-transcript rule takes such a transcript for none (README "What
 * counts as a transcript"). Words in quotation marks are never a placeholder: a teaser whose only
 * line is "Coming soon!" has that for its transcript.
 */
export function transcriptPlaceholder(text: string): string | undefined {
  const written = text.replace(/\s+/g, ' ').trim();
  if (QUOTED.test(written)) return undefined;
  const plain = written
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return plain && PLACEHOLDER.test(plain) ? written : undefined;
}
