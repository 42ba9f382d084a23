import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  projectRoot,
  stagedIndexes,
  userEnv,
  type FixtureBuild,
} from '../helpers/build-fixture.ts';
import { handoffFile, SEARCH_STEP } from '../../src/integrations/search-handoff.ts';

/**
 * `npm run build` in two steps (README "Search"): `astro build`, then the search step once
 * Astro's process has exited. npm tells the build which script runs it (`npm_lifecycle_script`),
 * so these builds get exactly the variable `npm run build` gives them, and the step runs as
 * npm runs it: from the project root, after a build that passed.
 */
const npmBuild = {
  npm_lifecycle_script: JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).scripts
    .build,
};

function searchStep(root: string, env: Record<string, string> = {}, args: string[] = []) {
  const run = spawnSync(process.execPath, [join(projectRoot, SEARCH_STEP), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: userEnv(env),
    timeout: 60_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run build: the search index after Astro has exited (fixture: search-step/passing)', () => {
  let build: FixtureBuild;
  let handoff: string;
  let step: ReturnType<typeof searchStep>;
  beforeAll(() => {
    build = buildFixture('search-step/passing', npmBuild);
    handoff = handoffFile(build.root);
    if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  }, 180_000);

  it('the build leaves the index to the next step, and Pagefind never ran inside it', () => {
    expect(build.output).toContain(
      "search: the index is written once Astro's process has exited (npm run build's second step)",
    );
    expect(build.exists('pagefind')).toBe(false);
    expect(stagedIndexes(build)).toEqual([]);
    expect(JSON.parse(readFileSync(handoff, 'utf8'))).toEqual({
      outDir: build.outDir,
      emptyOnFailure: true,
      indexed: false,
    });
  });

  it('the step indexes the built site into dist/pagefind/ and logs its timing', () => {
    step = searchStep(build.root);
    expect(step.status, step.output).toBe(0);
    expect(step.output).toMatch(
      /\[commonplace\] search: 2 pages in \d+\.\d\d s \(once Astro's process had exited; the build waited \d+\.\d\d s\)/,
    );
    const entry = JSON.parse(build.read('pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(2);
    expect(build.exists('pagefind/pagefind.js')).toBe(true);
    // Handed over once, indexed once.
    expect(existsSync(handoff)).toBe(false);
  });

  it('run again with nothing handed over, it refuses and says what to run, leaving the site', () => {
    const again = searchStep(build.root);
    expect(again.status).toBe(1);
    expect(again.output).toContain('search index: no passed build to index');
    expect(again.output).toContain('run `npm run build`');
    expect(build.exists('posts/pit-wall/index.html')).toBe(true);
    expect(build.exists('pagefind/pagefind-entry.json')).toBe(true);
  });

  it('handed a folder that is gone, it says so', () => {
    mkdirSync(join(handoff, '..'), { recursive: true });
    writeFileSync(
      handoff,
      JSON.stringify({ outDir: join(build.root, 'gone'), emptyOnFailure: true }),
    );
    const gone = searchStep(build.root);
    expect(gone.status).toBe(1);
    expect(gone.output).toContain('search index: the built site in gone/ is gone.');
    expect(existsSync(handoff)).toBe(false);
  });

  it('handed options meant for Astro (npm run build -- --outDir out), it fails and says where they go', () => {
    writeFileSync(
      handoff,
      JSON.stringify({ outDir: build.outDir, emptyOnFailure: false, indexed: false }),
    );
    const misdirected = searchStep(build.root, {}, ['--outDir', 'out']);
    expect(misdirected.status).toBe(1);
    expect(misdirected.output).toContain(
      'search index: npm passed `--outDir out` to the search step, not to astro build, so the site was built without it.',
    );
    expect(misdirected.output).toContain(`npx astro build --outDir out && node ${SEARCH_STEP}`);
    // Not inside the project as handed over: said, and left alone.
    expect(misdirected.output).toContain('dist/ is not inside the project: not emptied');
    expect(build.exists('posts/pit-wall/index.html')).toBe(true);
  });

  it('when Pagefind cannot run, it says so, empties dist/ and fails, as a failed gate does', () => {
    expect(build.exists('posts/pit-wall/index.html')).toBe(true);
    writeFileSync(
      handoff,
      JSON.stringify({ outDir: build.outDir, emptyOnFailure: true, indexed: false }),
    );
    // Pagefind's Node API starts the binary this variable names: one that is not there.
    const broken = searchStep(build.root, {
      PAGEFIND_EXTENDED_BINARY_PATH: join(build.root, 'no-such-pagefind'),
    });
    expect(broken.status).toBe(1);
    expect(broken.output).toContain(
      'search index: Pagefind stopped before it wrote the index (Pagefind backend closed).',
    );
    expect(broken.output).toContain('Run `npm run build` again');
    expect(broken.output).toContain(
      'dist/ emptied: a build whose search index fails publishes nothing',
    );
    expect(readdirSync(build.outDir)).toEqual([]);
    expect(existsSync(handoff)).toBe(false);
  });
});

describe('astro build alone, then the step (fixture: search-step/passing, built again)', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    // No script command line: what a package manager that passes none, or a host's own
    // `astro build`, gives the build.
    build = buildFixture('search-step/passing', { npm_lifecycle_script: '' });
    if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
  }, 180_000);

  it('the build writes the index itself, and the step then has nothing to do', () => {
    expect(build.output).toMatch(/search: 2 pages in \d+\.\d\d s \(beside the gate and feeds/);
    expect(JSON.parse(build.read('pagefind/pagefind-entry.json')).languages.en.page_count).toBe(2);
    const step = searchStep(build.root);
    expect(step.status, step.output).toBe(0);
    expect(step.output).toContain('search: the build wrote the index itself; nothing left to do');
    expect(build.exists('pagefind/pagefind-entry.json')).toBe(true);
    expect(existsSync(handoffFile(build.root))).toBe(false);
  });
});

describe('npm run build with a gate error (fixture: search-step/failing)', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('search-step/failing', npmBuild);
  }, 180_000);

  it('hands nothing over, so the step indexes nothing of the failed build', () => {
    expect(build.status).toBe(1);
    expect(build.output).toMatch(/no-alt\.md:6:\d+ +error/);
    expect(existsSync(handoffFile(build.root))).toBe(false);
    const step = searchStep(build.root);
    expect(step.status).toBe(1);
    expect(step.output).toContain('no passed build to index');
    expect(build.exists('pagefind')).toBe(false);
  });
});
