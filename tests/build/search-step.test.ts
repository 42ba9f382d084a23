import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  projectRoot,
  stagedIndexes,
  userEnv,
  type FixtureBuild,
} from '../helpers/build-fixture.ts';
import {
  handoffFile,
  lastIndexFolder,
  SEARCH_STEP,
} from '../../src/integrations/search-handoff.ts';
import { closePagefind, runPagefind } from '../../src/integrations/search-index.ts';
import { listFiles } from '../../src/lib/util/files.ts';
import { SEARCH_FILES } from '../../src/lib/search/index-files.ts';

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
      lastIndex: lastIndexFolder(join(build.root, 'node_modules/.astro')),
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
    // The files a page may load by name, which the gate is told are coming, are what Pagefind
    // writes (pit-wall.md loads pagefind-ui.css, and both layers passed it before it existed).
    expect(SEARCH_FILES.filter((file) => !build.exists(file))).toEqual([]);
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

/** Every file of an index folder and its bytes. */
function folderBytes(dir: string): Record<string, Buffer> {
  return Object.fromEntries(listFiles(dir).map((path) => [path, readFileSync(join(dir, path))]));
}

/** The index Pagefind writes for the built site into an empty folder, outside it. */
async function freshIndex(outDir: string): Promise<Record<string, Buffer>> {
  const dir = mkdtempSync(join(tmpdir(), 'fresh-index-'));
  try {
    await runPagefind(outDir, join(dir, 'pagefind'));
    return folderBytes(join(dir, 'pagefind'));
  } finally {
    await closePagefind();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('npm run build again: the last index is updated, not written anew (fixture: search-step/passing)', () => {
  // Written and removed here (.gitignore): a post that comes and goes between two builds.
  const addedPost = join(
    projectRoot,
    'tests/fixtures/search-step/passing/content/posts/lap-two.md',
  );
  let build: FixtureBuild;
  let kept: string;
  const entry = () => JSON.parse(build.read('pagefind/pagefind-entry.json'));
  const rebuildAndIndex = () => {
    build = buildFixture('search-step/passing', npmBuild, { rebuild: true });
    if (build.status !== 0) throw new Error(`the rebuild failed:\n${build.output}`);
    // Until the step runs, the last index waits in Astro's cache folder, not in dist/.
    expect(build.exists('pagefind')).toBe(false);
    expect(existsSync(join(kept, 'pagefind-entry.json'))).toBe(true);
    const step = searchStep(build.root);
    expect(step.status, step.output).toBe(0);
    // Moved into place: nothing of it is left in the cache folder.
    expect(
      readdirSync(join(kept, '..')).filter((name) => name.startsWith('commonplace-search-last')),
    ).toEqual([]);
  };
  beforeAll(() => {
    rmSync(addedPost, { force: true });
    build = buildFixture('search-step/passing', npmBuild);
    if (build.status !== 0) throw new Error(`the build failed:\n${build.output}`);
    const step = searchStep(build.root);
    if (step.status !== 0) throw new Error(`the search step failed:\n${step.output}`);
    kept = lastIndexFolder(join(build.root, 'node_modules/.astro'));
  }, 180_000);
  afterAll(() => rmSync(addedPost, { force: true }));

  let withAdded: Record<string, Buffer>;
  it('a post added: unchanged files are kept, and the index is the one a fresh build writes', async () => {
    const script = statSync(join(build.outDir, 'pagefind/pagefind.js'));
    writeFileSync(
      addedPost,
      '---\ntitle: Lap two\ndescription: A second look at team radio.\npubDate: 2026-03-09\n---\nThe undercut worked because the call came early.\n',
    );
    rebuildAndIndex();
    expect(entry().languages.en.page_count).toBe(3);
    // The same file, not one written again.
    const after = statSync(join(build.outDir, 'pagefind/pagefind.js'));
    expect([after.ino, after.mtimeMs]).toEqual([script.ino, script.mtimeMs]);
    withAdded = folderBytes(join(build.outDir, 'pagefind'));
    expect(withAdded).toEqual(await freshIndex(build.outDir));
  }, 180_000);

  it('the post removed again: its files are gone from the index too', async () => {
    rmSync(addedPost);
    rebuildAndIndex();
    expect(entry().languages.en.page_count).toBe(2);
    const now = folderBytes(join(build.outDir, 'pagefind'));
    expect(now).toEqual(await freshIndex(build.outDir));
    // The added page's own files (its fragment among them) were in the last index, and are not.
    const fragments = (files: Record<string, Buffer>) =>
      Object.keys(files).filter((path) => path.startsWith('fragment/'));
    expect(fragments(withAdded).length).toBe(fragments(now).length + 1);
  }, 180_000);
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
