import { expect, test } from '@playwright/test';
import { runAxe, WCAG } from './axe.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { feedPageScript, feedPageSettings } from '../../src/lib/feeds/page-script.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

/** Serves, for this build's feeds, the feed page's script as a site with `settings` writes it. */
async function serveScriptOf(page: Page, settings: Parameters<typeof feedPageScript>[1]) {
  const script = feedPageScript(readFileSync('src/scripts/feed-page.js', 'utf8'), settings);
  await page.route('**/feed.js', (route) =>
    route.fulfill({ body: script, contentType: 'text/javascript' }),
  );
}

test('a feed opened in the browser reads as a page that explains how to subscribe', async ({
  page,
}) => {
  await page.goto('/rss.xml');
  await expect(page.getByRole('heading', { level: 1, name: 'Commonplace' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This is a web feed' })).toBeVisible();
  await expect(page.getByText('https://commonplace.example.org/rss.xml')).toBeVisible();
  const entries = page.getByRole('listitem');
  expect(await entries.count()).toBeGreaterThan(3);
  // Links are absolute, to the deployed site, as a feed needs.
  await expect(entries.first().getByRole('link')).toHaveAttribute(
    'href',
    /^https:\/\/commonplace\.example\.org\/(posts|guides)\/[\w-]+\/$/,
  );
});

test('a tag page links its own feed, which lists only that tag', async ({ page }) => {
  await page.goto('/tags/formula-1/');
  await page.getByRole('main').getByRole('link', { name: 'Subscribe to #formula-1' }).click();
  await expect(page).toHaveURL(/\/tags\/formula-1\/rss\.xml$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/#formula-1/);
});

test('every page links /subscriptions.opml, which lists every feed of the site in folders', async ({
  page,
  request,
}) => {
  await page.goto('/');
  const link = page.getByRole('contentinfo').getByRole('link', { name: 'Every feed (OPML)' });
  await expect(link).toHaveAttribute('href', '/subscriptions.opml');
  // The link saves the file for a feed reader's import; opened in a tab it would be raw text.
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('subscriptions.opml');
  const xml = readFileSync((await download.path())!, 'utf8');
  expect(xml).toBe(await (await request.get('/subscriptions.opml')).text());
  expect(XMLValidator.validate(xml)).toBe(true);
  const opml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => name === 'outline',
  }).parse(xml).opml;
  expect(opml.version).toBe('2.0');
  const folders = opml.body.outline as { text: string; outline: Record<string, string>[] }[];
  expect(folders.map((f) => f.text)).toEqual(['Everything', 'By type', 'By tag', 'By course']);
  const urls = (folder: number) => folders[folder]!.outline.map((o) => new URL(o.xmlUrl!).pathname);
  expect(urls(0)).toEqual(['/rss.xml']);
  expect(urls(1)).toEqual(['/posts/rss.xml', '/guides/rss.xml']);
  expect(urls(2)).toContain('/tags/formula-1/rss.xml');
  expect(urls(3)).toEqual(['/courses/social-media-pln/rss.xml']);
  // Every feed it names exists and is a feed.
  for (const folder of folders) {
    for (const outline of folder.outline) {
      expect(outline.type).toBe('rss');
      const feed = await request.get(new URL(outline.xmlUrl!).pathname);
      expect(feed.ok(), outline.xmlUrl).toBe(true);
      expect(await feed.text()).toContain('<rss');
    }
  }
});

test("the feed page writes each entry's date as the site's pages do, in the site's language", async ({
  page,
}) => {
  await page.goto('/rss.xml');
  const newest = page.getByRole('listitem').first();
  // The newest entry, 25 November 2026 in its RSS date, as the English pages write it.
  await expect(newest.locator('.meta')).toHaveText('Published November 25, 2026');
  // The script a site in Spanish writes, served for this build's feed.
  const es = wordsFor('es');
  await serveScriptOf(page, feedPageSettings(es, 'es'));
  await page.goto('/rss.xml');
  await expect(page.getByRole('heading', { name: es.t('This is a web feed') })).toBeVisible();
  await expect(page.getByRole('listitem').first().locator('.meta')).toHaveText(
    es.t('Published {date}', { date: '25 de noviembre de 2026' }),
  );
});

test("the feed page puts a date with a time on the day it falls on in the site's time zone", async ({
  page,
}) => {
  // The newest entry given a time: 20:00 UTC on 25 November is the 26th in Auckland.
  const response = await page.request.get('/rss.xml');
  const feed = (await response.text()).replace(
    /<pubDate>Wed, 25 Nov 2026 00:00:00 GMT<\/pubDate>/,
    '<pubDate>Wed, 25 Nov 2026 20:00:00 GMT</pubDate>',
  );
  expect(feed).toContain('20:00:00 GMT');
  await page.route('**/rss.xml', (route) =>
    route.fulfill({ body: feed, contentType: 'application/rss+xml' }),
  );
  await serveScriptOf(page, feedPageSettings(wordsFor('en'), 'en', 'Pacific/Auckland'));
  await page.goto('/rss.xml');
  const meta = page.getByRole('listitem').locator('.meta');
  await expect(meta.first()).toHaveText('Published November 26, 2026');
  // A date written as a day is that day wherever the site is.
  await expect(meta.nth(1)).toHaveText('Published November 21, 2026');
});

test("the feed page marks the interface's English on a site it has no words for, and the site's dates in it", async ({
  page,
}) => {
  // A Japanese site: the interface falls back to English, the dates are Japanese.
  await serveScriptOf(page, feedPageSettings(wordsFor('ja'), 'ja'));
  await page.goto('/rss.xml');
  await expect(page.getByRole('heading', { name: 'Latest entries' })).toHaveAttribute('lang', 'en');
  await expect(page.locator('section.about')).toHaveAttribute('lang', 'en');
  const meta = page.getByRole('listitem').first().locator('.meta');
  await expect(meta).toHaveAttribute('lang', 'en');
  await expect(meta.locator('span')).toHaveAttribute('lang', 'ja');
  await expect(meta).toHaveText('Published 2026年11月25日');
});

test('the feed page marks an entry in another language than the feed, and needs no XSLT', async ({
  page,
}) => {
  await page.goto('/rss.xml');
  const hebrew = page.getByRole('listitem').filter({ has: page.locator('a[lang="he"]') });
  await expect(hebrew).toHaveCount(1);
  await expect(hebrew.getByRole('link')).toHaveAttribute('dir', 'auto');
  await expect(hebrew.locator('p[lang="he"]')).toHaveAttribute('dir', 'auto');
  // Browsers are removing XSLT; Chromium warns over every page made with it.
  expect(await page.locator('xslt-warning-banner').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe(
    'http://www.w3.org/1999/xhtml',
  );
  await expect(page).toHaveTitle('Feed: Commonplace');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test("the feed still shows as a list of its entries' titles and summaries, not as code", async ({
    page,
  }) => {
    await page.goto('/rss.xml');
    await expect(page.getByText('Campaign diary: what the network changed')).toBeVisible();
    await expect(
      page.getByText('The last diary entry of the term, looking back at how the people'),
    ).toBeVisible();
    // The rest of the feed (addresses, dates, full content) stays out of sight.
    await expect(page.getByText('https://commonplace.example.org/rss.xml')).toBeHidden();
    await expect(page.getByText('Wed, 25 Nov 2026 00:00:00 GMT')).toBeHidden();
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the styled feed page has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/rss.xml');
      await expect(page.getByRole('heading', { name: 'This is a web feed' })).toBeVisible();
      const found = await runAxe(page, { tags: WCAG });
      expect(
        found.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')})`,
        ),
      ).toEqual([]);
    });
  });
}
