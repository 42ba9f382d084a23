import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { NONE, axeInBothSchemes } from './axe.ts';
import { axePages, builtPages } from './pages.ts';

const pages = builtPages();

test('the example site has every page the README promises', () => {
  for (const path of [
    '/',
    '/posts/',
    '/posts/page/2/',
    '/guides/',
    '/guides/f1-sustainability-pln/',
    '/courses/social-media-pln/',
    '/courses/social-media-pln/portfolio/',
    '/tags/',
    '/about/',
    '/search/',
    '/404.html',
  ]) {
    expect(pages, path).toContain(path);
  }
  expect(pages.filter((p) => p.startsWith('/tags/') && p !== '/tags/').length).toBeGreaterThan(3);
});

// Every page in both schemes in one visit (tests/e2e/axe.ts says why that loses nothing), and
// at 320 px (WCAG 1.4.10, reflow, which axe does not check): a page 1,280 px wide zoomed to
// 400% reads without scrolling sideways; only what needs two dimensions, a table or code,
// scrolls in its own region. Each is judged with everything a reader can open showing (axe
// skips what is hidden): every disclosure open (transcripts, a guide's counts) and, on a page
// with a checklist, a task ticked, so its progress line shows.
for (const path of axePages(pages)) {
  test(`${path} has no WCAG 2.2 AA violations, light or dark, opened, and reflows at 320 px`, async ({
    page,
  }) => {
    await page.goto(path);
    await page
      .locator('details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const task = page.locator('input[data-task]').first();
    if (await task.count()) await task.check();
    expect(await axeInBothSchemes(page)).toEqual(NONE);
    await page.setViewportSize({ width: 320, height: 640 });
    const overflowing = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.body.querySelectorAll('*')]
        .filter((el) => !el.closest('.table-scroll, table, pre'))
        .filter((el) => el.getBoundingClientRect().right > width + 1)
        .map((el) => `<${el.localName}> ${el.textContent?.trim().slice(0, 60)}`)
        .slice(0, 5);
    });
    expect(overflowing).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
}

// What every page's head and landmarks hold is in the HTML as served, and is read from it: a
// browser's visit per page loaded its images and scripts to find tags a crawler reads from the
// text, about two seconds a page of `npm test`.
test.describe('every page', () => {
  for (const path of pages) {
    test(`${path} has lang, title, description, canonical, social tags, one main and one h1`, async ({
      request,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const doc = parseDocument(await response.text());
      const all = (name: string, test: (el: Element) => boolean = () => true) =>
        DomUtils.findAll((el) => el.name === name && test(el), doc.children);
      const content = (attribute: string, value: string) =>
        all('meta', (el) => el.attribs[attribute] === value)[0]?.attribs.content;
      expect(all('html')[0]?.attribs.lang, '<html lang>').toMatch(/^[a-z]{2}/);
      // The document's title, not an icon's <svg><title>.
      const head = all('head')[0];
      const title = head && DomUtils.findOne((el) => el.name === 'title', head.children);
      expect(title && DomUtils.textContent(title), '<title> in <head>').toMatch(/\S/);
      expect(content('name', 'description'), 'meta description').toMatch(/\S/);
      const canonical = all('link', (el) => el.attribs.rel === 'canonical');
      expect(canonical, 'canonical links').toHaveLength(1);
      expect(canonical[0].attribs.href).toMatch(/^https?:\/\//);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:type']) {
        expect(content('property', property), property).toMatch(/\S/);
      }
      expect(content('name', 'twitter:card'), 'twitter:card').toMatch(/summary/);
      if (content('property', 'og:image') !== undefined) {
        expect(content('property', 'og:image:alt'), 'og:image:alt').toMatch(/\S/);
      }
      const rss = all(
        'link',
        (el) => el.attribs.rel === 'alternate' && el.attribs.type === 'application/rss+xml',
      );
      expect(rss[0]?.attribs.href, 'RSS alternate link').toMatch(/^https?:\/\/.*\.xml$/);
      expect(all('main'), '<main> elements').toHaveLength(1);
      expect(all('h1'), '<h1> elements').toHaveLength(1);
    });
  }
});

test('on paper, what works only on screen is left out, disclosures print open, and the checklist stays', async ({
  page,
}) => {
  await page.goto('/guides/f1-sustainability-pln/');
  const header = page.locator('.site-header');
  const screenOnly = [
    header.getByRole('navigation', { name: 'Main' }),
    header.getByRole('link', { name: 'Search' }),
    header.getByRole('button', { name: 'Dark theme' }),
    page.getByRole('button', { name: 'Reset progress' }),
  ];
  for (const control of screenOnly) await expect(control).toBeVisible();
  // A disclosure cannot be opened on paper: what it holds prints.
  const counts = page.getByRole('heading', { name: 'Per perspective' });
  await expect(counts).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(counts).toBeVisible();
  for (const control of screenOnly) await expect(control).toBeHidden();
  await expect(header.getByRole('link', { name: 'Commonplace' })).toBeVisible();
  await expect(page.getByText('0 of 14 tasks done')).toBeVisible();
  await expect(page.getByRole('checkbox').first()).toBeVisible();
});

test('posts carry BlogPosting structured data', async ({ page }) => {
  await page.goto('/posts/inclusive-pln/');
  const json = await page.locator('script[type="application/ld+json"]').textContent();
  const data = JSON.parse(json ?? '{}');
  expect(data['@type']).toBe('BlogPosting');
  expect(data.headline).toBe('Building a personal learning network that includes everyone');
  expect(data.datePublished).toMatch(/^2026-10-12/);
});

test('the skip link is the first thing Tab reaches and moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/posts/inclusive-pln/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  expect(page.url()).toMatch(/#main$/);
});

