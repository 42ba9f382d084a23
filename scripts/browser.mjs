// @ts-check
// Where to find a Chromium for Playwright. Shared by ensure-browser (which may install one) and
// tests/playwright.config.ts (which only looks), so both agree on the order.
import { existsSync } from 'node:fs';

/** Chromium's flags for this kind of machine: no sandbox as root, and no calls home. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const systemPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * CHROMIUM_PATH first, then a browser Playwright manages, then the system's.
 * @returns {Promise<{ path: string, source: string } | undefined>}
 */
export async function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
    throw new Error(
      `CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary, or unset it`,
    );
  }
  try {
    const { chromium } = await import('@playwright/test');
    const managed = chromium.executablePath();
    if (managed && existsSync(managed)) return { path: managed, source: 'Playwright' };
  } catch {
    // No Playwright-managed browser: fall through to the system's.
  }
  for (const path of systemPaths) if (existsSync(path)) return { path, source: 'system' };
  return undefined;
}
