import { expect, test } from '@playwright/test';

// The performance issue's budget for the first search (measured at 1,000 posts in README
// "Performance"); on the example site it guards against the search bundle growing unnoticed.
test('the first search transfers less than 150 KB, everything it loads included', async ({
  page,
}) => {
  await page.goto('/posts/learning-in-public/');
  await page.waitForLoadState('networkidle');
  const finished: import('@playwright/test').Request[] = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.keyboard.press('/');
  await page.keyboard.type('network');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  for (const request of finished) {
    const sizes = await request.sizes();
    bytes += sizes.responseBodySize + sizes.responseHeadersSize;
  }
  expect(finished.some((r) => r.url().endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(bytes).toBeLessThan(150 * 1024);
});
