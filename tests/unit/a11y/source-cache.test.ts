import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gateConfig, type GateConfig } from '../../../src/a11y/core/config.ts';
import { forgetContentIndexes } from '../../../src/a11y/core/content-index.ts';
import { forgetContentIds } from '../../../src/a11y/source/content-ids.ts';
import { hashCode } from '../../../src/a11y/run/cache.ts';
import { checkSources, checkSourcesCached } from '../../../src/a11y/run/parallel.ts';
import { formatText } from '../../../src/a11y/core/report.ts';
import { projectRoot } from '../../helpers/build-fixture.ts';
import { post, project } from './project.ts';

/**
 * The check's cache (src/a11y/run/cache.ts) must give what a fresh check gives, whatever
 * changed between two runs: the file, a transcript it names, an entry it links to, the site's
 * other files, the config, the clock. Each run here is a new "process" as far as the source
 * layer's in-memory indexes go (forgotten between runs, as the dev server does).
 */

const SITE = {
  'content/posts/a.mdx': post(
    'Intro.\n\n<Video src="/media/clip.webm" transcript="./clip.transcript.md" />\n\nSee [the method](/posts/b/#the-method).\n\n![A chart of the week](./chart.png)',
  ),
  'content/posts/clip.transcript.md': 'What was said in the clip.\n',
  'content/posts/chart.png': 'png',
  'content/posts/b.md': post('## The method\n\nHow I plan the week.'),
  'content/posts/c.md': post('![](/media/photo.png)\n\nNothing else.'),
  'public/media/clip.webm': 'webm',
  'public/media/photo.png': 'png',
};

afterEach(() => {
  vi.useRealTimers();
});

/**
 * One run over the project's content, with the cache in the project's own folder: with a config,
 * as a build runs it; with a function that gives one, as `npm run check` does.
 */
async function run(root: string, config: GateConfig | (() => Promise<GateConfig>) = gateConfig()) {
  forgetContentIndexes();
  forgetContentIds();
  const result = await checkSourcesCached([join(root, 'content')], config, root, {
    dir: join(root, 'cache'),
  });
  return { ...result, text: formatText(result.problems, result.files) };
}

/** What a check with no cache at all says now. */
async function fresh(root: string, config: GateConfig = gateConfig()) {
  forgetContentIndexes();
  forgetContentIds();
  const result = await checkSources([join(root, 'content')], config, root);
  return formatText(result.problems, result.files);
}

const lines = (text: string, ruleId: string) =>
  text.split('\n').filter((line) => line.endsWith(ruleId));

