import { describe, expect, it, onTestFinished } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, corpusSizes, parseBenchArgs } from '../../scripts/bench/lib/args.mjs';
import { median, ratio } from '../../scripts/bench/lib/stats.mjs';
import {
  parseAstroDuration,
  parseBuildLog,
  readTimings,
  timelinePhases,
} from '../../scripts/bench/lib/phases.mjs';
import { logPhase, markPhase, timed } from '../../src/integrations/timing.ts';
import {
  evaluateTargets,
  formatSize,
  formatTargets,
  phaseSeconds,
  summarizeSize,
  type BuildRun,
  type SizeRun,
} from '../../scripts/bench/lib/report.mjs';
import { pageJavaScript, scriptsInHtml, staticImports } from '../../scripts/bench/lib/page-js.mjs';
import {
  SWITCHES,
  VARIANTS,
  applySwitches,
  attributionRows,
  formatAttribution,
  variantEnv,
} from '../../scripts/bench/lib/attribution.mjs';

describe('bench arguments', () => {
  it('defaults to 1,000 posts and 3 pairs', () => {
    expect(parseBenchArgs([])).toEqual({
      posts: 1000,
      pairs: 3,
      scale: false,
      seed: 1,
      json: undefined,
      report: undefined,
      attribute: false,
      help: false,
    });
  });

  it('reads --posts, --pairs, --scale, --seed and --json', () => {
    expect(
      parseBenchArgs([
        '--posts',
        '4000',
        '--pairs=5',
        '--scale',
        '--seed',
        '9',
        '--json',
        'out.json',
      ]),
    ).toEqual({
      posts: 4000,
      pairs: 5,
      scale: true,
      seed: 9,
      json: 'out.json',
      report: undefined,
      attribute: false,
      help: false,
    });
    expect(parseBenchArgs(['--posts', '4,000']).posts).toBe(4000);
  });

  it('rejects a count that is not a positive whole number, naming the option', () => {
    for (const bad of ['abc', '0', '-5', '1.5', '']) {
      expect(() => parseBenchArgs(['--posts', bad])).toThrow(UsageError);
    }
    expect(() => parseBenchArgs(['--pairs', '0'])).toThrow(
      '--pairs must be a whole number of at least 1, not "0"',
    );
    expect(() => parseBenchArgs(['--posts', 'many'])).toThrow(
      '--posts must be a whole number of at least 1, not "many"',
    );
  });

  it('rejects unknown options and --json without a file', () => {
    expect(() => parseBenchArgs(['--post', '10'])).toThrow(
      /Unknown option '--post'.*see the options below/,
    );
    expect(() => parseBenchArgs(['--json', '--scale'])).toThrow(
      '--json needs a value, e.g. --json bench.json',
    );
    expect(() => parseBenchArgs(['--posts'])).toThrow('--posts needs a value, e.g. --posts 1000');
  });

  it('reports a saved run again with --report, which takes no measuring option', () => {
    expect(parseBenchArgs(['--report', 'bench.json']).report).toBe('bench.json');
    expect(() => parseBenchArgs(['--report'])).toThrow(
      '--report needs a value, e.g. --report bench.json',
    );
    expect(() => parseBenchArgs(['--report', 'bench.json', '--posts=4000'])).toThrow(
      '--report measures nothing, so --posts does not apply: run the benchmark without --report',
    );
  });

  it('takes --attribute at one size only', () => {
    expect(parseBenchArgs(['--attribute', '--posts', '500']).attribute).toBe(true);
    expect(() => parseBenchArgs(['--attribute', '--scale'])).toThrow(
      '--attribute measures one size, so --scale does not apply: give it --posts instead',
    );
    expect(() => parseBenchArgs(['--report', 'a.json', '--attribute'])).toThrow(
      '--report measures nothing, so --attribute does not apply',
    );
  });

  it('measures N and 4N with --scale', () => {
    expect(corpusSizes({ posts: 1000, scale: true })).toEqual([1000, 4000]);
    expect(corpusSizes({ posts: 50, scale: false })).toEqual([50]);
  });
});

describe('median and ratio', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  it('ignores missing values and has no median of nothing', () => {
    expect(median([undefined, 5, null, 1, 3])).toBe(3);
    expect(median([])).toBeUndefined();
    expect(median([undefined])).toBeUndefined();
  });

  it('gives no ratio over zero or a missing value', () => {
    expect(ratio(13, 10)).toBeCloseTo(1.3);
    expect(ratio(1, 0)).toBeUndefined();
    expect(ratio(undefined, 2)).toBeUndefined();
  });
});

