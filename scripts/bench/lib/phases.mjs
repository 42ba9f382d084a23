// @ts-check
/**
 * Phase times of one `astro build`, from two sources:
 * - Commonplace's timings file (src/integrations/timing.ts, written where `COMMONPLACE_TIMINGS`
 *   points): one JSON line per phase of its own work, `{"phase":"gate","count":1074,"unit":
 *   "pages","seconds":0.4,"waited":0.02,...}`, where work beside the build (a worker thread,
 *   Pagefind's process) says how long the build waited for it, and one per hook it reached,
 *   `{"mark":"astro:build:done","at":21.3,"rss":...}`. The bare site writes none.
 * - Astro's own log lines, which both sites print: `[types] Generated 1.51s` (content sync and
 *   types, timed from the start of sync), `Building static entrypoints...` then
 *   `[build] ✓ Completed in 5.2s.` (bundling and page generation), ` generating static routes `
 *   then `✓ Completed in 467ms.` (page generation), one `├─ /path (+12ms)` per route, and
 *   `[build] 74 page(s) built in 4.00s`.
 */

/** Route files that are feeds: their generation time is the feeds' cost. */
export const FEED_ROUTE = /(?:^|\/)(?:rss\.xml|atom\.xml|feed\.json|feed\.xsl|feed\.js|feed\.css)$/;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
const ROUTE = /[├└]─\s+(\/\S*)\s+\(\+(\d+(?:\.\d+)?(?:ms|s)|\d+m \d+s)\)/;
const DURATION = /(\d+m \d+s|\d+(?:\.\d+)?ms|\d+(?:\.\d+)?s)/;

/**
 * Seconds from one of Astro's durations: `292ms`, `2.36s`, `1m 5s`.
 * @param {string} text
 */
export function parseAstroDuration(text) {
  const minutes = /^(\d+)m (\d+)s$/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  if (text.endsWith('ms')) return Number(text.slice(0, -2)) / 1000;
  if (text.endsWith('s')) return Number(text.slice(0, -1));
  throw new Error(`not an Astro duration: "${text}"`);
}

/**
 * @typedef {object} TimingLine one phase of Commonplace's own work, from the timings file
 * @property {number} count
 * @property {string} unit
 * @property {number} seconds how long the phase's work took
 * @property {number} [waited] for work beside the build (a worker, Pagefind): how long the build
 *   waited for it (the rest overlapped the build's own work)
 * @property {number} [at] seconds after the build process started, when the phase ended
 * @property {number} [rss] the build process's resident memory then, in bytes
 */

/**
 * @typedef {object} Mark a hook the build reached
 * @property {number} at seconds after the build process started
 * @property {number} rss the build process's resident memory then, in bytes
 * @property {number} [heapUsed] its main thread's JavaScript heap in use, in bytes
 */

/**
 * Reads a timings file (JSON lines). Lines that are not JSON, such as one cut short by a crash,
 * are skipped; a phase logged twice keeps its last record.
 * @param {string} text
 * @returns {{ timed: Record<string, TimingLine>, marks: Record<string, Mark> }}
 */
export function readTimings(text) {
  /** @type {Record<string, TimingLine>} */
  const timed = {};
  /** @type {Record<string, Mark>} */
  const marks = {};
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let record;
    try {
      record = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof record?.phase === 'string' && typeof record.seconds === 'number') {
      const { phase, ...rest } = record;
      timed[phase] = rest;
    } else if (typeof record?.mark === 'string' && typeof record.at === 'number') {
      const { mark, ...rest } = record;
      marks[mark] = rest;
    }
  }
  return { timed, marks };
}