describe('the check cache', () => {
  it('answers a second run from the cache with exactly the first run’s report', async () => {
    const root = project(SITE);
    const cold = await run(root);
    expect(cold.cached).toBe(0);
    expect(lines(cold.text, 'image-alt')).toHaveLength(1);
    const warm = await run(root);
    expect(warm.cached).toBe(warm.files);
    expect(warm.text).toBe(cold.text);
    expect(warm.text).toBe(await fresh(root));
  });

  it('re-reports an import when its package is removed, and drops it once installed or aliased', async () => {
    const root = project({
      ...SITE,
      'content/posts/d.mdx': post("import Chart from 'chart-kit';\n\n<Chart />"),
      'node_modules/chart-kit/package.json': '{"name":"chart-kit"}',
    });
    expect(lines((await run(root)).text, 'asset-target')).toEqual([]);
    rmSync(join(root, 'node_modules/chart-kit'), { recursive: true });
    const removed = await run(root);
    expect(lines(removed.text, 'asset-target')).toHaveLength(1);
    expect(removed.text).toBe(await fresh(root));
    const tsconfig = { compilerOptions: { paths: { 'chart-kit': ['./src/chart.ts'] } } };
    writeFileSync(join(root, 'tsconfig.json'), JSON.stringify(tsconfig));
    const aliased = await run(root);
    expect(lines(aliased.text, 'asset-target')).toEqual([]);
    writeFileSync(join(root, 'tsconfig.json'), '{}');
    expect(lines((await run(root)).text, 'asset-target')).toHaveLength(1);
  });

  it('re-reports an image when the alias it goes through changes in a tsconfig.json extended', async () => {
    // As Astro's templates write it: the project's tsconfig.json extends another, which may
    // hold the `paths`; a change there alone must reach both the cache and a fresh check.
    const root = project({
      ...SITE,
      'content/posts/d.md': post('![A grid of cars](@/assets/grid.png)'),
      'src/assets/grid.png': 'png',
      'tsconfig.json': '{ "extends": "./tsconfig.base.json" }',
      'tsconfig.base.json': JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } }),
    });
    expect(lines((await run(root)).text, 'asset-target')).toEqual([]);
    writeFileSync(
      join(root, 'tsconfig.base.json'),
      JSON.stringify({ compilerOptions: { paths: { '@/*': ['./lib/*'] } } }),
    );
    const moved = await run(root);
    expect(lines(moved.text, 'asset-target')).toEqual([
      expect.stringContaining('Image @/assets/grid.png names no file through its alias'),
    ]);
    expect(moved.text).toBe(await fresh(root));
    writeFileSync(join(root, 'tsconfig.base.json'), '{}');
    const gone = await run(root);
    expect(lines(gone.text, 'asset-target')).toEqual([
      expect.stringContaining('starts with @/, an alias this project does not define'),
    ]);
    expect(gone.text).toBe(await fresh(root));
  });

  it('re-reports an import when its module stops exporting the name, or the file it resolves to changes', async () => {
    const root = project({
      ...SITE,
      'content/posts/d.mdx': post("import { laps } from './laps';\n\n{laps}"),
      'content/posts/laps.js': 'export const laps = 58;',
    });
    expect(lines((await run(root)).text, 'asset-target')).toEqual([]);
    writeFileSync(join(root, 'content/posts/laps.js'), 'export const lapCount = 58;');
    const renamed = await run(root);
    expect(lines(renamed.text, 'asset-target')).toHaveLength(1);
    expect(renamed.text).toBe(await fresh(root));
    // A file earlier in Vite's order now takes the import: laps.mjs before laps.js.
    writeFileSync(join(root, 'content/posts/laps.js'), 'export const laps = 58;');
    writeFileSync(join(root, 'content/posts/laps.mjs'), 'export default 58;');
    const shadowed = await run(root);
    expect(lines(shadowed.text, 'asset-target')).toEqual([
      expect.stringContaining('laps.mjs has no export named laps'),
    ]);
    expect(shadowed.text).toBe(await fresh(root));
  });

  it('re-reports a file that changed; only it and what links into it are checked again', async () => {
    const root = project(SITE);
    await run(root);
    writeFileSync(join(root, 'content/posts/b.md'), post('## The method\n\n![](plan.png)'));
    const warm = await run(root);
    // b.md, and a.mdx, whose link to b's heading depends on b's text; c.md from the cache.
    expect(warm.cached).toBe(warm.files - 2);
    expect(lines(warm.text, 'image-alt').map((l) => l.split(':')[0])).toEqual([
      'content/posts/b.md',
      'content/posts/c.md',
    ]);
    expect(warm.text).toBe(await fresh(root));
  });

  it('re-reports a post whose transcript file was emptied or removed', async () => {
    const root = project(SITE);
    const cold = await run(root);
    expect(lines(cold.text, 'media-transcript')).toEqual([]);
    writeFileSync(join(root, 'content/posts/clip.transcript.md'), '  \n');
    const emptied = await run(root);
    expect(lines(emptied.text, 'media-transcript')).toHaveLength(1);
    expect(emptied.text).toBe(await fresh(root));
    rmSync(join(root, 'content/posts/clip.transcript.md'));
    const removed = await run(root);
    expect(lines(removed.text, 'media-transcript')).toHaveLength(1);
    expect(removed.text).toBe(await fresh(root));
  });

  it('re-reports a transcript file re-linked to a file outside the project, and passes its fix', async () => {
    const root = project(SITE);
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    writeFileSync(join(root, 'content/posts/inside.transcript.md'), 'What was said.\n');
    const transcript = join(root, 'content/posts/clip.transcript.md');
    rmSync(transcript);
    symlinkSync(join(root, 'content/posts/inside.transcript.md'), transcript);
    expect(lines((await run(root)).text, 'media-transcript')).toEqual([]);
    // The same text, through a link that now leads out of the project.
    writeFileSync(join(elsewhere, 'words.transcript.md'), 'What was said.\n');
    rmSync(transcript);
    symlinkSync(join(elsewhere, 'words.transcript.md'), transcript);
    const outside = await run(root);
    expect(lines(outside.text, 'media-transcript')).toEqual([
      expect.stringContaining(
        'names transcript file ./clip.transcript.md, which is outside this project',
      ),
    ]);
    expect(outside.text).toBe(await fresh(root));
    // The fix the message gives: the transcript in a file beside the post.
    rmSync(transcript);
    writeFileSync(transcript, 'What was said.\n');
    expect(lines((await run(root)).text, 'media-transcript')).toEqual([]);
  });

  it('re-reports a transcript link when the page or file it leads to loses its words', async () => {
    const root = project({
      ...SITE,
      'content/posts/d.md': post(
        '<video src="/media/clip.webm" controls></video>\n\n[Transcript](/posts/b/)\n\n<video src="/media/clip.webm" controls></video>\n\n[Transcript](/words.txt)',
      ),
      'public/words.txt': 'What was said in the clip.\n',
    });
    const cold = await run(root);
    expect(lines(cold.text, 'media-transcript')).toEqual([]);
    writeFileSync(join(root, 'content/posts/b.md'), post('Coming soon.'));
    writeFileSync(join(root, 'public/words.txt'), 'TBD\n');
    const emptied = await run(root);
    expect(lines(emptied.text, 'media-transcript')).toHaveLength(2);
    expect(emptied.text).toBe(await fresh(root));
  });

  it('re-reports a link when the heading it points to is renamed, or its entry goes', async () => {
    const root = project(SITE);
    await run(root);
    writeFileSync(join(root, 'content/posts/b.md'), post('## My method\n\nHow I plan the week.'));
    const renamed = await run(root);
    expect(lines(renamed.text, 'link-target')).toEqual([
      expect.stringMatching(/^content\/posts\/a\.mdx:\d+:\d+ .*#the-method/),
    ]);
    expect(renamed.text).toBe(await fresh(root));
    rmSync(join(root, 'content/posts/b.md'));
    const gone = await run(root);
    expect(lines(gone.text, 'link-target')).toHaveLength(1);
    expect(gone.text).toBe(await fresh(root));
  });

  it('drops a link once its page is added to src/pages/, and reports it again once removed', async () => {
    const root = project({ ...SITE, 'content/posts/c.md': post('See [what I do now](/now/).') });
    const cold = await run(root);
    expect(lines(cold.text, 'link-target')).toHaveLength(1);
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/pages/now.astro'), '<h1>Now</h1>\n');
    const added = await run(root);
    expect(lines(added.text, 'link-target')).toEqual([]);
    expect(added.text).toBe(await fresh(root));
    rmSync(join(root, 'src/pages/now.astro'));
    const removed = await run(root);
    expect(lines(removed.text, 'link-target')).toHaveLength(1);
    expect(removed.text).toBe(await fresh(root));
  });

  it('re-reports an image removed from public/, or from beside the entry', async () => {
    const root = project(SITE);
    await run(root);
    rmSync(join(root, 'public/media/photo.png'));
    const fromPublic = await run(root);
    expect(lines(fromPublic.text, 'asset-target')).toEqual([
      expect.stringMatching(/^content\/posts\/c\.md:.*\/media\/photo\.png/),
    ]);
    expect(fromPublic.text).toBe(await fresh(root));
    rmSync(join(root, 'content/posts/chart.png'));
    const beside = await run(root);
    expect(lines(beside.text, 'asset-target')).toHaveLength(2);
    expect(beside.text).toBe(await fresh(root));
  });

  it('re-reports an image beside the entry whose bytes stop being an image, and drops it once fixed', async () => {
    const root = project(SITE);
    await run(root);
    writeFileSync(join(root, 'content/posts/chart.png'), '');
    const emptied = await run(root);
    expect(lines(emptied.text, 'asset-target')).toEqual([
      expect.stringMatching(/^content\/posts\/a\.mdx:.*\.\/chart\.png is an empty file/),
    ]);
    expect(emptied.text).toBe(await fresh(root));
    writeFileSync(join(root, 'content/posts/chart.png'), '<!doctype html><title>404</title>');
    const page = await run(root);
    expect(lines(page.text, 'asset-target')).toEqual([
      expect.stringMatching(/a web page \(HTML\)/),
    ]);
    writeFileSync(join(root, 'content/posts/chart.png'), 'png again');
    const fixed = await run(root);
    expect(lines(fixed.text, 'asset-target')).toEqual([]);
    expect(fixed.text).toBe(await fresh(root));
  });

  it('re-reports an image outside the content folder that went', async () => {
    const root = project({
      'content/posts/a.md': post('![A chart](../../assets/chart.png)'),
      'assets/chart.png': 'png',
    });
    expect(lines((await run(root)).text, 'asset-target')).toEqual([]);
    rmSync(join(root, 'assets/chart.png'));
    const warm = await run(root);
    expect(lines(warm.text, 'asset-target')).toHaveLength(1);
    expect(warm.text).toBe(await fresh(root));
  });

  it('re-reports an unchanged entry when another file takes its URL', async () => {
    const root = project(SITE);
    await run(root);
    writeFileSync(join(root, 'content/posts/copy.md'), post('A copy.', 'slug: b\n'));
    const warm = await run(root);
    expect(lines(warm.text, 'duplicate-url').map((l) => l.split(':')[0])).toEqual([
      'content/posts/b.md',
      'content/posts/copy.md',
    ]);
    expect(warm.text).toBe(await fresh(root));
  });

  it('follows the gate config: a rule’s level, a rule turned off, the writing allow list', async () => {
    const root = project({
      ...SITE,
      'content/posts/d.md': post('The chairman opened the meeting.'),
    });
    const base = await run(root);
    expect(lines(base.text, 'image-alt')[0]).toMatch(/ error /);
    expect(lines(base.text, 'inclusive-language')).toHaveLength(1);

    const warnings = gateConfig({ rules: { 'image-alt': 'warning' } });
    const lowered = await run(root, warnings);
    expect(lines(lowered.text, 'image-alt')[0]).toMatch(/ warning /);
    expect(lowered.text).toBe(await fresh(root, warnings));

    const off = gateConfig({ rules: { 'image-alt': 'off' } });
    expect(lines((await run(root, off)).text, 'image-alt')).toEqual([]);

    const allowed = gateConfig({}, { allow: ['chairman'] });
    expect(lines((await run(root, allowed)).text, 'inclusive-language')).toEqual([]);

    // And back: each config still finds its own results, never another's.
    expect((await run(root)).text).toBe(base.text);
  });

  it('lets a scheduled post go live: a link to it is broken until its date, then fine', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    const root = project({
      'content/posts/a.md': post('See [the plan](/posts/later/).'),
      'content/posts/later.md': post('Soon.').replace('2026-01-01', '2026-03-02'),
    });
    const before = await run(root);
    expect(lines(before.text, 'link-target')).toHaveLength(1);
    expect((await run(root)).cached).toBe(3); // the two posts and the About page
    vi.setSystemTime(new Date('2026-03-03T00:00:00Z'));
    const after = await run(root);
    expect(lines(after.text, 'link-target')).toEqual([]);
    expect(after.text).toBe(await fresh(root));
    // A build date set back (COMMONPLACE_BUILD_DATE, to see the site as it was): the post is
    // not out yet then, and the answer found later does not hold.
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    const back = await run(root);
    expect(lines(back.text, 'link-target')).toHaveLength(1);
    expect(back.text).toBe(before.text);
  });

  it('drops the warning on a post dated more than a year ahead once the date comes within the year', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
    const root = project({
      'content/posts/a.md': post('Soon.').replace('2026-01-01', '2027-03-06'),
    });
    const before = await run(root);
    expect(lines(before.text, 'unlikely-date')).toHaveLength(1);
    expect((await run(root)).cached).toBe(2); // the post and the About page
    vi.setSystemTime(new Date('2026-03-07T00:00:00Z'));
    const after = await run(root);
    expect(lines(after.text, 'unlikely-date')).toEqual([]);
    expect(after.text).toBe(await fresh(root));
  });

  it('keeps its results when only the build date moves on, as each build’s own date does', async () => {
    // A build hands its worker its own clock as COMMONPLACE_BUILD_DATE (run/worker.ts): a key
    // that held the variable matched no earlier build's, and every rebuild checked every file.
    const root = project(SITE);
    const pinned = process.env.COMMONPLACE_BUILD_DATE;
    try {
      process.env.COMMONPLACE_BUILD_DATE = '2026-03-01T10:00:00.000Z';
      const first = await run(root);
      process.env.COMMONPLACE_BUILD_DATE = '2026-03-01T10:05:00.000Z';
      const second = await run(root);
      expect(second.cached).toBe(second.files);
      expect(second.text).toBe(first.text);
    } finally {
      if (pinned === undefined) delete process.env.COMMONPLACE_BUILD_DATE;
      else process.env.COMMONPLACE_BUILD_DATE = pinned;
    }
  });

  it('warns of a date too far ahead on a build date set back, though the post passed before', async () => {
    const root = project({
      'content/posts/a.md': post('Soon.').replace('2026-01-01', '2026-06-01'),
    });
    const pinned = process.env.COMMONPLACE_BUILD_DATE;
    try {
      process.env.COMMONPLACE_BUILD_DATE = '2026-03-01T00:00:00.000Z';
      expect(lines((await run(root)).text, 'unlikely-date')).toEqual([]);
      // Fifteen months before the post's date, to see the site as it was then.
      process.env.COMMONPLACE_BUILD_DATE = '2025-03-01T00:00:00.000Z';
      const back = await run(root);
      expect(lines(back.text, 'unlikely-date')).toEqual([
        expect.stringContaining('pubDate 2026-06-01 is more than a year after the build'),
      ]);
      expect(back.text).toBe(await fresh(root));
    } finally {
      if (pinned === undefined) delete process.env.COMMONPLACE_BUILD_DATE;
      else process.env.COMMONPLACE_BUILD_DATE = pinned;
    }
  });

  it('drops a copied title’s warning from a post when the other post, copied from, changes its title', async () => {
    const root = project({
      'content/posts/a.md': post('Mine.', '', 'Week 5'),
      'content/posts/b.md': post('Copied.', '', 'Week 5'),
    });
    expect(lines((await run(root)).text, 'duplicate-title')).toHaveLength(2);
    writeFileSync(join(root, 'content/posts/b.md'), post('Copied.', '', 'Week 6'));
    const after = await run(root);
    expect(lines(after.text, 'duplicate-title')).toEqual([]);
    expect(after.text).toBe(await fresh(root));
  });

  it("lets a build after npm run check take the check's results, when its config is the one the check resolved", async () => {
    const root = project(SITE);
    // `npm run check` keys its file on the Astro config's text, and resolves the config only to
    // check files; a build keys on the resolved config.
    const check = (config: GateConfig) => run(root, async () => config);
    const checked = await check(gateConfig());
    expect(checked.cached).toBe(0);
    const [checkFile] = readdirSync(join(root, 'cache'));
    const built = await run(root);
    expect(built.cached).toBe(built.files);
    expect(built.text).toBe(checked.text);
    // Copied into the build's own file: the next build needs the check's no more.
    rmSync(join(root, 'cache', checkFile!));
    expect((await run(root)).cached).toBe(built.files);

    // A build with another config (a rule's level) takes none of them, and finds its own level.
    const lowered = gateConfig({ rules: { 'image-alt': 'warning' } });
    const other = await run(root, lowered);
    expect(other.cached).toBe(0);
    expect(other.text).toBe(await fresh(root, lowered));

    // A file changed since the check is checked again by the build, the others taken.
    const again = project(SITE);
    await run(again, async () => gateConfig());
    writeFileSync(join(again, 'content/posts/c.md'), post('Nothing here now.'));
    const after = await run(again);
    expect(after.cached).toBe(after.files - 1);
    expect(after.text).toBe(await fresh(again));
    expect(lines(after.text, 'image-alt')).toEqual([]);
  });

  it('ignores a corrupt cache file, or a corrupt entry, and writes a good one', async () => {
    const root = project(SITE);
    const cold = await run(root);
    const [file] = readdirSync(join(root, 'cache'));
    const path = join(root, 'cache', file!);
    writeFileSync(path, '{"version":1,"entries":{"broken');
    const afterCorrupt = await run(root);
    expect(afterCorrupt.cached).toBe(0);
    expect(afterCorrupt.text).toBe(cold.text);
    const data = JSON.parse(readFileSync(path, 'utf8'));
    data.entries[join(root, 'content/posts/c.md')].problems = [{ file: 'c.md', line: 'one' }];
    writeFileSync(path, JSON.stringify(data));
    const afterBadEntry = await run(root);
    expect(afterBadEntry.cached).toBe(afterBadEntry.files - 1);
    expect(afterBadEntry.text).toBe(cold.text);
  });

  it('stays correct when two checks run at once', async () => {
    const root = project(SITE);
    const cold = await fresh(root);
    const both = await Promise.all([run(root), run(root)]);
    for (const result of both) expect(result.text).toBe(cold);
    expect(readdirSync(join(root, 'cache')).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect((await run(root)).text).toBe(cold);
  });
});

