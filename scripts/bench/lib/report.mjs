// @ts-check
/**
 * Summaries, targets and the printed tables of a benchmark run: pure functions over the
 * measurements, so they are unit-tested without building anything.
 */
import { markdownTable } from 'markdown-table';
import { median, ratio } from './stats.mjs';
import { SCALE_FACTOR } from './args.mjs';

/** The targets of issue 7 (README "Performance"). */
export const TARGETS = {
  buildRatio: 1.3,
  buildRatioStretch: 1.15,
  gateShare: 0.05,
  checkShare: 0.1,
  rssRatio: 1.2,
  scaleRatio: 4.5,
  pageJsBytes: 1024,
  /** Posts at which the time, gate and check targets are set. */
  basePosts: 1000,
  /** Posts at which the memory target is set. */
  largePosts: 4000,
};

/**
 * @typedef {import('./phases.mjs').BuildPhases} BuildPhases
 * @typedef {{ wallSeconds: number, peakRssBytes: number | undefined, phases: BuildPhases }} BuildRun
 * @typedef {{ wallSeconds: number, peakRssBytes: number | undefined, status: number | null, summary?: string }} CheckRun
 * @typedef {{ page: string, scripts: { label: string, bytes: number, gzipBytes: number }[], bytes: number, gzipBytes: number }} PageJs
 * @typedef {{ posts: number, full: BuildRun[], bare: BuildRun[], check: CheckRun[], pageJs: PageJs[] }} SizeRun
 */

/** Phases of a build, in the order they happen; `timed` names the Commonplace log line. */
export const PHASES = [
  { key: 'startup', label: 'startup: Node, config, config hooks (until sync starts)' },
  { key: 'sync', label: 'content sync + types (Astro `[types] Generated`)' },
  { key: 'bundle', label: 'bundle: Vite, MDX compile (entrypoints − render)' },
  { key: 'render', label: 'render: generating static routes' },
  { key: 'feeds', label: '  of which feed routes (rss.xml, feed.json, feed.xsl)' },
  { key: 'feedsWritten', label: 'feeds written after the gate (`feeds:` line)', timed: 'feeds' },
  {
    key: 'gateSource',
    label: 'gate, source layer: time the build waited for it (`gate-source:` line)',
    timed: 'gate-source',
  },
  {
    key: 'gateSourceWorker',
    label: '  the source layer in its worker, beside the build (not added to the build)',
  },
  {
    key: 'gate',
    label: 'gate, built pages: time the build waited for it (`gate:` line)',
    timed: 'gate',
  },
  {
    key: 'search',
    label: 'search index: time the build waited for Pagefind (`search:` line)',
    timed: 'search',
  },
  { key: 'exit', label: 'exit: after the last log line' },
  { key: 'other', label: 'other: between the phases above, e.g. sitemap (wall − above)' },
];

/**
 * One build's phase times in seconds; `other` is whatever the wall time has beyond the rest.
 * Feed routes are part of "render"; a `feeds:` line (feeds written after the gate) is a phase
 * of its own, outside Astro's.
 * @param {BuildRun} run
 * @returns {Record<string, number | undefined>}
 */
export function phaseSeconds(run) {
  const { phases } = run;
  /** @type {Record<string, number | undefined>} */
  const out = {
    sync: phases.sync,
    bundle: phases.bundle,
    render: phases.render,
    // Feed routes render inside "render"; feeds written in astro:build:done log their own line.
    feeds: phases.feeds,
    startup: phases.startup,
    exit: phases.exit,
  };
  for (const phase of PHASES) {
    if (!phase.timed) continue;
    // Work in a worker costs the build only the time the build waited for it; the rest overlapped.
    const line = phases.timed[phase.timed];
    out[phase.key] = line?.waited ?? line?.seconds;
  }
  out.gateSourceWorker =
    phases.timed['gate-source']?.waited === undefined
      ? undefined
      : phases.timed['gate-source'].seconds;
  const counted = [
    'startup',
    'sync',
    'gateSource',
    'gate',
    'feedsWritten',
    'search',
    'exit',
  ].reduce((sum, key) => sum + (out[key] ?? 0), 0);
  const inside = phases.entrypoints ?? (phases.bundle ?? 0) + (phases.render ?? 0);
  out.other = Math.max(0, run.wallSeconds - counted - inside);
  return out;
}

