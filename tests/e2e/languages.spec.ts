import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';

/**
 * Posts in right-to-left languages (README "Posts in any language"): the example site has one in
 * Arabic and one in Hebrew. The axe run over every built page (site.spec.ts) judges them as it
 * judges every page; here they are checked as their readers would notice.
 */
const POSTS = [
  {
    lang: 'ar',
    language: 'Arabic',
    path: '/posts/one-question-in-arabic/',
    title: 'سؤال واحد عن الاستدامة في الفورمولا 1',
    // A word from the body as written, and the question's key word.
    words: ['المشجعين', 'الحلبة'],
  },
  {
    lang: 'he',
    language: 'Hebrew',
    path: '/posts/one-question-in-hebrew/',
    title: 'שאלה אחת על קיימות בפורמולה 1',
    words: ['קיימות', 'האוהדים'],
  },
];

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { left: rect.left, right: rect.right, width: rect.width };
    });

for (const post of POSTS) {
  test.describe(`a post in ${post.language}`, () => {
    test('the page is in its language, right to left, while the site around it stays English', async ({
      page,
    }) => {
      await page.goto(post.path);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', post.lang);
      await expect(html).toHaveAttribute('dir', 'rtl');
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute(
        'content',
        post.lang,
      );
      const h1 = page.getByRole('heading', { level: 1 });
      await expect(h1).toHaveText(post.title);
      expect(await h1.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
      // Right to left: the title's text hugs the right edge of the column.
      const heading = await h1.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const text = range.getBoundingClientRect();
        const box = el.getBoundingClientRect();
        return {
          textRight: text.right,
          boxRight: box.right,
          textLeft: text.left,
          boxLeft: box.left,
        };
      });
      expect(Math.abs(heading.boxRight - heading.textRight)).toBeLessThan(2);
      expect(heading.textLeft - heading.boxLeft).toBeGreaterThan(20);
      const paragraph = page.locator('.entry-content p').first();
      expect(await paragraph.evaluate((el) => getComputedStyle(el).textAlign)).toMatch(
        /^(start|right)$/,
      );

      // The site's own words keep their language and direction.
      for (const selector of ['header.site-header', 'footer.site-footer', '.entry-meta']) {
        const part = page.locator(selector).first();
        await expect(part).toHaveAttribute('lang', 'en');
        await expect(part).toHaveAttribute('dir', 'ltr');
      }
      const nav = await box(page, '.site-title');
      const main = await box(page, 'main');
      expect(nav.left).toBeLessThan(main.left + main.width / 2);

      // JSON-LD says the language too.
      const json = JSON.parse(
        (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
      );
      expect(json.inLanguage).toBe(post.lang);
    });

    test('is found by search from an English page, which says its language', async ({ page }) => {
      test.slow(); // loads Pagefind, its indexes and a second instance
      for (const word of post.words) {
        await page.goto(`/search/?q=${encodeURIComponent(word)}`);
        const hit = page
          .locator('.search-result')
          .filter({ has: page.getByRole('link', { name: post.title }) });
        // The first search loads a second Pagefind instance, stemmed for the word's script.
        await expect(hit, word).toHaveCount(1, { timeout: 20_000 });
        await expect(hit.getByRole('link')).toHaveAttribute('lang', post.lang);
        await expect(hit.locator('.search-result-meta')).toHaveText(
          new RegExp(`^${post.language} · Reflection · `),
        );
        await expect(hit.locator('mark').first()).toBeVisible();
      }
    });

    test('is found by search from its own page, with English entries too', async ({ page }) => {
      test.slow(); // loads Pagefind, its indexes and a second instance
      await page.goto(post.path);
      await page.keyboard.press('/');
      const dialog = page.getByRole('dialog', { name: 'Search' });
      // The search interface stays in the site's language and direction.
      await expect(dialog).toHaveAttribute('lang', 'en');
      await expect(dialog).toHaveAttribute('dir', 'ltr');
      await page.keyboard.type(post.words[0]!);
      await expect(
        dialog
          .locator('.search-result')
          .filter({ has: page.getByRole('link', { name: post.title }) }),
      ).toHaveCount(1, { timeout: 20_000 });
      await dialog.getByRole('searchbox').fill('formula');
      await expect(
        dialog.getByRole('link', {
          name: 'Building a PLN for a Formula 1 sustainability campaign',
        }),
      ).toBeVisible({ timeout: 20_000 });
    });

    test('listings mark its title and description with its language, both starting at the right', async ({
      page,
    }) => {
      await page.goto('/tags/formula-1/');
      const main = page.getByRole('main');
      const heading = main.getByRole('heading', { name: post.title });
      await expect(heading).toHaveAttribute('lang', post.lang);
      await expect(heading).toHaveAttribute('dir', 'rtl');
      const description = heading.locator('xpath=following-sibling::p[@lang]');
      await expect(description).toHaveAttribute('lang', post.lang);
      await expect(description).toHaveAttribute('dir', 'rtl');
      // Right to left, the title starts where its description does: at the list's right edge
      // (it started at the left, as the English titles do, while its description kept right).
      const textRight = (locator: typeof heading) =>
        locator.evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect().right;
        });
      const itemRight = await heading.evaluate(
        (el) => el.parentElement!.getBoundingClientRect().right,
      );
      expect(Math.abs((await textRight(heading)) - itemRight)).toBeLessThan(2);
      expect(Math.abs((await textRight(description)) - itemRight)).toBeLessThan(2);
      // English entries in the same list carry no lang of their own.
      await expect(
        main.getByRole('heading', { name: /Campaign diary: who is missing/ }),
      ).not.toHaveAttribute('lang', /./);
      await expect(
        main.getByRole('link', { name: /Campaign diary: who is missing/ }),
      ).not.toHaveAttribute('lang', /./);
    });
  });
}