describe('npm run check with the cache', () => {
  const cli = (root: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--import', HOOK, join(projectRoot, 'src/a11y/cli.mjs'), 'source', ...args],
      { cwd: root, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } },
    );
  /** Lists every module the process loaded on stderr, after its own output. */
  const HOOK = `data:text/javascript,${encodeURIComponent(
    `import { registerHooks } from 'node:module';
     const loaded = [];
     registerHooks({ load(url, context, next) { loaded.push(url); return next(url, context); } });
     process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(loaded) + '\\n'));`,
  )}`;
  const loaded = (stderr: string) =>
    JSON.parse(/^LOADED (.*)$/m.exec(stderr)?.[1] ?? '[]') as string[];

  it(
    'loads no parser when every file is cached, and --no-cache checks afresh',
    { timeout: 60_000 },
    () => {
      const root = project(SITE);
      const cold = cli(root);
      expect(cold.status).toBe(1);
      expect(loaded(cold.stderr).some((url) => url.includes('/micromark'))).toBe(true);
      expect(readdirSync(join(root, 'node_modules/.cache/commonplace'))).toContainEqual(
        expect.stringMatching(/^source-.*\.json$/),
      );

      const warm = cli(root);
      expect(warm.status).toBe(1);
      expect(warm.stdout).toBe(cold.stdout);
      const modules = loaded(warm.stderr);
      expect(modules.some((url) => url.endsWith('/src/a11y/run/cache.ts'))).toBe(true);
      expect(
        modules.filter((url) =>
          /micromark|remark|retext|unified|\/zod\/|\/source\/check/.test(url),
        ),
      ).toEqual([]);

      const uncached = cli(root, '--no-cache');
      expect(uncached.stdout).toBe(cold.stdout);
      expect(loaded(uncached.stderr).some((url) => url.includes('/micromark'))).toBe(true);
    },
  );
});

