import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, corpusSizes, parseBenchArgs } from '../../scripts/bench/lib/args.mjs';
import { median, ratio } from '../../scripts/bench/lib/stats.mjs';
import {
  parseAstroDuration,
  parseBuildLog,
  timelinePhases,
} from '../../scripts/bench/lib/phases.mjs';
import {
  evaluateTargets,
  formatSize,
  formatTargets,
  phaseSeconds,
  summarizeSize,
  type SizeRun,
} from '../../scripts/bench/lib/report.mjs';
import { pageJavaScript, scriptsInHtml, staticImports } from '../../scripts/bench/lib/page-js.mjs';

describe('bench arguments', () => {
  it('defaults to 1,000 posts and 3 pairs', () => {
    expect(parseBenchArgs([])).toEqual({
      posts: 1000,
      pairs: 3,
      scale: false,
      seed: 1,
      json: undefined,
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
06:43:14 [commonplace] gate-source: 1,052 files in 0.35 s
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

describe('reading phases from the build log', () => {
  it("parses Astro's durations", () => {
    expect(parseAstroDuration('292ms')).toBeCloseTo(0.292);
    expect(parseAstroDuration('2.36s')).toBe(2.36);
    expect(parseAstroDuration('1m 5s')).toBe(65);
    expect(() => parseAstroDuration('soon')).toThrow('not an Astro duration');
  });

  it('finds content sync, bundle, render, feed routes and the Commonplace timing lines', () => {
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
    expect(phases.timed).toEqual({
      'gate-source': { source: 'commonplace', count: 1052, unit: 'files', seconds: 0.35 },
      gate: { source: 'commonplace', count: 1074, unit: 'pages', seconds: 0.06 },
      search: { source: 'commonplace', count: 1051, unit: 'pages', seconds: 12.8 },
    });
  });

  it('leaves out what the log does not say, rather than inventing it', () => {
    const bare = parseBuildLog(
      FULL_LOG.split('\n')
        .filter((line) => !/commonplace|rss\.xml|feed\./.test(line))
        .join('\n'),
    );
    expect(bare.feeds).toBeUndefined();
    expect(bare.feedRoutes).toBe(0);
    expect(bare.timed).toEqual({});
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
function run(wallSeconds: number, peakRssBytes: number, log: string) {
  return { wallSeconds, peakRssBytes, phases: parseBuildLog(log) };
}
const BARE_LOG = FULL_LOG.split('\n')
  .filter((line) => !/commonplace|rss\.xml|feed\./.test(line))
  .join('\n');

function sizeRun(
  posts: number,
  fullSeconds: number[],
  bareSeconds: number[],
  checkSeconds = 1,
): SizeRun {
  return {
    posts,
    full: fullSeconds.map((s) => run(s, 700 * MB, FULL_LOG)),
    bare: bareSeconds.map((s) => run(s, 600 * MB, BARE_LOG)),
    check: [
      {
        wallSeconds: checkSeconds,
        peakRssBytes: 90 * MB,
        status: 0,
        summary: '0 errors, 2 warnings in 1,002 files',
      },
    ],
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
    expect(s.gateSeconds).toBeCloseTo(0.41);
    expect(s.gateShare).toBeCloseTo(0.41 / 24);
    expect(s.checkShare).toBeCloseTo(1 / 24);
  });

  it("counts a worker's time only as long as the build waited for it", () => {
    const workerLog = FULL_LOG.replace(
      'gate-source: 1,052 files in 0.35 s',
      'gate-source: 1,052 files in 6.20 s (in a worker; the build waited 0.12 s)',
    );
    expect(parseBuildLog(workerLog).timed['gate-source']).toEqual({
      source: 'commonplace',
      count: 1052,
      unit: 'files',
      seconds: 6.2,
      waited: 0.12,
    });
    const size = sizeRun(1000, [24], [20]);
    size.full = [run(24, 700 * MB, workerLog)];
    const s = summarizeSize(size);
    // The build waited 0.12 s for the source layer, then ran the page layer (0.06 s).
    expect(s.gateSeconds).toBeCloseTo(0.18);
    expect(s.gateShare).toBeCloseTo(0.18 / 24);
    expect(s.full.phases.gateSourceWorker).toBe(6.2);
    const table = formatSize(s, { checkCommand: 'npm run check' });
    expect(table).toContain(
      '| gate, source layer: time the build waited for it (`gate-source:` line)',
    );
    expect(table).toMatch(
      /the source layer in its worker, beside the build \(not added to the build\) *\| 6\.20 s/,
    );
    // Without a worker, the source layer's own time is what the build spent on it.
    expect(summarizeSize(sizeRun(1000, [24], [20])).full.phases.gateSourceWorker).toBeUndefined();
  });

  it('counts Pagefind, indexing beside the gate and feeds, only as long as the build waited', () => {
    const line =
      '06:43:16 [commonplace] search: 1,000 pages in 1.23 s (beside the gate and feeds; the build waited 0.31 s)';
    expect(parseBuildLog(line).timed.search).toEqual({
      source: 'commonplace',
      count: 1000,
      unit: 'pages',
      seconds: 1.23,
      waited: 0.31,
    });
  });

  it('counts feeds written after the gate as a phase of their own, outside render', () => {
    const written = FULL_LOG.split('\n')
      .filter((line) => !/rss\.xml|feed\./.test(line))
      .join('\n')
      .replace(
        '[commonplace] search:',
        '[commonplace] feeds: 1,000 items in 1.41 s\n06:43:16 [commonplace] search:',
      );
    const seconds = phaseSeconds(run(30, 0, written));
    expect(seconds.feeds).toBeUndefined();
    expect(seconds.feedsWritten).toBe(1.41);
    // 30 − (sync 1.51 + entrypoints 6.86 + gate 0.35 + 0.06 + feeds 1.41 + search 12.8)
    expect(seconds.other).toBeCloseTo(7.01);
    const size = sizeRun(1000, [30], [20]);
    size.full = [run(30, 700 * MB, written)];
    const table = formatSize(summarizeSize(size), { checkCommand: 'c' });
    expect(table).toMatch(/feeds written after the gate \(`feeds:` line\) +\| 1\.41 s +\| — +\|/);
    expect(table).toMatch(/of which feed routes.*\| none: feeds are written after the gate/);
    expect(table).not.toContain('Feeds are rendered by Astro endpoints');
  });

  it("counts what the phases do not cover as 'other'", () => {
    const seconds = phaseSeconds(run(30, 0, FULL_LOG));
    // 30 − (sync 1.51 + entrypoints 6.86 + gate 0.35 + 0.06 + search 12.8)
    expect(seconds.other).toBeCloseTo(8.42);
    const timed = phaseSeconds({
      ...run(30, 0, FULL_LOG),
      phases: { ...parseBuildLog(FULL_LOG), startup: 3, exit: 0.5 },
    });
    expect(timed).toMatchObject({ startup: 3, exit: 0.5 });
    expect(timed.other).toBeCloseTo(4.92);
  });

  it('fails the gate and page targets when the gate is slow or a page ships more than the theme script', () => {
    const size = sizeRun(1000, [20], [18]);
    const slowGate = FULL_LOG.replace('gate: 1,074 pages in 0.06 s', 'gate: 1,074 pages in 1.50 s');
    size.full = [run(20, 700 * MB, slowGate)];
    size.pageJs[0] = {
      ...size.pageJs[0],
      scripts: [...size.pageJs[0].scripts, { label: '/_astro/app.js', bytes: 300, gzipBytes: 200 }],
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

  it('passes and fails each target against its limit', () => {
    const passing = evaluateTargets([summarizeSize(sizeRun(1000, [22], [20]))]);
    expect(Object.fromEntries(passing.map((t) => [t.target, t.result]))).toEqual({
      'build time, Commonplace / bare': 'PASS',
      'build time, stretch': 'PASS',
      "gate's time / build time": 'PASS',
      '`npm run check` / build time': 'PASS',
      'peak RSS, Commonplace / bare, 4,000 posts': 'not run',
      '4,000 posts build with the default Node heap': 'not run',
      'time(4N) / time(N), Commonplace': 'not run',
      'post page JS before interaction (theme script only)': 'PASS',
    });
    const failing = evaluateTargets([summarizeSize(sizeRun(1000, [25], [20], 3))]);
    const result = (name: string) => failing.find((t) => t.target === name)?.result;
    expect(result('build time, Commonplace / bare')).toBe('PASS');
    expect(result('build time, stretch')).toBe('FAIL');
    expect(result('`npm run check` / build time')).toBe('FAIL');
  });

  it('judges memory at 4,000 posts and time(4N)/time(N) with --scale', () => {
    const targets = evaluateTargets([
      summarizeSize(sizeRun(1000, [20], [18])),
      summarizeSize(sizeRun(4000, [95], [80])),
    ]);
    const byName = Object.fromEntries(targets.map((t) => [t.target, t]));
    expect(byName['time(4N) / time(N), Commonplace']).toMatchObject({
      measured: '4.75 (N = 1,000)',
      result: 'FAIL',
    });
    expect(byName['peak RSS, Commonplace / bare, 4,000 posts']).toMatchObject({
      measured: '1.17×',
      result: 'PASS',
    });
    expect(byName['4,000 posts build with the default Node heap'].result).toBe('PASS');
  });

  it('notes the size when the 1,000-post targets are judged at another size', () => {
    const [time] = evaluateTargets([summarizeSize(sizeRun(100, [13], [10]))]);
    expect(time).toMatchObject({ measured: '1.30× (at 100 posts)', result: 'PASS' });
  });

  it('says the gate was not measured when the build logs no gate line', () => {
    const size = sizeRun(1000, [20], [18]);
    size.full = [run(20, 700 * MB, BARE_LOG)];
    const gate = evaluateTargets([summarizeSize(size)]).find(
      (t) => t.target === "gate's time / build time",
    );
    expect(gate).toMatchObject({
      measured: 'n/a (no gate timing line in the log)',
      result: 'not run',
    });
  });

  it('prints tables with the phases, the check, the page scripts and the targets', () => {
    const summary = summarizeSize(sizeRun(1000, [24], [20]));
    const table = formatSize(summary, { checkCommand: 'npm run check -- content' });
    expect(table).toContain('### 1,000 posts (1 build each, medians)');
    expect(table).toMatch(/\| wall time +\| 24\.0 s +\| 20\.0 s +\| 1\.20× +\|/);
    expect(table).toMatch(/\| peak RSS +\| 700 MiB +\| 600 MiB +\| 1\.17× +\|/);
    expect(table).toMatch(
      /\| search index: time the build waited for Pagefind \(`search:` line\) +\| 12\.8 s +\| — +\| 53\.3% +\|/,
    );
    expect(table).toMatch(/of which feed routes.*\| 1\.23 s +\| — +\|/);
    expect(table).toMatch(
      /\| `npm run check -- content` \| 1\.00 s +\| 4\.2% +\| 0 errors, 2 warnings in 1,002 files +\|/,
    );
    expect(table).toMatch(/\| \/posts\/a\/ +\| \*\*total\*\* +\| 900 B +\| 400 B +\|/);
    expect(formatTargets(evaluateTargets([summary]))).toMatch(
      /\| build time, Commonplace \/ bare +\| ≤ 1\.30× +\| 1\.20× +\| PASS +\|/,
    );
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
