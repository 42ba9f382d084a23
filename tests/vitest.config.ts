// @ts-check
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // This file lives in tests/ (the top level holds only what the README lists); paths stay
  // relative to the project root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Tests' temporary folders live in one folder per run, removed at its end.
    globalSetup: ['tests/helpers/temp-folder.ts'],
    // Vitest leaves a core free by default, which on a 2-core machine ran every test file after
    // the other, a core idle while a build test's Astro process ran: two at least keeps
    // `npm test` within ten minutes (README "Testing").
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
          // The files share their worker's modules, so the parsers load once per worker, not
          // once per file (60 s instead of 140 s). No file leaves state for another: each
          // makes its own temporary projects, and puts back the environment and the clock.
          isolate: false,
          // What a test sets in the environment with vi.stubEnv is put back after it. Set here,
          // in each project: an inline project does not take the root's test options, and with
          // it at the root one file's COMMONPLACE_BUILD_DATE stayed for the files after it in
          // its worker, which failed the tests that judge dates by a fake clock in some orders.
          unstubEnvs: true,
          // Some unit tests run the CLI in a child process (a second or two of startup); on a
          // machine shared with other builds that can take many times longer, which is no failure.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Each file builds real fixture sites with Astro: seconds, not milliseconds.
          testTimeout: 180_000,
          hookTimeout: 180_000,
          unstubEnvs: true,
        },
      },
    ],
  },
});
