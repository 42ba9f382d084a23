// @ts-check
/**
 * Runs one command as a child process and measures its wall time and the peak resident memory
 * of its whole process tree (Astro's node process and what it starts, such as Pagefind's
 * binary). Linux only for memory: it polls /proc, and where GNU time is installed it also
 * wraps the command with `/usr/bin/time -f %M`, whose exact peak of the largest process covers
 * spikes between two polls. Elsewhere the memory columns say "n/a".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
const POLL_MS = 100;

/** Whether /proc/<pid>/task/<tid>/children exists here (Linux with CONFIG_PROC_CHILDREN). */
const hasChildrenFiles = existsSync(`/proc/${process.pid}/task/${process.pid}/children`);
const hasProc = existsSync('/proc/self/status');

/**
 * The direct children of `pid`.
 * @param {number} pid
 * @returns {number[]}
 */
function childrenOf(pid) {
  if (hasChildrenFiles) {
    const found = [];
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
    for (const tid of tasks) {
      try {
        const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (text) found.push(...text.split(/\s+/).map(Number));
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return found;
  }
  // Slower fallback: every process's parent from /proc/<pid>/stat.
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) found.push(Number(name));
    } catch {
      // gone already
    }
  }
  return found;
}

/**
 * The command line of a process, or undefined when it is gone.
 * @param {number} pid
 */
function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * VmRSS and VmHWM of one process in bytes, or undefined when it is gone.
 * @param {number} pid
 */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (/** @type {string} */ field) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { rss: kb('VmRSS') * 1024, hwm: kb('VmHWM') * 1024 };
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} Measured
 * @property {number | null} status exit code (null when killed by a signal)
 * @property {number} wallSeconds
 * @property {number | undefined} peakRssBytes peak resident memory of the process tree: the
 *   largest of the three sources below
 * @property {{ treeSampled: number, largestProcess: number, gnuTime: number }} rssSources bytes:
 *   the largest sum over the tree at one poll, the largest single-process VmHWM seen, and GNU
 *   time's peak of the largest process (0 where unavailable)
 * @property {string} output stdout and stderr, interleaved as they arrived
 * @property {{ t: number, text: string }[]} lines each output line with its arrival, in seconds
 *   after the start
 */

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd: string, env: NodeJS.ProcessEnv, gnuTime?: boolean }} options `gnuTime: false`
 *   measures by polling /proc alone
 * @returns {Promise<Measured>}
 */
export function runMeasured(command, args, { cwd, env, gnuTime = true }) {
  const useTime = gnuTime && hasProc && existsSync(GNU_TIME);
  const scratch = useTime ? mkdtempSync(join(tmpdir(), 'commonplace-bench-')) : undefined;
  const timeFile = scratch ? join(scratch, 'maxrss') : undefined;
  const [file, argv] = timeFile
    ? [GNU_TIME, ['-f', '%M', '-o', timeFile, command, ...args]]
    : [command, args];

  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    /** @type {{ t: number, text: string }[]} */
    const lines = [];
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (/** @type {string} */ chunk) => {
        const t = (performance.now() - start) / 1000;
        output += chunk;
        const parts = (partial + chunk).split('\n');
        partial = parts.pop() ?? '';
        for (const text of parts) lines.push({ t, text });
      });
      stream.on('end', () => {
        if (partial) lines.push({ t: (performance.now() - start) / 1000, text: partial });
      });
    }

    let treePeak = 0;
    let processPeak = 0;
    const poll = () => {
      if (!hasProc || child.pid === undefined) return;
      // The GNU time wrapper itself is not part of what is measured.
      const roots = useTime ? childrenOf(child.pid) : [child.pid];
      const seen = new Set();
      /** @type {[number, string | undefined][]} pid and its parent's command line */
      const queue = roots.map((pid) => [pid, undefined]);
      let sum = 0;
      while (queue.length) {
        const [pid, parentCommand] = /** @type {[number, string | undefined]} */ (queue.shift());
        if (seen.has(pid)) continue;
        seen.add(pid);
        const command = commandOf(pid);
        const children = childrenOf(pid);
        queue.push(
          ...children.map((c) => /** @type {[number, string | undefined]} */ ([c, command])),
        );
        // A child forked but not yet exec'd shows its parent's pages as its own: counting it
        // would double the parent for one poll. It runs the parent's command line until exec.
        if (command !== undefined && command === parentCommand) continue;
        const memory = memoryOf(pid);
        if (!memory) continue;
        sum += memory.rss;
        processPeak = Math.max(processPeak, memory.hwm);
      }
      treePeak = Math.max(treePeak, sum);
    };
    const timer = setInterval(poll, POLL_MS);

    child.on('error', (error) => {
      clearInterval(timer);
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      reject(new Error(`could not start ${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      const wallSeconds = (performance.now() - start) / 1000;
      clearInterval(timer);
      let timePeak = 0;
      if (timeFile && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before %M on failure.
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kb)) timePeak = kb * 1024;
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      const peak = Math.max(treePeak, processPeak, timePeak);
      resolve({
        status: code,
        wallSeconds,
        peakRssBytes: peak > 0 ? peak : undefined,
        rssSources: { treeSampled: treePeak, largestProcess: processPeak, gnuTime: timePeak },
        output,
        lines,
      });
    });
  });
}