/**
 * @typedef {object} BuildPhases every time in seconds; undefined when the log has no such line
 * @property {number | undefined} sync content sync and type generation (`[types] Generated`)
 * @property {number | undefined} entrypoints bundling plus page generation
 * @property {number | undefined} render page generation (`generating static routes`)
 * @property {number | undefined} bundle `entrypoints` minus `render`: Vite bundling, MDX compiling
 * @property {number | undefined} feeds summed times of the feed routes, measured inside `render`
 * @property {number} feedRoutes how many feed routes were generated
 * @property {number} routes how many routes were generated
 * @property {number | undefined} pages Astro's `N page(s) built`
 * @property {number | undefined} astroTotal Astro's `page(s) built in` time
 * @property {Record<string, TimingLine>} timed Commonplace's phases, from its timings file
 * @property {Record<string, Mark>} [marks] the hooks Commonplace's integration reached
 * @property {number | undefined} [startup] see timelinePhases
 * @property {number | undefined} [exit] see timelinePhases
 */

/**
 * Astro's phases from its log; `timed` is filled from the timings file (see `readTimings`).
 * @param {string} log an `astro build` log, colours and all
 * @returns {BuildPhases}
 */
export function parseBuildLog(log) {
  /** @type {BuildPhases} */
  const phases = {
    sync: undefined,
    entrypoints: undefined,
    render: undefined,
    bundle: undefined,
    feeds: undefined,
    feedRoutes: 0,
    routes: 0,
    pages: undefined,
    astroTotal: undefined,
    timed: {},
  };
  let inEntrypoints = false;
  let inRoutes = false;
  let feedSeconds = 0;
  for (const raw of log.replace(ANSI, '').split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/\[types\] Generated /.test(line)) {
      const match = DURATION.exec(line.slice(line.indexOf('Generated')));
      if (match) phases.sync = parseAstroDuration(match[1]);
      continue;
    }
    if (/\[build\] Building \w+ entrypoints/.test(line)) {
      inEntrypoints = true;
      continue;
    }
    if (/ (?:generating|prerendering) static routes\s*$/.test(line)) {
      inRoutes = true;
      continue;
    }
    const route = ROUTE.exec(line);
    if (route && inRoutes) {
      const seconds = parseAstroDuration(route[2]);
      phases.routes++;
      if (FEED_ROUTE.test(route[1])) {
        phases.feedRoutes++;
        feedSeconds += seconds;
      }
      continue;
    }
    const completed = /✓ Completed in (.+?)\.?\s*$/.exec(line);
    if (completed) {
      const seconds = parseAstroDuration(completed[1]);
      if (inRoutes && !line.includes('[build]')) {
        phases.render = seconds;
        inRoutes = false;
      } else if (inEntrypoints && line.includes('[build]')) {
        phases.entrypoints = seconds;
        inEntrypoints = false;
      }
      continue;
    }
    const built = /\[build\] (\d+) page\(s\) built in (.+?)\s*$/.exec(line);
    if (built) {
      phases.pages = Number(built[1]);
      phases.astroTotal = parseAstroDuration(built[2]);
    }
  }
  if (phases.feedRoutes > 0) phases.feeds = feedSeconds;
  if (phases.entrypoints !== undefined && phases.render !== undefined) {
    phases.bundle = Math.max(0, phases.entrypoints - phases.render);
  }
  return phases;
}

/**
 * Time outside Astro's own phase lines, from when the build's lines arrived. `startup` runs
 * until content sync starts (Node, Astro, the config and integrations' config hooks): the
 * arrival of `[types] Generated` minus the sync time it reports, or else the first line's
 * arrival. `exit` is the time after the last line (closing Vite, Pagefind and the process).
 * @param {{ t: number, text: string }[]} lines
 * @param {number} wallSeconds
 * @param {number | undefined} syncSeconds the `[types] Generated` time, if the log has it
 * @returns {{ startup: number | undefined, exit: number | undefined }}
 */
export function timelinePhases(lines, wallSeconds, syncSeconds) {
  const printed = lines.filter((line) => line.text.trim() !== '');
  if (printed.length === 0) return { startup: undefined, exit: undefined };
  const types = printed.find((line) => /\[types\] Generated /.test(line.text.replace(ANSI, '')));
  const startup =
    types && syncSeconds !== undefined ? Math.max(0, types.t - syncSeconds) : printed[0].t;
  return { startup, exit: Math.max(0, wallSeconds - printed[printed.length - 1].t) };
}