// Lines as Astro 7.3.5 and Commonplace print them (trimmed to a few routes), colours included.
const FULL_LOG = `06:43:14 [content] Syncing content
06:43:14 [content] Synced content
06:43:14 [types] Generated \x1b[2m1.51s\x1b[22m
06:43:14 [build] output: "static"
06:43:14 [build] Collecting build info...
06:43:14 [build] \x1b[32m✓ Completed in 1.98s.\x1b[39m
06:43:14 [build] Building static entrypoints...
06:43:16 [vite] ✓ built in 1.26s
\x1b[42m\x1b[30m generating static routes \x1b[39m\x1b[49m
06:43:16   \x1b[34m├─\x1b[39m \x1b[2m/404.html\x1b[22m \x1b[2m(+12ms)\x1b[22m
06:43:16   ├─ /courses/social-media-pln/rss.xml (+27ms)
06:43:16   ├─ /feed.json (+1.20s)
06:43:16   ├─ /feed.xsl (+3ms)
06:43:16   ├─ /posts/bench-00001/index.html (+5ms)
06:43:16   ├─ /tags/pln/rss.xml (+2ms)
06:43:16   ├─ /index.html (+3ms)
06:43:16 ✓ Completed in 4.67s.

06:43:16 [build] ✓ Completed in 6.86s.
06:43:16 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
06:43:16 [commonplace] gate: 1,074 pages in 0.06 s
06:43:16 [commonplace] search: 1,051 pages in 12.80 s
06:43:16 [build] 1074 page(s) built in 1m 5s
06:43:16 [build] Complete!`;

// The timings file Commonplace writes beside that build (src/integrations/timing.ts).
const record = (entry: object) => JSON.stringify(entry);
const FULL_TIMINGS = [
  record({ mark: 'astro:config:setup', at: 0.9, rss: 200 * 2 ** 20, heapUsed: 50 }),
  record({ phase: 'gate-source', count: 1052, unit: 'files', seconds: 0.35, at: 9, rss: 1 }),
  record({ phase: 'gate', count: 1074, unit: 'pages', seconds: 0.06, at: 9.1, rss: 1 }),
  record({ phase: 'search', count: 1051, unit: 'pages', seconds: 12.8, at: 9.2, rss: 1 }),
].join('\n');

