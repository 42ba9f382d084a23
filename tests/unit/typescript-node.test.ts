import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-fixture.ts';

/**
 * Run outside npm on a Node that cannot run TypeScript (Node 20, the system Node of many
 * machines; here Node 24 with type stripping turned off), each command whose code is TypeScript
 * says so and how to run it, instead of Node's ERR_UNKNOWN_FILE_EXTENSION stack.
 */
describe('a command run on a Node that cannot run TypeScript', () => {
  for (const [entry, args, what, command] of [
    ['src/a11y/cli.mjs', ['source'], 'The check', 'npm run check'],
    ['scripts/new.mjs', ['post', 'Week one'], 'npm run new', 'npm run new -- post "Title"'],
    ['scripts/bench/run.mjs', ['--help'], 'The benchmark', 'npm run bench'],
  ] as const) {
    it(`${entry}: says how to run it, and exits 2`, () => {
      const result = spawnSync(
        process.execPath,
        ['--no-experimental-strip-types', join(projectRoot, entry), ...args],
        { cwd: projectRoot, encoding: 'utf8', timeout: 30_000 },
      );
      expect(result.stderr).toBe(
        `${what} is TypeScript, and this Node (${process.version}) cannot run it as it is.\n` +
          `Run it as ${command} (after npm ci, npm puts the project's own Node first), or with Node 22.18 or later.\n`,
      );
      expect(result.stdout).toBe('');
      expect(result.status).toBe(2);
    });
  }
});
