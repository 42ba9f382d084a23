import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { srcFiles } from '../../src/a11y/core/source-files.ts';
import { projectRoot, userEnv } from '../helpers/build-fixture.ts';

/**
 * Two builds in one process, through Astro's JS API, as a dev tool or a test runner might run
 * them: the first fails after the gate's source layer started (a dangling course, reported at
 * astro:config:done); the second is of a clean site. The second must be judged on its own
 * files, not on the report of the first one's worker (README "Accessibility gate").
 */
const sites = join(projectRoot, 'tests/fixtures/two-builds');
const failing = join(sites, 'failing');
const passing = join(sites, 'passing');

describe('a second build in the same process (fixture: two-builds)', () => {
  let output = '';
  beforeAll(() => {
    for (const root of [failing, passing])
      for (const dir of ['dist', '.astro', 'node_modules'])
        rmSync(join(root, dir), { recursive: true, force: true });
    const run = spawnSync(process.execPath, [join(sites, 'build-both.mjs'), failing, passing], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: userEnv(),
      timeout: 170_000,
    });
    output = `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    if (run.status !== 0) throw new Error(`the two builds did not run (${run.status}):\n${output}`);
  }, 180_000);

  it('the first fails on its own problem', () => {
    expect(output).toContain(`RESULT failed ${failing}`);
    expect(output).toMatch(/week-one\.md:5:1 +error +course "pln-404" does not exist/);
  });

  it('the second is judged on its own files, and builds', () => {
    // Everything the second build printed, and nothing of the first.
    const after = output.slice(output.indexOf(`START ${passing}`));
    expect(after).toContain(`RESULT built ${passing}`);
    expect(after).not.toContain('pln-404');
    // Its own source layer ran, in its own worker: its 2 content files, and the .astro files of
    // the src/ it builds with (this project's).
    const astro = srcFiles(join(projectRoot, 'src')).length;
    expect(after).toMatch(
      new RegExp(`gate-source: ${2 + astro} files in [\\d.]+ s \\(in a worker`),
    );
    expect(existsSync(join(passing, 'dist/posts/week-two/index.html'))).toBe(true);
  });
});
