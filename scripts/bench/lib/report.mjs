// @ts-check
/**
 * Summaries, targets and the printed tables of a benchmark run: pure functions over the
 * measurements, so they are unit-tested without building anything.
 */
import { markdownTable } from 'markdown-table';
import { median, ratio } from './stats.mjs';
import { SCALE_FACTOR } from './args.mjs';

/** The targets of issues 7 and 12 (README "Performance"): limits, and stretch goals. */
export const TARGETS = {
  buildRatio: 1.3,
  buildRatioStretch: 1.15,
  rebuildRatio: 1.3,
  rebuildRatioStretch: 1.15,
  gateShare: 0.05,
  checkShare: 0.1,
  checkShareStretch: 0.05,
  /** Seconds, wall time of a second `npm run check` with nothing changed, npm's start included. */
  warmCheckSeconds: 1.0,
  warmCheckSecondsStretch: 0.5,
  rssRatio: 1.2,
  rssRatioStretch: 1.1,
  scaleRatio: 4.5,
  pageJsBytes: 1024,
  /** Posts at which the time, gate and check targets are set. */
  basePosts: 1000,
  /** Posts at which the memory target is set. */
  largePosts: 4000,
  /** Posts the default-heap stretch goal builds. */
  hugePosts: 10000,
};

/**
 * @typedef {import('./phases.mjs').BuildPhases} BuildPhases
 * @typedef {import('./measure.mjs').RssSample} RssSample
 * @typedef {object} BuildRun
 * @property {number} wallSeconds
 * @property {number | undefined} [cpuSeconds] CPU time, user + system, of all its processes
 * @property {number | undefined} peakTreeBytes peak resident memory of the whole process tree
 * @property {number | undefined} peakProcessBytes peak resident memory of its largest process
 * @property {{ sample: RssSample, lastLine: string } | undefined} [treePeak] who held what at the
 *   tree's peak, and the last log line before it
 * @property {BuildPhases} phases
 * @typedef {{ wallSeconds: number, peakTreeBytes: number | undefined, status: number | null, summary?: string }} CheckRun
 * @typedef {{ page: string, scripts: { label: string, bytes: number, gzipBytes: number }[], bytes: number, gzipBytes: number }} PageJs
 * @typedef {object} SizeRun
 * @property {number} posts
 * @property {BuildRun[]} full cold builds of the Commonplace site
 * @property {BuildRun[]} bare cold builds of the bare site
 * @property {BuildRun[]} fullRebuild second builds of the Commonplace site after one post changed
 * @property {BuildRun[]} bareRebuild the same for the bare site
 * @property {CheckRun[]} check `npm run check` with no cache of its own, Node's compile cache as
 *   the builds left it
 * @property {CheckRun[]} firstCheck the same with Node's compile cache off, as a fresh machine's
 *   first check runs (absent from runs saved before it was measured)
 * @property {CheckRun[]} warmCheck the next `npm run check`, nothing changed
 * @property {PageJs[]} pageJs
 */

