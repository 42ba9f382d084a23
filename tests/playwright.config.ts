// @ts-check
import { defineConfig } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findBrowser } from '../scripts/browser.mjs';

const browser = await findBrowser();
if (!browser) {
  throw new Error(
    'No Chromium found: run `node scripts/ensure-browser.mjs` (npm test does this first)',
  );
}
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  // On a shared machine (other builds and test runs beside these) one axe pass over a page took
  // up to 40 s at a load of 24 on 2 cores. A timeout only bounds a test that hangs: a passing
  // test takes what it needs, so these are generous rather than tuned to a fast machine.
  timeout: 120_000,
  // Search loads Pagefind's index on demand; on a loaded machine an assertion can take longer
  // than Playwright's default 5 s to come true.
  expect: { timeout: 20_000 },
  // In CI a failed test runs once more so the report tells a flaky test from a broken one, but
  // either fails the run: a test that passes only on retry is a bug to find, not to hide.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: true,
  reporter: process.env.CI ? [['list'], ['github']] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: browser.path, args: chromiumArgs },
  },
  webServer: {
    // Serves the already-built example site: `npm test` builds it first.
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Never reuse: a server already on this port may be another checkout's site (set E2E_PORT).
    reuseExistingServer: false,
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    timeout: 120_000,
  },
});
