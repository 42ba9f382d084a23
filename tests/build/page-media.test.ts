import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, projectRoot, userEnv, type FixtureBuild } from '../helpers/build-fixture.ts';

const root = join(projectRoot, 'tests/fixtures/page-media');

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

  it('is passed by npm run check, which reads the same paths from the same files', () => {
    const check = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/a11y/cli.mjs'), 'source', '--no-cache', '--format', 'json'],
      { cwd: root, encoding: 'utf8', env: userEnv() },
    );
    expect(check.stderr).toBe('');
    const problems = JSON.parse(check.stdout) as { file: string; severity: string }[];
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(check.status).toBe(0);
  });
});
