import { expect, test, type Page } from '@playwright/test';
import { NONE, axeInBothSchemes } from './axe.ts';
import { searchWords } from '../../src/lib/search/search-words.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

const F1_GUIDE = 'Building a PLN for a Formula 1 sustainability campaign';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const results = (page: Page) => page.locator('.search-result');
const searchLink = (page: Page) => page.getByRole('link', { name: 'Search', exact: true });

test('pressing / on any page opens search; typing "formula" finds the F1 guide, highlighted', async ({
  page,
}) => {
  await page.goto('/posts/learning-in-public/');
  await page.keyboard.press('/');
  // Typed at once, before the search code has loaded: no key may be lost.
  await page.keyboard.type('formula');
  const box = dialog(page).getByRole('searchbox', { name: 'Search reflections and guides' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('formula');
  const hit = results(page).filter({ has: page.getByRole('link', { name: F1_GUIDE }) });
  await expect(hit).toHaveCount(1);
  await expect(hit.locator('mark').first()).toHaveText(/formula/i);
  await expect(hit.locator('.search-result-meta')).toHaveText(/^Guide · /);
  await expect(hit.locator('time')).toHaveAttribute('datetime', '2026-11-02');
  // Counted once the list is the one for the whole word: a search for the letters typed so far
  // may have shown first (the F1 guide is among its results too).
  const status = dialog(page).getByRole('status');
  await expect(status).toHaveText(/ for “formula”\.$/);
  const count = await results(page).count();
  await expect(status).toHaveText(`${count} ${count === 1 ? 'result' : 'results'} for “formula”.`);
  await hit.getByRole('link', { name: F1_GUIDE }).click();
  await expect(page).toHaveURL(/\/guides\/f1-sustainability-pln\/$/);
});

test('Escape closes the search dialog and returns focus; reopening keeps the search', async ({
  page,
}) => {
  await page.goto('/');
  await searchLink(page).focus();
  await page.keyboard.press('/');
  const box = dialog(page).getByRole('searchbox');
  await expect(box).toBeFocused();
  await page.keyboard.type('pln');
  await expect(results(page).first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(searchLink(page)).toBeFocused();
  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('pln');
});

test('/ typed into a text field is just a character', async ({ page }) => {
  await page.goto('/search/');
  const box = page.getByRole('searchbox', { name: 'Search reflections and guides' });
  await expect(box).toBeFocused();
  await box.pressSequentially('a/b');
  await expect(box).toHaveValue('a/b');
  await expect(dialog(page)).toHaveCount(0);
});

test('the type filter shows only guides, or only reflections', async ({ page }) => {
  await page.goto('/');
  await searchLink(page).click();
  await page.keyboard.type('pln');
  const meta = results(page).locator('.search-result-meta');
  const status = dialog(page).getByRole('status');
  // The status counts every result; the list shows ten at a time.
  const counted = async () => Number((await status.textContent())?.match(/^(\d+) results?/)?.[1]);
  await expect(status).toHaveText(/results? for “pln”\.$/);
  const all = await counted();

  await dialog(page).getByRole('checkbox', { name: 'Guides' }).check();
  await expect(status).toHaveText(/with the chosen filters\.$/);
  await expect(results(page).getByRole('link', { name: F1_GUIDE })).toBeVisible();
  const guides = await counted();
  for (const text of await meta.allTextContents()) expect(text).toMatch(/^Guide · /);

  await dialog(page).getByRole('checkbox', { name: 'Guides' }).uncheck();
  await dialog(page).getByRole('checkbox', { name: 'Reflections' }).check();
  await expect(results(page).getByRole('link', { name: F1_GUIDE })).toHaveCount(0);
  await expect(status).toHaveText(new RegExp(`^${all - guides} results? for “pln” with`));
  for (const text of await meta.allTextContents()) expect(text).toMatch(/^Reflection · /);
});

test('the tag filter narrows to entries with that tag, even without a search term', async ({
  page,
}) => {
  await page.goto('/search/');
  await page.getByText('Filter by tag').click();
  const tag = page.getByRole('checkbox', { name: /^formula-1 \(\d+\)$/ });
  const label = await tag.evaluate((box) => box.parentElement?.textContent ?? '');
  const tagged = Number(label.match(/\((\d+)\)/)?.[1]);
  await tag.check();
  await expect(results(page)).toHaveCount(tagged);
  await expect(results(page).getByRole('link', { name: F1_GUIDE })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?tag=formula-1$/);
});

test('every filter in the address is applied on load and kept, after a reload too', async ({
  page,
}) => {
  await page.goto('/tags/diversity/');
  const tagged = await page
    .locator('main .entry-list h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  await page.goto('/search/?q=pln');
  const status = page.getByRole('status');
  await expect(status).toHaveText(/results? for “pln”\.$/);
  const unfiltered = await results(page).count();

  const address = '/search/?q=pln&type=reflection&tag=diversity&sort=date';
  const params = (url: string) => [...new URL(url).searchParams].sort().join('&');
  await page.goto(address);
  for (const visit of ['first load', 'reload']) {
    if (visit === 'reload') await page.reload();
    await expect(status, visit).toHaveText(/results? for “pln” with the chosen filters\.$/);
    // The chosen tag is shown: its disclosure opens, with the tag ticked.
    await expect(page.getByRole('checkbox', { name: /^diversity \(\d+\)$/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Reflections' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Guides' })).not.toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('date');
    const found = await results(page)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(found.length, visit).toBeGreaterThan(0);
    expect(found.length, visit).toBeLessThan(unfiltered);
    for (const href of found) expect(tagged, `${href} is tagged diversity`).toContain(href);
    // The address still names every filter: nothing was dropped while the page loaded.
    expect(params(page.url()), visit).toBe(params(`http://x${address}`));
  }
});

test('a tag in the address may be spelled as its page’s slug or label', async ({ page }) => {
  await page.goto('/search/?tag=Formula-1');
  await expect(page.getByRole('checkbox', { name: /^formula-1 \(\d+\)$/ })).toBeChecked();
  await expect(results(page).getByRole('link', { name: F1_GUIDE })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?tag=formula-1$/);
});

test('/search/?q=term opens with the results for term, and works by keyboard alone', async ({
  page,
}) => {
  await page.goto('/search/?q=formula');
  const box = page.getByRole('searchbox', { name: 'Search reflections and guides' });
  await expect(box).toHaveValue('formula');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results? for “formula”\.$/);
  await expect(results(page).getByRole('link', { name: F1_GUIDE })).toBeVisible();
  // Tab from the box, past the filters, reaches the first result; Enter follows it.
  const first = results(page).getByRole('link').first();
  const href = (await first.getAttribute('href')) ?? '';
  await box.focus();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press('Tab');
    if (await first.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === href);
});

test('a page that never searches loads no search code; opening search loads it', async ({
  page,
}) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto('/posts/learning-in-public/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((path) => /search-ui|\/pagefind\//.test(path))).toEqual([]);
  await page.keyboard.press('/');
  await expect(dialog(page)).toBeVisible();
  await expect.poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
  expect(requests.some((path) => /\/_astro\/search-ui\.[\w-]+\.js$/.test(path))).toBe(true);
});

test('on a site in another language the search box speaks it, from the file of words the page names', async ({
  page,
}) => {
  // The words a site with lang: 'es' writes to /search-words.json, served for this English
  // build's page, which is then made to name them as such a site's pages do.
  const es = wordsFor('es');
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.route('**/test-search-words.json', (route) =>
    route.fulfill({ json: searchWords(es), contentType: 'application/json' }),
  );
  await page.goto('/posts/learning-in-public/');
  await page.locator('[data-search-ui]').evaluate((link) => {
    link.setAttribute('data-search-words', '/test-search-words.json');
    link.setAttribute('data-search-lang', 'es');
  });
  await page.waitForLoadState('networkidle');
  // Nothing fetched until a reader opens search.
  expect(requests).not.toContain('/test-search-words.json');
  await page.keyboard.press('/');
  await page.keyboard.type('formula');
  const box = page
    .getByRole('dialog', { name: es.t('Search') })
    .getByRole('searchbox', { name: es.t('Search reflections and guides') });
  await expect(box).toHaveValue('formula');
  await expect(
    page.getByRole('button', { name: es.t('Close {search}', { search: es.t('search') }) }),
  ).toBeVisible();
  const hit = results(page).filter({ has: page.getByRole('link', { name: F1_GUIDE }) });
  // The guide is in English, which the result names in the site's language, with its date.
  const english = new Intl.DisplayNames(['es'], { type: 'language' }).of('en');
  await expect(hit.locator('.search-result-meta')).toHaveText(
    `${english} · ${es.t('Guide')} · 2 de noviembre de 2026`,
  );
  const status = page.getByRole('status');
  await expect(status).toHaveText(/formula/);
  const count = await results(page).count();
  await expect(status).toHaveText(
    es.plural(count, '{count} results for “{term}”.', { term: 'formula' }),
  );
  await expect(page.getByText(es.t('Filter by tag'))).toBeVisible();
});

test('on a site in a language with no interface words, the search box speaks English and says so', async ({
  page,
}) => {
  // What a site with lang: 'ja' and no ui writes: the interface's words are English, the site's
  // own language Japanese. This English build's page is made to say the same.
  await page.goto('/posts/learning-in-public/');
  await page.locator('[data-search-ui]').evaluate((link) => {
    link.setAttribute('data-search-lang', 'en');
    link.setAttribute('data-search-site-lang', 'ja');
  });
  await page.keyboard.press('/');
  await page.keyboard.type('Melbourne');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toHaveAttribute('lang', 'en');
  // One result, counted by English's plural rules (Japanese has one form: "1 results").
  await expect(page.getByRole('status')).toHaveText('1 result for “Melbourne”.');
  const hit = results(page).filter({ has: page.getByRole('link', { name: F1_GUIDE }) });
  // An English entry on a Japanese site: named as English, its title read in the dialog's
  // English; its date is the site's, written and marked in Japanese.
  await expect(hit.locator('.search-result-meta')).toHaveText('English · Guide · 2026年11月2日');
  await expect(hit.getByRole('link', { name: F1_GUIDE })).not.toHaveAttribute('lang', /./);
  await expect(hit.locator('time')).toHaveAttribute('lang', 'ja');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search control is a link to /search/, which explains and links to the tags', async ({
    page,
  }) => {
    await page.goto('/about/');
    await searchLink(page).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await page.getByRole('link', { name: 'the tag index' }).click();
    await expect(page).toHaveURL(/\/tags\/$/);
  });
});

test.describe('axe with results showing, light and dark schemes', () => {
  test('the search dialog has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await page.keyboard.type('formula');
    await expect(results(page).getByRole('link', { name: F1_GUIDE })).toBeVisible();
    await dialog(page).getByText('Filter by tag').click();
    await expect(dialog(page).getByRole('checkbox', { name: /^formula-1/ })).toBeVisible();
    expect(await axeInBothSchemes(page)).toEqual(NONE);
  });

  test('/search/ has no WCAG 2.2 AA violations', async ({ page }) => {
    await page.goto('/search/?q=learning');
    await expect(results(page).first()).toBeVisible();
    await page.getByText('Filter by tag').click();
    expect(await axeInBothSchemes(page)).toEqual(NONE);
  });
});