/**
 * Medians over the runs of one site.
 * @param {BuildRun[]} runs
 */
export function summarizeBuilds(runs) {
  const perRun = runs.map(phaseSeconds);
  /** @type {Record<string, number | undefined>} */
  const phases = {};
  for (const { key } of PHASES) phases[key] = median(perRun.map((p) => p[key]));
  return {
    runs: runs.length,
    wallSeconds: median(runs.map((r) => r.wallSeconds)),
    peakRssBytes: median(runs.map((r) => r.peakRssBytes)),
    pages: runs.at(-1)?.phases.pages,
    feedRoutes: runs.at(-1)?.phases.feedRoutes ?? 0,
    phases,
  };
}

/**
 * @param {SizeRun} size
 */
export function summarizeSize(size) {
  const full = summarizeBuilds(size.full);
  const bare = summarizeBuilds(size.bare);
  const check = median(size.check.map((c) => c.wallSeconds));
  const gate = (full.phases.gateSource ?? 0) + (full.phases.gate ?? 0);
  const hasGate = full.phases.gateSource !== undefined || full.phases.gate !== undefined;
  return {
    posts: size.posts,
    full,
    bare,
    checkSeconds: check,
    checkProblems: size.check.some((c) => c.status !== 0),
    checkSummary: size.check.at(-1)?.summary ?? '',
    timeRatio: ratio(full.wallSeconds, bare.wallSeconds),
    rssRatio: ratio(full.peakRssBytes, bare.peakRssBytes),
    gateSeconds: hasGate ? gate : undefined,
    gateShare: hasGate ? ratio(gate, full.wallSeconds) : undefined,
    checkShare: ratio(check, full.wallSeconds),
    pageJs: size.pageJs,
  };
}

/** @typedef {ReturnType<typeof summarizeSize>} SizeSummary */

/** @param {number | undefined} s */
export const formatSeconds = (s) =>
  s === undefined ? 'n/a' : `${s < 10 ? s.toFixed(2) : s.toFixed(1)} s`;
/** @param {number | undefined} b */
export const formatMegabytes = (b) =>
  b === undefined ? 'n/a' : `${Math.round(b / 2 ** 20).toLocaleString('en-US')} MiB`;
/** @param {number | undefined} r */
export const formatRatio = (r) => (r === undefined ? 'n/a' : `${r.toFixed(2)}×`);
/** @param {number | undefined} r */
export const formatPercent = (r) => (r === undefined ? 'n/a' : `${(r * 100).toFixed(1)}%`);
/** @param {number} n */
export const formatBytes = (n) => `${n.toLocaleString('en-US')} B`;
/** @param {number} n */
export const formatCount = (n) => n.toLocaleString('en-US');

/**
 * @typedef {object} TargetResult
 * @property {string} target
 * @property {string} limit
 * @property {string} measured
 * @property {'PASS' | 'FAIL' | 'not run'} result
 */

/**
 * @param {boolean} ok
 * @returns {'PASS' | 'FAIL'}
 */
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');

/**
 * @param {number | undefined} value
 * @param {number} limit
 * @param {(v: number | undefined) => string} format
 * @param {string} note
 * @returns {Pick<TargetResult, 'measured' | 'result'>}
 */
function atMost(value, limit, format, note) {
  if (value === undefined) return { measured: `n/a${note}`, result: 'not run' };
  return { measured: `${format(value)}${note}`, result: verdict(value <= limit) };
}

