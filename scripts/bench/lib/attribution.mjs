// @ts-check
/**
 * `npm run bench -- --attribute`: what each of Commonplace's features adds to a cold build
 * (README "What each feature costs"). The benchmark's copy of the project (never the project
 * itself) gets switches that turn one feature after another off, read from environment
 * variables; each variant is built like the benchmark's other builds, alternating with the bare
 * site. The switches exist only in that copy: a shipped build has no way to skip its gate.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median, ratio } from './stats.mjs';

/**
 * The variants, each turning off one more feature than the one before, so the difference
 * between two neighbours is what that feature costs.
 * @type {{ id: string, label: string, off: string[] }[]}
 */
export const VARIANTS = [
  { id: 'shipped', label: 'Commonplace as shipped', off: [] },
  {
    id: 'no-writing',
    label: 'writing checks off (`inclusive-language`, `alt-quality`)',
    off: ['WRITING'],
  },
  {
    id: 'no-source-layer',
    label: "… and the gate's source layer (its worker beside sync and bundling)",
    off: ['WRITING', 'SOURCE'],
  },
  {
    id: 'no-gate',
    label: "… and the gate's built-pages layer",
    off: ['WRITING', 'SOURCE', 'PAGES'],
  },
  {
    id: 'no-search',
    label: '… and the search index (Pagefind)',
    off: ['WRITING', 'SOURCE', 'PAGES', 'SEARCH'],
  },
  {
    id: 'site-only',
    label: "… and the feeds: Commonplace's pages alone",
    off: ['WRITING', 'SOURCE', 'PAGES', 'SEARCH', 'FEEDS'],
  },
];

/** The environment that turns a variant's features off in the patched copy. */
export function variantEnv(/** @type {{ off: string[] }} */ variant) {
  return Object.fromEntries(variant.off.map((name) => [`BENCH_OFF_${name}`, '1']));
}

/**
 * Where each switch goes in the copy: `find`, which must occur exactly once, becomes `replace`.
 * When the code moves, `applySwitches` says which one no longer fits, and a unit test fails.
 * @type {{ file: string, find: string, replace: string }[]}
 */
export const SWITCHES = [
  {
    file: 'src/a11y/core/config.ts',
    find: 'levels: { ...(a11y.rules ?? {}) },',
    replace:
      "levels: { ...(a11y.rules ?? {}), ...(process.env.BENCH_OFF_WRITING ? { 'inclusive-language': 'off', 'alt-quality': 'off' } : {}) },",
  },
  {
    // Neither the source layer's worker nor the plugins that wait for it.
    file: 'src/integrations/gate.ts',
    find: "building = command === 'build';",
    replace: "building = command === 'build' && !process.env.BENCH_OFF_SOURCE;",
  },
  ...[
    ['BENCH_OFF_SOURCE', 'async runSourceGate({ logger }) {'],
    ['BENCH_OFF_PAGES', 'startBuildGate() {'],
    ['BENCH_OFF_PAGES', 'async runBuildGate({ logger }) {'],
  ].map(([name, find]) => ({
    file: 'src/integrations/gate.ts',
    find,
    replace: `${find} if (process.env.${name}) return;`,
  })),
  {
    file: 'src/integrations/finish-build.ts',
    find: 'const search = searchAfterExit()',
    replace: 'const search = process.env.BENCH_OFF_SEARCH || searchAfterExit()',
  },
  {
    file: 'src/integrations/search-after-build.ts',
    find: 'async function indexBuiltSite(): Promise<void> {',
    replace:
      'async function indexBuiltSite(): Promise<void> { if (process.env.BENCH_OFF_SEARCH) return;',
  },
  {
    file: 'src/integrations/finish-build.ts',
    find: 'await writeFeeds(params, built);',
    replace: 'if (!process.env.BENCH_OFF_FEEDS) await writeFeeds(params, built);',
  },
];

/**
 * Puts the switches into the copy at `root`.
 * @param {string} root
 */
export function applySwitches(root) {
  /** @type {Map<string, string>} */
  const texts = new Map();
  for (const { file, find, replace } of SWITCHES) {
    const path = join(root, file);
    const text = texts.get(path) ?? readFileSync(path, 'utf8');
    const at = text.indexOf(find);
    if (at < 0 || text.indexOf(find, at + 1) >= 0)
      throw new Error(
        `bench --attribute: "${find}" is ${at < 0 ? 'not' : 'more than once'} in ${file}; update SWITCHES in scripts/bench/lib/attribution.mjs to where that code is now`,
      );
    texts.set(path, `${text.slice(0, at)}${replace}${text.slice(at + find.length)}`);
  }
  for (const [path, text] of texts) writeFileSync(path, text);
}

/**
 * @typedef {{ wallSeconds: number, cpuSeconds?: number }} TimedBuild
 * @typedef {{ id: string, label: string, builds: TimedBuild[] }} VariantRuns
 */

/**
 * The table of an attribution run: each variant's median wall and CPU time, its ratio to the
 * bare site and what the feature it turns off cost (the row above minus this one). Both are
 * medians of each pair's own figures, the variant against the bare build and the neighbour of
 * the same pair: builds a few minutes apart, so the machine's drift over a long run (which
 * moved a build's time by a third on the 2-core machine) does not enter them.
 * @param {VariantRuns[]} variants in the order of VARIANTS, `builds[i]` from pair i
 * @param {TimedBuild[]} bare `bare[i]` from pair i
 */
export function attributionRows(variants, bare) {
  const perPair = (/** @type {(pair: number) => number | undefined} */ figure) =>
    median(bare.map((_, pair) => figure(pair)));
  const rows = variants.map((v, i) => {
    const previous = variants[i - 1];
    return {
      id: v.id,
      label: v.label,
      wall: median(v.builds.map((b) => b.wallSeconds)),
      cpu: median(v.builds.map((b) => b.cpuSeconds)),
      ratio: perPair((pair) => ratio(v.builds[pair]?.wallSeconds, bare[pair]?.wallSeconds)),
      saved: previous
        ? perPair((pair) => {
            const [before, now] = [previous.builds[pair]?.wallSeconds, v.builds[pair]?.wallSeconds];
            return before === undefined || now === undefined ? undefined : before - now;
          })
        : undefined,
    };
  });
  return [
    ...rows,
    {
      id: 'bare',
      label: 'bare Astro + MDX',
      wall: median(bare.map((b) => b.wallSeconds)),
      cpu: median(bare.map((b) => b.cpuSeconds)),
      ratio: 1,
      saved: undefined,
    },
  ];
}

/** @param {number | undefined} s */
const seconds = (s) => (s === undefined ? 'n/a' : `${s.toFixed(2)} s`);

/**
 * The Markdown table of `attributionRows`.
 * @param {ReturnType<typeof attributionRows>} rows
 * @param {{ posts: number, pairs: number }} run
 */
export function formatAttribution(rows, { posts, pairs }) {
  const lines = [
    `#### What each feature costs, ${posts.toLocaleString('en-US')} posts (${pairs} build(s) each, medians)`,
    '',
    '| build | wall time | / bare, per pair | CPU time | the row above minus this one, per pair |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.label} | ${seconds(row.wall)} | ${row.ratio === undefined ? 'n/a' : `${row.ratio.toFixed(2)}×`} | ${seconds(row.cpu)} | ${row.saved === undefined ? '' : seconds(row.saved)} |`,
    ),
  ];
  return lines.join('\n');
}