describe("npm run check and Node's compile cache", () => {
  it(
    "keeps the parsers it compiled in Node's own compile cache folder, the one Astro's CLI uses, once that folder exists",
    { timeout: 60_000 },
    () => {
      const root = project(SITE);
      // Node's folder is node-compile-cache in the temporary folder, which TMPDIR moves.
      const tmp = join(root, 'tmp');
      const folder = join(tmp, 'node-compile-cache');
      mkdirSync(folder, { recursive: true });
      const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', TMPDIR: tmp };
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const cli = () =>
        spawnSync(process.execPath, [join(projectRoot, 'src/a11y/cli.mjs'), 'source'], {
          cwd: root,
          encoding: 'utf8',
          env,
        });
      const first = cli();
      expect(first.status).toBe(1);
      // One folder per Node version, holding every module the check compiled: the parsers too.
      const [version] = readdirSync(folder);
      expect(version).toMatch(new RegExp(`^v${process.versions.node}-`));
      expect(readdirSync(join(folder, version!)).length).toBeGreaterThan(100);
      // A check with its results cache gone loads from it, and reports the same.
      rmSync(join(root, 'node_modules/.cache/commonplace'), { recursive: true, force: true });
      const again = cli();
      expect(again.stdout).toBe(first.stdout);
    },
  );
});