/**
 * Each target of issue 7 against the run's medians. Time, gate and check targets are set for
 * 1,000 posts: they are judged at 1,000 when measured, otherwise at the smallest size, noted.
 * @param {SizeSummary[]} sizes smallest first
 * @returns {TargetResult[]}
 */
export function evaluateTargets(sizes) {
  const base = sizes.find((s) => s.posts === TARGETS.basePosts) ?? sizes[0];
  const large = sizes.find((s) => s.posts === TARGETS.largePosts);
  const at = (/** @type {SizeSummary} */ s) =>
    s.posts === TARGETS.basePosts ? '' : ` (at ${formatCount(s.posts)} posts)`;
  /** @type {TargetResult[]} */
  const results = [
    {
      target: 'build time, Commonplace / bare',
      limit: `≤ ${TARGETS.buildRatio.toFixed(2)}×`,
      ...atMost(base.timeRatio, TARGETS.buildRatio, formatRatio, at(base)),
    },
    {
      target: 'build time, stretch',
      limit: `≤ ${TARGETS.buildRatioStretch.toFixed(2)}×`,
      ...atMost(base.timeRatio, TARGETS.buildRatioStretch, formatRatio, at(base)),
    },
    {
      target: "gate's time / build time",
      limit: `≤ ${formatPercent(TARGETS.gateShare)}`,
      ...atMost(
        base.gateShare,
        TARGETS.gateShare,
        formatPercent,
        base.gateShare === undefined ? ' (no gate timing line in the log)' : at(base),
      ),
    },
    {
      target: '`npm run check` / build time',
      limit: `≤ ${formatPercent(TARGETS.checkShare)}`,
      ...atMost(base.checkShare, TARGETS.checkShare, formatPercent, at(base)),
    },
  ];
  const biggest = sizes.at(-1);
  results.push(
    large
      ? {
          target: 'peak RSS, Commonplace / bare, 4,000 posts',
          limit: `≤ ${TARGETS.rssRatio.toFixed(2)}×`,
          ...atMost(large.rssRatio, TARGETS.rssRatio, formatRatio, ''),
        }
      : {
          target: 'peak RSS, Commonplace / bare, 4,000 posts',
          limit: `≤ ${TARGETS.rssRatio.toFixed(2)}×`,
          measured: `${formatRatio(biggest?.rssRatio)} at ${formatCount(biggest?.posts ?? 0)} posts; run --posts 4000`,
          result: 'not run',
        },
    {
      target: '4,000 posts build with the default Node heap',
      limit: 'completes',
      measured: large ? `built ${formatCount(large.full.pages ?? 0)} pages` : 'run --posts 4000',
      result: large ? 'PASS' : 'not run',
    },
  );
  const scaled = sizes.length === 2 && sizes[1].posts === sizes[0].posts * SCALE_FACTOR;
  const scale = scaled ? ratio(sizes[1].full.wallSeconds, sizes[0].full.wallSeconds) : undefined;
  results.push({
    target: `time(${SCALE_FACTOR}N) / time(N), Commonplace`,
    limit: `≤ ${TARGETS.scaleRatio}`,
    ...(scaled
      ? atMost(
          scale,
          TARGETS.scaleRatio,
          (v) => (v === undefined ? 'n/a' : v.toFixed(2)),
          ` (N = ${formatCount(sizes[0].posts)})`,
        )
      : { measured: 'run with --scale', result: /** @type {const} */ ('not run') }),
  });
  const pages = base.pageJs;
  const worst = pages.reduce(
    (a, b) => (b.bytes > a.bytes ? b : a),
    pages[0] ?? { bytes: 0, scripts: [] },
  );
  results.push({
    target: 'post page JS before interaction (theme script only)',
    limit: `≤ ${formatBytes(TARGETS.pageJsBytes)}`,
    ...(pages.length
      ? {
          measured: `${formatBytes(worst.bytes)} in ${worst.scripts.length} script${worst.scripts.length === 1 ? '' : 's'}`,
          result: verdict(worst.bytes <= TARGETS.pageJsBytes),
        }
      : { measured: 'n/a', result: /** @type {const} */ ('not run') }),
  });
  return results;
}