describe('reading phases from the build log and the timings file', () => {
  it("parses Astro's durations", () => {
    expect(parseAstroDuration('292ms')).toBeCloseTo(0.292);
    expect(parseAstroDuration('2.36s')).toBe(2.36);
    expect(parseAstroDuration('1m 5s')).toBe(65);
    expect(() => parseAstroDuration('soon')).toThrow('not an Astro duration');
  });

  it("finds content sync, bundle, render and feed routes in Astro's log", () => {
    const phases = parseBuildLog(FULL_LOG);
    expect(phases.sync).toBe(1.51);
    expect(phases.render).toBe(4.67);
    expect(phases.entrypoints).toBe(6.86);
    expect(phases.bundle).toBeCloseTo(2.19);
    expect(phases.routes).toBe(7);
    expect(phases.feedRoutes).toBe(4);
    expect(phases.feeds).toBeCloseTo(0.027 + 1.2 + 0.003 + 0.002);
    expect(phases.pages).toBe(1074);
    expect(phases.astroTotal).toBe(65);
    // Commonplace's phases come from its timings file, never from the log's wording.
    expect(phases.timed).toEqual({});
  });

  it("reads Commonplace's phases and marks from the timings file", () => {
    const { timed, marks } = readTimings(
      `${FULL_TIMINGS}\n{"phase":"feeds","count":3,"unit":"items","seconds":0.5,"waited":0.1}\n{"cut short`,
    );
    expect(timed['gate-source']).toMatchObject({ count: 1052, unit: 'files', seconds: 0.35 });
    expect(timed.search).toMatchObject({ count: 1051, unit: 'pages', seconds: 12.8 });
    expect(timed.feeds).toEqual({ count: 3, unit: 'items', seconds: 0.5, waited: 0.1 });
    expect(marks['astro:config:setup']).toMatchObject({ at: 0.9, rss: 200 * 2 ** 20 });
    expect(readTimings('')).toEqual({ timed: {}, marks: {} });
  });

  it('reads what the integration writes: one record per phase and per hook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-timings-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'timings.jsonl');
    const lines: string[] = [];
    const logger = { info: (line: string) => lines.push(line) };
    const before = process.env.COMMONPLACE_TIMINGS;
    process.env.COMMONPLACE_TIMINGS = file;
    try {
      markPhase('astro:build:done');
      logPhase(
        logger,
        { phase: 'gate-source', count: 1052, unit: 'files', seconds: 6.2, waited: 0.12 },
        'in a worker',
      );
      await timed(logger, 'feeds', 'items', () => ({ count: 1000, result: undefined }));
    } finally {
      if (before === undefined) delete process.env.COMMONPLACE_TIMINGS;
      else process.env.COMMONPLACE_TIMINGS = before;
    }
    // People read the line; the benchmark reads the file.
    expect(lines[0]).toBe(
      'gate-source: 1,052 files in 6.20 s (in a worker; the build waited 0.12 s)',
    );
    expect(lines[1]).toMatch(/^feeds: 1,000 items in \d+\.\d\d s$/);
    const { timed: phases, marks } = readTimings(readFileSync(file, 'utf8'));
    expect(phases['gate-source']).toMatchObject({ count: 1052, seconds: 6.2, waited: 0.12 });
    expect(phases.feeds).toMatchObject({ count: 1000, unit: 'items' });
    expect(phases.feeds.waited).toBeUndefined();
    expect(marks['astro:build:done'].rss).toBeGreaterThan(0);
    expect(marks['astro:build:done'].at).toBeGreaterThan(0);
  });

  it('leaves out what the log does not say, rather than inventing it', () => {
    const bare = parseBuildLog(
      FULL_LOG.split('\n')
        .filter((line) => !/commonplace|rss\.xml|feed\./.test(line))
        .join('\n'),
    );
    expect(bare.feeds).toBeUndefined();
    expect(bare.feedRoutes).toBe(0);
    expect(parseBuildLog('something else entirely').render).toBeUndefined();
  });

  it('times the startup before content sync and the exit after the last line', () => {
    const lines = [
      { t: 2.5, text: '' },
      { t: 3.1, text: '06:48:44 [content] Syncing content' },
      { t: 3.3, text: '06:48:44 \x1b[34m[types]\x1b[39m Generated 1.36s' },
      { t: 9.0, text: '06:48:50 [build] Complete!' },
    ];
    const startup = timelinePhases(lines, 10.25, 1.36);
    expect(startup.startup).toBeCloseTo(1.94);
    expect(startup.exit).toBeCloseTo(1.25);
    // Without Astro's sync line, the first line is where startup ends.
    const early = timelinePhases(lines.slice(0, 2), 4, undefined);
    expect(early.startup).toBe(3.1);
    expect(early.exit).toBeCloseTo(0.9);
    expect(timelinePhases([], 4, undefined)).toEqual({ startup: undefined, exit: undefined });
  });
});

const MB = 2 ** 20;
function run(
  wallSeconds: number,
  peakTreeBytes: number,
  log: string,
  timings = '',
  peakProcessBytes = peakTreeBytes * 0.9,
): BuildRun {
  return {
    wallSeconds,
    // Two cores' worth of work over most of the wall time, as a build on this machine kind does.
    cpuSeconds: wallSeconds * 1.5,
    peakTreeBytes,
    peakProcessBytes,
    phases: { ...parseBuildLog(log), ...readTimings(timings) },
  };
}
const BARE_LOG = FULL_LOG.split('\n')
  .filter((line) => !/commonplace|rss\.xml|feed\./.test(line))
  .join('\n');

function sizeRun(
  posts: number,
  fullSeconds: number[],
  bareSeconds: number[],
  checkSeconds = 1,
  { warmCheck = 0.8, firstCheck = 1.3, rebuild = [12, 10] } = {},
): SizeRun {
  const check = (wallSeconds: number) => ({
    wallSeconds,
    peakTreeBytes: 90 * MB,
    status: 0,
    summary: '0 errors, 2 warnings in 1,002 files',
  });
  return {
    posts,
    full: fullSeconds.map((s) => run(s, 700 * MB, FULL_LOG, FULL_TIMINGS)),
    bare: bareSeconds.map((s) => run(s, 600 * MB, BARE_LOG)),
    fullRebuild: [run(rebuild[0]!, 700 * MB, FULL_LOG, FULL_TIMINGS)],
    bareRebuild: [run(rebuild[1]!, 600 * MB, BARE_LOG)],
    check: [check(checkSeconds)],
    firstCheck: [check(firstCheck)],
    warmCheck: [check(warmCheck)],
    pageJs: [
      {
        page: '/posts/a/',
        scripts: [{ label: 'inline: theme', bytes: 900, gzipBytes: 400 }],
        bytes: 900,
        gzipBytes: 400,
      },
    ],
  };
}