describe('the cache and the Astro config', () => {
  const cli = (root: string, env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(projectRoot, 'src/a11y/cli.mjs'), 'source'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', GITHUB_ACTIONS: '', ...env },
    });
  const OUTSIDE = /Link \/posts\/b\/ points outside the site, which is served from \/my-blog\//;

  it('re-reports a link when the base in astro.config.mjs, or a variable it reads, changes', () => {
    const root = project({
      'content/posts/a.md': post('<a href="/posts/b/">The method</a>'),
      'content/posts/b.md': post('How I plan the week.', '', 'The method'),
      'astro.config.mjs': 'export default {};\n',
    });
    expect(cli(root).stdout).toBe('no problems in 3 files\n');
    // The same files, now served from /my-blog/: the link misses the base, as the build says.
    writeFileSync(join(root, 'astro.config.mjs'), "export default { base: '/my-blog' };\n");
    expect(cli(root)).toMatchObject({ status: 1, stdout: expect.stringMatching(OUTSIDE) });
    // A base from an environment variable: the cache follows the variable's value.
    writeFileSync(
      join(root, 'astro.config.mjs'),
      'export default { base: process.env.BLOG_BASE ?? "/" };\n',
    );
    expect(cli(root).stdout).toBe('no problems in 3 files\n');
    expect(cli(root, { BLOG_BASE: '/my-blog' })).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(OUTSIDE),
    });
    expect(cli(root).stdout).toBe('no problems in 3 files\n');
  });

  it('re-reports a task list when the Markdown processor the config names changes', () => {
    const root = project({
      'content/posts/a.md': post('- [ ] Charge the camera'),
      'astro.config.mjs': 'export default {};\n',
    });
    const UNLABELLED = /a\.md:\d+:3 +error +This task's checkbox has no name a reader hears/;
    expect(cli(root).stdout).toBe('no problems in 2 files\n');
    // unified() labels no task: the cached result of the same file must not stand.
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "export default { markdown: { processor: { name: 'unified' } } };\n",
    );
    expect(cli(root)).toMatchObject({ status: 1, stdout: expect.stringMatching(UNLABELLED) });
    // Remark plugins set the older way, which Astro runs on unified().
    writeFileSync(
      join(root, 'astro.config.mjs'),
      'export default { markdown: { remarkPlugins: [() => undefined] } };\n',
    );
    expect(cli(root)).toMatchObject({ status: 1, stdout: expect.stringMatching(UNLABELLED) });
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
    expect(cli(root).stdout).toBe('no problems in 2 files\n');
  });

  it('re-reports a link to a heading id when the Markdown syntax the config reads changes', () => {
    const root = project({
      'content/posts/a.md': post(
        'See [the plan](#plan).\n\n## The plan {#plan}\n\nCharge the camera.',
      ),
      'astro.config.mjs':
        "export default { markdown: { processor: { name: 'satteri', options: { features: { headingAttributes: true } } } } };\n",
    });
    const NOWHERE = /a\.md:\d+:\d+ +error +Link #plan points nowhere/;
    expect(cli(root).stdout).toBe('no problems in 2 files\n');
    // Without heading attributes the page gives the heading no id "plan": the cached result of
    // the same file must not stand.
    writeFileSync(join(root, 'astro.config.mjs'), 'export default {};\n');
    expect(cli(root)).toMatchObject({ status: 1, stdout: expect.stringMatching(NOWHERE) });
  });

  it('re-reports it when the base changes in a module the config imports, or one that imports', () => {
    const root = project({
      'content/posts/a.md': post('<a href="/posts/b/">The method</a>'),
      'content/posts/b.md': post('How I plan the week.', '', 'The method'),
      'astro.config.mjs':
        "import { shared } from './config/shared.mjs';\nexport default { ...shared };\n",
      'config/shared.mjs': "import { base } from './where.mjs';\nexport const shared = { base };\n",
      'config/where.mjs': "export const base = '/';\n",
    });
    expect(cli(root).stdout).toBe('no problems in 3 files\n');
    writeFileSync(join(root, 'config/where.mjs'), "export const base = '/my-blog';\n");
    expect(cli(root)).toMatchObject({ status: 1, stdout: expect.stringMatching(OUTSIDE) });
    // And a variable only the imported module reads.
    writeFileSync(
      join(root, 'config/where.mjs'),
      'export const base = process.env.BLOG_BASE ?? "/";\n',
    );
    expect(cli(root).stdout).toBe('no problems in 3 files\n');
    expect(cli(root, { BLOG_BASE: '/my-blog' })).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(OUTSIDE),
    });
  });
});

