import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkHtmlDir, checkPage } from '../../../../src/a11y/html/check.ts';
import { siteConfigSchema } from '../../../../src/schemas/site.ts';
import { checkProject, post, project } from '../project.ts';
import { site as siteConfig } from '../../../../src/site.config.ts';

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
      '<YouTube id="xYz12345678" title="Talk" />',
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
      /which has no words in it: write the transcript into it/,
    ],
    [
      'YouTube iframe',
      '<iframe src="https://www.youtube.com/embed/x" title="Talk" />',
      '.mdx',
      /Embedded video \(www\.youtube\.com\) has no transcript: put a <Transcript>…<\/Transcript> right after it, or link to the transcript right after it$/,
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
      'transcript= on raw HTML in .md (nothing reads it)',
      '<audio src="/a.ogg" controls transcript="./clip.transcript.md"></audio>',
      '.md',
      /^<audio> has transcript="\.\/clip\.transcript\.md", but in a Markdown \(\.md\) file HTML is published as written and nothing reads transcript=, so the page would have no transcript: right after it, add a "Transcript" heading or a paragraph that starts "Transcript:", followed by the words, or a link to a page with the transcript; or rename the file to \.mdx and write <Audio src="…" transcript="\.\/clip\.transcript\.md" \/>$/,
    ],
    [
      'transcript= on a lowercase <video> in MDX',
      '<video src="/a.webm" controls transcript="./clip.transcript.md" />',
      '.mdx',
      /^<video> has transcript="\.\/clip\.transcript\.md", but <video> in MDX is plain HTML, which ignores transcript=, so the page would have no transcript: put a <Transcript>…<\/Transcript> right after it, link to the transcript right after it, or write <Video src="…" transcript="\.\/clip\.transcript\.md" \/> instead$/,
    ],
    [
      'a Transcript inside a lowercase <audio> (fallback content nobody sees)',
      '<audio src="/a.ogg" controls>\n  <Transcript>Hello and welcome.</Transcript>\n</audio>',
      '.mdx',
      /holds its transcript inside the player, where only browsers that cannot play it show it: move the transcript right after <\/audio>/,
    ],
    [
      'a transcript paragraph inside <video> in .md',
      '<video src="/a.webm" controls>\n<p>Transcript: the crew changes four tyres.</p>\n</video>',
      '.md',
      /holds its transcript inside the player/,
    ],
    [
      'a "Transcript" heading with nothing under it',
      '<video src="/a.webm" controls></video>\n\n## Transcript\n\n## Next part',
      '.md',
      /has no transcript/,
    ],
    [
      'a "Transcript:" lead-in with no words',
      '<Video src="/a.webm" />\n\n**Transcript:**',
      '.mdx',
      /has no transcript/,
    ],
    [
      'a paragraph after the player that does not say it is about it',
      '<video src="/a.webm" controls></video>\n\nI made this video last summer in Monza.',
      '.md',
      /has no transcript/,
    ],
    [
      'text about the video below, written after it',
      '<video src="/a.webm" controls></video>\n\nThe video below shows the pit crew.',
      '.md',
      /has no transcript/,
    ],
    [
      'a transcript paragraph hidden with aria-hidden',
      '<video src="/a.webm" controls></video>\n<p aria-hidden="true">Transcript: the crew changes four tyres.</p>',
      '.md',
      /has text beside it that reads as its transcript, but it is hidden from readers: make it visible/,
    ],
    [
      'an audio transcript moved off-screen (audio needs visible text)',
      '<audio src="/a.ogg" controls></audio>\n<p style="position:absolute; left:-9999px">The audio above says: welcome to the pits.</p>',
      '.md',
      /hidden from readers \(an audio transcript must be visible, not off-screen\)/,
    ],
    [
      'an audio transcript in a visually-hidden class',
      '<Audio src="/a.ogg" />\n\n<p class="visually-hidden">Transcript: welcome to the pits.</p>',
      '.mdx',
      /an audio transcript must be visible/,
    ],
    [
      'text before the player that points at hidden text above',
      '<p hidden>We choose to go to the moon.</p>\n<p>Listen to the audio below to hear the speech above.</p>\n<audio src="/a.ogg" controls></audio>',
      '.md',
      /hidden from readers/,
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
    ['dynamic transcript prop', '<Video src="/a.webm" transcript={file} />', '.mdx'],
    [
      'Transcript child',
      '<Audio src="/a.ogg">\n  <Transcript>Hello and welcome.</Transcript>\n</Audio>',
      '.mdx',
    ],
    [
      'Transcript as the very next sibling',
      '<YouTube id="xYz12345678" title="Talk" />\n<Transcript>\n  Words of the talk.\n</Transcript>',
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
    [
      'a "Transcript" heading and the words after it (.md)',
      '<video src="/a.webm" controls></video>\n\n## Transcript\n\nThe crew changes four tyres.',
      '.md',
    ],
    [
      'a "Transcript" heading and the words after it (.mdx)',
      '<Video src="/a.webm" />\n\n### Transcript of the pit stop\n\nThe crew changes four tyres.',
      '.mdx',
    ],
    [
      'a paragraph that starts "Transcript:"',
      '<audio src="/a.ogg" controls></audio>\n\nTranscript: welcome to the pits.',
      '.md',
    ],
    [
      'a bold lead-in',
      '<video src="/a.webm" controls></video>\n\n**Transcript:** the crew changes four tyres.',
      '.mdx',
    ],
    [
      'a lead-in paragraph, then the words',
      '<video src="/a.webm" controls></video>\n\nFull transcript:\n\nThe crew changes four tyres.',
      '.md',
    ],
    [
      'an audio description lead-in for a silent video',
      '<video src="/a.webm" controls muted></video>\n\nAudio description: a car stops and four people change its tyres.',
      '.md',
    ],
    [
      'a transcript in a <details> disclosure (.md)',
      '<audio src="/a.ogg" controls></audio>\n<details><summary>Transcript</summary><p>Welcome to the pits.</p></details>',
      '.md',
    ],
    [
      'text about the video above',
      '<video src="/a.webm" controls></video>\n\nThe above video shows a pit crew changing four tyres.',
      '.md',
    ],
    [
      "text about the clip above, off-screen (a video's may be)",
      '<video src="/a.webm" controls></video>\n<p style="position:absolute; left:-9999px">This clip shows a pit crew changing four tyres.</p>',
      '.md',
    ],
    [
      'text before the player about the video below',
      'Pit stops take two seconds. See the video below to watch the same in video form.\n\n<video src="/a.webm" controls></video>',
      '.md',
    ],
    [
      'text before the player pointing at the speech above it',
      'We choose to go to the moon.\n\nYou can also listen to the audio file below to hear the above part of the speech.\n\n<Audio src="/a.ogg" />',
      '.mdx',
    ],
    [
      'a player in a figure with a transcript caption',
      '<figure><video src="/a.webm" controls></video><figcaption>Transcript: the crew changes four tyres.</figcaption></figure>',
      '.md',
    ],
    [
      'a player in a figure, the transcript after the figure',
      '<figure>\n<video src="/a.webm" controls></video>\n<figcaption>Pit stop</figcaption>\n</figure>\n\n## Transcript\n\nThe crew changes four tyres.',
      '.md',
    ],
    [
      'a Transcript after a lowercase <video> in MDX',
      '<video src="/a.webm" controls />\n<Transcript>The crew changes four tyres.</Transcript>',
      '.mdx',
    ],
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

describe("media-transcript: YouTube's embed code, pasted into MDX", () => {
  it("offers the site's <YouTube> with the video's id, and that fix passes with a transcript file", async () => {
    const embed =
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ?si=x1" title="YouTube video player" allowfullscreen></iframe>';
    const [problem] = only(await lintSource(embed, '.mdx'), RULE);
    expect(problem!.message).toBe(
      'Embedded video (www.youtube.com) has no transcript: put a <Transcript>…</Transcript> right after it, link to the transcript right after it, or write <YouTube id="dQw4w9WgXcQ" title="…" transcript="./name.transcript.md" /> instead',
    );
    // A title the embed gives is kept; YouTube's own one is no title of this video.
    const titled = embed.replace('YouTube video player', 'Changing four tyres');
    expect(only(await lintSource(titled, '.mdx'), RULE)[0]!.message).toContain(
      '<YouTube id="dQw4w9WgXcQ" title="Changing four tyres" transcript="./name.transcript.md" />',
    );
    const fix = /write (<YouTube .*\/>) instead$/
      .exec(problem!.message)![1]!
      .replace('…', 'Changing four tyres');
    expect(
      await checkProject(
        {
          'content/posts/pit/index.mdx': post(fix),
          'content/posts/pit/name.transcript.md':
            'The crew lead explains each of the four tyre changes.',
        },
        RULE,
      ),
    ).toEqual([]);
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

describe('media-transcript: the built page is the judge', () => {
  it('never trusts a transcript attribute on a built player', () => {
    const [problem] = only(
      lintHtml('<video controls src="/a.webm" transcript="./clip.transcript.md"></video>', files),
      RULE,
    );
    expect(problem!.message).toMatch(
      /^<video> has transcript="\.\/clip\.transcript\.md", but no browser reads transcript=, so the page has no transcript: put the transcript on the page right after the player/,
    );
  });
  it('never takes a transcript from inside the player (fallback content)', () => {
    const html = `<video controls src="/a.webm"><details data-transcript><summary>Transcript</summary><p>Words.</p></details></video>`;
    expect(only(lintHtml(html), RULE)[0]!.message).toMatch(/inside the player/);
  });
  it('wants words in a rendered Transcript, not only its summary', () => {
    const html = `<video controls src="/a.webm"></video><details data-transcript><summary>Transcript</summary><div class="transcript-body"></div></details>`;
    expect(only(lintHtml(html), RULE)).toHaveLength(1);
  });
  it('accepts a transcript hidden inside a closed disclosure (one click away, like a link)', () => {
    const html = `<audio controls src="/a.ogg"></audio><details><summary>Transcript</summary><p>Welcome to the pits.</p></details>`;
    expect(only(lintHtml(html), RULE)).toEqual([]);
  });
  it('does not follow a describedby to an off-screen element for audio, but does for video', () => {
    const offScreen = '<p id="t" style="position:absolute;left:-10000px">Words of the clip.</p>';
    expect(
      only(
        lintHtml(`<audio controls src="/a.ogg" aria-describedby="t"></audio>${offScreen}`),
        RULE,
      ),
    ).toHaveLength(1);
    expect(
      only(
        lintHtml(`<video controls src="/a.webm" aria-describedby="t"></video>${offScreen}`),
        RULE,
      ),
    ).toEqual([]);
  });
});

/**
 * Every fix a message suggests must work in that file type: each failing case below is fixed
 * the ways its message says, and each fix passes the source layer (and, for HTML the page keeps
 * as written, the built layer).
 */
describe('media-transcript: every suggested fix works where it is suggested', () => {
  const fixes: {
    name: string;
    ext: '.md' | '.mdx';
    bad: string;
    suggests: RegExp;
    fixed: string[];
  }[] = [
    {
      name: 'raw <video> in .md',
      ext: '.md',
      bad: '<video src="/a.webm" controls transcript="./clip.transcript.md"></video>',
      suggests:
        /"Transcript" heading or a paragraph that starts "Transcript:".*a link to a page with the transcript.*rename the file to \.mdx and write <Video/,
      fixed: [
        '<video src="/a.webm" controls></video>\n\n## Transcript\n\nEverything said in the clip.',
        '<video src="/a.webm" controls></video>\n\nTranscript: everything said in the clip.',
        '<video src="/a.webm" controls></video>\n\n[Read the transcript](/posts/clip-words/)',
      ],
    },
    {
      name: 'lowercase <audio> in .mdx',
      ext: '.mdx',
      bad: '<audio src="/a.ogg" controls transcript="./clip.transcript.md" />',
      suggests:
        /<Transcript>…<\/Transcript> right after it, link to the transcript right after it, or write <Audio src="…" transcript=/,
      fixed: [
        '<audio src="/a.ogg" controls />\n<Transcript>Everything said in the clip.</Transcript>',
        '<audio src="/a.ogg" controls />\n\n[Transcript](/posts/clip-words/)',
        '<Audio src="/a.ogg" transcript="./clip.transcript.md" />',
      ],
    },
    {
      name: 'a <Video> component in .mdx',
      ext: '.mdx',
      bad: '<Video src="/a.webm" />',
      suggests:
        /add transcript="\.\/name\.transcript\.md".*<Transcript>…<\/Transcript> right after it, or link to the transcript right after it/,
      fixed: [
        '<Video src="/a.webm" transcript="./clip.transcript.md" />',
        '<Video src="/a.webm" />\n<Transcript>Everything said in the clip.</Transcript>',
        '<Video src="/a.webm" />\n\n[Read the transcript](/posts/clip-words/)',
      ],
    },
  ];
  for (const { name, ext, bad, suggests, fixed } of fixes) {
    it(`${name}: the message's fixes pass`, async () => {
      const [problem] = only(await lintSource(bad, ext, files), RULE);
      expect(problem!.message).toMatch(suggests);
      for (const text of fixed) {
        expect(only(await lintSource(text, ext, files), RULE), text).toEqual([]);
        if (ext === '.md')
          expect(
            only(
              lintHtml(
                text
                  .replace(/\n\n## Transcript\n\n(.*)/, '<h2>Transcript</h2><p>$1</p>')
                  .replace(/\n\nTranscript: (.*)/, '<p>Transcript: $1</p>')
                  .replace(
                    /\n\n\[Read the transcript\]\((.*)\)/,
                    '<p><a href="$1">Read the transcript</a></p>',
                  ),
              ),
              RULE,
            ),
            text,
          ).toEqual([]);
      }
    });
  }

  it('a built page: the fixes its message suggests pass', () => {
    const [problem] = only(lintHtml('<video controls src="/a.webm"></video>'), RULE);
    expect(problem!.message).toMatch(
      /under a "Transcript" heading, or in a <details> whose summary says "Transcript"\), point the player's aria-describedby at it, or link to it right after the player/,
    );
    for (const html of [
      '<video controls src="/a.webm"></video><h2>Transcript</h2><p>Words.</p>',
      '<video controls src="/a.webm"></video><details><summary>Transcript</summary><p>Words.</p></details>',
      '<video controls src="/a.webm" aria-describedby="t"></video><div id="t">Words.</div>',
      '<video controls src="/a.webm"></video><p><a href="/t/">Transcript</a></p>',
    ])
      expect(only(lintHtml(html), RULE), html).toEqual([]);
  });
});

describe('media-transcript: a video or audio file shown by <object>, <embed> or <iframe>', () => {
  const players: [string, string, RegExp][] = [
    [
      'an <object> naming a video type',
      '<object data="/media/clip" type="video/webm" title="Pit stop"></object>',
      /^<object> showing a video has no transcript/,
    ],
    [
      'an <embed> of an audio file',
      '<embed src="/media/note.ogg" title="Voice note">',
      /^<embed> showing audio has no transcript/,
    ],
    [
      'an <iframe> of a video file',
      '<iframe src="/media/clip.mp4?t=3" title="Pit stop"></iframe>',
      /^<iframe> showing a video has no transcript/,
    ],
  ];
  for (const [name, html, message] of players) {
    it(`flags ${name} with no transcript, in both layers, and passes it with one`, async () => {
      for (const problems of [
        only(await lintSource(html, '.md'), RULE),
        only(lintHtml(html), RULE),
      ])
        expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(message)]);
      const fixed = `${html}\n\nTranscript: the crew changes four tyres in two seconds.`;
      expect(only(await lintSource(fixed, '.md'), RULE)).toEqual([]);
      expect(
        only(
          lintHtml(`${html}<p>Transcript: the crew changes four tyres in two seconds.</p>`),
          RULE,
        ),
      ).toEqual([]);
    });
  }

  it('suggests the <Audio> component in MDX, and that fix passes', async () => {
    const [problem] = only(await lintSource('<embed src="/media/note.ogg" title="Note" />'), RULE);
    expect(problem!.message).toMatch(
      /or write <Audio src="…" transcript="\.\/name\.transcript\.md" \/> instead$/,
    );
    expect(
      only(
        await lintSource(
          '<Audio src="/media/note.ogg" transcript="./clip.transcript.md" />',
          '.mdx',
          files,
        ),
        RULE,
      ),
    ).toEqual([]);
  });

  it('wants the transcript of audio on screen, as for <audio>', () => {
    const html =
      '<embed src="/media/note.ogg" title="Note" aria-describedby="t"><p id="t" class="sr-only" style="position:absolute;left:-9999px">Words said.</p>';
    expect(where(lintHtml(html), RULE)).toEqual(['1:1']);
    expect(where(lintHtml(html.replace('.ogg', '.webm')), RULE)).toEqual([]);
  });

  it('leaves pages, PDFs and images shown by these elements to their own rules', async () => {
    for (const html of [
      '<object data="/guide.pdf" title="The guide"></object>',
      '<embed src="/chart.svg" title="Chart">',
      '<iframe src="/posts/first/" title="First post"></iframe>',
    ])
      expect(only(lintHtml(html), RULE), html).toEqual([]);
  });
});

describe('media-transcript: a transcript file with no words', () => {
  const video = (file: string) => `<Video src="/a.webm" title="Clip" transcript="./${file}" />`;
  it('is reported before the build, and passes once it has words', async () => {
    const empty = {
      'cues.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\n\n',
      'marks.transcript.md': '# \n\n---\n',
    };
    for (const name of Object.keys(empty)) {
      const [problem] = only(await lintSource(video(name), '.mdx', empty), RULE);
      expect(problem!.message).toBe(
        `<Video> names transcript file ./${name}, which has no words in it: write the transcript into it`,
      );
    }
    const said = {
      'cues.vtt': 'WEBVTT\n\n00:00.000 --> 00:01.000\nThe crew changes four tyres.\n',
    };
    expect(only(await lintSource(video('cues.vtt'), '.mdx', said), RULE)).toEqual([]);
  });

  it('reads a SubRip file as transcription tools export it, and names the kinds it reads', async () => {
    const files = {
      'cues.srt': '1\r\n00:00:00,000 --> 00:00:01,000\r\n\r\n',
      'said.srt': '1\r\n00:00:00,000 --> 00:00:01,000\r\nThe crew changes four tyres.\r\n',
      'said.docx': 'PK',
    };
    const said = async (name: string) =>
      only(await lintSource(video(name), '.mdx', files), RULE).map((p) => p.message);
    expect(await said('cues.srt')).toEqual([
      '<Video> names transcript file ./cues.srt, which has no words in it: write the transcript into it',
    ]);
    expect(await said('said.srt')).toEqual([]);
    expect(await said('said.docx')).toEqual([
      '<Video> names transcript file ./said.docx, which is not a transcript file (.md, .txt, .vtt or .srt), and the build never reads it onto the page: write the transcript into a file beside this one, such as ./clip.transcript.md, and name that',
    ]);
  });

  it('on a built page: a disclosure with a summary and no body describes nothing', () => {
    const page = (body: string) =>
      `<video controls src="/a.webm" aria-describedby="t"></video><details id="t" data-transcript><summary>Transcript: Clip</summary><div class="transcript-body">${body}</div></details>`;
    const [problem] = only(lintHtml(page('')), RULE);
    expect(problem!.message).toMatch(
      /points to its transcript with id "t", but that element has no words \(a summary alone is not a transcript\)/,
    );
    expect(only(lintHtml(page('<p>The crew changes four tyres.</p>')), RULE)).toEqual([]);
  });
});

describe('media-transcript: a link to the transcript must lead somewhere', () => {
  it('does not take a link with no href, an empty one, # or javascript: as the transcript, in either layer', async () => {
    for (const link of [
      '<a>Read the transcript</a>',
      '<a href="">Read the transcript</a>',
      '<a href="#">Read the transcript</a>',
      '<a href="javascript:void(0)">Read the transcript</a>',
    ]) {
      expect(
        where(
          await lintSource(`<video src="/a.webm" controls></video>\n\n<p>${link}</p>`, '.md'),
          RULE,
        ),
        link,
      ).toEqual(['1:1']);
      expect(
        where(lintHtml(`<video src="/a.webm" controls></video><p>${link}</p>`), RULE),
        link,
      ).toEqual(['1:1']);
    }
    const fixed = '<a href="/posts/pit-stop-transcript/">Read the transcript</a>';
    expect(only(lintHtml(`<video src="/a.webm" controls></video><p>${fixed}</p>`), RULE)).toEqual(
      [],
    );
  });
});

describe('media-transcript: podcast, music and lecture players in iframes', () => {
  const audio = [
    'https://open.spotify.com/embed/episode/7makk4oTQel546B0PZlDM5',
    'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/293',
    'https://embed.podcasts.apple.com/us/podcast/pit-talk/id1?i=2',
    'https://player.simplecast.com/6b0a2c1d',
    'https://www.buzzsprout.com/1/2?client_source=small_player&iframe=true',
    'https://html5-player.libsyn.com/embed/episode/id/1/',
  ];
  for (const src of audio) {
    const html = `<iframe src="${src}" title="Pit talk, episode 4"></iframe>`;
    const host = new URL(src).hostname;
    it(`flags ${host} as an audio player in both layers, and passes a visible transcript`, async () => {
      for (const problems of [
        only(await lintSource(html, '.md'), RULE),
        only(lintHtml(html), RULE),
      ])
        expect(problems.map((p) => p.message)).toEqual([
          expect.stringMatching(
            `^Embedded audio player \\(${host.replace(/\./g, '\\.')}\\) has no transcript`,
          ),
        ]);
      const visible = `${html}<h2>Transcript</h2><p>We talk about tyre stints and the pit wall.</p>`;
      expect(only(lintHtml(visible), RULE)).toEqual([]);
    });
  }

  it('wants an audio player’s transcript on screen, where a video’s may be off-screen', () => {
    const offScreen = '<p id="t" style="position:absolute;left:-10000px">Words of the episode.</p>';
    const spotify = `<iframe src="${audio[0]}" title="Pit talk" aria-describedby="t"></iframe>${offScreen}`;
    expect(only(lintHtml(spotify), RULE)).toHaveLength(1);
    const vimeo = `<iframe src="https://player.vimeo.com/video/1" title="A lap" aria-describedby="t"></iframe>${offScreen}`;
    expect(only(lintHtml(vimeo), RULE)).toEqual([]);
  });

  it('knows lecture-capture and other video players, but not a site’s other iframes', async () => {
    for (const src of [
      'https://uni.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=1',
      'https://cdnapisec.kaltura.com/p/1/sp/100/embedIframeJs/uiconf_id/2',
      'https://player.twitch.tv/?video=1&parent=example.org',
      'https://www.tiktok.com/embed/v2/7',
      'https://echo360.org/media/1/public',
      'https://www.yuja.com/V/Video?v=1',
      // Written without a scheme, as Bilibili's share button gives it.
      '//player.bilibili.com/player.html?bvid=BV1fK4y1s7Qf&p=1',
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fvideos%2F1',
      'https://vk.com/video_ext.php?oid=1&id=2',
      // Lecture capture on a university's own domain, known by its player's path.
      'https://campus.recap.ncl.ac.uk/Panopto/Pages/Embed.aspx?id=3c7b&autoplay=false',
      'https://mymedia.leeds.ac.uk/Mediasite/Play/3db1a6348efd446696e14a3a53f5ec241d',
      'https://mediaspace.illinois.edu/embed/secure/iframe/entryId/1_s61j2nnf/uiConfId/2',
      'https://media.example.edu/p/12/sp/1200/embedIframeJs/uiconf_id/3/partner_id/12',
      'https://opencast.example.de/paella/ui/embed.html?id=9f',
      'https://tube.example.org/videos/embed/a06b3533-1eed-424b-bcb1-5d59bcce14b5',
      // Videos students make for assignments.
      'https://www.powtoon.com/embed/dC5wiRKAnKf/',
      'https://www.wevideo.com/embed/#3130678975',
      'https://watch.screencastify.com/v/jyvtj5KVKoF1fjMzUNSB',
      'https://share.descript.com/embed/5rgvAlDwp7V',
      'https://share.synthesia.io/embeds/videos/6001e362-e78f-4a19-88e9-cd313b5c6e06',
      'https://prezi.com/v/embed/uf7xlwfloc8x/',
      'https://animoto.com/play/GjsJ1gu0WDRfr4pGw12xZQ',
      'https://voicethread.com/app/player/?threadId=16029727',
    ])
      expect(
        only(lintHtml(`<iframe src="${src}" title="Lecture"></iframe>`), RULE).map(
          (p) => p.message,
        ),
        src,
      ).toEqual([expect.stringMatching(/^Embedded video \(/)]);
    // Twitch's chat, a Facebook post, a VK poll and a map are iframes, not players.
    for (const src of [
      'https://www.twitch.tv/embed/pitwall/chat?parent=example.org',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fposts%2F1',
      'https://vk.com/widget_poll.php?pid=1',
      'https://www.openstreetmap.org/export/embed.html',
      // A lecture-capture site's catalogue and a video tool's own pages show no video.
      'https://mymedia.leeds.ac.uk/Mediasite/Catalog/Full/1',
      'https://www.powtoon.com/blog/',
      'https://example.edu/videos/',
      // Prezi's slides, which say nothing aloud.
      'https://prezi.com/p/embed/a1b2c3d4e5f6/',
    ])
      expect(only(lintHtml(`<iframe src="${src}" title="Chat"></iframe>`), RULE), src).toEqual([]);
  });

  it('knows Microsoft Stream on SharePoint as a player, and SharePoint’s other embeds as none', async () => {
    const site = 'https://uni.sharepoint.com/sites/f1/_layouts/15';
    // Stream's "Embed code" as it gives it: the file's name is only in the title.
    const embedCode = `<iframe src="${site}/embed.aspx?UniqueId=0a1b&amp;embed=%7B%22ust%22%3Atrue%2C%22hv%22%3A%22CopyEmbedCode%22%7D&amp;referrer=StreamWebApp&amp;referrerScenario=EmbedDialog.Create" width="640" height="360" frameborder="0" scrolling="no" allowfullscreen title="Week 3 lecture.mp4"></iframe>`;
    for (const frame of [
      embedCode,
      embedCode.replace(' title="Week 3 lecture.mp4"', ' title="Week 3 lecture"'),
      // A recording's own page, and embed.aspx naming the file.
      `<iframe src="${site}/stream.aspx?id=%2Fsites%2Ff1%2FRecordings%2Flecture.mp4" title="Lecture"></iframe>`,
      `<iframe src="https://uni-my.sharepoint.com/personal/sam/_layouts/15/embed.aspx?id=%2Fpersonal%2Fsam%2FDocuments%2Finterview.mov" title="Interview"></iframe>`,
    ]) {
      for (const problems of [await lintSource(frame, '.md'), lintHtml(frame)])
        expect(
          only(problems, RULE).map((p) => p.message),
          frame,
        ).toEqual([
          expect.stringMatching(
            /^Embedded video \(uni(?:-my)?\.sharepoint\.com\) has no transcript/,
          ),
        ]);
      // The fix the message gives: the transcript right after the player.
      const fixed = `${frame}\n\n<details><summary>Transcript</summary>\n\nToday we look at how teams cut freight emissions between races.\n\n</details>\n`;
      expect(only(await lintSource(fixed, '.md'), RULE), frame).toEqual([]);
      expect(only(lintHtml(fixed), RULE), frame).toEqual([]);
    }
    // A recording that is only sound gets the audio player's message.
    const audio = `<iframe src="${site}/embed.aspx?UniqueId=2&amp;referrer=StreamWebApp" title="Pit wall radio.m4a"></iframe>`;
    expect(only(lintHtml(audio), RULE).map((p) => p.message)).toEqual([
      expect.stringMatching(/^Embedded audio player \(uni\.sharepoint\.com\)/),
    ]);
    // The same embed.aspx shows a picture or a document: no player, no transcript asked for.
    for (const frame of [
      `<iframe src="${site}/embed.aspx?UniqueId=3" title="3-1.png"></iframe>`,
      `<iframe src="${site}/embed.aspx?UniqueId=4" title="Dissertation draft"></iframe>`,
      `<iframe src="${site}/Doc.aspx?sourcedoc=%7B5%7D&amp;action=embedview" title="Slides"></iframe>`,
      `<iframe src="https://sharepoint.example.org/_layouts/15/stream.aspx?id=a.mp4" title="Clip"></iframe>`,
    ])
      expect(only(lintHtml(frame), RULE), frame).toEqual([]);
  });

  it('knows voice recorders and the studios students record podcasts in as audio players', () => {
    for (const [src, host] of [
      ['https://vocaroo.com/embed/1a2b3c', 'vocaroo\\.com'],
      ['https://www.soundtrap.com/embed/project/4f2a', 'www\\.soundtrap\\.com'],
      ['https://www.bandlab.com/embed/project/9c1d', 'www\\.bandlab\\.com'],
    ])
      expect(
        only(lintHtml(`<iframe src="${src}" title="My answer"></iframe>`), RULE).map(
          (p) => p.message,
        ),
        src,
      ).toEqual([expect.stringMatching(new RegExp(`^Embedded audio player \\(${host}\\)`))]);
    // A studio's own pages play nothing.
    expect(
      only(lintHtml('<iframe src="https://www.bandlab.com/feed" title="Feed"></iframe>'), RULE),
    ).toEqual([]);
  });

  it('takes a player at a path of a site’s own host from its config', () => {
    const config = gateConfig(
      siteConfigSchema.shape.a11y.parse({ videoHosts: ['Uni.example.edu/Lectures/'] }),
    );
    const frame = (src: string) =>
      only(checkPage(`<iframe src="${src}" title="Week 3"></iframe>`, config).problems, RULE);
    expect(frame('https://uni.example.edu/lectures/embed/3').map((p) => p.message)).toEqual([
      expect.stringMatching(/^Embedded video \(uni\.example\.edu\)/),
    ]);
    expect(frame('https://uni.example.edu/map/embed')).toEqual([]);
  });

  it('takes a site’s own audio hosts from its config', () => {
    const html = '<iframe src="https://podcast.example.edu/e/4" title="Episode 4"></iframe>';
    expect(only(lintHtml(html), RULE)).toEqual([]);
    const config = gateConfig(
      siteConfigSchema.shape.a11y.parse({ audioHosts: ['Podcast.example.edu'] }),
    );
    expect(only(checkPage(html, config).problems, RULE).map((p) => p.message)).toEqual([
      expect.stringMatching(/^Embedded audio player \(podcast\.example\.edu\)/),
    ]);
  });
});

describe('media-transcript: a transcript file the site takes as an entry', () => {
  /** A post whose video names `transcript`, with that file holding words. */
  const site = (transcript: string, file: string) =>
    checkProject(
      {
        'content/posts/lap/index.mdx': post(
          `<Video src="/media/lap.webm" title="A lap" transcript="${transcript}" />`,
        ),
        [file]: 'The crew changes four tyres.',
        'public/media/lap.webm': 'webm',
      },
      RULE,
    );

  it('says to name it .transcript.md, and the rename passes', async () => {
    expect(await site('./words.md', 'content/posts/lap/words.md')).toEqual([
      'content/posts/lap/index.mdx:7:1 <Video> names transcript file ./words.md, which is in content/posts/ and so is an entry of its own, published and checked as a page: rename it to words.transcript.md, which the site reads only as a transcript',
    ]);
    expect(await site('./words.transcript.md', 'content/posts/lap/words.transcript.md')).toEqual(
      [],
    );
    // Outside the collections (a transcripts/ folder at the root) it is no entry.
    expect(await site('../../../transcripts/lap.md', 'transcripts/lap.md')).toEqual([]);
  });
});

describe('media-transcript: a player in a component the file defines', () => {
  const clip = 'export const Clip = () => <video controls src="/media/lap.webm" />;';
  const transcript = '<Transcript>The crew changes four tyres.</Transcript>';

  it('passes when the transcript is beside each place the content renders it', async () => {
    const text = `${clip}\n\n<Clip />\n\n${transcript}\n\nLater:\n\n<Clip />\n\n${transcript}`;
    expect(only(await lintSource(text), RULE)).toEqual([]);
    // The built page has the player where <Clip /> was, and the transcript after it.
    const page = `<video controls src="/media/lap.webm"></video><details><summary>Transcript</summary><p>The crew changes four tyres.</p></details>`;
    expect(only(lintHtml(page), RULE)).toEqual([]);
  });

  it('flags it when one use has no transcript beside it, or nothing renders it', async () => {
    const once = `${clip}\n\n<Clip />\n\n${transcript}\n\nLater:\n\n<Clip />`;
    expect(where(await lintSource(once), RULE)).toEqual(['1:27']);
    expect(where(await lintSource(clip), RULE)).toEqual(['1:27']);
  });

  it('wants an audio player’s transcript visible at each use', async () => {
    const audio = 'export const Note = () => <audio controls src="/media/note.ogg" />;';
    const hidden = '<p class="sr-only">Transcript: four tyres in two seconds.</p>';
    const shown = '<p>Transcript: four tyres in two seconds.</p>';
    expect(where(await lintSource(`${audio}\n\n<Note />\n\n${hidden}`), RULE)).toEqual(['1:27']);
    expect(only(await lintSource(`${audio}\n\n<Note />\n\n${shown}`), RULE)).toEqual([]);
  });
});

describe('media-transcript: a player in a component that renders its children', () => {
  const clip = (body: string) => `export const Clip = ({ children }) => <>${body}</>;`;
  const after = clip('<video controls src="/media/lap.webm" />{children}');
  const words = '<Transcript>The crew changes four tyres.</Transcript>';
  const page = (inside: string) => `<video controls src="/media/lap.webm"></video>${inside}`;
  const builtTranscript =
    '<details data-transcript><summary>Transcript</summary><p>The crew changes four tyres.</p></details>';

  it('passes when each use writes the transcript between its tags, as the built page has it', async () => {
    const text = `${after}\n\n<Clip>\n  ${words}\n</Clip>\n\nLater:\n\n<Clip>Transcript: the crew changes four tyres.</Clip>`;
    expect(only(await lintSource(text), RULE)).toEqual([]);
    expect(only(lintHtml(page(builtTranscript)), RULE)).toEqual([]);
    const props =
      'export const Clip = (props) => <div><video controls src="/a.webm" /><div>{props.children}</div></div>;';
    expect(only(await lintSource(`${props}\n\n<Clip>\n  ${words}\n</Clip>`), RULE)).toEqual([]);
  });

  it('flags it when one use has nothing between its tags that is a transcript', async () => {
    const text = `${after}\n\n<Clip>\n  ${words}\n</Clip>\n\n<Clip>A lap of Monza.</Clip>\n\n<Clip />`;
    expect(where(await lintSource(text), RULE)).toEqual(['1:41']);
    expect(where(lintHtml(page('<p>A lap of Monza.</p>')), RULE)).toEqual(['1:1']);
    // A use with no children still passes with the transcript after it.
    const beside = `${after}\n\n<Clip />\n\n${words}`;
    expect(only(await lintSource(beside), RULE)).toEqual([]);
  });

  it('reads children before the player as text before it', async () => {
    const before = clip('{children}<video controls src="/media/lap.webm" />');
    const ok = `${before}\n\n<Clip>The video below repeats this paragraph: four tyres in two seconds.</Clip>`;
    expect(only(await lintSource(ok), RULE)).toEqual([]);
    const notOk = `${before}\n\n<Clip>\n  ${words}\n</Clip>`;
    expect(where(await lintSource(notOk), RULE)).toEqual(['1:51']);
  });

  it('does not take other expressions or a component that ignores its children for the slot', async () => {
    const other = clip('<video controls src="/media/lap.webm" />{label}');
    expect(where(await lintSource(`${other}\n\n<Clip>\n  ${words}\n</Clip>`), RULE)).toEqual([
      '1:41',
    ]);
    const ignores = 'export const Clip = () => <video controls src="/media/lap.webm" />;';
    expect(where(await lintSource(`${ignores}\n\n<Clip>\n  ${words}\n</Clip>`), RULE)).toEqual([
      '1:27',
    ]);
  });

  it('wants an audio player’s transcript visible in the children', async () => {
    const note =
      'export const Note = ({ children }) => <><audio controls src="/n.ogg" />{children}</>;';
    const hidden = '<p class="sr-only">Transcript: four tyres in two seconds.</p>';
    const shown = '<p>Transcript: four tyres in two seconds.</p>';
    expect(where(await lintSource(`${note}\n\n<Note>\n  ${hidden}\n</Note>`), RULE)).toEqual([
      '1:41',
    ]);
    expect(only(await lintSource(`${note}\n\n<Note>\n  ${shown}\n</Note>`), RULE)).toEqual([]);
  });
});

describe('media-transcript: the two layers judge the same page alike', () => {
  const video = '<video controls src="/media/lap.webm"></video>';
  /** What `<Video src="/media/lap.webm" title="Lap">` renders with no transcript: the player alone. */
  const bareVideo =
    '<figure class="media media-video"><video controls src="/media/lap.webm" aria-label="Lap"></video></figure>';
  const messages = async (source: string) =>
    only(await lintSource(source, '.mdx'), RULE).map((p) => p.message);
  const fixes =
    'add transcript="./name.transcript.md" (a file beside this one), put a <Transcript>…</Transcript> right after it, or link to the transcript right after it';
  const audio = '<audio controls src="/media/note.ogg"></audio>';

  it('passes a transcript after a script, style or thematic break, which a reader never meets', async () => {
    // <YouTube> writes its script after the first player on a page.
    const script = '<script type="module">document.title = "x";</script>';
    const transcript =
      '<details data-transcript><summary>Transcript</summary><p>Four tyres in two seconds.</p></details>';
    expect(only(lintHtml(`${video}${script}${transcript}`), RULE)).toEqual([]);
    expect(only(lintHtml(`${video}<style>p{}</style>${transcript}`), RULE)).toEqual([]);
    const ruled = `${video}\n\n---\n\n## Transcript\n\nFour tyres in two seconds.`;
    expect(only(await lintSource(ruled, '.mdx'), RULE)).toEqual([]);
    expect(
      only(lintHtml(`${video}<hr><h2>Transcript</h2><p>Four tyres in two seconds.</p>`), RULE),
    ).toEqual([]);
  });

  it('flags a transcript holder with only its summary, as a media component renders <Transcript />', async () => {
    const source = '<Audio src="/media/note.ogg" title="Note"><Transcript /></Audio>';
    expect(where(await lintSource(source, '.mdx'), RULE)).toEqual(['1:1']);
    expect(await messages(source)).toEqual([`<Audio> has no transcript: ${fixes}`]);
    const built = `<audio controls src="/media/note.ogg" aria-describedby="t1"></audio><div id="t1"><details class="transcript" data-transcript><summary>Transcript</summary><div class="transcript-body"></div></details></div>`;
    expect(only(lintHtml(built), RULE).map((p) => p.message)).toEqual([
      '<audio> points to its transcript with id "t1", but that element has no words (a summary alone is not a transcript): make the transcript visible text with that id, or put the transcript on the page right after the player (under a "Transcript" heading, or in a <details> whose summary says "Transcript"), point the player\'s aria-describedby at it, or link to it right after the player',
    ]);
    expect(
      only(lintHtml(built.replace('<div class="transcript-body">', '<div>Four tyres.')), RULE),
    ).toEqual([]);
  });

  it('reads past a <Callout> that holds only the player, as the page has its <div>', async () => {
    const source = `<Callout type="note">\n\n${video}\n\n</Callout>\n\nTranscript: four tyres.`;
    expect(only(await lintSource(source, '.mdx'), RULE)).toEqual([]);
    const built = `<div class="callout callout-note" role="note" aria-label="Note"><p class="callout-title" aria-hidden="true">Note</p>${video}</div><p>Transcript: four tyres.</p>`;
    expect(only(lintHtml(built), RULE)).toEqual([]);
    // Text inside the callout after the player is still what comes right after it.
    const inside = `<Callout type="note">\n\n${video}\n\nA lap of Monza.\n\n</Callout>\n\nTranscript: four tyres.`;
    expect(where(await lintSource(inside, '.mdx'), RULE)).toEqual(['3:1']);
  });

  it('takes the next list item or the next cell of a table row, which a reader meets right after the player', async () => {
    const list = `- ${video}\n- [Transcript of the lap](/posts/lap-words/)\n`;
    const table = `| Week | Recording | Transcript |\n| --- | --- | --- |\n| 1 | ${video} | [Read it](/posts/lap-transcript/) |\n| 2 | ${audio} | Transcript: four tyres in two seconds. |\n`;
    for (const ext of ['.md', '.mdx'] as const) {
      expect(only(await lintSource(list, ext), RULE), `list in ${ext}`).toEqual([]);
      expect(only(await lintSource(table, ext), RULE), `table in ${ext}`).toEqual([]);
    }
    expect(
      only(
        lintHtml(
          `<ul><li>${video}</li>\n<li><a href="/posts/lap-words/">Transcript of the lap</a></li></ul>`,
        ),
        RULE,
      ),
    ).toEqual([]);
    expect(
      only(
        lintHtml(
          `<table><tr><td>1</td><td>${video}</td><td><a href="/posts/lap-transcript/">Read it</a></td></tr><tr><td>2</td><td>${audio}</td><td>Transcript: four tyres in two seconds.</td></tr></table>`,
        ),
        RULE,
      ),
    ).toEqual([]);
    // In a "Transcript" column, any link or text with words is the transcript.
    const column = `| Recording | Transcript |\n| --- | --- |\n| ${video} | [Week 1](/posts/week-1/) |\n| ${audio} | Four tyres in two seconds. |\n`;
    for (const ext of ['.md', '.mdx'] as const)
      expect(only(await lintSource(column, ext), RULE), `column in ${ext}`).toEqual([]);
    expect(
      only(
        lintHtml(
          `<table><thead><tr><th>Recording</th><th>Transcript</th></tr></thead><tbody><tr><td>${video}</td><td><a href="/posts/week-1/">Week 1</a></td></tr></tbody></table>`,
        ),
        RULE,
      ),
    ).toEqual([]);
    // The same cells under another heading, or empty under this one, say nothing of the player.
    const notes = column.replace('| Transcript |', '| Notes |');
    const empty = `| Recording | Transcript |\n| --- | --- |\n| ${video} | |\n`;
    for (const text of [notes, empty])
      expect(only(await lintSource(text, '.md'), RULE), text).not.toEqual([]);
    // Another item, the cell before, or the next row is not the player's transcript.
    const other = `- ${video}\n- The lap before it\n`;
    const before = `| Transcript: four tyres. | ${video} |\n| --- | --- |\n`;
    const nextRow = `| Week | Recording |\n| --- | --- |\n| 1 | ${video} |\n| Transcript: four tyres. | |\n`;
    for (const text of [other, before, nextRow]) {
      expect(only(await lintSource(text, '.md'), RULE), text).toHaveLength(1);
      expect(only(await lintSource(text, '.mdx'), RULE), text).toHaveLength(1);
    }
    expect(
      only(lintHtml(`<ul><li>${video}</li><li>The lap before it</li></ul>`), RULE),
    ).toHaveLength(1);
  });

  it('takes the ways people label a transcript: a kind before the word, a verb, a link inside the text or the caption', async () => {
    const forms = [
      `${video}\n\n### Video transcript\n\nFour tyres in two seconds.`,
      `${video}\n\nRead the full lecture transcript: four tyres in two seconds.`,
      `${video}\n\n<details>\n<summary>Show transcript</summary>\n\nFour tyres in two seconds.\n\n</details>`,
      `${video}\n\nRead the [full transcript](/posts/lap/) of the lap.`,
      `<figure>${video}<figcaption>A lap of Monza. <a href="/posts/lap/">Transcript</a></figcaption></figure>`,
    ];
    for (const form of forms)
      for (const ext of ['.md', '.mdx'] as const) {
        const problems = await lintSource(form, ext);
        // Each form is one an author can write in both kinds of file.
        expect(only(problems, 'parse-error'), `${form} (${ext})`).toEqual([]);
        expect(only(problems, RULE), `${form} (${ext})`).toEqual([]);
      }
    const built = [
      `${video}<h3>Video transcript</h3><p>Four tyres in two seconds.</p>`,
      `${video}<details><summary>Show transcript</summary><p>Four tyres in two seconds.</p></details>`,
      `${video}<p>Read the <a href="/posts/lap/">full transcript</a> of the lap.</p>`,
      `<figure>${video}<figcaption>A lap of Monza. <a href="/posts/lap/">Transcript</a></figcaption></figure>`,
    ];
    for (const page of built) expect(only(lintHtml(page), RULE), page).toEqual([]);
    // A link inside the text that does not say so, or a heading that names no transcript, is not.
    for (const text of [
      `${video}\n\nRead [my notes](/posts/lap/) on the lap.`,
      `${video}\n\n### Video notes\n\nFour tyres in two seconds.`,
      `<figure>${video}<figcaption>A lap of Monza. <a href="/posts/lap/">More</a></figcaption></figure>`,
    ]) {
      expect(only(await lintSource(text, '.md'), RULE), text).toHaveLength(1);
      expect(only(await lintSource(text, '.mdx'), RULE), text).toHaveLength(1);
    }
  });

  it('takes a label, not a sentence that starts with the word: "Transcripts help…" is about transcripts, not one', async () => {
    const words = 'Four tyres in two seconds.';
    const labels = [
      `${video}\n\nTranscript (edited for clarity): four tyres in two seconds.`,
      `${video}\n\nTranscript of the talk\n\n${words}`,
      `${video}\n\nThe transcript is below.\n\n${words}`,
      `${video}\n\nTranscript available below.\n\n${words}`,
      `${video}\n\n**Transcript** ${words}`,
      `${video}\n\nTranscript — ${words}`,
    ];
    for (const form of labels)
      for (const ext of ['.md', '.mdx'] as const) {
        const problems = await lintSource(form, ext);
        expect(only(problems, 'parse-error'), `${form} (${ext})`).toEqual([]);
        expect(only(problems, RULE), `${form} (${ext})`).toEqual([]);
      }
    expect(only(lintHtml(`${video}<p><strong>Transcript</strong> ${words}</p>`), RULE)).toEqual([]);
    const sentences = [
      `${video}\n\nTranscripts are useful for deaf learners and for search.`,
      `${video}\n\nTranscripts are useful for deaf learners.\n\n${words}`,
      `${video}\n\nTranscripts available on request.\n\n${words}`,
      `${video}\n\nTranscription takes me an hour a week: I use an app.`,
      `${video}\n\n<details>\n<summary>Transcripts help everyone</summary>\n\nWhy I write them.\n\n</details>`,
    ];
    for (const text of sentences)
      for (const ext of ['.md', '.mdx'] as const)
        expect(only(await lintSource(text, ext), RULE), `${text} (${ext})`).toHaveLength(1);
    for (const page of [
      `${video}<p>Transcripts are useful for deaf learners and for search.</p>`,
      `${video}<details><summary>Transcripts help everyone</summary><p>Why I write them.</p></details>`,
    ])
      expect(only(lintHtml(page), RULE), page).toHaveLength(1);
  });

  it('reads past a <Fragment>, which puts nothing on the page around the player', async () => {
    const source = `<Fragment>\n\n${video}\n\n</Fragment>\n\nTranscript: four tyres.`;
    expect(only(await lintSource(source, '.mdx'), RULE)).toEqual([]);
    expect(only(lintHtml(`${video}<p>Transcript: four tyres.</p>`), RULE)).toEqual([]);
    const nothing = `<Fragment>\n\n${video}\n\n</Fragment>\n\nA lap of Monza.`;
    expect(where(await lintSource(nothing, '.mdx'), RULE)).toEqual(['3:1']);
  });

  it('does not take aria-describedby on <Video>, which the component does not pass to its player', async () => {
    const source =
      '<Video src="/media/lap.webm" title="Lap" aria-describedby="w" />\n\n<div id="w">Four tyres.</div>';
    expect(await messages(source)).toEqual([
      `<Video> has aria-describedby, which <Video> does not pass to its player, so the page would have no transcript: ${fixes}`,
    ]);
    // What the page gets: the player, described by nothing.
    expect(where(lintHtml(`${bareVideo}<div id="w">Four tyres.</div>`), RULE)).toEqual(['1:35']);
    // A component the site configures is not known here: the built page judges it.
    const podcast =
      '<Podcast src="/ep1.mp3" aria-describedby="w" />\n\n<div id="w">Four tyres.</div>';
    expect(only(await lintSource(podcast, '.mdx'), RULE)).toEqual([]);
  });

  it('says a media component does not show a transcript between its tags, and the <Transcript> fix passes', async () => {
    const source =
      '<Video src="/media/lap.webm" title="Lap">\n\nTranscript: four tyres.\n\n</Video>';
    expect(await messages(source)).toEqual([
      `<Video> holds its transcript between its tags, which <Video> does not show: put it inside a <Transcript>…</Transcript> there, or ${fixes}`,
    ]);
    // The page: the player and no words (the component renders only a <Transcript> child).
    expect(where(lintHtml(bareVideo), RULE)).toEqual(['1:35']);
    const fixed = source.replace('Transcript: four tyres.', '<Transcript>Four tyres.</Transcript>');
    expect(only(await lintSource(fixed, '.mdx'), RULE)).toEqual([]);
  });

  it('does not take <Transcript src> for a transcript: the component has no src and renders nothing', async () => {
    const source =
      '<Video src="/media/lap.webm" title="Lap" />\n\n<Transcript src="./lap.transcript.md" />';
    expect(where(await lintSource(source, '.mdx'), RULE)).toEqual(['1:1']);
    const built = `${video}<details class="transcript" data-transcript><summary>Transcript</summary><div class="transcript-body"></div></details>`;
    expect(where(lintHtml(built), RULE)).toEqual(['1:1']);
  });

  it('reads a JSX style object as Astro writes it, so a hidden transcript is hidden in both layers', async () => {
    const hidden = `${audio}\n\n<p style={{ display: 'none' }}>Transcript: four tyres.</p>`;
    expect(where(await lintSource(hidden, '.mdx'), RULE)).toEqual(['1:1']);
    expect(
      where(lintHtml(`${audio}<p style="display:none">Transcript: four tyres.</p>`), RULE),
    ).toEqual(['1:1']);
    const shown = `${audio}\n\n<p style={{ fontWeight: 'bold', marginTop: 4 }}>Transcript: four tyres.</p>`;
    expect(only(await lintSource(shown, '.mdx'), RULE)).toEqual([]);
  });
});

describe('media-transcript: a placeholder is not a transcript', () => {
  const video = '<video controls src="/media/lap.webm"></video>';
  const fix =
    'a placeholder, not a transcript: write the transcript there instead (if those are the words said in it, put them in quotation marks)';
  /** Each form of transcript, with `words` where its words go: in .md, .mdx and on the built page. */
  const forms: { name: string; md?: string; mdx: string; html: string }[] = [
    {
      name: 'a lead-in',
      md: `${video}\n\nTranscript: WORDS`,
      mdx: `${video}\n\nTranscript: WORDS`,
      html: `${video}<p>Transcript: WORDS</p>`,
    },
    {
      name: 'a heading',
      md: `${video}\n\n## Transcript\n\nWORDS`,
      mdx: `${video}\n\n## Transcript\n\nWORDS`,
      html: `${video}<h2>Transcript</h2><p>WORDS</p>`,
    },
    {
      name: 'a <Transcript>',
      mdx: `${video}\n\n<Transcript>WORDS</Transcript>`,
      html: `${video}<details class="transcript" data-transcript><summary>Transcript</summary><div class="transcript-body"><p>WORDS</p></div></details>`,
    },
    {
      name: 'the <Transcript> of a media component',
      mdx: '<Audio src="/media/note.ogg" title="Note"><Transcript>WORDS</Transcript></Audio>',
      html: '<figure class="media media-audio"><audio controls src="/media/note.ogg" aria-describedby="t1"></audio><details class="transcript" id="t1" data-transcript><summary>Transcript: Note</summary><div class="transcript-body"><p>WORDS</p></div></details></figure>',
    },
    {
      name: 'a table column',
      md: `| Recording | Transcript |\n| --- | --- |\n| ${video} | WORDS |`,
      mdx: `| Recording | Transcript |\n| --- | --- |\n| ${video} | WORDS |`,
      html: `<table><tr><th>Recording</th><th>Transcript</th></tr><tr><td>${video}</td><td>WORDS</td></tr></table>`,
    },
  ];
  const said = 'The crew changes four tyres in two seconds.';

  it('is reported in every form, in each layer, naming what was written', async () => {
    for (const form of forms) {
      for (const [placeholder, shown] of [
        ['TBD', '"TBD"'],
        ['Coming soon!', '"Coming soon!"'],
        [
          'Lorem ipsum dolor sit amet, consectetur adipiscing elit.',
          '"Lorem ipsum dolor sit amet, consectetur…"',
        ],
      ] as const) {
        const sources: [string, '.md' | '.mdx'][] = [[form.mdx, '.mdx']];
        if (form.md) sources.push([form.md, '.md']);
        for (const [source, ext] of sources) {
          const messages = only(
            await lintSource(source.replace('WORDS', placeholder), ext),
            RULE,
          ).map((p) => p.message);
          expect(messages, `${form.name} (${ext}): ${placeholder}`).toHaveLength(1);
          expect(messages[0]).toContain(`has ${shown} where its transcript goes, ${fix}`);
        }
        const built = only(lintHtml(form.html.replace('WORDS', placeholder)), RULE);
        expect(built, `${form.name} (built): ${placeholder}`).toHaveLength(1);
        expect(built[0]!.message).toMatch(/placeholder, not a transcript/);
      }
    }
  });

  it('passes once the words are written, or quoted when they are what is said, as the message says', async () => {
    for (const form of forms) {
      for (const words of [said, '“Coming soon!”', '"TBD"']) {
        if (form.md)
          expect(only(await lintSource(form.md.replace('WORDS', words), '.md'), RULE)).toEqual([]);
        expect(only(await lintSource(form.mdx.replace('WORDS', words), '.mdx'), RULE)).toEqual([]);
        expect(only(lintHtml(form.html.replace('WORDS', words)), RULE)).toEqual([]);
      }
    }
  });

  it('takes a label that promises the words for none, whatever comes after it', async () => {
    const source = `${video}\n\nTranscript to follow.\n\nThe next race is in Monza.`;
    expect(only(await lintSource(source, '.md'), RULE).map((p) => p.message)).toEqual([
      `<video> has "Transcript to follow." where its transcript goes, ${fix}`,
    ]);
    expect(
      where(
        lintHtml(`${video}<h2>Transcript (coming soon)</h2><p>The next race is in Monza.</p>`),
        RULE,
      ),
    ).toEqual(['1:1']);
    // A transcript that mentions what is coming is a transcript.
    const mentions = `${video}\n\nTranscript: the crew changes four tyres. More laps coming soon.`;
    expect(only(await lintSource(mentions, '.md'), RULE)).toEqual([]);
  });

  it('in a transcript file or an element aria-describedby points at, says so', async () => {
    const [problem] = only(
      await lintSource(
        '<Video src="/a.webm" title="Clip" transcript="./lap.transcript.md" />',
        '.mdx',
        {
          'lap.transcript.md': 'To be added.\n',
        },
      ),
      RULE,
    );
    expect(problem!.message).toBe(
      '<Video> names transcript file ./lap.transcript.md, which says only "To be added.", a placeholder, not a transcript: write the transcript into it',
    );
    const pointed = (words: string) =>
      `<video controls src="/a.webm" aria-describedby="w"></video>\n\n## Notes\n\n<p id="w">${words}</p>`;
    expect(
      only(await lintSource(pointed('Coming soon'), '.mdx'), RULE).map((p) => p.message),
    ).toEqual([
      expect.stringContaining(
        'points to its transcript with id "w", but that element says only "Coming soon", a placeholder, not a transcript: make the transcript visible text with that id',
      ),
    ]);
    expect(only(lintHtml(pointed('Coming soon')), RULE)).toHaveLength(1);
    expect(only(await lintSource(pointed(said), '.mdx'), RULE)).toEqual([]);
  });
});

describe('media-transcript: a link back to the page itself is no transcript', () => {
  const video = '<video controls src="/media/lap.webm"></video>';
  const site = (body: string, base?: string) =>
    checkProject(
      {
        'content/posts/lap.md': post(`${video}\n\n${body}\n\n## Words\n\nFour tyres.`),
        'content/posts/lap-words.md': post('The crew changes four tyres.'),
        'public/media/lap.webm': 'webm',
      },
      RULE,
      { ...gateConfig(), ...(base && { base }) },
    );
  const built = async (link: string, base?: string, siteUrl?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'self-link-'));
    const prefix = (base ?? '/').replace(/\/?$/, '/');
    mkdirSync(join(dir, 'posts/lap'), { recursive: true });
    writeFileSync(
      join(dir, 'posts/lap/index.html'),
      `<!doctype html><html lang="en"><head><title>Lap</title></head><body><main><h1>Lap</h1><video controls src="${prefix}media/lap.webm"></video><p>${link}</p><h2 id="words">Words</h2><p>Four tyres.</p></main></body></html>`,
    );
    const { problems } = await checkHtmlDir(dir, gateConfig(), { cwd: dir, base, site: siteUrl });
    return problems.filter((p) => p.ruleId === RULE).map((p) => p.message);
  };

  it('is reported in the source and on the built page, whatever way the link is written', async () => {
    for (const link of [
      '[Transcript](./)',
      '[Read the transcript](/posts/lap/)',
      '[Transcript](/posts/lap)',
      '[Transcript](#top)',
      '<a href="/posts/lap/#top">Transcript</a>',
      // The site's own address (src/site.config.ts's url): the same page.
      `[Transcript](${siteConfig.url.replace(/\/$/, '')}/posts/lap/)`,
    ])
      expect(await site(link), link).toEqual([
        expect.stringContaining('<video> has no transcript'),
      ]);
    for (const href of ['./', '/posts/lap/', '/posts/lap/index.html', '#top', '#TOP'])
      expect(await built(`<a href="${href}">Transcript</a>`), href).toEqual([
        expect.stringContaining('<video> has no transcript'),
      ]);
  });

  it('written with the site’s full address, on the built page', async () => {
    const href = 'https://example.org/posts/lap/';
    expect(
      await built(`<a href="${href}">Transcript</a>`, '/', 'https://example.org'),
    ).toHaveLength(1);
    // Another site's page of the same path is another page.
    expect(
      await built(
        `<a href="https://elsewhere.org/posts/lap/">Transcript</a>`,
        '/',
        'https://example.org',
      ),
    ).toEqual([]);
  });

  it('under a base path, where a Markdown link gets the base as it renders', async () => {
    expect(await site('[Read the transcript](/posts/lap/)', '/blog/')).toEqual([
      expect.stringContaining('<video> has no transcript'),
    ]);
    expect(await built('<a href="/blog/posts/lap/">Transcript</a>', '/blog/')).toHaveLength(1);
  });

  it('passes once the link leads to the words: another page, or a part of this one', async () => {
    for (const link of ['[Transcript](/posts/lap-words/)', '[Transcript](#words)'])
      expect(await site(link), link).toEqual([]);
    for (const href of ['/posts/lap-words/', '#words'])
      expect(await built(`<a href="${href}">Transcript</a>`), href).toEqual([]);
  });
});

describe('media-transcript: a link to a part of the page leads to the words there', () => {
  const video = '<video controls src="/media/lap.webm"></video>';
  const said = 'The crew changes four tyres in two seconds.';
  const site = (body: string) =>
    checkProject(
      {
        'content/posts/lap.md': post(body),
        'public/media/lap.webm': 'webm',
      },
      RULE,
    );
  /** The player, a link to `#transcript`, a paragraph, then `section` further down. */
  const page = (section: string, link = '[Read the transcript](#transcript)') =>
    `${video}\n\n${link}\n\nWhat we learned from the crew.\n\n${section}`;
  const html = (section: string, href = '#transcript') =>
    `${video}<p><a href="${href}">Read the transcript</a></p><p>What we learned from the crew.</p>${section}`;
  /** Sections with no words a reader gets, in Markdown (and MDX) and as built. */
  const without: { name: string; md: string; html: string; says: string }[] = [
    {
      name: 'a placeholder under the heading',
      md: '## Transcript\n\nComing soon.',
      html: '<h2 id="transcript">Transcript</h2><p>Coming soon.</p>',
      says: 'the section under the heading "Transcript" says only "Coming soon.", a placeholder, not a transcript: write the transcript there instead',
    },
    {
      name: 'nothing under the heading before the next one',
      md: '## Transcript\n\n## Next week\n\nMonza.',
      html: '<h2 id="transcript">Transcript</h2><h2 id="next-week">Next week</h2><p>Monza.</p>',
      says: 'the section under the heading "Transcript" has no words: write the transcript there, or',
    },
    {
      name: 'the heading last on the page',
      md: '## Transcript',
      html: '<h2 id="transcript">Transcript</h2>',
      says: 'the section under the heading "Transcript" has no words',
    },
    {
      name: 'only subheadings under the heading',
      md: '## Transcript\n\n### Part one\n\n### Part two\n\n## Next week\n\nMonza.',
      html: '<h2 id="transcript">Transcript</h2><h3 id="part-one">Part one</h3><h3 id="part-two">Part two</h3><h2 id="next-week">Next week</h2><p>Monza.</p>',
      says: 'the section under the heading "Transcript" has no words',
    },
    {
      name: 'an element with a placeholder',
      md: '<div id="transcript">TBD</div>',
      html: '<div id="transcript">TBD</div>',
      says: 'that element says only "TBD", a placeholder',
    },
    {
      name: 'a disclosure with a summary alone',
      md: '<details id="transcript"><summary>Transcript</summary></details>',
      html: '<details id="transcript"><summary>Transcript</summary></details>',
      says: 'that element has no words',
    },
    {
      name: 'a hidden element',
      md: `<div id="transcript" hidden>${said}</div>`,
      html: `<div id="transcript" hidden>${said}</div>`,
      says: 'that element is hidden from readers: make it visible, or',
    },
  ];

  it('is reported when that part has no transcript, in .md, .mdx and on the built page', async () => {
    for (const section of without) {
      for (const ext of ['.md', '.mdx'] as const) {
        const messages = only(await lintSource(page(section.md), ext), RULE).map((p) => p.message);
        expect(messages, `${section.name} (${ext})`).toEqual([
          expect.stringContaining(
            `<video> links to its transcript at #transcript, but ${section.says}`,
          ),
        ]);
      }
      const built = only(lintHtml(html(section.html)), RULE).map((p) => p.message);
      expect(built, `${section.name} (built)`).toEqual([
        expect.stringContaining(
          `<video> links to its transcript at #transcript, but ${section.says}`,
        ),
      ]);
    }
  });

  it('pins the message', async () => {
    const [problem] = only(await lintSource(page('## Transcript\n\nComing soon.'), '.md'), RULE);
    expect(problem!.message).toBe(
      '<video> links to its transcript at #transcript, but the section under the heading "Transcript" says only "Coming soon.", a placeholder, not a transcript: write the transcript there instead (if those are the words said in it, put them in quotation marks)',
    );
    const [empty] = only(await lintSource(page('## Transcript'), '.mdx'), RULE);
    expect(empty!.message).toBe(
      '<video> links to its transcript at #transcript, but the section under the heading "Transcript" has no words: write the transcript there, or put a <Transcript>…</Transcript> right after it, link to the transcript right after it, or write <Video src="…" transcript="./name.transcript.md" /> instead',
    );
  });

  it('passes once the words are there, as the message says, in each file type', async () => {
    const fixed = [
      { md: `## Transcript\n\n${said}`, html: `<h2 id="transcript">Transcript</h2><p>${said}</p>` },
      // Words under a subheading are the section's words.
      {
        md: `## Transcript\n\n### Part one\n\n${said}\n\n## Next week\n\nMonza.`,
        html: `<h2 id="transcript">Transcript</h2><h3 id="part-one">Part one</h3><p>${said}</p><h2 id="next-week">Next week</h2>`,
      },
      {
        md: '## Transcript\n\n“Coming soon!”',
        html: '<h2 id="transcript">Transcript</h2><p>“Coming soon!”</p>',
      },
      { md: `<div id="transcript">${said}</div>`, html: `<div id="transcript">${said}</div>` },
      {
        md: `<details id="transcript"><summary>Transcript</summary>${said}</details>`,
        html: `<details id="transcript"><summary>Transcript</summary><p>${said}</p></details>`,
      },
    ];
    for (const section of fixed) {
      for (const ext of ['.md', '.mdx'] as const)
        expect(
          only(await lintSource(page(section.md), ext), RULE),
          `${section.md} (${ext})`,
        ).toEqual([]);
      expect(only(lintHtml(html(section.html)), RULE), section.html).toEqual([]);
    }
    expect(
      only(
        await lintSource(
          page('<Transcript id="transcript">The crew changes four tyres.</Transcript>'),
          '.mdx',
        ),
        RULE,
      ),
    ).toEqual([]);
  });

  it('a link written with the page’s own address lands there too', async () => {
    for (const link of ['[Transcript](./#transcript)', '[Transcript](/posts/lap/#transcript)'])
      expect(await site(page('## Transcript\n\nTBD', link)), link).toEqual([
        expect.stringContaining('links to its transcript at #transcript'),
      ]);
    expect(
      await site(page(`## Transcript\n\n${said}`, '[Transcript](/posts/lap/#transcript)')),
    ).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'section-link-'));
    mkdirSync(join(dir, 'posts/lap'), { recursive: true });
    writeFileSync(
      join(dir, 'posts/lap/index.html'),
      `<!doctype html><html lang="en"><head><title>Lap</title></head><body><main><h1>Lap</h1>${html('<h2 id="transcript">Transcript</h2><p>TBD</p>', '/posts/lap/#transcript')}</main></body></html>`,
    );
    const { problems } = await checkHtmlDir(dir, gateConfig(), { cwd: dir });
    expect(problems.filter((p) => p.ruleId === RULE).map((p) => p.message)).toEqual([
      expect.stringContaining(
        'links to its transcript at #transcript, but the section under the heading "Transcript" says only "TBD"',
      ),
    ]);
  });

  it('a link to the player itself, or to what holds it, finds no transcript', async () => {
    const source = `<figure id="lap">\n${video}\n<figcaption>Lap of Monza</figcaption>\n</figure>\n\n[Transcript](#lap)`;
    expect(only(await lintSource(source, '.md'), RULE).map((p) => p.message)).toEqual([
      expect.stringContaining('links to its transcript at #lap, but that element has no words'),
    ]);
  });

  it('in a table’s Transcript column', async () => {
    const table = `| Recording | Transcript |\n| --- | --- |\n| ${video} | [Read it](#lap-words) |\n\n## Lap words\n\n`;
    expect(only(await lintSource(`${table}TBD`, '.md'), RULE)).toHaveLength(1);
    expect(only(await lintSource(`${table}${said}`, '.md'), RULE)).toEqual([]);
  });

  it('aria-describedby at a heading is described by the section under it, not the heading alone', async () => {
    const pointed = (section: string) =>
      `<video controls src="/media/lap.webm" aria-describedby="transcript"></video>\n\nWhat we learned.\n\n## Transcript${section}`;
    const builtPage = (section: string) =>
      `<video controls src="/media/lap.webm" aria-describedby="transcript"></video><p>What we learned.</p><h2 id="transcript">Transcript</h2>${section}`;
    for (const ext of ['.md', '.mdx'] as const) {
      expect(only(await lintSource(pointed('\n\nTBD'), ext), RULE).map((p) => p.message)).toEqual([
        expect.stringContaining(
          'points to its transcript with id "transcript", but the section under that heading, "Transcript", says only "TBD"',
        ),
      ]);
      expect(
        only(await lintSource(pointed('\n\n## Next week'), ext), RULE).map((p) => p.message),
      ).toEqual([
        expect.stringContaining(
          'points to its transcript with id "transcript", but the section under that heading, "Transcript", has no words',
        ),
      ]);
      expect(only(await lintSource(pointed(`\n\n${said}`), ext), RULE)).toEqual([]);
    }
    expect(only(lintHtml(builtPage('<p>TBD</p>')), RULE)).toHaveLength(1);
    expect(only(lintHtml(builtPage('')), RULE)).toHaveLength(1);
    expect(only(lintHtml(builtPage(`<p>${said}</p>`)), RULE)).toEqual([]);
  });

  it('leaves an id the source cannot see to link-target and the built page', async () => {
    // No element on the page has it: link-target reports the fragment, not this rule.
    expect(only(await lintSource(page(''), '.md'), RULE)).toEqual([]);
  });
});

describe('media-transcript: a link to another page or file of the site leads to words', () => {
  const video = '<video controls src="/media/lap.webm"></video>';
  const said = 'The crew changes four tyres in two seconds.';
  const files = (words: string, file = 'TBD\n') => ({
    'content/posts/lap.md': post(
      `${video}\n\n[Read the transcript](/posts/lap-words/)\n\n${video}\n\n[Transcript](/transcripts/lap.txt)`,
    ),
    'content/posts/lap-words.md': post(words),
    'public/transcripts/lap.txt': file,
    'public/media/lap.webm': 'webm',
  });

  it('is reported when the page or file holds no transcript, in the sources', async () => {
    expect(await checkProject(files('Coming soon.'), RULE)).toEqual([
      expect.stringContaining(
        'lap.md:7:1 <video> links to its transcript at /posts/lap-words/, but that page says only "Coming soon.", a placeholder, not a transcript: write the transcript there instead',
      ),
      expect.stringContaining(
        'lap.md:11:1 <video> links to its transcript at /transcripts/lap.txt, but that file says only "TBD", a placeholder, not a transcript',
      ),
    ]);
    expect(await checkProject(files('', ''), RULE)).toEqual([
      expect.stringContaining(
        'at /posts/lap-words/, but that page has no words: write the transcript there, or',
      ),
      expect.stringContaining('at /transcripts/lap.txt, but that file has no words'),
    ]);
  });

  it('passes once the words are there, as the message says', async () => {
    expect(await checkProject(files(said, `${said}\n`), RULE)).toEqual([]);
  });

  it('on the built page, judged by the source it was built from, as in the sources', async () => {
    const root = project(files('Coming soon.'));
    const page = `<!doctype html><html lang="en"><head><title>Lap</title></head><body><main data-commonplace-source="content/posts/lap.md"><h1>Lap</h1>${video}<p><a href="/posts/lap-words/">Read the transcript</a></p></main></body></html>`;
    const built = checkPage(page, gateConfig(), {
      fromFile: (source) => join(root, source!),
    });
    expect(only(built.problems, RULE).map((p) => p.message)).toEqual([
      expect.stringContaining(
        'links to its transcript at /posts/lap-words/, but that page says only "Coming soon."',
      ),
    ]);
  });

  it('leaves what the sources cannot read to a reader: a PDF, a listing page, another site', async () => {
    const links = [
      '[Transcript (PDF)](/transcripts/lap.pdf)',
      '[Transcripts](/posts/)',
      '[Transcript](https://example.com/lap-words/)',
    ];
    expect(
      await checkProject(
        {
          'content/posts/lap.md': post(links.map((link) => `${video}\n\n${link}`).join('\n\n')),
          'public/transcripts/lap.pdf': '%PDF',
          'public/media/lap.webm': 'webm',
        },
        RULE,
      ),
    ).toEqual([]);
  });
});

describe('media-transcript: a social network’s embed code, a video player once its script runs', () => {
  // The embed code each network's "Embed" button gives, shortened: a quote with a link, which the
  // network's script replaces with its player as the page loads.
  const tiktok =
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@f1/video/7300000000000000000" data-video-id="7300000000000000000"><section><a href="https://www.tiktok.com/@f1">@f1</a> A pit stop in two seconds</section></blockquote>\n<script async src="https://www.tiktok.com/embed.js"></script>';
  const reel =
    '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/reel/C1a2b3c4d5e/" data-instgrm-version="14"><a href="https://www.instagram.com/reel/C1a2b3c4d5e/">View this post on Instagram</a></blockquote>\n<script async src="//www.instagram.com/embed.js"></script>';
  const facebook =
    '<div class="fb-video" data-href="https://www.facebook.com/f1/videos/123456789/" data-width="500"></div>';
  const embeds: [string, string, string][] = [
    ['TikTok', tiktok, 'www.tiktok.com'],
    ['an Instagram reel', reel, 'www.instagram.com'],
    ['Facebook’s video plugin', facebook, 'www.facebook.com'],
  ];
  for (const [name, html, host] of embeds) {
    it(`flags ${name} without a transcript in both layers, and passes the fix`, async () => {
      const message = expect.stringMatching(
        `^Embedded video \\(${host.replace(/\./g, '\\.')}\\) has no transcript`,
      );
      for (const ext of ['.md', '.mdx'] as const)
        expect(only(await lintSource(html, ext), RULE).map((p) => p.message)).toEqual([message]);
      expect(only(lintHtml(html), RULE).map((p) => p.message)).toEqual([message]);
      const fixed = `${html}\n\nTranscript: the crew changes four tyres in two seconds.\n`;
      for (const ext of ['.md', '.mdx'] as const)
        expect(only(await lintSource(fixed, ext), RULE)).toEqual([]);
      expect(
        only(lintHtml(`${html}<p>Transcript: the crew changes four tyres.</p>`), RULE),
      ).toEqual([]);
    });
  }

  it('knows the embed code written with className, as JSX snippets give it', async () => {
    const jsx = tiktok.replace('class=', 'className=');
    expect(only(await lintSource(jsx, '.mdx'), RULE)).toHaveLength(1);
  });

  it('knows an Instagram reel in an iframe too, but not a post, which may be a photo', async () => {
    const frame = (path: string) =>
      `<iframe src="https://www.instagram.com/${path}/embed" title="Pit stop reel"></iframe>`;
    expect(only(await lintSource(frame('reel/C1a2b3c4d5e'), '.md'), RULE)).toHaveLength(1);
    expect(only(await lintSource(frame('p/C1a2b3c4d5e'), '.md'), RULE)).toEqual([]);
  });

  it('leaves an Instagram post that may be a photo, and a tweet, to the built page', async () => {
    const post =
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C1a2b3c4d5e/"><a href="https://www.instagram.com/p/C1a2b3c4d5e/">View this post on Instagram</a></blockquote>';
    const tweet =
      '<blockquote class="twitter-tweet"><p>Pit stop in two seconds.</p>&mdash; F1 <a href="https://twitter.com/F1/status/1">May 1, 2026</a></blockquote>';
    expect(only(await lintSource(`${post}\n\n${tweet}\n`, '.md'), RULE)).toEqual([]);
  });
});
