// @ts-check
// A course's portfolio page as a tagged PDF (README "Course portfolio"):
//   npm run portfolio -- <course-id> [--build] [--paper a4|letter]
// Serves the built site with `astro preview` on a free port, opens
// /courses/<id>/portfolio/ in the Chromium the tests use (scripts/browser.mjs) and prints it
// to dist/courses/<id>/portfolio.pdf: tagged (a structure tree a screen reader can follow),
// with a document outline from the page's headings and the page's language as the PDF's /Lang.
// It builds the site first when the page is not built yet, or always with --build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DomUtils, parseDocument } from 'htmlparser2';
import { chromiumArgs, findBrowser } from './browser.mjs';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'dist');
const coursesDir = join(root, 'content/courses');

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message, code = 1) {
  console.error(`portfolio: ${message}`);
  process.exit(code);
}

const usage = 'usage: npm run portfolio -- <course-id> [--build] [--paper a4|letter]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      build: { type: 'boolean', default: false },
      paper: { type: 'string', default: 'a4' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(`${/** @type {Error} */ (error).message}\n${usage}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}

/** Course ids: the names of content/courses/<id>.yaml. */
const courses = existsSync(coursesDir)
  ? readdirSync(coursesDir)
      .filter((file) => /\.ya?ml$/i.test(file))
      .map((file) => file.replace(/\.ya?ml$/i, ''))
      .sort()
  : [];
const known = courses.length ? `courses: ${courses.join(', ')}` : 'content/courses/ has no course';
const [courseId, ...extra] = positionals;
if (!courseId || extra.length) fail(`name one course.\n${usage}\n${known}`, 2);
if (!courses.includes(courseId)) {
  fail(`no course "${courseId}": there is no content/courses/${courseId}.yaml (${known})`, 2);
}
const paper = values.paper?.toLowerCase();
if (paper !== 'a4' && paper !== 'letter') fail(`--paper must be a4 or letter, not "${paper}"`, 2);

const pageFile = join(outDir, 'courses', courseId, 'portfolio', 'index.html');
const pdfFile = join(outDir, 'courses', courseId, 'portfolio.pdf');

if (values.build || !existsSync(pageFile)) {
  console.log(
    values.build
      ? 'portfolio: building the site first (--build)'
      : `portfolio: ${relative(root, pageFile)} is not built yet: building the site first`,
  );
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) fail('the build failed (see above); fix it, then run this again');
  if (!existsSync(pageFile)) fail(`the build wrote no ${relative(root, pageFile)}`);
} else {
  warnIfStale(pageFile);
}

/**
 * The page is printed from the last build: say so when content changed since, rather than
 * hand in an old portfolio without a word.
 * @param {string} page
 */
function warnIfStale(page) {
  const built = statSync(page).mtimeMs;
  /** @param {string} dir @returns {boolean} */
  const newer = (dir) =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? newer(path) : statSync(path).mtimeMs > built;
    });
  if (existsSync(join(root, 'content')) && newer(join(root, 'content'))) {
    console.warn(
      'portfolio: content/ changed since the last build; this PDF shows the built site (run with --build to rebuild first)',
    );
  }
}

/**
 * The page's path on the preview server: its canonical URL's, which includes the site's base
 * path when it is published under one.
 * @param {string} file
 */
function pagePath(file) {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const link = DomUtils.findOne(
    (el) => el.name === 'link' && el.attribs.rel === 'canonical',
    doc.children,
  );
  const href = link?.attribs.href;
  if (!href) fail(`${relative(root, file)} has no canonical link: rebuild the site`);
  return new URL(/** @type {string} */ (href)).pathname;
}

/** @returns {Promise<number>} a port nobody listens on now */
function freePort() {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : reject()));
    });
  });
}

const browserPath = await findBrowser().catch((/** @type {Error} */ error) => fail(error.message));
if (!browserPath) {
  fail(
    "no Chromium found: run `node scripts/ensure-browser.mjs` (it installs Debian's chromium where it can), or set CHROMIUM_PATH to a Chromium or Chrome binary",
  );
}

// Loaded only now: a mistyped course id gets its answer without starting Astro or Playwright.
const [{ preview }, { chromium }] = await Promise.all([
  import('astro'),
  import('@playwright/test'),
]);
const server = await preview({
  root,
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: await freePort() },
});
const browser = await chromium.launch({
  executablePath: /** @type {{ path: string }} */ (browserPath).path,
  args: chromiumArgs,
});
try {
  const page = await browser.newPage({ colorScheme: 'light' });
  const url = `http://127.0.0.1:${server.port}${pagePath(pageFile)}`;
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response?.ok()) fail(`${url} answered ${response?.status() ?? 'nothing'}`);
  // Lazy images below the fold would print as empty boxes: load and decode every one first.
  await page.evaluate(async () => {
    const images = [...document.images];
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    await document.fonts.ready;
  });
  const title = await page.title();
  await page.pdf({
    path: pdfFile,
    format: paper === 'letter' ? 'Letter' : 'A4',
    printBackground: true,
    // Accessible output: a structure tree (tags), bookmarks from the headings; Chromium sets
    // the PDF's /Lang from <html lang>.
    tagged: true,
    outline: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="font: 8pt system-ui, sans-serif; width: 100%; margin: 0 1.8cm; display: flex; justify-content: space-between;"><span class="title"></span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
    margin: { top: '1.8cm', bottom: '2cm', left: '1.8cm', right: '1.8cm' },
  });
  const size = (statSync(pdfFile).size / 1024).toFixed(0);
  console.log(`portfolio: wrote ${relative(root, pdfFile)} (${size} KB): ${title}`);
} finally {
  await browser.close();
  await server.stop();
}