describe('what the cache trusts', () => {
  it('keys results by the checker’s code: a rule, the site config, the lockfile', () => {
    const root = project({
      'src/a11y/run/cache.ts': '// the cache',
      'src/a11y/rules/image-alt.ts': 'export default 1;',
      'src/site.config.ts': 'export const site = {};',
      'package.json': '{}',
      'package-lock.json': '{"lockfileVersion":3}',
    });
    const src = join(root, 'src');
    const hashes = new Set([hashCode(src)]);
    expect(hashCode(src)).toBe(hashCode(src));
    for (const [path, text] of [
      ['src/a11y/rules/image-alt.ts', 'export default 2;'],
      ['src/a11y/rules/new-rule.ts', 'export default 3;'],
      ['src/site.config.ts', 'export const site = { a11y: {} };'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
      // A reflection model the site config names by path, outside src/: naming it, then editing it.
      [
        'src/site.config.ts',
        "export const site = { reflectionModels: { mine: 'models/mine.yaml' } };",
      ],
      ['models/mine.yaml', 'name: Mine\nsections: []\n'],
      ['models/mine.yaml', 'name: Mine, edited\nsections: []\n'],
    ] as const) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
      hashes.add(hashCode(src));
    }
    expect(hashes.size).toBe(8);
    // Code it cannot find where it should be is never taken for the same code.
    const elsewhere = join(root, 'elsewhere');
    expect(hashCode(elsewhere)).not.toBe(hashCode(elsewhere));
  });

  /**
   * Every module the source layer runs that touches the file system, and why that is safe for
   * the cache. A rule that reads another file must do it through src/lib/util/file-deps.ts, which
   * records the read; a module added here without that would let a cached result outlive a
   * change to what it read.
   */
  const AUDITED: Record<string, string> = {
    'src/a11y/source/check.ts': 'reads the checked file itself, whose hash keys the result',
    'src/a11y/core/source-files.ts': 'lists the files to check',
    'src/a11y/run/cache.ts': 'the cache itself',
    'src/a11y/site-config.ts':
      "reads src/site.config.ts, which the key's code hash covers, for the line of the interface words' warning",
    'src/a11y/core/astro-config-file.ts':
      'reads the Astro config and the modules it imports by a relative path for the cache key: their text and the variables they name',
    'src/a11y/core/site-digest.ts': 'the digest a read of the content index depends on',
    'src/a11y/core/content-index.ts': 'the content index, recorded by its digest (contentIndexFor)',
    'src/lib/content/references.ts':
      'the course files, read for the content index (readCourses) and recorded by its digest',
    'src/lib/util/file-deps.ts': 'the recorded reads',
    'src/a11y/run/worker.ts': 'the thread’s priority, from /proc',
    'src/a11y/html/check.ts': 'the built-HTML layer (no cache)',
    'src/lib/util/page-watch.ts':
      'reads built pages as the build writes them, for the built-HTML layer (no cache)',
    'src/lib/util/files.ts': 'lists built pages for the built-HTML layer (no cache)',
    'src/a11y/run/parallel.ts': 'whether a content folder is one (no cache: checked every run)',
    'src/lib/content/about-page.ts': 'whether the About page exists (no cache: checked every run)',
    'src/lib/site/readme-url.ts':
      'reads package.json for the docs links in messages: package.json is in the code key',
    'src/a11y/run/stalled-build.ts':
      'writes a stalled build’s report to stderr (fd 2) and reads no file: it decides no result',
    'src/a11y/writing/hashtags.ts':
      'reads the word lists of two installed packages (wordsninja, word-list): their versions are in the lockfile, which is in the code key',
    'src/lib/reflection/reflection-model-files.ts':
      'reads the reflection models into the gate config before any check: the built-in ones are code under src/, the site’s are in the code key by the paths site.config.ts names (modelFilesNamed)',
    'src/lib/util/error-site.ts':
      'reads a config that failed to load, for the line where it stops parsing or imports nothing: no check runs then',
  };

  it('knows every module of the source layer that reads files', () => {
    const found = new Set<string>();
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      if (/from '(?:node:)?fs(?:\/promises)?'/.test(text)) found.add(relative(projectRoot, file));
      const imports = text.matchAll(
        /(?:import|export)\s[^'";]*?from\s+'(\.{1,2}\/[^']+)'|import\('(\.{1,2}\/[^']+)'\)/g,
      );
      for (const [, from, dynamic] of imports) {
        const spec = (from ?? dynamic)!;
        if (/\.(?:ts|mjs|js)$/.test(spec)) visit(resolve(dirname(file), spec));
      }
    };
    // The source layer as `npm run check` and the build's worker run it, and the config it runs under.
    visit(join(projectRoot, 'src/a11y/run/parallel.ts'));
    visit(join(projectRoot, 'src/a11y/run/worker.ts'));
    visit(join(projectRoot, 'src/a11y/site-config.ts'));
    expect(seen.size).toBeGreaterThan(40);
    expect([...found].sort()).toEqual(Object.keys(AUDITED).sort());
  });
});
