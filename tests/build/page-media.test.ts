import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, projectRoot, userEnv, type FixtureBuild } from '../helpers/build-fixture.ts';

const root = join(projectRoot, 'tests/fixtures/page-media');

/** `npm run check` (or `check:html`) over the fixture, as JSON. */
const gate = (...args: string[]) =>
  spawnSync(
    process.execPath,
    [join(projectRoot, 'src/a11y/cli.mjs'), ...args, '--format', 'json'],
    {
      cwd: root,
      encoding: 'utf8',
      env: userEnv(),
    },
  );

/**
 * An author's own pages in src/pages/ (an .astro page and an .mdx page) that use the shipped
 * media components with a transcript path relative to the page. The fixture's src/ is this
 * project's, with the fixture's pages/ laid over its pages, as in an author's copy of the site.
 */
describe("a media component on a page of src/pages/, its transcript beside the page's file (fixture: page-media)", () => {
  let site: FixtureBuild;
  beforeAll(() => {
    rmSync(join(root, 'src'), { recursive: true, force: true });
    cpSync(join(projectRoot, 'src'), join(root, 'src'), { recursive: true });
    cpSync(join(root, 'pages'), join(root, 'src/pages'), { recursive: true });
    site = buildFixture('page-media');
  });
  afterAll(() => rmSync(join(root, 'src'), { recursive: true, force: true }));

  it('builds, with each transcript read from the path relative to the page that names it', () => {
    expect(site.status, site.output).toBe(0);
    const clip = site.read('clip/index.html');
    expect(clip).toContain('changes all four tyres and drops it again');
    const video = /<video [^>]*aria-describedby="([^"]+)"/.exec(clip);
    expect(video).not.toBeNull();
    expect(clip).toContain(`id="${video![1]}"`);
    const talk = site.read('notes/talk/index.html');
    expect(talk).toContain('what they read to keep up with the sport');
    expect(talk).toMatch(/<audio [^>]*aria-describedby="[^"]+"/);
  });

  it("warns of a heading level a page skips, at the page's file before the build where the file alone shows it, and on the built page across a component", () => {
    expect(site.status, site.output).toBe(0);
    const skip = (page: string) =>
      site.output
        .split('\n')
        .filter((line) => line.includes(page) && line.endsWith('heading-order'))
        .map((line) => line.replace(/^\S+:\d+:\d+\s+/, ''));
    expect(skip('dist/reading-list/index.html')).toEqual([
      'warning  <h3>Podcasts</h3> skips from level 1 to level 3 (the heading before it is <h1>Reading list</h1>): write <h2>Podcasts</h2>, so the outline screen reader users move by has no gap (page built by src/pages/reading-list.astro)  heading-order',
      // Toc.astro writes its own <h2>: only the built page knows it stands before the <h4>.
      'warning  <h4>Newsletters</h4> skips from level 2 to level 4 (the heading before it is <h2>Contents</h2>): write <h3>Newsletters</h3>, so the outline screen reader users move by has no gap (page built by src/pages/reading-list.astro)  heading-order',
    ]);
    const check = gate('source', '--no-cache');
    const problems = JSON.parse(check.stdout) as { file: string; line: number; ruleId: string }[];
    expect(
      problems
        .filter((problem) => problem.ruleId === 'heading-order')
        .map(({ file, line }) => `${file}:${line}`),
    ).toEqual(['src/pages/reading-list.astro:11']);
  });

  it("says a warning of an entry's or a content page's text once, at its line, though both layers find it", () => {
    expect(site.status, site.output).toBe(0);
    const empty = site.output.split('\n').filter((line) => line.includes('heading-name'));
    expect(empty).toEqual([
      "content/pages/contact.md:8:1  warning  Heading has no text: write the section's title after the #, or remove the line  heading-name",
      "content/posts/first.md:18:1  warning  Heading has no text: write the section's title after the #, or remove the line  heading-name",
      "… and 2 heading-name warnings in entries' text, not shown again: the source layer reported them above, at their lines",
    ]);
    // The built pages have it, and `npm run check:html` (which prints every problem) says so,
    // naming the file where it is fixed: the content page's, not src/pages/[page].astro.
    const pages = gate('html', 'dist');
    const problems = JSON.parse(pages.stdout) as {
      file: string;
      ruleId: string;
      message: string;
    }[];
    expect(
      problems
        .filter((problem) => problem.ruleId === 'heading-name')
        .map(({ file, message }) => `${file} ${/\(page built [^()]*\)$/.exec(message)?.[0]}`),
    ).toEqual([
      'dist/contact/index.html (page built from content/pages/contact.md)',
      'dist/posts/first/index.html (page built from content/posts/first.md)',
    ]);
  });

  it('labels each task-list checkbox with its task, in .md and .mdx, and a <label for> written in MDX names its field', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).not.toContain('field-name');
    const first = site.read('posts/first/index.html');
    expect(first).toContain(
      '<label><input type="checkbox" disabled> Read <a href="https://www.fia.com/sustainability">the FIA’s plan</a></label>',
    );
    expect(first).toMatch(
      /<label><input type="checkbox" checked disabled> Start the journal\s*<\/label><ul/,
    );
    expect(first).toContain(
      '<label><input type="checkbox" disabled> Add a page about my PLN</label>',
    );
    expect(first).toContain(
      '<p><label><input type="checkbox" disabled> Ask Sam about the survey</label></p>',
    );
    const checkIn = site.read('posts/check-in/index.html');
    // Astro writes `for` as written in MDX (React's `htmlFor` it would write as it is).
    expect(checkIn).toContain('<label for="mood">How did this week go?</label>');
    expect(checkIn).toMatch(
      /<label><input type="checkbox" disabled\/?> Reply to <abbr title="personal learning network">PLN<\/abbr> comments<\/label>/,
    );
  });

  it('is passed by npm run check, which reads the same paths from the same files', () => {
    const check = gate('source', '--no-cache');
    expect(check.stderr).toBe('');
    const problems = JSON.parse(check.stdout) as { file: string; severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(check.status).toBe(0);
  });
});
