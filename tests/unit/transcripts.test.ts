import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadTranscript, TranscriptLanguageError } from '../../src/lib/media/transcripts.ts';
import {
  srtToVtt,
  transcriptLanguage,
  transcriptPlaceholder,
} from '../../src/lib/media/transcript-text.ts';
import {
  resolveTranscriptPath,
  transcriptPathRefusal,
} from '../../src/lib/media/transcript-path.ts';
import { loadTranscriptFor } from '../../src/lib/media/media.ts';

const dir = mkdtempSync(join(tmpdir(), 'transcripts-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('a transcript’s own language', () => {
  it('is read from Markdown frontmatter, which is not shown', () => {
    const t = loadTranscript(
      file('a.transcript.md', '---\nlang: AR\n---\n\nمرحبا بكم في الحلبة.\n'),
      'post.mdx',
    );
    expect(t.lang).toBe('ar');
    expect(t.html).toBe('<p>مرحبا بكم في الحلبة.</p>');
    expect(t.text).toBe('مرحبا بكم في الحلبة.');
  });

  it('is read from a WebVTT header’s Language line, as video sites export it', () => {
    const t = loadTranscript(
      file(
        'b.vtt',
        'WEBVTT\nKind: captions\nLanguage: he\n\n00:00.000 --> 00:02.000\nשלום לכולם\n',
      ),
      'post.mdx',
    );
    expect(t.lang).toBe('he');
    expect(t.text).toBe('שלום לכולם');
    expect(t.vtt).toContain('Language: he');
  });

  it('is read from a first line "Language: …" of a plain-text transcript, which is not shown', () => {
    const t = loadTranscript(
      file('c.transcript.txt', 'Language: fr\nBonjour à tous.\n'),
      'post.mdx',
    );
    expect(t.lang).toBe('fr');
    expect(t.text).toBe('Bonjour à tous.');
  });

  it('is absent when the file declares none', () => {
    expect(loadTranscript(file('d.transcript.txt', 'Hello.\n'), 'post.mdx').lang).toBeUndefined();
    expect(transcriptLanguage('---\ntitle: x\n---\nHi', '.md')).toEqual({
      declared: undefined,
      line: undefined,
      text: 'Hi',
    });
  });

  it('stops with the file, line and fix when it is not a language tag', () => {
    const path = file('e.vtt', 'WEBVTT\nLanguage: english\n\n00:00.000 --> 00:01.000\nHi\n');
    expect(() => loadTranscript(path, 'post.mdx')).toThrow(TranscriptLanguageError);
    expect(() => loadTranscript(path, 'post.mdx')).toThrow(
      `${path}:2: the transcript's language "english" is not a language tag: use a BCP 47 language tag such as en, ar, he, fa or pt-BR`,
    );
  });
});

describe('a transcript file with no words', () => {
  it('stops the component with the file and the fix, whatever the format', () => {
    for (const [name, text] of [
      ['header.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\n\n00:01.000 --> 00:02.000\n-\n'],
      ['note.vtt', 'WEBVTT\nLanguage: en\n\nNOTE nothing said yet\n'],
      ['marks.transcript.md', '---\nlang: en\n---\n\n* * *\n'],
      ['number.transcript.txt', 'Language: en\n42\n'],
    ])
      expect(() => loadTranscript(file(name!, text!), 'post.mdx'), name).toThrow(
        /post\.mdx: transcript file .* has no words in it: write the transcript into it/,
      );
    expect(
      loadTranscript(
        file('said.vtt', 'WEBVTT\n\n00:00.000 --> 00:01.000\nGo.\nNo, wait.\n'),
        'post.mdx',
      ).text,
    ).toBe('Go. No, wait.');
  });
});

describe('a SubRip (.srt) transcript', () => {
  const srt =
    '\uFEFF1\r\n0:00:01,000 --> 0:00:04,250\r\n{\\an8}Welcome to the pit lane.\r\n\r\n2\r\n00:00:04,500 --> 00:00:08,000 X1:10 X2:20\r\nToday we talk\r\nabout tyres.\r\n';

  it('is made WebVTT for the captions track: a WEBVTT line, a . before the milliseconds, two-digit hours', () => {
    expect(srtToVtt(srt)).toBe(
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.250\nWelcome to the pit lane.\n\n2\n00:00:04.500 --> 00:00:08.000 X1:10 X2:20\nToday we talk\nabout tyres.\n',
    );
    // Cue text that looks like a time is left as said.
    expect(srtToVtt('1\n00:00:01,000 --> 00:00:02,000\nAt 10:00:00,500 we stop.\n')).toContain(
      '\nAt 10:00:00,500 we stop.',
    );
  });

  it('shows its cues’ words as the transcript, and is the captions track too', () => {
    const loaded = loadTranscript(file('interview.srt', srt), 'post.mdx');
    expect(loaded.text).toBe('Welcome to the pit lane.\nToday we talk about tyres.');
    expect(loaded.html).toBe('<p>Welcome to the pit lane.</p>\n<p>Today we talk about tyres.</p>');
    expect(loaded.vtt).toBe(srtToVtt(srt));
    // A first line `Language: …` declares the captions' language, and is no cue of them.
    const declared = loadTranscript(file('spoken.srt', `Language: es\n${srt}`), 'post.mdx');
    expect(declared.lang).toBe('es');
    expect(declared.vtt).toBe(srtToVtt(srt));
    expect(() =>
      loadTranscript(file('timings.srt', '1\n00:00:01,000 --> 00:00:02,000\n\n'), 'post.mdx'),
    ).toThrow(/has no words in it/);
  });
});

