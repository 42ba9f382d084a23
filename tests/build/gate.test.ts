import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  startDevServer,
  type DevServer,
  type FixtureBuild,
} from '../helpers/build-fixture.ts';

/** The lines of the gate's report in the build output, from the header to the summary. */
function report(site: FixtureBuild): string {
  const start = site.output.indexOf('accessibility gate (');
  const end = site.output.indexOf(
    '\n',
    site.output.indexOf(' in ', site.output.indexOf('\n\n', start)),
  );
  return site.output.slice(start, end).replace(/^\S+ \[ERROR\] \[commonplace\] /gm, '');
}

describe('a clean site builds (fixture: gate-clean)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('gate-clean');
  });
  it('passes every accepted form and writes the site and search index', () => {
    expect(site.status, site.output).toBe(0);
    // The source layer runs in a worker beside the build; the line says how long the build waited.
    expect(site.output).toMatch(
      /gate-source: \d+ files in [\d.]+ s \(in a worker; the build waited [\d.]+ s\)/,
    );
    expect(site.output).toMatch(/gate: \d+ pages in [\d.]+ s/);
    expect(site.output).not.toContain('accessibility gate (');
    expect(site.exists('posts/media/index.html')).toBe(true);
  });
  it('renders what it checks: transcripts on the page, a .vtt as captions, a privacy-friendly YouTube', () => {
    const page = site.read('posts/media/index.html');
    expect(page).toMatch(/<video[^>]*aria-describedby="video-1-transcript"/);
    expect(page).toContain('changes four tyres');
    expect(page).toContain('Welcome to the race highlights.');
    expect(page).toContain('youtube-nocookie.com/embed/abc123');
    expect(page).not.toMatch(/<iframe[^>]*youtube/);
  });
});

describe('an image a component renders without alt (fixture: gate-component)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('gate-component');
  });
  it('fails the build naming the page, the source file and the fix, with no stack trace', () => {
    expect(site.status).not.toBe(0);
    expect(report(site)).toMatchInlineSnapshot(`
      "accessibility gate (built pages):
      dist/posts/with-badge/index.html:2:1  error  <img> has no alt text: add alt text, or alt="" if the image is decorative (page built from content/posts/with-badge.mdx)  image-alt

      1 error, 0 warnings in 1 file"
    `);
    expect(site.output).toContain(
      '[CommonplaceError] Accessibility gate: 1 error, 0 warnings in 1 file.',
    );
    expect(site.output).not.toContain('Stack trace');
    expect(site.exists('pagefind')).toBe(false);
  });
});

describe('a video from an MDX expression (fixture: gate-expression)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('gate-expression');
  });
  it('fails the build at the video, naming the source file', () => {
    expect(site.status).not.toBe(0);
    expect(report(site)).toContain(
      'dist/posts/clip/index.html:2:1  error  <video> has no transcript: add transcript="./name.transcript.md" (a file beside this one), put a <Transcript> right after it, or link to the transcript right after it (page built from content/posts/clip.mdx)  media-transcript',
    );
    expect(site.exists('pagefind')).toBe(false);
  });
});

describe('a cover without coverAlt (fixture: gate-cover)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('gate-cover');
  });
  it('fails at content sync naming the file and the field', () => {
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('content/posts/covered/index.mdx');
    expect(site.output).toContain(
      'coverAlt: coverAlt is required when cover is set: describe the cover image, or remove cover',
    );
    expect(site.exists('index.html')).toBe(false);
  });
});

describe('source problems (fixture: gate-source)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('gate-source');
  });
  it('fails before rendering, reporting every problem at once, unparseable MDX included', () => {
    expect(site.status).not.toBe(0);
    expect(report(site)).toMatchInlineSnapshot(`
      "accessibility gate (sources):
      content/posts/broken.mdx:7:18  error  MDX could not be parsed (Unexpected character \`4\` (U+0034) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\`): fix the syntax here; in MDX a literal < or { in text needs a backslash, \\< or \\{  parse-error
      content/posts/no-alt.md:6:10  error  Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image use <img alt=""> instead  image-alt
      content/posts/no-alt.md:8:1  error  <img> has no alt text: add alt text, or alt="" if the image is decorative  image-alt
      content/posts/unfinished.mdx:7:1  warning  TODO left in this entry's text: finish it, or keep draft: true in the frontmatter until it is ready  todo
      content/posts/unfinished.mdx:9:1  error  <YouTube> needs title: add title="What the video is", which names the player and its play button  component-props

      4 errors, 1 warning in 3 files"
    `);
    expect(site.output).not.toContain('Stack trace');
    expect(site.exists('index.html')).toBe(false);
  });
});

describe('the dev server warns without stopping (fixture: gate-source)', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer('gate-source');
    // The check starts with the server and reports shortly after it listens.
    await server.waitForOutput('in 3 files');
  });
  afterAll(() => server?.stop());

  it('prints the same problems as warnings and keeps serving', async () => {
    const output = server.output();
    expect(output).toContain('[WARN] [commonplace] accessibility gate:');
    expect(output).toContain('content/posts/no-alt.md:6:10  error  Markdown image has no alt text');
    expect(output).toContain('content/posts/broken.mdx:7:18  error  MDX could not be parsed');
    expect(output).toContain('4 errors, 1 warning in 3 files (npm run build stops on the errors)');
    expect((await fetch(`${server.url}/about/`)).ok).toBe(true);
  });
});
