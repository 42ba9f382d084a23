#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench -- [--posts N] [--pairs P] [--scale] [--json FILE]` (README "Performance"),
 * `npm run bench -- --attribute` for what each of Commonplace's features costs (lib/attribution.mjs),
 * or `npm run bench -- --report FILE` to print a saved run's report again.
 *
 * Generates N posts into scripts/bench/.work/ and sets up two sites over them there: a copy of
 * this project with its example content plus the posts, and the bare Astro + MDX site
 * (scripts/bench/bare/). For each pair it runs `npm run build` in each site, alternating, from
 * a clean dist/, .astro/ and cache, then again after one post changed (the rebuild, with the
 * first build's caches); then `npm run check` in the full site twice, cold (no cache) and warm
 * (nothing changed). It sizes the JavaScript a post page loads, and prints medians, phases,
 * memory peaks and every target. It measures and never gates: exit 0 whatever the numbers, 1
 * only when a build or the benchmark itself fails, 2 for bad options.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem, release, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { exitUnlessTypeScript } from '../../src/lib/util/typescript-node.mjs';
import { writeCorpus } from './gen-corpus.mjs';
import {
  cleanBuild,
  cleanCheckCache,
  editOnePost,
  projectRoot,
  setUpSites,
  workDir,
} from './lib/sites.mjs';
import { runMeasured } from './lib/measure.mjs';
import { parseBuildLog, readTimings, timelinePhases } from './lib/phases.mjs';
import { pageJavaScript } from './lib/page-js.mjs';
import {
  VARIANTS,
  applySwitches,
  attributionRows,
  formatAttribution,
  variantEnv,
} from './lib/attribution.mjs';

// Its arguments and report reach TypeScript (src/lib/util/usage-error.ts): imported after the check.
exitUnlessTypeScript('The benchmark', 'npm run bench');
const [
  { UsageError, USAGE, corpusSizes, parseBenchArgs },
  { evaluateTargets, formatMegabytes, formatSeconds, formatSize, formatTargets, summarizeSize },
] = await Promise.all([import('./lib/args.mjs'), import('./lib/report.mjs')]);

const ASTRO = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const CHECK_COMMAND = 'npm run check';
/**
 * A fixed "now" far after every post of the corpus (dated up to 2026-01-01) and of the example
 * content, so each is published whatever the machine's clock says.
 */
const BUILD_DATE = '2100-01-01';
/**
 * The rebuild's: ten minutes on, as a user's next build is. A build hands its gate worker its
 * own date, and a rebuild with the same date as the build before could hide a cache that the
 * date's change empties (it did, until the check's cache left the build date out of its key).
 */
const REBUILD_DATE = '2100-01-01T00:10:00Z';

/** A build's failure: the message names the site, the command to rerun and the log's tail. */
class BuildFailed extends Error {}

/**
 * The environment a user's terminal gives a build, minus anything that changes the heap or
 * colours: the 4,000-post target is "completes with Node's default heap".
 * @param {Record<string, string>} [extra]
 */
function childEnv(extra = {}) {
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  delete env.COMMONPLACE_TIMINGS;
  return {
    ...env,
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    COMMONPLACE_BUILD_DATE: BUILD_DATE,
    ...extra,
  };
}

/**
 * `npm run <script>` as a user types it, npm's own start included: under `npm run bench` the
 * same npm that runs us, otherwise the one on PATH.
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function npm(args) {
  const cli = process.env.npm_execpath;
  return cli && cli.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args];
}

/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

/**
 * One `npm run build` of a site: cold (from an empty dist/, .astro/ and cache) or, with
 * `clean: false`, a rebuild over what the last build left.
 * @param {string} name
 * @param {string} root
 * @param {string} logFile where the build's output is kept, to look into a surprising number;
 *   its timings file and memory samples go beside it
 * @param {{ clean: boolean, env?: Record<string, string> }} options `env`: added to the build's
 * @returns {Promise<import('./lib/report.mjs').BuildRun>}
 */
async function build(name, root, logFile, { clean, env = {} }) {
  if (clean) cleanBuild(root);
  const timings = logFile.replace(/\.log$/, '.timings.jsonl');
  rmSync(timings, { force: true });
  const [command, args] = npm(['run', 'build']);
  const measured = await runMeasured(command, args, {
    cwd: root,
    env: childEnv({ ...env, COMMONPLACE_TIMINGS: timings }),
  });
  writeFileSync(logFile, measured.lines.map((l) => `+${l.t.toFixed(2)}s ${l.text}`).join('\n'));
  writeFileSync(logFile.replace(/\.log$/, '.rss.json'), JSON.stringify(measured.samples));
  if (measured.status !== 0) {
    const tail = measured.output.trimEnd().split('\n').slice(-40).join('\n');
    throw new BuildFailed(
      `the ${name} build failed (exit ${measured.status}). Its last lines:\n${tail}\n\n` +
        `Its whole log: ${logFile}. Rerun it alone with: cd ${root} && npm run build`,
    );
  }
  const parsed = parseBuildLog(measured.output);
  const { timed, marks } = readTimings(existsSync(timings) ? readFileSync(timings, 'utf8') : '');
  const peak = measured.treePeakSample;
  return {
    wallSeconds: measured.wallSeconds,
    cpuSeconds: measured.cpuSeconds,
    peakTreeBytes: measured.peakTreeBytes,
    peakProcessBytes: measured.peakProcessBytes,
    treePeak: peak && {
      sample: peak,
      lastLine: measured.lines.filter((l) => l.t <= peak.t && l.text.trim()).at(-1)?.text ?? '',
    },
    phases: {
      ...parsed,
      timed,
      marks,
      ...timelinePhases(measured.lines, measured.wallSeconds, parsed.sync),
    },
  };
}

/**
 * `npm run check` in the full site, as a user runs it; `cold` empties its cache first.
 * `compileCache: false` turns Node's compile cache off, as on a machine where neither Astro nor
 * a check has run (src/a11y/cli.mjs); otherwise the check finds it as the builds before it
 * left it, as Astro's own CLI finds it in every build measured here.
 * @param {string} root
 * @param {{ cold: boolean, compileCache?: boolean }} options
 * @returns {Promise<import('./lib/report.mjs').CheckRun & { output: string }>}
 */
async function check(root, { cold, compileCache = true }) {
  if (cold) cleanCheckCache(root);
  const [command, args] = npm(['run', 'check']);
  const env = childEnv(compileCache ? {} : { NODE_DISABLE_COMPILE_CACHE: '1' });
  const measured = await runMeasured(command, args, { cwd: root, env });
  if (measured.status === 2 || measured.status === null) {
    throw new BuildFailed(
      `npm run check could not run (exit ${measured.status}):\n${measured.output.trim()}`,
    );
  }
  return {
    wallSeconds: measured.wallSeconds,
    peakTreeBytes: measured.peakTreeBytes,
    status: measured.status,
    summary: measured.output.trim().split('\n').at(-1) ?? '',
    output: measured.output,
  };
}

/**
 * @param {number} posts
 * @param {{ pairs: number, seed: number }} options
 * @returns {Promise<import('./lib/report.mjs').SizeRun & { checkOutput: string }>}
 */
async function measureSize(posts, { pairs, seed }) {
  const postsDir = join(workDir, 'posts');
  writeCorpus(postsDir, { count: posts, seed });
  const sites = setUpSites(postsDir);
  progress(`${posts.toLocaleString('en-US')} posts written to ${postsDir}; sites in ${workDir}`);
  /** @type {import('./lib/report.mjs').SizeRun & { checkOutput: string }} */
  const run = {
    posts,
    full: [],
    bare: [],
    fullRebuild: [],
    bareRebuild: [],
    check: [],
    firstCheck: [],
    warmCheck: [],
    pageJs: [],
    checkOutput: '',
  };
  const logs = join(workDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const mib = (/** @type {number | undefined} */ b) => formatMegabytes(b);
  for (let pair = 1; pair <= pairs; pair++) {
    for (const [name, key] of /** @type {const} */ ([
      ['Commonplace', 'full'],
      ['bare', 'bare'],
    ])) {
      const root = sites[key];
      const cold = await build(name, root, join(logs, `${posts}-${key}-${pair}.log`), {
        clean: true,
      });
      run[key].push(cold);
      progress(
        `pair ${pair}/${pairs} ${name}: ${formatSeconds(cold.wallSeconds)}, ${mib(cold.peakTreeBytes)} tree, ${mib(cold.peakProcessBytes)} largest process`,
      );
      const restore = editOnePost(root);
      try {
        const again = await build(name, root, join(logs, `${posts}-${key}-${pair}-rebuild.log`), {
          clean: false,
          env: { COMMONPLACE_BUILD_DATE: REBUILD_DATE },
        });
        run[key === 'full' ? 'fullRebuild' : 'bareRebuild'].push(again);
        progress(`pair ${pair}/${pairs} ${name} rebuild: ${formatSeconds(again.wallSeconds)}`);
      } finally {
        restore();
      }
    }
    for (const [key, label, options] of /** @type {const} */ ([
      ['firstCheck', 'cold, no compile cache', { cold: true, compileCache: false }],
      ['check', 'cold', { cold: true }],
      ['warmCheck', 'warm', { cold: false }],
    ])) {
      const { output, ...checked } = await check(sites.full, options);
      run[key].push(checked);
      // The tail is enough to see what it found; at 4,000 posts the whole output is megabytes.
      if (key === 'check') run.checkOutput = output.trimEnd().split('\n').slice(-40).join('\n');
      progress(
        `pair ${pair}/${pairs} npm run check, ${label}: ${formatSeconds(checked.wallSeconds)} (exit ${checked.status})`,
      );
    }
  }
  // A plain post and one with a code block and a video (every tenth post has them).
  const samples = ['/posts/bench-00001/', ...(posts >= 10 ? ['/posts/bench-00010/'] : [])];
  run.pageJs = samples.map((page) => pageJavaScript(join(sites.full, 'dist'), page));
  return run;
}

/**
 * `--attribute`: the full site's copy gets the feature switches, then each variant and the bare
 * site build cold, in turn, `pairs` times. The variants' order turns by one each pair.
 * @param {{ posts: number, pairs: number, seed: number }} options
 */
async function attribute({ posts, pairs, seed }) {
  const postsDir = join(workDir, 'posts');
  writeCorpus(postsDir, { count: posts, seed });
  const sites = setUpSites(postsDir);
  applySwitches(sites.full);
  const logs = join(workDir, 'logs');
  mkdirSync(logs, { recursive: true });
  const variants = VARIANTS.map((v) => ({
    ...v,
    /** @type {import('./lib/attribution.mjs').TimedBuild[]} */ builds: [],
  }));
  /** @type {import('./lib/attribution.mjs').TimedBuild[]} */
  const bare = [];
  for (let pair = 1; pair <= pairs; pair++) {
    // Each pair starts one variant later, so no variant always builds first (just after the
    // corpus was written) or always right after the bare site.
    const order = variants.map((_, i) => variants[(i + pair - 1) % variants.length]);
    for (const variant of order) {
      const log = join(logs, `${posts}-attribute-${variant.id}-${pair}.log`);
      const run = await build(variant.label, sites.full, log, {
        clean: true,
        env: variantEnv(variant),
      });
      variant.builds.push({ wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds });
      progress(`pair ${pair}/${pairs} ${variant.id}: ${formatSeconds(run.wallSeconds)}`);
    }
    const run = await build('bare', sites.bare, join(logs, `${posts}-attribute-bare-${pair}.log`), {
      clean: true,
    });
    bare.push({ wallSeconds: run.wallSeconds, cpuSeconds: run.cpuSeconds });
    progress(`pair ${pair}/${pairs} bare: ${formatSeconds(run.wallSeconds)}`);
  }
  return { posts, pairs, variants, bare };
}

/**
 * Prints an attribution run.
 * @param {ReturnType<typeof machine>} info
 * @param {Awaited<ReturnType<typeof attribute>>} run
 */
function reportAttribution(info, run) {
  const rows = attributionRows(run.variants, run.bare);
  process.stdout.write(
    [
      `## Commonplace benchmark, what each feature costs, ${info.date.slice(0, 10)}`,
      '',
      `${info.cores} cores (${info.cpu}), ${info.memoryGiB} GiB, ${info.os}; Node ${info.node}, Astro ${info.astro}; load average at start ${info.loadAverageAtStart.join(' ')}.`,
      '',
      formatAttribution(rows, run),
      '',
    ].join('\n') + '\n',
  );
  return rows;
}

function machine() {
  const pkg = (/** @type {string} */ name) =>
    JSON.parse(readFileSync(join(projectRoot, 'node_modules', name, 'package.json'), 'utf8'))
      .version;
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    astro: pkg('astro'),
    mdx: pkg('@astrojs/mdx'),
    loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
  };
}

/**
 * Prints the report of measured runs: the tables of each size, then every target.
 * @param {ReturnType<typeof machine>} info
 * @param {Pick<import('./lib/args.mjs').BenchOptions, 'pairs' | 'seed'>} options
 * @param {import('./lib/report.mjs').SizeRun[]} runs
 */
function report(info, options, runs) {
  const sizes = runs.map(summarizeSize);
  const targets = evaluateTargets(sizes);
  const header = [
    `## Commonplace benchmark, ${info.date.slice(0, 10)}`,
    '',
    `${info.cores} cores (${info.cpu}), ${info.memoryGiB} GiB, ${info.os}; Node ${info.node}, Astro ${info.astro}, @astrojs/mdx ${info.mdx}; ` +
      `load average at start ${info.loadAverageAtStart.join(' ')}; ${options.pairs} A B pair(s), seed ${options.seed}.`,
  ].join('\n');
  const text = [
    header,
    '',
    sizes.map((s) => formatSize(s, { checkCommand: CHECK_COMMAND })).join('\n\n'),
    '',
    '### Targets',
    '',
    formatTargets(targets),
    '',
  ].join('\n');
  process.stdout.write(`${text}\n`);
  return { sizes, targets };
}

/**
 * `--report FILE`: the report of a run saved with `--json`, from its raw measurements (not the
 * summaries saved beside them), so a change to the report shows on an earlier run.
 * @param {string} path
 */
function reportAgain(path) {
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  let saved;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(
      `bench: cannot read ${file} (${/** @type {Error} */ (error).message}): give the file a run saved with --json wrote.\n`,
    );
    return 2;
  }
  if (saved?.machine && Array.isArray(saved.attribution?.variants)) {
    reportAttribution(saved.machine, saved.attribution);
    return 0;
  }
  if (!saved?.machine || !Array.isArray(saved.sizes) || !saved.options) {
    process.stderr.write(
      `bench: ${file} is not a benchmark run: give the file a run saved with --json wrote.\n`,
    );
    return 2;
  }
  report(
    saved.machine,
    saved.options,
    saved.sizes.map((/** @type {Record<string, unknown>} */ { summary: _summary, ...run }) => run),
  );
  return 0;
}