describe('summaries and targets', () => {
  it('takes medians of the pairs and the ratio of the medians', () => {
    const s = summarizeSize(sizeRun(1000, [30, 20, 24], [20, 22, 18]));
    expect(s.full.wallSeconds).toBe(24);
    expect(s.bare.wallSeconds).toBe(20);
    expect(s.timeRatio).toBeCloseTo(1.2);
    expect(s.rssRatio).toBeCloseTo(700 / 600);
    expect(s.rssProcessRatio).toBeCloseTo(700 / 600);
    expect(s.gateSeconds).toBeCloseTo(0.41);
    expect(s.gateShare).toBeCloseTo(0.41 / 24);
    expect(s.checkShare).toBeCloseTo(1 / 24);
    expect(s.warmCheckSeconds).toBe(0.8);
    expect(s.rebuildRatio).toBeCloseTo(1.2);
  });

  it("gives each pair's own ratio, in the order built, beside the ratio of the medians", () => {
    const s = summarizeSize(sizeRun(1000, [30, 20, 24], [20, 22, 18]));
    expect(s.pairs.build).toEqual([1.5, 20 / 22, 24 / 18]);
    expect(s.pairs.tree).toEqual([700 / 600, 700 / 600, 700 / 600]);
    expect(formatSize(s, { checkCommand: 'npm run check' })).toContain(
      "Each pair's own ratio, Commonplace / bare, in the order built: build 1.50×, 0.91×, 1.33×;",
    );
    // One pair has no spread to show.
    const one = summarizeSize(sizeRun(1000, [30], [20]));
    expect(one.pairs.build).toEqual([1.5]);
    expect(formatSize(one, { checkCommand: 'npm run check' })).not.toContain("Each pair's own");
  });

  it('prints a run saved with --json again, from its raw measurements (--report)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-report-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const saved = join(dir, 'bench.json');
    const size = sizeRun(1000, [30, 20, 24], [20, 22, 18]);
    writeFileSync(
      saved,
      JSON.stringify({
        machine: {
          date: '2026-12-02T12:00:00.000Z',
          cpu: 'Test CPU',
          cores: 2,
          memoryGiB: 24,
          os: 'linux 6',
          node: 'v24.0.0',
          astro: '7.0.0',
          mdx: '8.0.0',
          loadAverageAtStart: [0.5, 0.5, 0.5],
        },
        options: { posts: 1000, pairs: 3, scale: false, seed: 1 },
        // A summary saved by an older report is not what is printed: the runs are.
        sizes: [{ ...size, summary: { timeRatio: 99 } }],
      }),
    );
    const bench = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/bench/run.mjs', ...args], { encoding: 'utf8' });
    const again = bench('--report', saved);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('## Commonplace benchmark, 2026-12-02');
    expect(again.stdout).toMatch(
      /\| wall time, cold \(`npm run build`\) +\| 24\.0 s +\| 20\.0 s +\| 1\.20× \|/,
    );
    expect(again.stdout).toContain('build 1.50×, 0.91×, 1.33×');
    writeFileSync(saved, '{"not": "a run"}');
    const wrong = bench('--report', saved);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain(
      'is not a benchmark run: give the file a run saved with --json wrote.',
    );
  });

  it("counts a worker's time only as long as the build waited for it", () => {
    const workerTimings = FULL_TIMINGS.replace('"seconds":0.35', '"seconds":6.2,"waited":0.12');
    const size = sizeRun(1000, [24], [20]);
    size.full = [run(24, 700 * MB, FULL_LOG, workerTimings)];
    const s = summarizeSize(size);
    // The build waited 0.12 s for the source layer, then ran the page layer (0.06 s).
    expect(s.gateSeconds).toBeCloseTo(0.18);
    expect(s.gateShare).toBeCloseTo(0.18 / 24);
    expect(s.full.phases.gateSourceWorker).toBe(6.2);
    const table = formatSize(s, { checkCommand: 'npm run check' });
    expect(table).toContain('| gate, source layer: time the build waited for it');
    expect(table).toMatch(
      /the source layer in its worker, beside the build \(not added to the build\) *\| 6\.20 s/,
    );
    // Without a worker, the source layer's own time is what the build spent on it.
    expect(summarizeSize(sizeRun(1000, [24], [20])).full.phases.gateSourceWorker).toBeUndefined();
  });

  it('counts Pagefind, indexing beside the gate and feeds, only as long as the build waited', () => {
    const timings = FULL_TIMINGS.replace('"seconds":12.8', '"seconds":1.23,"waited":0.31');
    const seconds = phaseSeconds(run(30, 0, FULL_LOG, timings));
    expect(seconds.search).toBe(0.31);
  });

  it('counts feeds written after the gate as a phase of their own, outside render', () => {
    const withoutRoutes = FULL_LOG.split('\n')
      .filter((line) => !/rss\.xml|feed\./.test(line))
      .join('\n');
    const timings = `${FULL_TIMINGS}\n${record({ phase: 'feeds', count: 1000, unit: 'items', seconds: 1.41, at: 9, rss: 1 })}`;
    const seconds = phaseSeconds(run(30, 0, withoutRoutes, timings));
    expect(seconds.feeds).toBeUndefined();
    expect(seconds.feedsWritten).toBe(1.41);
    // 30 − (sync 1.51 + entrypoints 6.86 + gate 0.35 + 0.06 + feeds 1.41 + search 12.8)
    expect(seconds.other).toBeCloseTo(7.01);
    const size = sizeRun(1000, [30], [20]);
    size.full = [run(30, 700 * MB, withoutRoutes, timings)];
    const table = formatSize(summarizeSize(size), { checkCommand: 'c' });
    expect(table).toMatch(/feeds written after the gate \(`feeds` phase\) +\| 1\.41 s +\| — +\|/);
    expect(table).toMatch(/of which feed routes.*\| none: feeds are written after the gate/);
    expect(table).not.toContain('Feeds are rendered by Astro endpoints');
  });

  it("counts what the phases do not cover as 'other'", () => {
    const seconds = phaseSeconds(run(30, 0, FULL_LOG, FULL_TIMINGS));
    // 30 − (sync 1.51 + entrypoints 6.86 + gate 0.35 + 0.06 + search 12.8)
    expect(seconds.other).toBeCloseTo(8.42);
    const base = run(30, 0, FULL_LOG, FULL_TIMINGS);
    const timedRun = phaseSeconds({ ...base, phases: { ...base.phases, startup: 3, exit: 0.5 } });
    expect(timedRun).toMatchObject({ startup: 3, exit: 0.5 });
    expect(timedRun.other).toBeCloseTo(4.92);
  });

  it('fails the gate and page targets when the gate is slow or a page ships more than the theme script', () => {
    const size = sizeRun(1000, [20], [18]);
    const slowGate = FULL_TIMINGS.replace('"seconds":0.06', '"seconds":1.5');
    size.full = [run(20, 700 * MB, FULL_LOG, slowGate)];
    size.pageJs[0] = {
      ...size.pageJs[0]!,
      scripts: [
        ...size.pageJs[0]!.scripts,
        { label: '/_astro/app.js', bytes: 300, gzipBytes: 200 },
      ],
      bytes: 1200,
    };
    const targets = Object.fromEntries(
      evaluateTargets([summarizeSize(size)]).map((t) => [t.target, t]),
    );
    expect(targets["gate's time / build time"]).toMatchObject({ measured: '9.3%', result: 'FAIL' });
    expect(targets['post page JS before interaction (theme script only)']).toMatchObject({
      measured: '1,200 B in 2 scripts',
      result: 'FAIL',
    });
  });

  it('passes and fails each target against its limit and its stretch goal', () => {
    const passing = evaluateTargets([summarizeSize(sizeRun(1000, [22], [20]))]);
    expect(Object.fromEntries(passing.map((t) => [t.target, [t.result, t.stretchResult]]))).toEqual(
      {
        'build time, Commonplace / bare': ['PASS', 'PASS'],
        '`npm run check`, cold / build time': ['PASS', 'PASS'],
        '`npm run check`, warm (second run, nothing changed), wall time': ['PASS', 'FAIL'],
        'rebuild after one post changed, Commonplace / bare': ['PASS', 'FAIL'],
        'peak RSS, Commonplace / bare, 4,000 posts: process tree': ['not run', undefined],
        'peak RSS, Commonplace / bare, 4,000 posts: largest process': ['not run', undefined],
        "4,000 posts build with Node's default heap": ['not run', undefined],
        "gate's time / build time": ['PASS', undefined],
        'time(4N) / time(N), Commonplace': ['not run', undefined],
        'post page JS before interaction (theme script only)': ['PASS', undefined],
      },
    );
    const failing = evaluateTargets([
      summarizeSize(sizeRun(1000, [25], [20], 3, { warmCheck: 1.4, rebuild: [15, 10] })),
    ]);
    const result = (name: string) => failing.find((t) => t.target === name);
    expect(result('build time, Commonplace / bare')).toMatchObject({
      result: 'PASS',
      stretchResult: 'FAIL',
    });
    expect(result('`npm run check`, cold / build time')).toMatchObject({
      measured: '12.0%',
      result: 'FAIL',
      by: '2.0%',
    });
    expect(result('`npm run check`, warm (second run, nothing changed), wall time')).toMatchObject({
      measured: '1.40 s',
      result: 'FAIL',
      by: '0.40 s',
    });
    expect(result('rebuild after one post changed, Commonplace / bare')).toMatchObject({
      measured: '1.50×',
      result: 'FAIL',
      by: '0.20×',
    });
    expect(formatTargets(failing)).toMatch(
      /\| rebuild after one post changed, Commonplace \/ bare +\| ≤ 1\.30× +\| ≤ 1\.15× +\| 1\.50× +\| \*\*FAIL\*\* by 0\.20× \(stretch FAIL\) +\|/,
    );
  });

  it('judges memory at 4,000 posts, the whole tree and the largest process, and time(4N)/time(N) with --scale', () => {
    const large = sizeRun(4000, [95], [80]);
    large.full = [run(95, 700 * MB, FULL_LOG, FULL_TIMINGS, 650 * MB)];
    large.bare = [run(80, 600 * MB, BARE_LOG, '', 500 * MB)];
    const targets = evaluateTargets([
      summarizeSize(sizeRun(1000, [20], [18])),
      summarizeSize(large),
    ]);
    const byName = Object.fromEntries(targets.map((t) => [t.target, t]));
    expect(byName['time(4N) / time(N), Commonplace']).toMatchObject({
      measured: '4.75 (N = 1,000)',
      result: 'FAIL',
    });
    expect(byName['peak RSS, Commonplace / bare, 4,000 posts: process tree']).toMatchObject({
      measured: '1.17×',
      result: 'PASS',
      stretchResult: 'FAIL',
    });
    expect(byName['peak RSS, Commonplace / bare, 4,000 posts: largest process']).toMatchObject({
      measured: '1.30×',
      result: 'FAIL',
      by: '0.10×',
    });
    expect(byName["4,000 posts build with Node's default heap"]).toMatchObject({
      result: 'PASS',
    });
    expect(byName["4,000 posts build with Node's default heap"].stretchResult).toBeUndefined();
  });

  it('notes the size when the 1,000-post targets are judged at another size', () => {
    const [time] = evaluateTargets([summarizeSize(sizeRun(100, [13], [10]))]);
    expect(time).toMatchObject({ measured: '1.30× (at 100 posts)', result: 'PASS' });
  });

  it('says the gate was not measured when the build records no gate phase', () => {
    const size = sizeRun(1000, [20], [18]);
    size.full = [run(20, 700 * MB, BARE_LOG)];
    const gate = evaluateTargets([summarizeSize(size)]).find(
      (t) => t.target === "gate's time / build time",
    );
    expect(gate).toMatchObject({
      measured: 'n/a (no gate timing in the timings file)',
      result: 'not run',
    });
  });

  it('prints tables with the builds, memory, phases, both checks, the page scripts and the targets', () => {
    const size = sizeRun(1000, [24], [20]);
    size.full[0]!.treePeak = {
      sample: { t: 21.5, mib: { 'astro.mjs build': 650, pagefind_extended: 40, npm: 60 } },
      lastLine: '06:43:16 [commonplace] feeds: 1,000 items in 1.41 s',
    };
    const summary = summarizeSize(size);
    const table = formatSize(summary, { checkCommand: 'npm run check' });
    expect(table).toContain('### 1,000 posts (1 build each, medians)');
    expect(table).toMatch(
      /\| wall time, cold \(`npm run build`\) +\| 24\.0 s +\| 20\.0 s +\| 1\.20× +\|/,
    );
    expect(table).toMatch(
      /\| CPU time of the cold build, user \+ system, all processes +\| 36\.0 s +\| 30\.0 s +\| 1\.20× +\|/,
    );
    expect(table).toMatch(
      /\| rebuild after one post changed +\| 12\.0 s +\| 10\.0 s +\| 1\.20× +\|/,
    );
    expect(table).toMatch(/\| peak RSS, process tree +\| 700 MiB +\| 600 MiB +\| 1\.17× +\|/);
    expect(table).toMatch(/\| peak RSS, largest process +\| 630 MiB +\| 540 MiB +\| 1\.17× +\|/);
    expect(table).toContain(
      'Process tree at its peak, Commonplace at 21.5 s: astro.mjs build 650 MiB, npm 60 MiB, pagefind_extended 40 MiB (last line before it: `[commonplace] feeds: 1,000 items in 1.41 s`); bare n/a.',
    );
    expect(table).toMatch(
      /\| search index: time the build waited for Pagefind \(`search` phase\) +\| 12\.8 s +\| — +\| 53\.3% +\|/,
    );
    expect(table).toMatch(/of which feed routes.*\| 1\.23 s +\| — +\|/);
    expect(table).toMatch(
      /\| `npm run check`, cold +\| 1\.00 s +\| 4\.2% +\| 0 errors, 2 warnings in 1,002 files +\|/,
    );
    expect(table).toMatch(
      /\| `npm run check`, cold, without Node's compile cache \(a fresh machine's first check\) +\| 1\.30 s +\| 5\.4% +\|/,
    );
    expect(table).toMatch(/\| `npm run check`, warm \(again, nothing changed\) +\| 0\.80 s +\|/);
    expect(table).toMatch(/\| \/posts\/a\/ +\| \*\*total\*\* +\| 900 B +\| 400 B +\|/);
    expect(formatTargets(evaluateTargets([summary]))).toMatch(
      /\| build time, Commonplace \/ bare +\| ≤ 1\.30× +\| ≤ 1\.15× +\| 1\.20× +\| PASS \(stretch FAIL\) +\|/,
    );
  });

  it('prints a run saved before the check without a compile cache was measured, without that row', () => {
    const { firstCheck, ...older } = sizeRun(1000, [20], [18]);
    expect(firstCheck).toHaveLength(1);
    const table = formatSize(summarizeSize(older as SizeRun), { checkCommand: 'npm run check' });
    expect(table).toMatch(/\| `npm run check`, cold +\| 1\.00 s +\|/);
    expect(table).not.toContain('compile cache');
  });

  it('says feeds were not logged rather than printing a number', () => {
    const size = sizeRun(1000, [20], [18]);
    size.full = [run(20, 700 * MB, BARE_LOG)];
    expect(formatSize(summarizeSize(size), { checkCommand: 'c' })).toMatch(
      /of which feed routes.*\| not logged/,
    );
  });
});