test('a tag written in Arabic has its page and feed at an address in its own script', async ({
  page,
  request,
}) => {
  await page.goto('/posts/one-question-in-arabic/');
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: '#استدامة' }).click();
  expect(decodeURI(new URL(page.url()).pathname)).toBe('/tags/استدامة/');
  // Only the Arabic post carries it: on the English page, the tag is marked as Arabic.
  await expect(
    page.getByRole('heading', { level: 1 }).locator('span[lang="ar"][dir="rtl"]'),
  ).toHaveText('استدامة');
  await expect(
    page.getByRole('main').getByRole('link', { name: 'سؤال واحد عن الاستدامة في الفورمولا 1' }),
  ).toBeVisible();
  await page.goto('/tags/');
  await expect(
    page.getByRole('link', { name: '#استدامة' }).locator('span[lang="ar"][dir="rtl"]'),
  ).toHaveText('استدامة');
  // formula-1 is carried by English and Arabic posts alike: the site's language.
  await expect(page.getByRole('link', { name: '#formula-1' }).locator('[lang]')).toHaveCount(0);
  const feed = new XMLParser().parse(await (await request.get('/tags/استدامة/rss.xml')).text());
  expect([feed.rss.channel.item].flat().map((item: { link: string }) => item.link)).toEqual([
    expect.stringMatching(/\/posts\/one-question-in-arabic\/$/),
  ]);
});

test('the feeds carry each item’s language', async ({ request }) => {
  const rss = new XMLParser({ ignoreAttributes: false }).parse(
    await (await request.get('/rss.xml')).text(),
  );
  const items = rss.rss.channel.item as Record<string, unknown>[];
  const byLink = (path: string) =>
    items.find((item) => String(item.link).endsWith(path)) as Record<string, string>;
  expect(rss.rss.channel.language).toBe('en');
  expect(byLink('/posts/one-question-in-arabic/')['dc:language']).toBe('ar');
  expect(byLink('/posts/one-question-in-hebrew/')['dc:language']).toBe('he');
  expect(byLink('/posts/inclusive-pln/')['dc:language']).toBe('en');
  // Content in another language is wrapped with its direction, for readers that ignore the field.
  expect(byLink('/posts/one-question-in-arabic/')['content:encoded']).toMatch(
    /^<div lang="ar" dir="rtl">/,
  );

  const json = await (await request.get('/feed.json')).json();
  const item = (path: string) =>
    json.items.find((i: { url: string }) => i.url.endsWith(path)) as { language: string };
  expect(json.language).toBe('en');
  expect(item('/posts/one-question-in-hebrew/').language).toBe('he');
  expect(item('/posts/inclusive-pln/').language).toBe('en');
});
