import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  projectRoot,
  userEnv,
  withOwnProject,
  type FixtureBuild,
} from '../helpers/build-fixture.ts';
import { ONE_PIXEL_PNG } from '../helpers/images.ts';

/**
 * `npm run check` reports everything `npm run build` fails on, and the built page is the judge:
 * for every post, the source layer must report the problems the built-pages layer finds on its
 * page. Random posts made of what authors write around players (the site's components, HTML,
 * Markdown, on lines of their own or run together) are built by Astro as the site builds them,
 * with each rule lowered to a warning so that the build goes on to judge every page, and each
 * rule both layers run must report as often on the post as on its page.
 * tests/unit/a11y/two-layers.test.ts does the same over many more posts without Astro.
 */
const NAME = 'two-layers';
const root = join(projectRoot, 'tests/fixtures', NAME);

const BOTH_LAYERS = [
  'media-transcript',
  'image-alt',
  'frame-title',
  'link-name',
  'link-target',
  'button-name',
  'summary-name',
  'svg-name',
  'media-autoplay',
  'field-name',
  'object-alt',
];

/** Both file types. */
const shared = [
  '<video controls src="https://e.org/a.mp4"></video>',
  '<audio controls src="https://e.org/a.mp3"></audio>',
  '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Clip"></iframe>',
  '<details>\n<summary>Transcript</summary>\n\nWords said in the clip.\n\n</details>',
  '<figure>\n<video controls src="https://e.org/b.mp4"></video>\n<figcaption>Transcript: the crew lifts the car.</figcaption>\n</figure>',
  '<p id="words">Words said in the clip by Sam.</p>',
  '<video controls src="https://e.org/c.mp4" aria-describedby="words"></video>',
  '## Transcript',
  '## Notes',
  'Transcript: the crew changes four tyres.',
  'The crew changes four tyres.',
  'Watch the video above: the crew changes four tyres.',
  'Transcript: TBD',
  '[Transcript](/posts/)',
  '[Read the transcript](#transcript)',
  '<h2 id="transcript">Transcript</h2>',
  '[](/posts/)',
  '![A pit stop](./pit.png)',
  '<button>Go</button>',
  '```sh\nnpm run dev\n```',
  '| Recording | Transcript |\n| - | - |\n| <audio controls src="https://e.org/d.mp3"></audio> | [Words](/posts/) |',
  '- item',
  '> quoted',
  'Plain text here.',
];
/** MDX: the site's components and JSX. */
const mdx = [
  '<Video src="https://e.org/v.mp4" title="Pit stop" />',
  '<Video src="https://e.org/v.mp4" title="Pit stop" transcript="./words.transcript.md" />',
  '<Audio src="https://e.org/v.mp3" title="Voice note" />',
  '<Audio src="https://e.org/v.mp3" title="Voice note" transcript="./empty.transcript.md" />',
  '<YouTube id="dQw4w9WgXcQ" title="Talk" />',
  '<Transcript>Sam welcomes the listeners and talks about pit stops.</Transcript>',
  '<Transcript>Coming soon</Transcript>',
  '<Video src="https://e.org/v.mp4" title="Pit stop">\n<Transcript>Inside the component.</Transcript>\n</Video>',
  '<Callout type="tip">\n<Video src="https://e.org/v.mp4" title="In a callout" />\n</Callout>',
  '<Callout type="tip">Transcript: the crew changes four tyres.</Callout>',
  'Intro text before a note.\n<Callout type="note">A note.</Callout>',
  '<video controls src="https://e.org/e.mp4" transcript="./words.transcript.md"></video>',
  '<img src="https://e.org/i.png" />',
  '<a href="/posts/"></a>',
  '<span style={{ display: "none" }}>Transcript: hidden.</span>',
  '{"Transcript: from an expression."}',
];
/** Markdown: raw HTML as HTML writes it. */
const markdown = [
  '<img src="https://e.org/i.png">',
  '<a href="/posts/"></a>',
  '<div hidden>\n\nTranscript: hidden.\n\n</div>',
  '<input type="text">',
];

