import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { buildFixture, projectRoot, userEnv, type FixtureBuild } from '../helpers/build-fixture.ts';

/**
 * A site whose Sätteri reads a syntax Astro leaves off by default, heading attributes
 * (`## What we will do on the day {#plan}`), set in its Astro config:
 * `satteri({ features: { headingAttributes: true } })`. The gate parses with the same syntax, in
 * the build and in `npm run check`, so links to those ids pass, in `.md` and in MDX holding
 * JavaScript, which micromark reads. Where the syntax is off, the same links point nowhere
 * (tests/unit/a11y/markdown-syntax.test.ts).
 */
const root = join(projectRoot, 'tests/fixtures/markdown-syntax');

let build: FixtureBuild;
let checked: ReturnType<typeof spawnSync>;
beforeAll(() => {
  build = buildFixture('markdown-syntax');
  checked = spawnSync(
    process.execPath,
    [join(projectRoot, 'src/a11y/cli.mjs'), 'source', '--no-cache'],
    {
      cwd: root,
      encoding: 'utf8',
      env: userEnv(),
      timeout: 120_000,
    },
  );
});

describe('a site whose Markdown reads heading attributes (fixture: markdown-syntax)', () => {
  it('builds, each heading with the id its attributes give and the links to them kept', () => {
    expect(build.status, build.output).toBe(0);
    const plan = build.read('posts/race-plan/index.html');
    expect(plan).toMatch(/<h2 id="plan">What we will do on the day<\/h2>/);
    expect(plan).toContain('href="#plan"');
    expect(build.read('posts/lap-notes/index.html')).toMatch(/<h2 id="laps">How many laps<\/h2>/);
  });

  it('passes npm run check, which reads the same syntax from the Astro config', () => {
    expect(`${checked.stdout}${checked.stderr}`).toMatch(/^no problems in \d+ files/m);
    expect(checked.status).toBe(0);
  });
});