test.describe('theme', () => {
  test('follows the system scheme when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  });

  test('the toggle switches, is announced as pressed, and the choice survives a reload without a flash', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const lightBg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    // What the button looks like says whether it is on, not only its aria-pressed.
    const looks = () =>
      toggle.evaluate((el) => {
        const own = getComputedStyle(el);
        const knob = getComputedStyle(el, '::before');
        return { background: own.backgroundColor, knob: knob.backgroundPosition };
      });
    const off = await looks();
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const on = await looks();
    expect(on.background).not.toBe(off.background);
    expect(on.knob).not.toBe(off.knob);
    const darkBg = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(darkBg).not.toBe(lightBg);

    // Record the theme at the moment <body> first exists: that is what the first paint uses.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.body) {
          (window as unknown as { themeAtBody: string }).themeAtBody =
            document.documentElement.dataset.theme ?? 'unset';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/posts/');
    expect(
      await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody),
    ).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test("in forced colours (Windows' contrast themes) the toggle still shows its knob and its state", async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    const looks = () =>
      toggle.evaluate((el) => {
        const knob = getComputedStyle(el, '::before');
        return {
          background: getComputedStyle(el).backgroundColor,
          knob: knob.backgroundImage,
          at: knob.backgroundPosition,
        };
      });
    const off = await looks();
    // Forced colours drop gradients: the knob would be gone, and both states alike.
    expect(off.knob).toMatch(/^radial-gradient/);
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const on = await looks();
    expect(on.knob).toMatch(/^radial-gradient/);
    expect(on.at).not.toBe(off.at);
    expect(on.background).not.toBe(off.background);
  });

  test('focus is visible on links and buttons', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).not.toBe('none');
  });
});

test('the home page’s introduction keeps its spaces: "… network. More about this site."', async ({
  page,
}) => {
  await page.goto('/');
  const intro = page.locator('section[aria-labelledby="who"] p').first();
  await expect(intro).toHaveText(/[.!?] More about this site\.$/);
  await expect(intro).not.toHaveText(/\S(?:More about this site)/);
});

test('a tag page says how many entries it lists, with spaces around its links', async ({
  page,
}) => {
  await page.goto('/tags/pln/');
  await expect(page.locator('main > p').first()).toHaveText(
    /^\d+ entries\. Subscribe to #pln · All tags$/,
  );
});

