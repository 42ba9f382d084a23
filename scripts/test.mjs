// @ts-check
/**
 * `npm test`: the steps of README "Testing", in its order, with the type check run beside the
 * steps before and after it. `astro check` keeps one core about two-thirds busy for most of a
 * minute, so on a 2-core machine the browser's install (a download and dpkg, on a fresh CI
 * machine) and the first of the unit and build tests run beside it instead of after it.
 *
 * The type check's output is held and printed as a block once the tests before the build have
 * ended, so that it does not break into their lines; a type error ends the run at once, with its
 * output, as it did when the check ran first. Any step that fails ends the run with its status.
 *
 * Each step runs in a process group of its own, so that ending the run (a failed step, Ctrl-C)
 * ends everything the steps started: Vitest's workers and the Astro builds they wait for, which
 * outlived a killed Vitest by the length of the build.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (/** @type {string} */ name) => join(root, 'node_modules/.bin', name);

/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * Runs a command from the project root; resolves with its exit status (a signal counts as 1) and,
 * with `hold`, everything it printed.
 * @param {string} command
 * @param {string[]} args
 * @param {{ hold?: boolean }} [options]
 * @returns {Promise<{ status: number, output: string }>}
 */
function run(command, args, { hold = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: ['ignore', hold ? 'pipe' : 'inherit', hold ? 'pipe' : 'inherit'],
      detached: true,
    });
    running.add(child);
    let output = '';
    const keep = (/** @type {Buffer} */ chunk) => (output += chunk);
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('error', (error) => {
      running.delete(child);
      resolve({ status: 1, output: `${output}${command}: ${error.message}\n` });
    });
    child.once('close', (code) => {
      running.delete(child);
      resolve({ status: code ?? 1, output });
    });
  });
}

/**
 * Stops whatever still runs and ends `npm test` with `status`.
 * @param {number} status
 * @returns {never}
 */
function end(status) {
  for (const child of running) {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  process.exit(status);
}

// Ctrl-C reaches only this process, the steps being in groups of their own: it ends them too.
process.once('SIGINT', () => end(130));
process.once('SIGTERM', () => end(143));

/**
 * Prints the type check's held output under the line npm would have printed for it.
 * @param {string} output
 */
function printTypecheck(output) {
  process.stdout.write(`\n> npm run typecheck (run beside the steps above)\n\n${output}`);
}

const typecheck = run('npm', ['run', '--silent', 'typecheck'], { hold: true });
// A type error need not wait for the tests running beside it.
void typecheck.then(({ status, output }) => {
  if (status !== 0) {
    printTypecheck(output);
    end(status);
  }
});

const browser = await run(process.execPath, [join(root, 'scripts/ensure-browser.mjs')]);
if (browser.status !== 0) end(browser.status);

const vitest = await run(bin('vitest'), ['run', '--config', 'tests/vitest.config.ts']);
const checked = await typecheck;
printTypecheck(checked.output);
if (vitest.status !== 0) end(vitest.status);

for (const [command, args] of /** @type {Array<[string, string[]]>} */ ([
  ['npm', ['run', 'build']],
  [bin('playwright'), ['test', '--config', 'tests/playwright.config.ts']],
])) {
  const step = await run(command, args);
  if (step.status !== 0) end(step.status);
}
