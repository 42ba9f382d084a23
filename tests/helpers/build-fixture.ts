import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

/**
 * The environment a user's terminal would give Astro: vitest's own variables (NODE_ENV=test,
 * DEV=true and the rest of import.meta.env, which would make Astro build in dev mode and show
 * drafts) are left out.
 */
const vitestOnly = new Set([
  'NODE_ENV',
  'TEST',
  'PROD',
  'DEV',
  'MODE',
  'SSR',
  'BASE_URL',
  'FORCE_TTY',
]);

export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (vitestOnly.has(key) || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  return {
    ...env,
    COMMONPLACE_BUILD_DATE: '2026-11-26',
    FORCE_COLOR: '0',
    NO_COLOR: '1',
    ...extra,
  };
}

export interface FixtureBuild {
  /** Absolute path of the fixture's root. */
  root: string;
  /** Where the site was written. */
  outDir: string;
  status: number | null;
  /** The signal that ended the build, if one did. */
  signal: NodeJS.Signals | null;
  /** stdout and stderr together, colour codes stripped: what a user sees. */
  output: string;
  /** Reads a built file, relative to the output folder. */
  read(path: string): string;
  exists(path: string): boolean;
}

/**
 * Removes Astro's state from an earlier build or dev server of a fixture: `.astro/` and
 * `node_modules/.astro/` (the content data store and the asset cache). Astro reuses a stored
 * entry whose file is unchanged, so a fixture that kept them would take other code paths on a
 * second run than on a fresh clone, and a test could pass on rerun what failed the first time.
 * The gate's check cache (`node_modules/.cache/commonplace/`) goes too, for the same reason,
 * unless a test keeps it to see a rebuild use it. Vite's dependency cache (`node_modules/.vite/`)
 * stays: it is keyed by the lockfile and config, and only saves time.
 */
function clearAstroState(root: string, keepCheckCache = false): void {
  for (const dir of [
    '.astro',
    'node_modules/.astro',
    ...(keepCheckCache ? [] : ['node_modules/.cache/commonplace']),
  ])
    rmSync(join(root, dir), { recursive: true, force: true });
}

/**
 * Builds `tests/fixtures/<name>` as a real Astro site with the Commonplace code (the fixture's
 * astro.config.mjs points srcDir at this project's src/). A child process, not Astro's JS API,
 * so each build starts clean, as on a fresh clone, and the test sees exactly what a user's
 * terminal would show. Each fixture is built by one test file only: test files run in parallel.
 */
/**
 * Makes the fixture at `root` a project of its own, as an author's is: this project's src/ and
 * Astro config (whose integration reads the site config beside it), with a site config of its
 * own, `fields` being what it gives `defineSite` (object fields, as source text).
 */
export function withOwnProject(root: string, fields: string): void {
  rmSync(join(root, 'src'), { recursive: true, force: true });
  cpSync(join(projectRoot, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(projectRoot, 'astro.config.mjs'), join(root, 'astro.config.mjs'));
  writeFileSync(
    join(root, 'src/site.config.ts'),
    `import { defineSite } from './schemas/site.ts';\nexport const site = defineSite({\n${fields}\n});\n`,
  );
}

export function buildFixture(
  name: string,
  env: Record<string, string> = {},
  {
    keepOutDir = false,
    keepCheckCache = false,
    rebuild = false,
    endsBy,
  }: {
    keepOutDir?: boolean;
    keepCheckCache?: boolean;
    /** A user's next build: the output folder and every cache the last build left stay. */
    rebuild?: boolean;
    /** A build that ends itself with this signal (src/a11y/run/stalled-build.ts). */
    endsBy?: NodeJS.Signals;
  } = {},
): FixtureBuild {
  const root = join(projectRoot, 'tests/fixtures', name);
  const outDir = join(root, 'dist');
  // A test of what a build does to an earlier build's output keeps it.
  if (!keepOutDir && !rebuild) rmSync(outDir, { recursive: true, force: true });
  if (!rebuild) clearAstroState(root, keepCheckCache);
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    {
      cwd: root,
      encoding: 'utf8',
      env: userEnv(env),
      timeout: 170_000,
      // Not SIGTERM: a build that ends itself with SIGTERM must not look like one timed out.
      killSignal: 'SIGKILL',
    },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  // A build that was killed (timed out) or never ran did not fail the way a test expects: say
  // so, rather than hand back a status that `not.toBe(0)` would accept.
  if (result.error || (result.status === null && !(endsBy && result.signal === endsBy))) {
    throw new Error(
      `astro build of ${name} did not finish (${result.error?.message ?? `killed by ${result.signal}`}):\n${output}`,
    );
  }
  return {
    root,
    outDir,
    status: result.status,
    signal: result.signal,
    output,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}

export interface DevServer {
  url: string;
  /** Everything the server printed so far, colour codes stripped. */
  output(): string;
  /** Resolves once the server has printed `text`; rejects, with the output, if it exits first. */
  waitForOutput(text: string): Promise<void>;
  /** Stops the server and resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * A port nobody listens on now. Fixed ports collide when two checkouts (or two test files) run
 * their dev servers at once, and the loser then talks to the other's server.
 */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(address),
      );
    });
  });
}

