import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { WCAG } from './axe.ts';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { feedStylesheet } from '../../src/lib/feeds/stylesheet.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

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
  const xml = await (await request.get('/subscriptions.opml')).text();
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
  // The stylesheet a site in Spanish writes, served for this build's feed.
  const es = wordsFor('es');
  const xsl = feedStylesheet(readFileSync('src/lib/feeds/feed.xsl', 'utf8'), es);
  await page.route('**/feed.xsl', (route) =>
    route.fulfill({ body: xsl, contentType: 'application/xml' }),
  );
  await page.goto('/rss.xml');
  await expect(page.getByRole('heading', { name: es.t('This is a web feed') })).toBeVisible();
  await expect(page.getByRole('listitem').first().locator('.meta')).toHaveText(
    es.t('Published {date}', { date: '25 de noviembre de 2026' }),
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the styled feed page has no WCAG 2.2 AA violations', async ({ page }) => {
      await page.goto('/rss.xml');
      await expect(page.getByRole('heading', { name: 'This is a web feed' })).toBeVisible();
      // Chromium adds its own XSLT deprecation banner (a custom element) above the page: not ours.
      const found = await new AxeBuilder({ page })
        .withTags(WCAG)
        .exclude('xslt-warning-banner')
        .analyze();
      expect(
        found.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary}`).join(', ')})`,
        ),
      ).toEqual([]);
    });
  });
}
