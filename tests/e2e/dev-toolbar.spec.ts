import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { projectRoot, startDevServer, type DevServer } from '../helpers/build-fixture.ts';

// The gate in Astro's dev toolbar (README "The gate while you write"), against `astro dev` on
// the tiny fixture site tests/fixtures/dev-toolbar: add a post with a missing alt, open it, see
// the problem in the app; fix it, see it go. The post is the test's own file, removed whatever
// happens, so the fixture (and the example content) never changes.
const fixture = 'dev-toolbar';
const post = join(projectRoot, 'tests/fixtures', fixture, 'content/posts/toolbar-check.md');
const postPath = '/posts/toolbar-check/';
const source = (alt: string) => `---
title: Toolbar check
description: A post the dev toolbar test writes and removes.
pubDate: 2026-01-11
---
A chart of the season: ![${alt}](/chart.png)
`;

const appButton = (page: Page) =>
  page.locator('astro-dev-toolbar .item[data-app-id="commonplace-gate"]');
const appWindow = (page: Page) =>
  page.locator(
    'astro-dev-toolbar-app-canvas[data-app-id="commonplace-gate"] astro-dev-toolbar-window',
  );

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let server: DevServer | undefined;
test.beforeAll(async ({ browser }) => {
  test.setTimeout(150_000);
  rmSync(post, { force: true }); // left over from a run that was killed
  server = await startDevServer(fixture);
  // The first visit makes Vite bundle the toolbar's modules and reload the page; do it here, so
  // the tests' own pages do not reload under them.
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await expect(appButton(page).locator('.item-tooltip')).toHaveText(
    'Accessibility gate: no problems',
    { timeout: 60_000 },
  );
  await page.close();
});
test.afterAll(() => {
  server?.stop();
  rmSync(post, { force: true });
});

test('the gate app shows the page’s problem, opens it in the editor, and clears when fixed', async ({
  page,
}) => {
  try {
    writeFileSync(post, source(''));
    // The dev server picks the new post up on its own; wait until it serves the page.
    await expect
      .poll(async () => (await fetch(`${server!.url}${postPath}`)).status, { timeout: 60_000 })
      .toBe(200);
    await page.goto(`${server!.url}${postPath}`);

    // Before the app is opened, its button counts the page's problems.
    const button = appButton(page);
    await expect(button.locator('[data-gate-count]')).toHaveText('1', { timeout: 30_000 });
    await expect(button.locator('.item-tooltip')).toHaveText(
      'Accessibility gate: 1 problem (1 error)',
    );
    await expect(button.locator('.notification')).toHaveAttribute('data-level', 'error');

    await button.click();
    const panel = appWindow(page);
    await expect(panel).toBeVisible();
    await expect(panel.locator('astro-dev-toolbar-badge')).toHaveText('1');
    const problem = panel.locator('button.problem');
    await expect(problem).toHaveCount(1);
    await expect(problem).toContainText('error');
    await expect(problem).toContainText('image-alt');
    await expect(problem).toContainText('Markdown image has no alt text');
    await expect(problem).toContainText('content/posts/toolbar-check.md:6:24');

    // A click asks the dev server to open that place in the editor (answered here, so no
    // editor starts on the test machine).
    const opened: string[] = [];
    await page.route('**/__open-in-editor?**', (route) => {
      opened.push(new URL(route.request().url()).searchParams.get('file') ?? '');
      return route.fulfill({ status: 200, body: '' });
    });
    await problem.click();
    await expect.poll(() => opened).toEqual([`${post}:6:24`]);
    // And from the keyboard.
    await problem.press('Enter');
    await expect.poll(() => opened).toHaveLength(2);

    // The app stays open when the page reloads, as `astro dev` does when a content file is saved.
    await page.reload();
    await expect(panel).toBeVisible();
    await expect(problem).toHaveCount(1);

    // Fix the alt text: the problem goes, from the open app and from the button. The save is
    // an editor's: the file is emptied, then written a moment later. The watcher fires on the
    // first and drops the second (chokidar throttles a file's changes for 50 ms), so a check
    // that read the empty file must look again before it answers.
    writeFileSync(post, '');
    await new Promise((resolve) => setTimeout(resolve, 25));
    writeFileSync(post, source('Points per race, rising after the third race'));
    await expect(panel).toContainText('No problems in content/posts/toolbar-check.md.', {
      timeout: 30_000,
    });
    await expect(panel).toBeVisible();
    await expect(panel.locator('button.problem')).toHaveCount(0);
    await expect(panel.locator('astro-dev-toolbar-badge')).toHaveText('0');
    await expect(button.locator('[data-gate-count]')).toHaveCount(0);
    await expect(button.locator('.notification')).not.toHaveAttribute('data-active');

    // Break it again: the problem comes back, counted.
    writeFileSync(post, source(''));
    await expect(panel.locator('button.problem')).toHaveCount(1, { timeout: 30_000 });
    await expect(panel).toBeVisible();
    await expect(button.locator('[data-gate-count]')).toHaveText('1');
  } finally {
    rmSync(post, { force: true });
  }
});

test('a page built from no content file says so and counts nothing', async ({ page }) => {
  await page.goto(`${server!.url}/`);
  const button = appButton(page);
  // The tooltip changes once the app has started; only then does a click open it.
  await expect(button.locator('.item-tooltip')).toHaveText('Accessibility gate: no problems', {
    timeout: 30_000,
  });
  await button.click();
  const panel = appWindow(page);
  await expect(panel).toContainText('This page is not built from a content file');
  await expect(panel.locator('astro-dev-toolbar-badge')).toHaveText('0');
  await expect(button.locator('[data-gate-count]')).toHaveCount(0);
});

test('a component the post uses without a prop it needs shows at the use, and clears when given it', async ({
  page,
}) => {
  // The component and the post are the test's own files, removed whatever happens.
  const component = join(projectRoot, 'tests/fixtures', fixture, 'components/ToolbarPic.astro');
  const usesIt = join(projectRoot, 'tests/fixtures', fixture, 'content/posts/toolbar-pic.mdx');
  const text = (use: string) => `---
title: Toolbar picture
description: A post the dev toolbar test writes and removes.
pubDate: 2026-01-12
---
import ToolbarPic from '../../components/ToolbarPic.astro';

A chart of the season: ${use}
`;
  try {
    mkdirSync(dirname(component), { recursive: true });
    writeFileSync(
      component,
      '---\nconst { src, alt } = Astro.props;\n---\n<img src={src} alt={alt} />\n',
    );
    writeFileSync(usesIt, text('<ToolbarPic src="/chart.png" />'));
    await expect
      .poll(async () => (await fetch(`${server!.url}/posts/toolbar-pic/`)).status, {
        timeout: 60_000,
      })
      .toBe(200);
    await page.goto(`${server!.url}/posts/toolbar-pic/`);
    const button = appButton(page);
    await expect(button.locator('[data-gate-count]')).toHaveText('1', { timeout: 30_000 });
    await button.click();
    const problem = appWindow(page).locator('button.problem');
    await expect(problem).toContainText(
      'takes alt from its alt prop, which this <ToolbarPic> does not give',
    );
    await expect(problem).toContainText('content/posts/toolbar-pic.mdx:8:24');

    writeFileSync(usesIt, text('<ToolbarPic src="/chart.png" alt="Points per race" />'));
    await expect(appWindow(page).locator('button.problem')).toHaveCount(0, { timeout: 30_000 });
  } finally {
    rmSync(usesIt, { force: true });
    rmSync(dirname(component), { recursive: true, force: true });
  }
});