/** How long a dev server may take to print what a test waits for, on a machine under load. */
const DEV_SERVER_WAIT = 150_000;

/**
 * Starts `astro dev` on `tests/fixtures/<name>` on a free port, as a user's `npm run dev` would,
 * and resolves once it listens, with the address it printed. Await `stop()` in afterAll.
 */
export async function startDevServer(name: string): Promise<DevServer> {
  const root = join(projectRoot, 'tests/fixtures', name);
  clearAstroState(root);
  const server = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--root',
      root,
      '--port',
      String(await freePort()),
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  // 'close', not 'exit': by then everything it printed has been read.
  const exited = new Promise<void>((resolveExit) => server.once('close', () => resolveExit()));
  const collect = (chunk: Buffer) => (output += String(chunk).replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
    // A server that ignores SIGTERM must not outlive the test file.
    const escalate = setTimeout(() => server.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(escalate);
  };
  /** Resolves with what `find` finds in the output, once it does. */
  const waitFor = <T>(what: string, find: (output: string) => T | undefined) =>
    new Promise<T>((resolveWait, reject) => {
      const check = () => {
        const found = find(output);
        if (found === undefined) return;
        done();
        resolveWait(found);
      };
      const fail = (why: string) => {
        done();
        reject(new Error(`astro dev on ${name} ${why} before printing ${what}:\n${output}`));
      };
      const onExit = () => fail('exited');
      const timer = setTimeout(() => fail(`took ${DEV_SERVER_WAIT / 1000} s`), DEV_SERVER_WAIT);
      const done = () => {
        clearTimeout(timer);
        server.stdout!.off('data', check);
        server.stderr!.off('data', check);
        server.off('close', onExit);
      };
      // After collect (registered first), so the output already holds the new chunk.
      server.stdout!.on('data', check);
      server.stderr!.on('data', check);
      server.once('close', onExit);
      check();
    });
  const waitForOutput = (text: string) =>
    waitFor(`"${text}"`, (out) => (out.includes(text) ? true : undefined)).then(() => {});
  try {
    // The address it prints is the one it listens on (printed once it does): Vite moves to the
    // next port if the free one was taken in the meantime, and a test must not then talk to
    // whatever server holds it.
    const url = await waitFor(
      'its address',
      (out) => /Local\s+(http:\/\/[\d.:]+)\//.exec(out)?.[1],
    );
    return { url, output: () => output, waitForOutput, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * What `npm run check` says about a fixture's content and site files, before any build: its error
 * lines as the report prints them (paths relative to the fixture, as the fixture's build prints them).
 */
export async function checkFixture(name: string): Promise<string[]> {
  const { loadGateConfig } = await import('../../src/a11y/site-config.ts');
  const { checkSourcesCached } = await import('../../src/a11y/run/parallel.ts');
  const { formatLines } = await import('../../src/a11y/core/report.ts');
  const { siteFiles } = await import('../../src/a11y/core/source-files.ts');
  const root = join(projectRoot, 'tests/fixtures', name);
  // As `npm run check -- --no-cache` runs it: every file afresh, and what the folder must hold.
  // The content, and the fixture's site files: this project's src/ (its srcDir) and its public/.
  const { problems } = await checkSourcesCached(
    [
      join(root, 'content'),
      ...siteFiles({ srcDir: join(projectRoot, 'src'), publicDir: join(root, 'public') }),
    ],
    await loadGateConfig(),
    root,
    { cache: false },
  );
  return formatLines(problems.filter((problem) => problem.severity === 'error'));
}

/**
 * Search indexes Pagefind staged in Astro's cache folder (src/integrations/search-index.ts) and
 * left there: none, after any build.
 */
export function stagedIndexes(build: FixtureBuild): string[] {
  const cache = join(build.root, 'node_modules/.astro');
  if (!existsSync(cache)) return [];
  return readdirSync(cache).filter((name) => name.startsWith('commonplace-pagefind-'));
}
