import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'media-transcript';
const files = {
  'clip.transcript.md': 'Everything said in the clip.',
  'empty.transcript.md': '  \n',
};

describe('media-transcript: source layer', () => {
  const notOk: [string, string, '.md' | '.mdx', RegExp][] = [
    [
      'video without controls (a page script can still play it)',
      '<video src="/a.webm"></video>',
      '.md',
      /<video> has no transcript/,
    ],
    [
      'audio without controls in MDX',
      '<audio src="/a.ogg" />',
      '.mdx',
      /<audio> has no transcript/,
    ],
    [
      'Video component without transcript',
      '<Video src="/a.webm" title="Clip" />',
      '.mdx',
      /<Video> has no transcript: add transcript=/,
    ],
    [
      'Audio component without transcript',
      '<Audio src="/a.ogg" />',
      '.mdx',
      /<Audio> has no transcript/,
    ],
    [
      'YouTube component without transcript',
      '<YouTube id="x" title="Talk" />',
      '.mdx',
      /<YouTube> has no transcript/,
    ],
    [
      'configured media component',
      '<Podcast src="/ep1.mp3" />',
      '.mdx',
      /<Podcast> has no transcript/,
    ],
    [
      'raw <video> in .md',
      '<video src="/a.webm" controls></video>',
      '.md',
      /<video> has no transcript/,
    ],
    [
      'raw <AUDIO> in upper case over lines',
      '<AUDIO\n  SRC="/a.ogg"\n  CONTROLS></AUDIO>',
      '.md',
      /<audio> has no transcript/,
    ],
    [
      'muted autoplaying video',
      '<video src="/a.webm" autoPlay muted loop />',
      '.mdx',
      /has no transcript/,
    ],
    [
      'video with captions only',
      '<video src="/a.webm" controls>\n  <track kind="captions" src="/a.vtt" />\n</video>',
      '.mdx',
      /has captions but no transcript, and captions alone are not a transcript/,
    ],
    [
      'Video with captions prop only',
      '<Video src="/a.webm" captions="./a.vtt" />',
      '.mdx',
      /captions alone are not a transcript/,
    ],
    [
      'transcript file that does not exist',
      '<Video src="/a.webm" transcript="./missing.transcript.md" />',
      '.mdx',
      /names transcript file \.\/missing\.transcript\.md, which does not exist: create it, or fix the path/,
    ],
    [
      'transcript file that is empty',
      '<Audio src="/a.ogg" transcript="./empty.transcript.md" />',
      '.mdx',
      /which is empty: write the transcript into it/,
    ],
    [
      'YouTube iframe',
      '<iframe src="https://www.youtube.com/embed/x" title="Talk" />',
      '.mdx',
      /Embedded video \(www\.youtube\.com\) has no transcript/,
    ],
    [
      'youtube-nocookie iframe',
      '<iframe src="https://www.youtube-nocookie.com/embed/x" title="T"></iframe>',
      '.md',
      /youtube-nocookie\.com/,
    ],
    [
      'Vimeo iframe',
      '<iframe src="https://player.vimeo.com/video/1" title="T" />',
      '.mdx',
      /player\.vimeo\.com/,
    ],
    [
      'Loom iframe',
      '<iframe src="https://www.loom.com/embed/abc" title="T" />',
      '.mdx',
      /loom\.com/,
    ],
    [
      'Wistia iframe',
      '<iframe src="https://fast.wistia.net/embed/iframe/abc" title="T" />',
      '.mdx',
      /wistia\.net/,
    ],
    [
      'Dailymotion iframe',
      '<iframe src="https://www.dailymotion.com/embed/video/x" title="T" />',
      '.mdx',
      /dailymotion\.com/,
    ],
    ['TED iframe', '<iframe src="https://embed.ted.com/talks/x" title="T" />', '.mdx', /ted\.com/],
    [
      'configured video host',
      '<iframe src="https://media.example.edu/play/1" title="T" />',
      '.mdx',
      /media\.example\.edu/,
    ],
    [
      'protocol-relative player',
      '<iframe src="//www.youtube.com/embed/x" title="T"></iframe>',
      '.md',
      /youtube\.com/,
    ],
    [
      'describedby to a hidden element',
      '<video src="/a.webm" controls aria-describedby="t" />\n\n<div id="t" aria-hidden="true">Words</div>',
      '.mdx',
      /with id "t", but that element is hidden/,
    ],
    [
      'describedby to nothing',
      '<video src="/a.webm" controls aria-describedby="nope" />',
      '.mdx',
      /with id "nope", but no element on the page has that id/,
    ],
    [
      'Transcript not right after it',
      '<Video src="/a.webm" />\n\nSome other paragraph.\n\n<Transcript>Words</Transcript>',
      '.mdx',
      /has no transcript/,
    ],
    ['empty Transcript', '<Video src="/a.webm" />\n<Transcript />', '.mdx', /has no transcript/],
    [
      'a following link that is not a transcript',
      '<video src="/a.webm" controls></video>\n\n[Download](/a.webm)',
      '.md',
      /has no transcript/,
    ],
    [
      'Video with fallback children only',
      '<Video src="/a.webm">Your browser cannot play this.</Video>',
      '.mdx',
      /has no transcript/,
    ],
  ];
  for (const [name, text, ext, message] of notOk) {
    it(`flags ${name} (${ext})`, async () => {
      const problems = only(await lintSource(text, ext, files), RULE);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(message);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    [
      'transcript prop naming a file beside the post',
      '<Video src="/a.webm" transcript="./clip.transcript.md" />',
      '.mdx',
    ],
    [
      'transcript attribute on raw HTML',
      '<audio src="/a.ogg" controls transcript="clip.transcript.md"></audio>',
      '.md',
    ],
    ['dynamic transcript prop', '<Video src="/a.webm" transcript={file} />', '.mdx'],
    [
      'Transcript child',
      '<Audio src="/a.ogg">\n  <Transcript>Hello and welcome.</Transcript>\n</Audio>',
      '.mdx',
    ],
    [
      'Transcript as the very next sibling',
      '<YouTube id="x" title="Talk" />\n<Transcript>\n  Words of the talk.\n</Transcript>',
      '.mdx',
    ],
    [
      'aria-describedby to visible text',
      '<video src="/a.webm" controls aria-describedby="t" />\n\n<div id="t">Words of the clip.</div>',
      '.mdx',
    ],
    [
      'aria-details to visible text',
      '<audio src="/a.ogg" controls aria-details="t"></audio>\n<p id="t">Words.</p>',
      '.md',
    ],
    [
      'link right after whose text says transcript',
      '<video src="/a.webm" controls></video>\n\n[Read the transcript](/posts/clip-words/)',
      '.md',
    ],
    [
      'link right after whose href says transcript',
      '<Video src="/a.webm" />\n\n[What was said](/clip-transcript.html)',
      '.mdx',
    ],
    [
      'inline video followed by a transcript link',
      'Watch <video src="/a.webm" controls></video> <a href="/t.html">Transcript</a>',
      '.md',
    ],
    [
      'non-video iframe',
      '<iframe src="https://www.openstreetmap.org/export/embed.html" title="Map" />',
      '.mdx',
    ],
    ['video in a code block', '```mdx\n<Video src="/a.webm" />\n```', '.mdx'],
    ['video in an MDX comment', '{/* <Video src="/a.webm" /> */}', '.mdx'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name} (${ext})`, async () => {
      expect(only(await lintSource(text, ext, files), RULE)).toEqual([]);
    });
  }

  it('points at the media element', async () => {
    expect(
      where(await lintSource('# Clip\n\nIntro text.\n\n   <Video src="/a.webm" />', '.mdx'), RULE),
    ).toEqual(['5:4']);
  });
});

describe('media-transcript: built-HTML layer', () => {
  it('accepts what the Video component renders with a transcript', () => {
    const html = `<figure class="media"><video controls src="/a.webm" aria-describedby="video-1-transcript"></video>
      <details class="transcript" id="video-1-transcript" data-transcript><summary>Transcript</summary><div><p>Words.</p></div></details></figure>`;
    expect(only(lintHtml(html), RULE)).toEqual([]);
  });
  it('accepts a Transcript rendered after the figure the player sits in', () => {
    const html = `<figure><video controls src="/a.webm"></video><figcaption>Clip</figcaption></figure>
      <details data-transcript><summary>Transcript</summary><p>Words.</p></details>`;
    expect(only(lintHtml(html), RULE)).toEqual([]);
  });
  it('flags the lightweight YouTube player without a transcript', () => {
    const html =
      '<div class="youtube-lite" data-embed="https://www.youtube-nocookie.com/embed/x" data-commonplace-media="youtube"><a href="https://www.youtube.com/watch?v=x">Play</a></div>';
    expect(only(lintHtml(html), RULE)[0]!.message).toMatch(
      /^Embedded video \(www\.youtube-nocookie\.com\) has no transcript/,
    );
  });
  it('flags a video rendered by an expression, and text that is only captions', () => {
    expect(
      where(
        lintHtml(
          '<p>Intro</p>\n<video controls src="/a.webm"><track kind="captions" src="a.vtt"></video>',
        ),
        RULE,
      ),
    ).toEqual(['2:1']);
  });
  it('flags a transcript hidden with display:none', () => {
    const html =
      '<audio controls src="/a.ogg" aria-describedby="t"></audio><p id="t" style="display: none">Words.</p>';
    expect(only(lintHtml(html), RULE)[0]!.message).toMatch(/that element is hidden/);
  });
});