describe('JavaScript a page loads before interaction', () => {
  it('counts inline, external and preloaded scripts, not JSON-LD or import maps', () => {
    const scripts = scriptsInHtml(`<html><head>
      <script>document.documentElement.dataset.theme = 'dark';</script>
      <script type="application/ld+json">{"@type":"BlogPosting"}</script>
      <script type="importmap">{"imports":{}}</script>
      <link rel="modulepreload" href="/_astro/chunk.js">
      <script type="module" src="/_astro/page.js"></script>
      <script></script>
    </head></html>`);
    expect(scripts).toEqual([
      { kind: 'inline', module: false, code: "document.documentElement.dataset.theme = 'dark';" },
      { kind: 'modulepreload', module: true, src: '/_astro/chunk.js' },
      { kind: 'src', module: true, src: '/_astro/page.js' },
    ]);
  });

  it('follows static imports but not import() that waits for a click', () => {
    expect(
      staticImports(
        `import{a as b}from"./chunk.js";import "./side.js";export*from'./re.js';button.onclick=()=>import("./later.js")`,
      ),
    ).toEqual(['./chunk.js', './side.js', './re.js']);
  });

  it('sums the bytes of every script a built page loads', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-pagejs-'));
    onTestFinished(() => rmSync(dist, { recursive: true, force: true }));
    mkdirSync(join(dist, 'posts/a'), { recursive: true });
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, '_astro/page.js'), 'import"./dep.js";console.log(1);');
    writeFileSync(join(dist, '_astro/dep.js'), 'export const x=1;');
    writeFileSync(join(dist, '_astro/lazy.js'), 'x'.repeat(5000));
    writeFileSync(
      join(dist, 'posts/a/index.html'),
      `<script>var theme=1;</script><script type="module" src="/_astro/page.js"></script><script type="module">document.onclick=()=>import('/_astro/lazy.js')</script>`,
    );
    const js = pageJavaScript(dist, '/posts/a/');
    expect(js.scripts.map((s) => [s.label, s.bytes])).toEqual([
      ['inline: var theme=1;…', 12],
      ['/_astro/page.js', 32],
      ['/_astro/dep.js', 17],
      ["inline module: document.onclick=()=>import('/_astro/laz…", 46],
    ]);
    expect(js.bytes).toBe(12 + 32 + 17 + 46);
    expect(() => pageJavaScript(dist, '/posts/missing/')).toThrow(
      /no built page at .*posts\/missing\/index\.html/,
    );
  });
});

