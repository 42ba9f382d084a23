import { expect, test } from '@playwright/test';

/** The example site's reflection that follows Rolfe's model (README "Reflection models"). */
const POST = '/posts/asking-in-more-than-one-language/';
const TITLE = 'What, so what, now what: asking in more than one language';
const MODEL = 'Rolfe: What? So what? Now what?';

test('a reflection shows the model it follows, with a heading for each of its sections', async ({
  page,
}) => {
  await page.goto(POST);
  await expect(page.locator('.entry-model')).toHaveText(`Reflection model: ${MODEL}`);
  await expect(page.locator('.entry-content h2')).toHaveText(['What?', 'So what?', 'Now what?']);
});

test('the course page names the model beside the entry', async ({ page }) => {
  await page.goto('/courses/social-media-pln/');
  const item = page
    .locator('.entry-list > li')
    .filter({ has: page.getByRole('link', { name: TITLE }) });
  await expect(item.locator('.entry-meta')).toContainText(MODEL);
  // Entries that follow no model say nothing about one.
  const other = page
    .locator('.entry-list > li')
    .filter({ has: page.getByRole('link', { name: 'Why I am learning in public this term' }) });
  await expect(other.locator('.entry-list-model')).toHaveCount(0);
});

test('search filters by reflection model, and the filter is in the address', async ({ page }) => {
  test.slow(); // loads Pagefind twice
  await page.goto('/search/');
  const filter = page.getByRole('group', { name: 'Reflection model' });
  const box = filter.getByRole('checkbox', { name: `${MODEL} (1)` });
  await box.check({ timeout: 20_000 }); // appears once Pagefind's filters have loaded
  await expect(page.locator('.search-result')).toHaveCount(1);
  await expect(page.locator('.search-result').getByRole('link', { name: TITLE })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?model=/);
  await page.reload();
  await expect(filter.getByRole('checkbox', { name: `${MODEL} (1)` })).toBeChecked({
    timeout: 20_000,
  });
  await expect(page.locator('.search-result')).toHaveCount(1);
});
