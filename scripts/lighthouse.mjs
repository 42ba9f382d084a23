// @ts-check
// Lighthouse (mobile settings, the npm package) against the built site, on the system Chromium:
//   npm run build && npm run lighthouse [-- --strict] [-- --pages /,/posts/x/]
// Prints each page's four category scores against the performance issue's targets. It measures;
// with --strict it also exits 1 when a target is missed.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, findBrowser } from './browser.mjs';

const { values } = parseArgs({
  options: {
    pages: {
      type: 'string',
      default: '/,/posts/media-everyone-can-use/,/guides/f1-sustainability-pln/',
    },
    port: { type: 'string', default: '4399' },
    strict: { type: 'boolean', default: false },
  },
});
const targets = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 };

if (!existsSync('dist/index.html')) {
  console.error('lighthouse: dist/ has no site: run `npm run build` first');
  process.exit(2);
}
const browser = await findBrowser();
if (!browser) {
  console.error(
    'lighthouse: no Chromium found: run `node scripts/ensure-browser.mjs` or set CHROMIUM_PATH',
  );
  process.exit(2);
}

const base = `http://127.0.0.1:${values.port}`;
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', values.port], {
  stdio: 'ignore',
  shell: false,
});
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(base)).ok) break;
    } catch {
      if (i > 100) throw new Error(`astro preview did not answer on ${base}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const chrome = await chromeLauncher.launch({
    chromePath: browser.path,
    chromeFlags: ['--headless=new', ...chromiumArgs],
  });
  let missed = 0;
  try {
    const rows = [];
    for (const path of values.pages.split(',')) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(targets),
      });
      if (!result) throw new Error(`no Lighthouse result for ${path}`);
      const scores = Object.fromEntries(
        Object.keys(targets).map((id) => [
          id,
          Math.round((result.lhr.categories[id]?.score ?? 0) * 100),
        ]),
      );
      const failed = Object.entries(targets).filter(([id, min]) => scores[id] < min);
      missed += failed.length;
      rows.push({
        page: path,
        ...scores,
        verdict: failed.length ? `FAIL (${failed.map(([id]) => id).join(', ')})` : 'PASS',
      });
      for (const [id] of failed) {
        const audits = Object.values(result.lhr.audits).filter(
          (a) =>
            a.score !== null &&
            a.score < 1 &&
            result.lhr.categories[id].auditRefs.some((r) => r.id === a.id && r.weight > 0),
        );
        for (const audit of audits) console.log(`  ${path} ${id}: ${audit.id} — ${audit.title}`);
      }
    }
    console.table(rows);
    console.log(
      `targets: performance ≥ ${targets.performance}, accessibility, best practices and SEO = 100 (mobile)`,
    );
  } finally {
    await chrome.kill();
  }
  if (values.strict && missed) process.exitCode = 1;
} finally {
  server.kill();
}