/**
 * The printed report of one corpus size.
 * @param {SizeSummary} s
 * @param {{ checkCommand: string }} context
 */
export function formatSize(s, { checkCommand }) {
  const { full, bare } = s;
  const builds = `${full.runs} build${full.runs === 1 ? '' : 's'} each, medians`;
  const main = markdownTable([
    ['measure', 'Commonplace', 'bare Astro + MDX', 'ratio'],
    [
      'wall time',
      formatSeconds(full.wallSeconds),
      formatSeconds(bare.wallSeconds),
      formatRatio(s.timeRatio),
    ],
    [
      'peak RSS',
      formatMegabytes(full.peakRssBytes),
      formatMegabytes(bare.peakRssBytes),
      formatRatio(s.rssRatio),
    ],
    ['pages built', formatCount(full.pages ?? 0), formatCount(bare.pages ?? 0), ''],
  ]);
  const phaseRows = PHASES.map(({ key, label }) => {
    const value = full.phases[key];
    let shown = formatSeconds(value);
    if (key === 'feeds' && value === undefined)
      shown =
        full.phases.feedsWritten === undefined
          ? 'not logged: no feed routes or `feeds:` line'
          : 'none: feeds are written after the gate';
    if (PHASES.find((p) => p.key === key)?.timed && value === undefined) shown = 'not logged';
    if (key === 'gateSourceWorker' && value === undefined) shown = 'no worker: on the main thread';
    const bareValue = [
      'gateSource',
      'gateSourceWorker',
      'gate',
      'search',
      'feeds',
      'feedsWritten',
    ].includes(key)
      ? '—'
      : formatSeconds(bare.phases[key]);
    return [label, shown, bareValue, formatPercent(ratio(value, full.wallSeconds))];
  });
  const phases = markdownTable([
    ['phase', 'Commonplace', 'bare', 'share of Commonplace build'],
    ...phaseRows,
  ]);
  const check = markdownTable([
    ['check', 'time', 'share of Commonplace build', 'its last line'],
    [
      `\`${checkCommand}\``,
      formatSeconds(s.checkSeconds),
      formatPercent(s.checkShare),
      s.checkSummary.replace(/\|/g, '\\|'),
    ],
  ]);
  const js = markdownTable([
    ['post page', 'script loaded before interaction', 'bytes', 'gzip'],
    ...s.pageJs.flatMap((page) => [
      ...page.scripts.map((script) => [
        page.page,
        script.label.replace(/\|/g, '\\|'),
        formatBytes(script.bytes),
        formatBytes(script.gzipBytes),
      ]),
      [page.page, '**total**', formatBytes(page.bytes), formatBytes(page.gzipBytes)],
    ]),
  ]);
  const notes = [];
  if (full.feedRoutes > 0)
    notes.push(
      'Feeds are rendered by Astro endpoints during page generation and log no timing line of their own; their row sums the feed routes\' `(+N ms)` times from Astro\'s route log, inside "render".',
    );
  if (s.checkProblems)
    notes.push(
      "`npm run check` reported errors in the corpus (non-zero exit); the build's gate should have failed too: see its output with --json.",
    );
  return [
    `### ${formatCount(s.posts)} posts (${builds})`,
    '',
    main,
    '',
    phases,
    '',
    check,
    '',
    js,
    '',
    ...notes.map((n) => `_${n}_`),
  ].join('\n');
}

/**
 * @param {TargetResult[]} targets
 */
export function formatTargets(targets) {
  return markdownTable([
    ['target', 'limit', 'measured', 'result'],
    ...targets.map((t) => [t.target, t.limit, t.measured, t.result]),
  ]);
}