describe('a transcript that only stands in for one', () => {
  it('is what authors write before the words: a marker, a promise, filler text', () => {
    for (const text of [
      'TBD',
      'tba.',
      'TODO',
      'To-do',
      'TK',
      'N/A',
      'WIP',
      'Coming soon!',
      'Coming later',
      'Soon.',
      'To follow',
      'To be added.',
      'To be transcribed later',
      'Transcript to follow.',
      'Transcript coming soon',
      'The full transcript will be added soon',
      'Transcripts are not available yet',
      "I'll add it later",
      'I’ll add it later',
      'Will add the transcript tomorrow',
      'Not yet available',
      'Work in progress',
      'Insert transcript here',
      'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
      'xxxx',
    ])
      expect(transcriptPlaceholder(text), text).toBe(text);
  });

  it('is the whole text: words that only mention one, or quote it, are a transcript', () => {
    for (const text of [
      'The crew changes four tyres. More laps coming soon.',
      'Later, the safety car comes in.',
      'Music plays; then a voice: “Coming soon!”',
      '"Coming soon!"',
      '«Bientôt»',
      // Single quotes, British English's first choice, straight or curly.
      '‘TBD’',
      "'Coming soon!'",
      "The host says 'to follow' twice.",
      'Transcript',
      'Transcript here: the crew changes four tyres.',
      'None of the drivers pit.',
      'The engineer says the tyres are not available yet.',
    ])
      expect(transcriptPlaceholder(text), text).toBeUndefined();
  });
});

describe('a transcript path the media components refuse to read', () => {
  // The project, a file of it, and a file beside it outside the project.
  const root = mkdtempSync(join(tmpdir(), 'project-'));
  const outside = mkdtempSync(join(tmpdir(), 'elsewhere-'));
  mkdirSync(join(root, 'content/posts/clip'), { recursive: true });
  const post = join(root, 'content/posts/clip/index.mdx');
  writeFileSync(join(root, 'content/posts/clip/clip.transcript.md'), 'The crew lifts the car.\n');
  writeFileSync(join(root, '.env'), 'TOKEN=secret\n');
  writeFileSync(join(outside, 'secret.transcript.md'), 'Not this project’s.\n');
  symlinkSync(
    join(outside, 'secret.transcript.md'),
    join(root, 'content/posts/clip/linked.transcript.md'),
  );
  const refusal = (path: string) =>
    transcriptPathRefusal(resolveTranscriptPath(path, post, root), root);

  it('is one outside the project, however it gets there, or not a transcript’s kind of file', () => {
    expect(refusal('/etc/hostname')).toBe('outside');
    expect(refusal('../../../../elsewhere/secret.transcript.md')).toBe('outside');
    expect(refusal(join(outside, 'secret.transcript.md'))).toBe('outside');
    expect(refusal('./linked.transcript.md')).toBe('outside');
    expect(refusal('../../../.env')).toBe('not-text');
    expect(refusal('./clip.docx')).toBe('not-text');
    expect(refusal('./clip.srt')).toBeUndefined();
    expect(refusal('./clip.transcript.md')).toBeUndefined();
    // A file not there yet is judged by where it would be: the gate then says it is missing.
    expect(refusal('./later.transcript.md')).toBeUndefined();
  });

  it('renders no transcript from it, whatever the gate says', () => {
    // The project the build runs in, as the integration tells the site's code.
    vi.stubEnv('COMMONPLACE_ROOT', root);
    const loadFrom = (path: string) => loadTranscriptFor(path, post);
    expect(loadFrom('./linked.transcript.md')).toBeUndefined();
    expect(loadFrom('../../../.env')).toBeUndefined();
    expect(loadFrom('./clip.transcript.md')?.text).toBe('The crew lifts the car.');
  });
});