/** Phases of a build, in the order they happen; `timed` names the phase in Commonplace's timings file. */
export const PHASES = [
  { key: 'startup', label: 'startup: Node, config, config hooks (until sync starts)' },
  { key: 'sync', label: 'content sync + types (Astro `[types] Generated`)' },
  { key: 'bundle', label: 'bundle: Vite, MDX compile (entrypoints − render)' },
  { key: 'render', label: 'render: generating static routes' },
  { key: 'feeds', label: '  of which feed routes (rss.xml, feed.json, feed.js)' },
  { key: 'feedsWritten', label: 'feeds written after the gate (`feeds` phase)', timed: 'feeds' },
  {
    key: 'gateSource',
    label: 'gate, source layer: time the build waited for it (`gate-source` phase)',
    timed: 'gate-source',
  },
  {
    key: 'gateSourceWorker',
    label: '  the source layer in its worker, beside the build (not added to the build)',
  },
  {
    key: 'gate',
    label: 'gate, built pages: time the build waited for it (`gate` phase)',
    timed: 'gate',
  },
  {
    key: 'search',
    label: 'search index: time the build waited for Pagefind (`search` phase)',
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
  // Who held the memory at the peak: from the run with the largest tree peak.
  const peakRun = runs.reduce(
    (a, b) => ((b.peakTreeBytes ?? 0) > (a?.peakTreeBytes ?? 0) ? b : a),
    /** @type {BuildRun | undefined} */ (undefined),
  );
  return {
    runs: runs.length,
    wallSeconds: median(runs.map((r) => r.wallSeconds)),
    cpuSeconds: median(runs.map((r) => r.cpuSeconds)),
    peakTreeBytes: median(runs.map((r) => r.peakTreeBytes)),
    peakProcessBytes: median(runs.map((r) => r.peakProcessBytes)),
    treePeak: peakRun?.treePeak,
    pages: runs.at(-1)?.phases.pages,
    feedRoutes: runs.at(-1)?.phases.feedRoutes ?? 0,
    phases,
  };
}

/**
 * Each pair's own ratio, Commonplace's run over the bare site's run built just after it: the
 * pairs alternate, so a machine that slows down for a while slows both builds of a pair, and the
 * spread of these ratios shows how far one run's medians can be trusted.
 * @param {(number | undefined)[]} full
 * @param {(number | undefined)[]} bare
 * @returns {number[]}
 */
export function pairRatios(full, bare) {
  return full.flatMap((value, i) => {
    const r = ratio(value, bare[i]);
    return r === undefined ? [] : [r];
  });
}

/**
 * @param {SizeRun} size
 */
export function summarizeSize(size) {
  const full = summarizeBuilds(size.full);
  const bare = summarizeBuilds(size.bare);
  const fullRebuild = median((size.fullRebuild ?? []).map((r) => r.wallSeconds));
  const bareRebuild = median((size.bareRebuild ?? []).map((r) => r.wallSeconds));
  const check = median(size.check.map((c) => c.wallSeconds));
  const warmCheck = median((size.warmCheck ?? []).map((c) => c.wallSeconds));
  const firstCheck = median((size.firstCheck ?? []).map((c) => c.wallSeconds));
  const gate = (full.phases.gateSource ?? 0) + (full.phases.gate ?? 0);
  const hasGate = full.phases.gateSource !== undefined || full.phases.gate !== undefined;
  const checks = [...size.check, ...(size.firstCheck ?? []), ...(size.warmCheck ?? [])];
  return {
    posts: size.posts,
    full,
    bare,
    fullRebuildSeconds: fullRebuild,
    bareRebuildSeconds: bareRebuild,
    rebuildRatio: ratio(fullRebuild, bareRebuild),
    checkSeconds: check,
    warmCheckSeconds: warmCheck,
    firstCheckSeconds: firstCheck,
    checkProblems: checks.some((c) => c.status !== 0),
    checkSummary: size.check.at(-1)?.summary ?? '',
    warmCheckSummary: size.warmCheck?.at(-1)?.summary ?? '',
    firstCheckSummary: size.firstCheck?.at(-1)?.summary ?? '',
    timeRatio: ratio(full.wallSeconds, bare.wallSeconds),
    cpuRatio: ratio(full.cpuSeconds, bare.cpuSeconds),
    rssRatio: ratio(full.peakTreeBytes, bare.peakTreeBytes),
    rssProcessRatio: ratio(full.peakProcessBytes, bare.peakProcessBytes),
    gateSeconds: hasGate ? gate : undefined,
    gateShare: hasGate ? ratio(gate, full.wallSeconds) : undefined,
    checkShare: ratio(check, full.wallSeconds),
    pairs: {
      build: pairRatios(
        size.full.map((r) => r.wallSeconds),
        size.bare.map((r) => r.wallSeconds),
      ),
      cpu: pairRatios(
        size.full.map((r) => r.cpuSeconds),
        size.bare.map((r) => r.cpuSeconds),
      ),
      rebuild: pairRatios(
        (size.fullRebuild ?? []).map((r) => r.wallSeconds),
        (size.bareRebuild ?? []).map((r) => r.wallSeconds),
      ),
      tree: pairRatios(
        size.full.map((r) => r.peakTreeBytes),
        size.bare.map((r) => r.peakTreeBytes),
      ),
    },
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
 * @property {string} stretch the stretch goal, or '' where there is none
 * @property {string} measured
 * @property {'PASS' | 'FAIL' | 'not run'} result against the limit
 * @property {'PASS' | 'FAIL' | undefined} [stretchResult]
 * @property {string} [by] for a FAIL, how far over the limit
 */

/**
 * A target that a measured value must stay at or under.
 * @param {{ target: string, value: number | undefined, limit: number, stretch?: number,
 *   format: (v: number) => string, note?: string, missing?: string }} t `format` prints a
 *   value, a limit and the distance over it alike
 * @returns {TargetResult}
 */
function atMost({ target, value, limit, stretch, format, note = '', missing = '' }) {
  const shown = {
    target,
    limit: `≤ ${format(limit)}`,
    stretch: stretch === undefined ? '' : `≤ ${format(stretch)}`,
  };
  if (value === undefined)
    return { ...shown, measured: `n/a${missing || note}`, result: 'not run' };
  return {
    ...shown,
    measured: `${format(value)}${note}`,
    result: value <= limit ? 'PASS' : 'FAIL',
    ...(stretch === undefined ? {} : { stretchResult: value <= stretch ? 'PASS' : 'FAIL' }),
    ...(value > limit ? { by: format(value - limit) } : {}),
  };
}

const ratioFormat = (/** @type {number} */ v) => `${v.toFixed(2)}×`;
const percentFormat = (/** @type {number} */ v) => `${(v * 100).toFixed(1)}%`;
const secondsFormat = (/** @type {number} */ v) => `${v.toFixed(2)} s`;

/**
 * Each target of issues 7 and 12 against the run's medians. Time, gate and check targets are
 * set for 1,000 posts: they are judged at 1,000 when measured, otherwise at the smallest size,
 * noted; memory at 4,000 posts.
 * @param {SizeSummary[]} sizes smallest first
 * @returns {TargetResult[]}
 */
export function evaluateTargets(sizes) {
  const base = sizes.find((s) => s.posts === TARGETS.basePosts) ?? sizes[0];
  const large = sizes.find((s) => s.posts === TARGETS.largePosts);
  const huge = sizes.find((s) => s.posts >= TARGETS.hugePosts);
  const biggest = sizes.at(-1);
  const at = (/** @type {SizeSummary} */ s) =>
    s.posts === TARGETS.basePosts ? '' : ` (at ${formatCount(s.posts)} posts)`;
  const memoryMissing = ` at 4,000 posts: run --posts 4000 (${formatRatio(biggest?.rssRatio)} tree, ${formatRatio(biggest?.rssProcessRatio)} largest process at ${formatCount(biggest?.posts ?? 0)})`;
  /** @type {TargetResult[]} */
  const results = [
    atMost({
      target: 'build time, Commonplace / bare',
      value: base.timeRatio,
      limit: TARGETS.buildRatio,
      stretch: TARGETS.buildRatioStretch,
      format: ratioFormat,
      note: at(base),
    }),
    atMost({
      target: '`npm run check`, cold / build time',
      value: base.checkShare,
      limit: TARGETS.checkShare,
      stretch: TARGETS.checkShareStretch,
      format: percentFormat,
      note: at(base),
    }),
    atMost({
      target: '`npm run check`, warm (second run, nothing changed), wall time',
      value: base.warmCheckSeconds,
      limit: TARGETS.warmCheckSeconds,
      stretch: TARGETS.warmCheckSecondsStretch,
      format: secondsFormat,
      note: at(base),
    }),
    atMost({
      target: 'rebuild after one post changed, Commonplace / bare',
      value: base.rebuildRatio,
      limit: TARGETS.rebuildRatio,
      stretch: TARGETS.rebuildRatioStretch,
      format: ratioFormat,
      note: at(base),
    }),
    atMost({
      target: 'peak RSS, Commonplace / bare, 4,000 posts: process tree',
      value: large?.rssRatio,
      limit: TARGETS.rssRatio,
      stretch: TARGETS.rssRatioStretch,
      format: ratioFormat,
      missing: memoryMissing,
    }),
    atMost({
      target: 'peak RSS, Commonplace / bare, 4,000 posts: largest process',
      value: large?.rssProcessRatio,
      limit: TARGETS.rssRatio,
      stretch: TARGETS.rssRatioStretch,
      format: ratioFormat,
      missing: memoryMissing,
    }),
    {
      target: "4,000 posts build with Node's default heap",
      limit: 'completes',
      stretch: '10,000 posts complete',
      measured: large
        ? `built ${formatCount(large.full.pages ?? 0)} pages${huge ? `; ${formatCount(huge.full.pages ?? 0)} at ${formatCount(huge.posts)} posts` : ''}`
        : 'run --posts 4000',
      result: large ? 'PASS' : 'not run',
      ...(huge ? { stretchResult: /** @type {const} */ ('PASS') } : {}),
    },
    atMost({
      target: "gate's time / build time",
      value: base.gateShare,
      limit: TARGETS.gateShare,
      format: percentFormat,
      note: at(base),
      missing: ' (no gate timing in the timings file)',
    }),
  ];
  const scaled = sizes.length === 2 && sizes[1].posts === sizes[0].posts * SCALE_FACTOR;
  results.push(
    scaled
      ? atMost({
          target: `time(${SCALE_FACTOR}N) / time(N), Commonplace`,
          value: ratio(sizes[1].full.wallSeconds, sizes[0].full.wallSeconds),
          limit: TARGETS.scaleRatio,
          format: (v) => v.toFixed(2),
          note: ` (N = ${formatCount(sizes[0].posts)})`,
        })
      : {
          target: `time(${SCALE_FACTOR}N) / time(N), Commonplace`,
          limit: `≤ ${TARGETS.scaleRatio}`,
          stretch: '',
          measured: 'run with --scale',
          result: 'not run',
        },
  );
  const pages = base.pageJs;
  const worst = pages.reduce(
    (a, b) => (b.bytes > a.bytes ? b : a),
    pages[0] ?? { bytes: 0, scripts: [] },
  );
  const js = atMost({
    target: 'post page JS before interaction (theme script only)',
    value: pages.length ? worst.bytes : undefined,
    limit: TARGETS.pageJsBytes,
    format: formatBytes,
  });
  if (pages.length)
    js.measured = `${formatBytes(worst.bytes)} in ${worst.scripts.length} script${worst.scripts.length === 1 ? '' : 's'}`;
  results.push(js);
  return results;
}

/**
 * One size's memory peak, in words: when the tree peaked and which process held what.
 * @param {SizeSummary['full']} site
 */
export function formatPeak(site) {
  const peak = site.treePeak;
  if (!peak) return 'n/a';
  const held = Object.entries(peak.sample.mib)
    .sort((a, b) => b[1] - a[1])
    .map(([name, mib]) => `${name} ${formatCount(mib)} MiB`)
    .join(', ');
  const line = peak.lastLine.replace(/^\d\d:\d\d:\d\d /, '').trim();
  return `at ${peak.sample.t.toFixed(1)} s: ${held}${line ? ` (last line before it: \`${line.replace(/[`|]/g, "'")}\`)` : ''}`;
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
      'wall time, cold (`npm run build`)',
      formatSeconds(full.wallSeconds),
      formatSeconds(bare.wallSeconds),
      formatRatio(s.timeRatio),
    ],
    [
      // What the wall time cannot show on 2 cores: work done beside the build still costs it.
      'CPU time of the cold build, user + system, all processes',
      formatSeconds(full.cpuSeconds),
      formatSeconds(bare.cpuSeconds),
      formatRatio(s.cpuRatio),
    ],
    [
      'rebuild after one post changed',
      formatSeconds(s.fullRebuildSeconds),
      formatSeconds(s.bareRebuildSeconds),
      formatRatio(s.rebuildRatio),
    ],
    [
      'peak RSS, process tree',
      formatMegabytes(full.peakTreeBytes),
      formatMegabytes(bare.peakTreeBytes),
      formatRatio(s.rssRatio),
    ],
    [
      'peak RSS, largest process',
      formatMegabytes(full.peakProcessBytes),
      formatMegabytes(bare.peakProcessBytes),
      formatRatio(s.rssProcessRatio),
    ],
    ['pages built', formatCount(full.pages ?? 0), formatCount(bare.pages ?? 0), ''],
  ]);
  const peaks = [
    `Process tree at its peak, Commonplace ${formatPeak(full)}; bare ${formatPeak(bare)}.`,
  ];
  const spread = /** @type {const} */ ([
    ['build', s.pairs.build],
    ['CPU', s.pairs.cpu],
    ['rebuild', s.pairs.rebuild],
    ['process tree', s.pairs.tree],
  ]).filter(([, ratios]) => ratios.length > 1);
  if (spread.length > 0)
    peaks.push(
      '',
      `Each pair's own ratio, Commonplace / bare, in the order built: ${spread
        .map(([what, ratios]) => `${what} ${ratios.map(formatRatio).join(', ')}`)
        .join('; ')}.`,
    );
  const phaseRows = PHASES.map(({ key, label }) => {
    const value = full.phases[key];
    let shown = formatSeconds(value);
    if (key === 'feeds' && value === undefined)
      shown =
        full.phases.feedsWritten === undefined
          ? 'not logged: no feed routes or `feeds` phase'
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
      `\`${checkCommand}\`, cold`,
      formatSeconds(s.checkSeconds),
      formatPercent(s.checkShare),
      s.checkSummary.replace(/\|/g, '\\|'),
    ],
    ...(s.firstCheckSeconds === undefined
      ? []
      : [
          [
            `\`${checkCommand}\`, cold, without Node's compile cache (a fresh machine's first check)`,
            formatSeconds(s.firstCheckSeconds),
            formatPercent(ratio(s.firstCheckSeconds, full.wallSeconds)),
            s.firstCheckSummary.replace(/\|/g, '\\|'),
          ],
        ]),
    [
      `\`${checkCommand}\`, warm (again, nothing changed)`,
      formatSeconds(s.warmCheckSeconds),
      formatPercent(ratio(s.warmCheckSeconds, full.wallSeconds)),
      s.warmCheckSummary.replace(/\|/g, '\\|'),
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
    ...peaks,
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
 * `PASS`, `FAIL by 0.19×`, with the stretch goal's result where there is one.
 * @param {TargetResult} t
 */
export function formatResult(t) {
  const main = t.result === 'FAIL' && t.by ? `**FAIL** by ${t.by}` : t.result;
  return t.stretchResult ? `${main} (stretch ${t.stretchResult})` : main;
}

/**
 * @param {TargetResult[]} targets
 */
export function formatTargets(targets) {
  return markdownTable([
    ['target', 'limit', 'stretch', 'measured', 'result'],
    ...targets.map((t) => [
      t.target.replace(/\|/g, '\\|'),
      t.limit,
      t.stretch || '—',
      t.measured,
      formatResult(t),
    ]),
  ]);
}
