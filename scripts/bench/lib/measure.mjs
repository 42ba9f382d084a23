// @ts-check
/**
 * Runs one command as a child process and measures its wall time and two memory peaks: the
 * resident memory of its whole process tree (npm, Astro's node process with its worker threads,
 * and what it starts, such as Pagefind's binary) and of its largest single process. Linux only
 * for memory: it polls /proc every 100 ms (keeping the samples, to see which process held what
 * when), and where GNU time is installed it also wraps the command with `/usr/bin/time -f %M`,
 * whose exact peak of the largest process covers spikes between two polls. Elsewhere the memory
 * columns say "n/a".
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
 * A short name for a process from its command line: `node astro.mjs build`, `npm run build`,
 * `pagefind_extended`.
 * @param {string} cmdline NUL-separated, as /proc/<pid>/cmdline has it
 */
export function processLabel(cmdline) {
  const argv = cmdline.split('\0').filter(Boolean);
  const base = (/** @type {string | undefined} */ p) => (p ?? '').split('/').at(-1) ?? '';
  const program = base(argv[0]);
  if (!/^node(?:js)?(?:\d+)?$/.test(program)) return program || '?';
  const script = argv.slice(1).find((a) => !a.startsWith('-'));
  if (!script) return 'node';
  const name = base(script) === 'npm-cli.js' ? 'npm' : base(script);
  return [name, ...argv.slice(argv.indexOf(script) + 1, argv.indexOf(script) + 3)].join(' ');
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

/** Clock ticks per second in /proc's CPU times (USER_HZ: 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds (user + system) of this process's children that have ended and been waited for,
 * from /proc/self/stat's cutime and cstime; undefined where there is no /proc. A child's figure
 * includes its own waited-for descendants (npm → Astro's node process → Pagefind, esbuild).
 */
function childrenCpuSeconds() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 16 and 17 of stat(5), counted from the state field (3): cutime, cstime.
    return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} RssSample one poll: seconds after the start, and each process's resident
 *   memory in MiB, by label (processes with the same label summed)
 * @property {number} t
 * @property {Record<string, number>} mib
 */

/**
 * @typedef {object} Measured
 * @property {number | null} status exit code (null when killed by a signal)
 * @property {number} wallSeconds
 * @property {number | undefined} cpuSeconds CPU time, user + system, of the command and every
 *   process under it that ended before it (all of a build's: Astro waits for what it starts);
 *   undefined without /proc
 * @property {number | undefined} peakTreeBytes peak resident memory of the whole process tree:
 *   the largest of the three sources below (the tree holds at least its largest process)
 * @property {number | undefined} peakProcessBytes peak resident memory of its largest single
 *   process: VmHWM seen in /proc, or GNU time's exact peak
 * @property {{ treeSampled: number, largestProcess: number, gnuTime: number }} rssSources bytes:
 *   the largest sum over the tree at one poll, the largest single-process VmHWM seen, and GNU
 *   time's peak of the largest process (0 where unavailable)
 * @property {RssSample | undefined} treePeakSample the poll with the largest sum: who held what
 * @property {RssSample[]} samples every poll, to see when memory was held and by which process
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
    // One child at a time (the benchmark measures one command at once): the children's CPU
    // that ends while it runs is this command's.
    const cpuBefore = childrenCpuSeconds();
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
    /** @type {RssSample[]} */
    const samples = [];
    /** @type {RssSample | undefined} */
    let treePeakSample;
    const poll = () => {
      if (!hasProc || child.pid === undefined) return;
      /** @type {Record<string, number>} */
      const mib = {};
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
        const label = processLabel(command ?? '');
        mib[label] = (mib[label] ?? 0) + Math.round(memory.rss / 2 ** 20);
      }
      const sample = { t: Number(((performance.now() - start) / 1000).toFixed(2)), mib };
      if (sum > 0) samples.push(sample);
      if (sum > treePeak) treePeakSample = sample;
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
      const cpuAfter = childrenCpuSeconds();
      const cpuSeconds =
        cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
      clearInterval(timer);
      let timePeak = 0;
      if (timeFile && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before %M on failure.
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1));
        if (Number.isFinite(kb)) timePeak = kb * 1024;
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      const tree = Math.max(treePeak, processPeak, timePeak);
      const largest = Math.max(processPeak, timePeak);
      resolve({
        status: code,
        wallSeconds,
        cpuSeconds,
        peakTreeBytes: tree > 0 ? tree : undefined,
        peakProcessBytes: largest > 0 ? largest : undefined,
        rssSources: { treeSampled: treePeak, largestProcess: processPeak, gnuTime: timePeak },
        treePeakSample,
        samples,
        output,
        lines,
      });
    });
  });
}