test('reflections are paginated ten a page, newest first, with links both ways', async ({
  page,
}) => {
  await page.goto('/posts/');
  const first = page.locator('main .entry-list > li');
  await expect(first).toHaveCount(10);
  const dates = await page
    .locator('main .entry-list time')
    .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
  expect([...dates].sort().reverse()).toEqual(dates);
  await page.getByRole('link', { name: 'Older' }).click();
  await expect(page).toHaveURL(/\/posts\/page\/2\/$/);
  await expect(page.locator('h1')).toHaveText('Reflections, page 2');
  expect(await page.locator('main .entry-list > li').count()).toBeGreaterThan(0);
  await page.getByRole('link', { name: 'Newer' }).click();
  await expect(page).toHaveURL(/\/posts\/$/);
});

for (const width of [375, 1280]) {
  test(`at ${width} px the pagination's parts stand apart: Newer at the start, the count between, Older at the end`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const nav = page.getByRole('navigation', { name: 'Pagination' });
    const boxOf = async (name: string | RegExp) =>
      (await (
        typeof name === 'string' ? nav.getByRole('link', { name }) : nav.getByText(name)
      ).boundingBox())!;
    const navBox = async () => (await nav.boundingBox())!;

    await page.goto('/posts/');
    const count = await boxOf(/^Page 1 of \d+$/);
    const older = await boxOf('Older');
    // Apart on one line (they ran together as "Page 1 of 2Older →").
    expect(older.x - (count.x + count.width)).toBeGreaterThanOrEqual(8);
    const bar = await navBox();
    expect(bar.x + bar.width - (older.x + older.width)).toBeLessThan(32);

    await page.goto('/posts/page/2/');
    const newer = await boxOf('Newer');
    const last = await boxOf(/^Page 2 of \d+$/);
    expect(last.x - (newer.x + newer.width)).toBeGreaterThanOrEqual(8);
    expect(newer.x - (await navBox()).x).toBeLessThan(32);
  });
}

test('the tag index counts entries and each tag page lists them', async ({ page }) => {
  await page.goto('/tags/');
  const pln = page.getByRole('link', { name: '#pln' });
  const item = page.locator('li', { has: pln });
  const count = Number((await item.textContent())?.match(/\((\d+) entr/)?.[1]);
  expect(count).toBeGreaterThan(1);
  await pln.click();
  await expect(page.locator('h1')).toHaveText('Tagged #pln');
  await expect(page.locator('main .entry-list > li')).toHaveCount(count);
  await expect(page.getByRole('link', { name: 'Subscribe to #pln' }).first()).toHaveAttribute(
    'href',
    '/tags/pln/rss.xml',
  );
});

test('a post links its tags, and shows dates, reading time and a table of contents', async ({
  page,
}) => {
  await page.goto('/posts/media-everyone-can-use/');
  await expect(page.locator('.entry-meta')).toContainText('Published');
  await expect(page.locator('.entry-meta')).toContainText('min read');
  await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
  await page.getByRole('link', { name: '#accessibility' }).first().click();
  await expect(page).toHaveURL(/\/tags\/accessibility\/$/);
});

test('a task list in a post is a list of checkboxes named by their tasks', async ({ page }) => {
  await page.goto('/posts/mapping-the-network-i-already-have/');
  const done = page.getByRole('checkbox', {
    name: 'Sort the list by where each voice comes from, as well as what it talks about.',
  });
  await expect(done).toBeChecked();
  await expect(done).toBeDisabled();
  await expect(
    page.getByRole('checkbox', {
      name: 'Pick one gap to close, and write down how I will look for it.',
    }),
  ).not.toBeChecked();
  await expect(page.getByRole('checkbox')).toHaveCount(3);
});

test('an unknown address gets the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
});

test('robots.txt points at the sitemap, which lists the published pages', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('/posts/inclusive-pln/');
});

test('a plain post runs one inline script before interaction, under 1 KB, and loads no other JS', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('/posts/learning-in-public/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  const inline = await page
    .locator('script:not([type="application/ld+json"])')
    .evaluateAll((els) => els.map((el) => new TextEncoder().encode(el.textContent ?? '').length));
  expect(inline).toHaveLength(1);
  expect(inline[0]).toBeLessThan(1024);
});