async function main() {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`bench: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  if (Number(process.versions.node.split('.')[0]) < 22) {
    process.stderr.write(
      `bench: Astro 7 needs Node 22.12 or newer and this is ${process.version}. Run it as \`npm run bench\`, which uses the project's Node 24.\n`,
    );
    return 2;
  }
  if (!existsSync(ASTRO)) {
    process.stderr.write(`bench: ${ASTRO} is missing. Run \`npm ci\` first.\n`);
    return 1;
  }

  if (options.report !== undefined) return reportAgain(options.report);
  const info = machine();
  if (options.pairs < 3)
    progress(`${options.pairs} pair(s): fine for a try, but the README's numbers need at least 3`);
  if (options.attribute) {
    const run = await attribute(options);
    const rows = reportAttribution(info, run);
    if (options.json) {
      const file = resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
      writeFileSync(
        file,
        `${JSON.stringify({ machine: info, attribution: run, rows }, null, 2)}\n`,
      );
      progress(`results written to ${file}`);
    }
    return 0;
  }
  /** @type {Awaited<ReturnType<typeof measureSize>>[]} */
  const runs = [];
  for (const posts of corpusSizes(options)) runs.push(await measureSize(posts, options));

  const { sizes, targets } = report(info, options, runs);

  if (options.json) {
    const file = resolve(process.env.INIT_CWD ?? process.cwd(), options.json);
    const record = {
      machine: { ...info, loadAverageAtEnd: loadavg().map((n) => Number(n.toFixed(2))) },
      options,
      sizes: runs.map(({ checkOutput, ...run }, i) => ({ ...run, summary: sizes[i], checkOutput })),
      targets,
    };
    writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
    progress(`results written to ${file}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    const message = error instanceof BuildFailed ? error.message : (error?.stack ?? String(error));
    process.stderr.write(`bench: ${message}\n`);
    process.exitCode = 1;
  },
);
