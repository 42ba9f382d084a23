// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // This file lives in tests/ (the top level holds only what the README lists); paths stay
  // relative to the project root.
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Tests' temporary folders live in one folder per run, removed at its end.
    globalSetup: ['tests/helpers/temp-folder.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
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
        },
      },
    ],
  },
});