describe('what each feature costs (--attribute)', () => {
  /** A copy of src/ with the switches in, removed after the test. */
  function switchedCopy() {
    const root = mkdtempSync(join(tmpdir(), 'bench-attribute-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(join(import.meta.dirname, '../../src'), join(root, 'src'), { recursive: true });
    applySwitches(root);
    return root;
  }

  it("puts every switch into the copy, each where this version's code is", () => {
    const root = switchedCopy();
    for (const { file, replace } of SWITCHES)
      expect(readFileSync(join(root, file), 'utf8'), file).toContain(replace);
  });

  it('turns the writing checks off only in a variant that asks', async () => {
    const root = switchedCopy();
    const { gateConfig } = await import(join(root, 'src/a11y/core/config.ts'));
    const env = variantEnv(VARIANTS.find((v) => v.id === 'no-writing')!);
    expect(env).toEqual({ BENCH_OFF_WRITING: '1' });
    expect(gateConfig({ rules: { todo: 'error' } }).levels).toEqual({ todo: 'error' });
    process.env.BENCH_OFF_WRITING = '1';
    onTestFinished(() => void delete process.env.BENCH_OFF_WRITING);
    expect(gateConfig({ rules: { todo: 'error' } }).levels).toEqual({
      todo: 'error',
      'inclusive-language': 'off',
      'alt-quality': 'off',
    });
  });

  it('says which switch no longer fits when the code has moved', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-attribute-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    cpSync(join(import.meta.dirname, '../../src'), join(root, 'src'), { recursive: true });
    const file = join(root, 'src/integrations/finish-build.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace('await writeFeeds(params, built);', ''));
    expect(() => applySwitches(root)).toThrow(
      '"await writeFeeds(params, built);" is not in src/integrations/finish-build.ts; update SWITCHES in scripts/bench/lib/attribution.mjs',
    );
  });

  it('turns off one more feature in each variant than in the one before', () => {
    for (let i = 1; i < VARIANTS.length; i++) {
      const [before, now] = [VARIANTS[i - 1]!.off, VARIANTS[i]!.off];
      expect(now.length, VARIANTS[i]!.id).toBe(before.length + 1);
      for (const name of before) expect(now).toContain(name);
    }
    const used = new Set(SWITCHES.map((s) => /BENCH_OFF_(\w+)/.exec(s.replace)![1]));
    expect(new Set(VARIANTS.at(-1)!.off)).toEqual(used);
  });

  it('reports each variant against the bare build and its neighbour of the same pair', () => {
    const builds = (...walls: number[]) =>
      walls.map((w) => ({ wallSeconds: w, cpuSeconds: w * 2 }));
    // The machine slows down in pair 3: every build of it takes half as long again.
    const rows = attributionRows(
      [
        { id: 'shipped', label: 'as shipped', builds: builds(16, 15, 24) },
        { id: 'no-search', label: 'no search', builds: builds(14, 13, 21) },
      ],
      builds(10, 10, 15),
    );
    expect(rows).toEqual([
      { id: 'shipped', label: 'as shipped', wall: 16, cpu: 32, ratio: 1.6, saved: undefined },
      { id: 'no-search', label: 'no search', wall: 14, cpu: 28, ratio: 1.4, saved: 2 },
      { id: 'bare', label: 'bare Astro + MDX', wall: 10, cpu: 20, ratio: 1, saved: undefined },
    ]);
    expect(formatAttribution(rows, { posts: 1000, pairs: 3 })).toContain(
      '| no search | 14.00 s | 1.40× | 28.00 s | 2.00 s |',
    );
  });
});
