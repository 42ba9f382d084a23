// @ts-check
import { parseArgs } from 'node:util';

import { UsageError } from '../../../src/lib/util/usage-error.ts';

/** Bad command-line input (shared with `npm run check`): run.mjs prints it with USAGE, exit 2. */
export { UsageError };

export const USAGE = `usage: npm run bench -- [--posts N] [--pairs P] [--scale] [--seed S] [--json FILE]
       npm run bench -- --attribute [--posts N] [--pairs P] [--seed S] [--json FILE]
       npm run bench -- --report FILE

  --posts N    posts to generate (default 1000)
  --pairs P    A B build pairs, Commonplace then bare Astro, medians reported (default 3)
  --scale      also run at 4 x N posts and report time(4N) / time(N) (e.g. 1,000 and 4,000)
  --seed S     corpus seed (default 1): the same seed gives the same posts
  --json FILE  also write every measurement as JSON to FILE
  --attribute  instead: build a copy of Commonplace with one feature after another turned off
               (writing checks, the gate's two layers, search, feeds), alternating with the
               bare site, and report what each feature adds to a cold build
  --report FILE  print again the report of a run saved with --json, with this version's
               report code (measures nothing)`;

/** @type {Record<string, string>} */
const EXAMPLES = {
  '--posts': '--posts 1000',
  '--pairs': '--pairs 3',
  '--seed': '--seed 1',
  '--json': '--json bench.json',
  '--report': '--report bench.json',
};

/**
 * @typedef {object} BenchOptions
 * @property {number} posts
 * @property {number} pairs
 * @property {boolean} scale
 * @property {number} seed
 * @property {string | undefined} json
 * @property {string | undefined} report a saved run to report again instead of measuring
 * @property {boolean} attribute what each feature costs, instead of the targets
 * @property {boolean} help
 */

/**
 * @param {string} name
 * @param {string} value
 * @param {number} min
 */
function wholeNumber(name, value, min) {
  const number = Number(value.replace(/[_,]/g, ''));
  if (!/^\d[\d_,]*$/.test(value) || !Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`--${name} must be a whole number of at least ${min}, not "${value}"`);
  }
  return number;
}

/**
 * The benchmark's options from its arguments (after `npm run bench --`).
 * @param {string[]} argv
 * @returns {BenchOptions}
 */
export function parseBenchArgs(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        posts: { type: 'string', default: '1000' },
        pairs: { type: 'string', default: '3' },
        scale: { type: 'boolean', default: false },
        seed: { type: 'string', default: '1' },
        json: { type: 'string' },
        report: { type: 'string' },
        attribute: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    const message = /** @type {Error} */ (error).message;
    const missing = /^Option '(--[\w-]+)(?: <value>)?' argument (?:missing|is ambiguous)/.exec(
      message,
    );
    if (missing)
      throw new UsageError(
        `${missing[1]} needs a value, e.g. ${EXAMPLES[missing[1]] ?? `${missing[1]} 1`}`,
      );
    // node:util's other messages name the option but not the fix; keep the first sentence.
    throw new UsageError(`${message.split(/\.\s/)[0].replace(/\.$/, '')}; see the options below`);
  }
  const { values } = parsed;
  for (const name of /** @type {const} */ (['json', 'report']))
    if (values[name] === '')
      throw new UsageError(`--${name} needs a value, e.g. ${EXAMPLES[`--${name}`]}`);
  if (values.attribute && values.scale)
    throw new UsageError(
      '--attribute measures one size, so --scale does not apply: give it --posts instead',
    );
  if (values.report !== undefined) {
    const measuring = ['posts', 'pairs', 'scale', 'seed', 'json', 'attribute'].filter((name) =>
      argv.some((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`)),
    );
    if (measuring.length > 0)
      throw new UsageError(
        `--report measures nothing, so --${measuring[0]} does not apply: run the benchmark without --report`,
      );
  }
  return {
    posts: wholeNumber('posts', values.posts, 1),
    pairs: wholeNumber('pairs', values.pairs, 1),
    scale: values.scale,
    seed: wholeNumber('seed', values.seed, 0),
    json: values.json,
    report: values.report,
    attribute: values.attribute,
    help: values.help,
  };
}

/**
 * The corpus sizes one run measures, smallest first.
 * @param {Pick<BenchOptions, 'posts' | 'scale'>} options
 */
export function corpusSizes({ posts, scale }) {
  return scale ? [posts, posts * SCALE_FACTOR] : [posts];
}

/** `--scale` measures N and this many times N. */
export const SCALE_FACTOR = 4;
