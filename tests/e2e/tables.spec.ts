import { expect, test } from '@playwright/test';
import { runAxe, WCAG } from './axe.ts';
import { builtPages, PRINTED_WIDTH } from './pages.ts';

// The example post whose Markdown table is wider than a phone (src/integrations/table-scroll.ts).
const POST = '/posts/choosing-platforms-on-purpose/';
const REGION =
  'Table: Platform, Who I follow there, What I post there, Image descriptions and 1 more column';

test.describe('a wide table on a phone (375 px)', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('scrolls in its own region, reached and scrolled with the keyboard alone', async ({
    page,
  }) => {
    await page.goto(POST);
    const region = page.getByRole('region', { name: REGION });
    // Still a table to a screen reader, column headers and all.
    await expect(region.getByRole('table')).toBeVisible();
    await expect(region.getByRole('columnheader', { name: 'Video captions' })).toBeAttached();
    const size = await region.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(size.scroll).toBeGreaterThan(size.client);
    // The table scrolls, not the page.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );

    // Tabbing through the post from its start reaches the region (past the post's own links);
    // the arrow keys then scroll it.
    await page.locator('main').focus();
    const isRegion = () => region.evaluate((el) => el === document.activeElement);
    for (let i = 0; i < 20 && !(await isRegion()); i++) await page.keyboard.press('Tab');
    await expect(region).toBeFocused();
    await expect(region).toHaveCSS('outline-style', 'solid');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test("shows a wide table's caption where the table starts, not centred over columns off screen", async ({
    page,
  }) => {
    // The guide's network table has a caption, and is wider than a phone.
    await page.goto('/guides/f1-sustainability-pln/');
    const caption = page.locator('.guide-network .table-scroll caption');
    await expect(caption).toHaveText(/^Every entry in the network/);
    // Where the caption's words are drawn (its box spans the whole table, as wide as the table).
    const words = await caption.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const box = range.getBoundingClientRect();
      return { left: box.left, right: box.right };
    });
    expect(words.left).toBeGreaterThanOrEqual(0);
    expect(words.right).toBeLessThanOrEqual(375);
  });

  test('prints whole: paper does not scroll, so the region shows every column', async ({
    page,
  }) => {
    await page.goto(POST);
    const region = page.getByRole('region', { name: REGION });
    const overflow = () => region.evaluate((el) => getComputedStyle(el).overflowX);
    expect(await overflow()).toBe('auto');
    await page.emulateMedia({ media: 'print' });
    expect(await overflow()).toBe('visible');
  });

  test('has no WCAG 2.2 AA violations at this width, scrollable regions included', async ({
    page,
  }) => {
    await page.goto(POST);
    const results = await runAxe(page, { tags: WCAG });
    expect(results.violations.map((v) => v.id)).toEqual([]);
    // The rule ran over the overflowing region and passed it, rather than finding nothing.
    const passed = results.passes.find((rule) => rule.id === 'scrollable-region-focusable');
    expect(passed?.nodes.map((node) => node.target.join(' '))).toContain('.table-scroll');
  });
});

test('every table on every page prints within an A4 page, no column past its edge', async ({
  page,
  request,
}) => {
  const withTables: string[] = [];
  for (const path of builtPages()) {
    if ((await (await request.get(path)).text()).includes('<table')) withTables.push(path);
  }
  // The guide's network table, the portfolio's and the post's Markdown table.
  expect(withTables.length).toBeGreaterThanOrEqual(3);
  await page.setViewportSize({ width: PRINTED_WIDTH, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const cut: string[] = [];
  for (const path of withTables) {
    await page.goto(path);
    const past = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      return [...document.querySelectorAll('table')]
        .filter((table) => table.getBoundingClientRect().right > width + 1)
        .map((table) => {
          const where = Math.round(table.getBoundingClientRect().right);
          return `${table.querySelector('caption, th')?.textContent?.trim()} ends at ${where} px`;
        });
    });
    cut.push(...past.map((table) => `${path}: ${table}`));
  }
  expect(cut, `wider than a printed page's ${PRINTED_WIDTH} px`).toEqual([]);
});
