import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readFileSync, rmSync } from 'node:fs';
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
  /** stdout and stderr together, colour codes stripped: what a user sees. */
  output: string;
  /** Reads a built file, relative to the output folder. */
  read(path: string): string;
  exists(path: string): boolean;
}

/**
 * Builds `tests/fixtures/<name>` as a real Astro site with the Commonplace code (the fixture's
 * astro.config.mjs points srcDir at this project's src/). A child process, not Astro's JS API,
 * so each build starts clean and the test sees exactly what a user's terminal would show.
 */
export function buildFixture(name: string, env: Record<string, string> = {}): FixtureBuild {
  const root = join(projectRoot, 'tests/fixtures', name);
  const outDir = join(root, 'dist');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(join(root, '.astro'), { recursive: true, force: true });
  const result = spawnSync(
    process.execPath,
    [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root],
    {
      cwd: root,
      encoding: 'utf8',
      env: userEnv(env),
      timeout: 170_000,
    },
  );
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  return {
    root,
    outDir,
    status: result.status,
    output,
    read: (path) => readFileSync(join(outDir, path), 'utf8'),
    exists: (path) => existsSync(join(outDir, path)),
  };
}

export interface DevServer {
  url: string;
  /** Everything the server printed so far, colour codes stripped. */
  output(): string;
  stop(): void;
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

/**
 * Starts `astro dev` on `tests/fixtures/<name>` on a free port and resolves once it answers
 * HTTP, as a user's `npm run dev` would. Call `stop()` in afterAll.
 */
export async function startDevServer(name: string): Promise<DevServer> {
  const port = await freePort();
  const root = join(projectRoot, 'tests/fixtures', name);
  const server = spawn(
    process.execPath,
    [
      join(projectRoot, 'node_modules/astro/bin/astro.mjs'),
      'dev',
      '--root',
      root,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, env: userEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const collect = (chunk: Buffer) => (output += String(chunk).replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout!.on('data', collect);
  server.stderr!.on('data', collect);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/`)).ok)
        return { url, output: () => output, stop: () => server.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  server.kill();
  throw new Error(`astro dev on ${name} did not answer within 60 s:\n${output}`);
}

/**
 * What `npm run check` says about a fixture's content, before any build: its error lines as the
 * report prints them (paths relative to the fixture, as the fixture's build prints them).
 */
export async function checkFixture(name: string): Promise<string[]> {
  const { loadGateConfig } = await import('../../src/a11y/config.ts');
  const { checkSources } = await import('../../src/a11y/source-check.ts');
  const { formatLines } = await import('../../src/a11y/report.ts');
  const root = join(projectRoot, 'tests/fixtures', name);
  const { problems } = await checkSources([join(root, 'content')], await loadGateConfig(), root);
  return formatLines(problems.filter((problem) => problem.severity === 'error'));
}
