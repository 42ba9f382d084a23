// @ts-check
// Runs before the browser tests: finds a Chromium, or installs Debian's when it may (root with
// apt-get), or stops with exactly what to install. It never lets the browser tests skip silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.mjs';

const found = await findBrowser();
if (found) {
  console.log(`ensure-browser: using ${found.path} (${found.source})`);
  process.exit(0);
}

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log(
    'ensure-browser: no Chromium found; installing Debian package "chromium" (about a minute)',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  } catch {
    console.error('ensure-browser: apt-get could not install chromium; see its output above.');
    process.exit(1);
  }
  const installed = await findBrowser();
  if (installed) {
    console.log(`ensure-browser: installed ${installed.path}`);
    process.exit(0);
  }
}

console.error(`ensure-browser: no Chromium found, and it cannot be installed here${isRoot ? '' : ' (not root)'}.
Install one, then run npm test again:
  - Debian/Ubuntu: sudo apt-get install -y chromium
  - or point CHROMIUM_PATH at any Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test`);
process.exit(1);
