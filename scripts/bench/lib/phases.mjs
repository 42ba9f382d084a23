// @ts-check
/**
 * Reads phase times out of an `astro build` log. Two sources, both lines a user sees:
 * - Commonplace's own lines, from src/integrations/timing.ts: `[commonplace] gate: 1,012 pages in 0.40 s`.
 *   Work done beside the build (a worker thread, Pagefind's process) says how long the build
 *   waited for it: `gate-source: 1,000 files in 6.20 s (in a worker; the build waited 0.10 s)`,
 *   `search: 1,000 pages in 1.20 s (beside the gate and feeds; the build waited 0.30 s)`.
 * - Astro's lines: `[types] Generated 1.51s` (content sync and types, timed from the start of
 *   sync), `Building static entrypoints...` then `[build] ✓ Completed in 5.2s.` (bundling and page
 *   generation), ` generating static routes ` then `✓ Completed in 467ms.` (page generation),
 *   one `├─ /path (+12ms)` per route, and `[build] 74 page(s) built in 4.00s`.
 */

/** Route files that are feeds: their generation time is the feeds' cost. */
export const FEED_ROUTE = /(?:^|\/)(?:rss\.xml|atom\.xml|feed\.json|feed\.xsl)$/;

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;
const TIMING =
  /\[([\w@/.-]+)\]\s+([a-z][\w-]*): ([\d,]+) ([a-z][\w-]*) in (\d+(?:\.\d+)?) s(?: \([^;)]*; the build waited (\d+(?:\.\d+)?) s\))?\s*$/i;
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
 * @typedef {object} TimingLine a `<phase>: <count> <unit> in <n> s` line
 * @property {string} source the logger's label, e.g. `commonplace`
 * @property {number} count
 * @property {string} unit
 * @property {number} seconds how long the phase's work took
 * @property {number} [waited] for work in a worker beside the build: how long the build waited
 *   for it (the rest overlapped the build's own work)
 */

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
 * @property {Record<string, TimingLine>} timed Commonplace-style timing lines by phase name
 * @property {number | undefined} [startup] see timelinePhases
 * @property {number | undefined} [exit] see timelinePhases
 */

/**
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
    const timing = TIMING.exec(line);
    if (timing) {
      const [, source, phase, count, unit, seconds, waited] = timing;
      phases.timed[phase] = {
        source,
        count: Number(count.replace(/,/g, '')),
        unit,
        seconds: Number(seconds),
        ...(waited === undefined ? {} : { waited: Number(waited) }),
      };
      continue;
    }
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