const post = (pieces: string[]) =>
  fc.record({
    pieces: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }),
    joint: fc.constantFrom('\n\n', '\n'),
  });

interface Problem {
  file: string;
  ruleId: string;
}

/** Each post's problems of the rules both layers run, by the post's slug. */
function byPost(problems: Problem[], fileOf: (problem: Problem) => string | undefined) {
  const found = new Map<string, string[]>();
  for (const problem of problems) {
    const slug = fileOf(problem);
    if (!slug || !BOTH_LAYERS.includes(problem.ruleId)) continue;
    found.set(slug, [...(found.get(slug) ?? []), problem.ruleId].sort());
  }
  return found;
}

function gate(layer: string[]): Problem[] {
  const run = spawnSync(
    process.execPath,
    [join(projectRoot, 'src/a11y/cli.mjs'), ...layer, '--format', 'json'],
    { cwd: root, encoding: 'utf8', env: userEnv() },
  );
  // Exit 1 is problems found; anything else, or no report, is the check failing to run.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${layer.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout) as Problem[];
}

describe('every post judged by the source layer as its page is by the built pages (fixture: two-layers)', () => {
  const posts = new Map<string, string>();
  let site: FixtureBuild;
  beforeAll(() => {
    // The project's own src/ and Astro config, whose integration reads the site config beside
    // it: this one's, with every compared rule lowered to a warning.
    rmSync(root, { recursive: true, force: true });
    const levels = Object.fromEntries(BOTH_LAYERS.map((rule) => [rule, 'warning']));
    withOwnProject(
      root,
      `  title: 'Two layers',
  description: 'Random posts, judged twice.',
  url: 'https://two-layers.example.org',
  author: { name: 'Sam Rivera' },
  a11y: { rules: ${JSON.stringify(levels)} },`,
    );
    cpSync(join(projectRoot, 'public/favicon.svg'), join(root, 'public/favicon.svg'));
    const folder = join(root, 'content/posts');
    mkdirSync(folder, { recursive: true });
    mkdirSync(join(root, 'content/pages'));
    writeFileSync(
      join(root, 'content/pages/about.md'),
      '---\ntitle: About\ndescription: A fixture site.\n---\n\nFixture.\n',
    );
    writeFileSync(join(folder, 'words.transcript.md'), 'Sam welcomes the listeners.\n');
    writeFileSync(join(folder, 'empty.transcript.md'), 'TBD\n');
    writeFileSync(join(folder, 'pit.png'), ONE_PIXEL_PNG);
    const write = (ext: string, pieces: string[], count: number, seed: number) =>
      fc.sample(post(pieces), { numRuns: count, seed }).forEach(({ pieces, joint }, index) => {
        const slug = `${ext}-${index}`;
        const body = pieces.join(joint);
        posts.set(slug, body);
        writeFileSync(
          join(folder, `${slug}.${ext}`),
          `---\ntitle: Post ${slug}\ndescription: A random post.\npubDate: 2026-01-01\n---\n\n${body}\n`,
        );
      });
    write('mdx', [...shared, ...mdx], 120, 11);
    write('md', [...shared, ...markdown], 60, 13);
    site = buildFixture(NAME);
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('reports on each post what its page is found to have, no more and no less', () => {
    expect(site.status, site.output).toBe(0);
    const sources = byPost(
      gate(['source', '--no-cache']),
      ({ file }) => /^content\/posts\/(md(?:x)?-\d+)\.mdx?$/.exec(file)?.[1],
    );
    const pages = byPost(
      gate(['html', 'dist']),
      ({ file }) => /^dist\/posts\/(md(?:x)?-\d+)\//.exec(file)?.[1],
    );
    // Most posts have a problem: the comparison is of something.
    expect(pages.size).toBeGreaterThan(100);
    for (const slug of posts.keys())
      expect(sources.get(slug) ?? [], `${slug}:\n${posts.get(slug)}`).toEqual(
        pages.get(slug) ?? [],
      );
  });
});
