import { expect, test, type Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { isTag, type Element } from 'domhandler';

const GUIDE = '/guides/f1-sustainability-pln/';
const COURSE = '/courses/social-media-pln/';
// The example network, read from the source so the test follows the data, not a copy of it.
const network = parseYaml(
  readFileSync(new URL('../../content/networks/f1-sustainability.yaml', import.meta.url), 'utf8'),
) as {
  entries: {
    name: string;
    kind: string;
    status: string;
    perspectives: string[];
    feed?: string;
    website?: string;
    mastodon?: string;
    bluesky?: string;
  }[];
};

interface Outline {
  text: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outline?: Outline[];
}
/** An OPML file read as a feed reader's import reads it. */
function readOpml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    isArray: (name) => name === 'outline',
  }).parse(xml).opml as { version: string; head: { title: string }; body: { outline: Outline[] } };
}

/** Whether an element's class attribute lists `name`. */
const hasClass = (el: Element, name: string) => el.attribs.class?.split(/\s+/).includes(name);

const progress = (page: Page) => page.getByRole('status').filter({ hasText: /tasks done/ });

test.describe('guide steps', () => {
  test('a ticked task stays ticked after a reload and in a new visit; reset clears it', async ({
    page,
    context,
  }) => {
    await page.goto(GUIDE);
    const steps = page.locator('ol.steps-list > li');
    await expect(steps).toHaveCount(6);
    const boxes = page.locator('ol.steps-list').getByRole('checkbox');
    const total = await boxes.count();
    expect(total).toBe(14);
    await expect(progress(page)).toHaveText(`0 of ${total} tasks done`);

    const task = page.getByRole('checkbox', { name: 'Write your campaign topic in one sentence' });
    const other = page.getByRole('checkbox', { name: 'Send three personal introductions' });
    await task.check();
    await other.check();
    await expect(progress(page)).toHaveText(`2 of ${total} tasks done`);

    await page.reload();
    await expect(task).toBeChecked();
    await expect(other).toBeChecked();
    await expect(
      page.getByRole('checkbox', { name: 'Register for one webinar' }),
    ).not.toBeChecked();
    await expect(progress(page)).toHaveText(`2 of ${total} tasks done`);

    // A fresh page in the same browser profile: the progress comes from storage, not form restore.
    const fresh = await context.newPage();
    await fresh.goto(GUIDE);
    await expect(
      fresh.getByRole('checkbox', { name: 'Write your campaign topic in one sentence' }),
    ).toBeChecked();
    await expect(progress(fresh)).toHaveText(`2 of ${total} tasks done`);

    await other.uncheck();
    await expect(progress(page)).toHaveText(`1 of ${total} tasks done`);

    await page.getByRole('button', { name: 'Reset progress' }).click();
    await expect(progress(page)).toHaveText(`0 of ${total} tasks done`);
    await expect(task).not.toBeChecked();
    await page.reload();
    await expect(task).not.toBeChecked();
    await expect(progress(page)).toHaveText(`0 of ${total} tasks done`);
  });

  test('progress is kept per guide: another page with steps is unaffected', async ({ page }) => {
    await page.goto(GUIDE);
    await page.getByRole('checkbox', { name: 'Register for one webinar' }).check();
    const keys = await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.includes('steps')),
    );
    expect(keys).toEqual([expect.stringContaining(GUIDE)]);
  });

  test('without JavaScript the steps are a plain ordered list with checkboxes and no progress line', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(GUIDE);
    await expect(page.locator('ol.steps-list > li')).toHaveCount(6);
    await expect(
      page.getByRole('checkbox', { name: 'Write your campaign topic in one sentence' }),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reset progress' })).toBeHidden();
    await context.close();
  });
});

test.describe('network map and table', () => {
  test('the map has an accessible name and description, and the table lists every entry', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const map = page.getByRole('img', { name: /^Network map: 13 entries grouped by perspective/ });
    await expect(map).toBeVisible();
    const description = await map.evaluate((svg) =>
      (svg.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent)
        .join(' '),
    );
    expect(description).toContain('No one yet from: local communities.');
    // Drawn at build time: the map has no script of its own.
    await expect(page.locator('figure.network-map script')).toHaveCount(0);

    const table = page.getByRole('table', { name: /Every entry in the network/ });
    const rows = table.locator('tbody tr');
    await expect(rows).toHaveCount(network.entries.length);
    for (const [index, entry] of network.entries.entries()) {
      const row = rows.nth(index);
      await expect(row.getByRole('rowheader')).toContainText(entry.name);
      await expect(row).toContainText(new RegExp(entry.kind, 'i'));
    }
    await expect(page.getByText('No one yet from: local communities.').first()).toBeVisible();
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px the map is offered once, its words drawn at 12 px or more, inside their boxes`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(GUIDE);
      const map = page.getByRole('img', { name: /^Network map: 13 entries/ });
      await expect(map).toHaveCount(1);
      // The size each word is drawn at: its font size times the drawing's scale on the page.
      const drawn = await map.evaluate((svg) => {
        const scale =
          svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')].map(
          (text) => parseFloat(getComputedStyle(text).fontSize) * scale,
        );
      });
      expect(drawn.length).toBeGreaterThan(13);
      // On a phone the three-column map drew them at 6 px.
      expect(Math.min(...drawn)).toBeGreaterThanOrEqual(12);
      // Every box's words stay inside their box (a title wraps where it would not).
      const outside = await map.evaluate((svg) =>
        [...svg.querySelectorAll('rect.map-group')].flatMap((rect) => {
          const box = rect.getBoundingClientRect();
          return [...rect.parentElement!.querySelectorAll('text')]
            .filter((text) => {
              const drawn = text.getBoundingClientRect();
              return drawn.left < box.left || drawn.right > box.right || drawn.bottom > box.bottom;
            })
            .map((text) => text.textContent);
        }),
      );
      expect(outside).toEqual([]);
    });
  }

  test('the legend explains shapes and colours in words', async ({ page }) => {
    await page.goto(GUIDE);
    const legend = page.locator('.map-legend');
    for (const word of [
      'Person',
      'Organization',
      'Community',
      'Event',
      'Publication',
      'Platform',
      'To research',
      'Following',
      'Engaged',
      'Collaborating',
    ]) {
      await expect(legend).toContainText(word);
    }
  });
});

test.describe('the network at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the table fits the window, unclipped, and names wrap over at most three lines', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const wrap = page.locator('.guide-network .table-scroll');
    await wrap.scrollIntoViewIfNeeded();
    const box = await wrap.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
      right: el.getBoundingClientRect().right,
      window: document.documentElement.clientWidth,
    }));
    // Nothing to scroll sideways, and nothing beyond the window's edge.
    expect(box.scroll).toBeLessThanOrEqual(box.client);
    expect(box.right).toBeLessThanOrEqual(box.window);
    const lines = await page.locator('.network-table tbody th').evaluateAll((cells) =>
      cells.map((cell) => {
        // The name alone: its note (a smaller line under it) is not the name wrapping.
        const range = document.createRange();
        range.selectNodeContents(cell);
        const note = cell.querySelector('.network-note');
        if (note) range.setEndBefore(note);
        const height = range.getBoundingClientRect().height;
        return Math.round(height / parseFloat(getComputedStyle(cell).lineHeight));
      }),
    );
    expect(lines.length).toBe(network.entries.length);
    expect(Math.max(...lines)).toBeLessThanOrEqual(3);
    // The page itself does not scroll sideways either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });
});

test.describe('downloads', () => {
  test('network.csv is linked from the guide and parses with every entry', async ({
    page,
    request,
  }) => {
    await page.goto(GUIDE);
    const href = await page
      .getByRole('link', { name: 'Network spreadsheet (CSV)' })
      .getAttribute('href');
    expect(href).toBe(`${GUIDE}network.csv`);
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('text/csv');
    const body = Buffer.from(await response.body());
    // A UTF-8 byte order mark first: without it Excel garbles names with accents.
    expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(body, { columns: true, bom: true }) as Record<string, string>[];
    expect(rows.map((r) => r.name)).toEqual(network.entries.map((e) => e.name));
    expect(rows.map((r) => r.status)).toEqual(network.entries.map((e) => e.status));
    expect(Object.keys(rows[0]!)).toEqual([
      'name',
      'kind',
      'perspectives',
      'platforms',
      'status',
      'notes',
      'website',
      'feed',
      'mastodon',
      'bluesky',
      'last contact',
      'next step',
    ]);
    expect(rows.map((r) => r.feed)).toEqual(network.entries.map((e) => e.feed ?? ''));
  });

  test('network.opml is linked beside the CSV and lists every feed of the network once, by perspective', async ({
    page,
    request,
  }) => {
    await page.goto(GUIDE);
    const downloads = page.getByRole('region', { name: 'Downloads' });
    const link = downloads.getByRole('link', { name: 'Network feeds (OPML)' });
    await expect(link).toHaveAttribute('href', `${GUIDE}network.opml`);
    const response = await request.get(`${GUIDE}network.opml`);
    expect(response.ok()).toBe(true);
    const opml = readOpml(await response.text());
    expect(opml.version).toBe('2.0');
    const withFeed = network.entries.filter((e) => e.feed);
    expect(withFeed.length).toBeGreaterThan(2);
    const outlines = opml.body.outline.flatMap((folder) =>
      (folder.outline ?? []).map((o) => ({ ...o, folder: folder.text })),
    );
    expect(outlines.map((o) => o.xmlUrl).sort()).toEqual(withFeed.map((e) => e.feed).sort());
    for (const entry of withFeed) {
      const outline = outlines.find((o) => o.xmlUrl === entry.feed)!;
      expect(outline.type).toBe('rss');
      expect(outline.text).toBe(entry.name);
      expect(outline.folder).toBe(entry.perspectives[0]);
      expect(outline.xmlUrl).toMatch(/^https?:\/\//);
    }
  });

  test('the network table links each entry’s feed, website and social handles', async ({
    page,
  }) => {
    await page.goto(GUIDE);
    const table = page.getByRole('table', { name: /Every entry in the network/ });
    await expect(table.getByRole('columnheader', { name: 'Where to follow' })).toBeVisible();
    for (const entry of network.entries) {
      const row = table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: entry.name }) });
      if (entry.feed)
        await expect(row.getByRole('link', { name: 'Feed' })).toHaveAttribute('href', entry.feed);
      if (entry.website)
        await expect(row.getByRole('link', { name: 'Website' }).first()).toHaveAttribute(
          'href',
          entry.website,
        );
      if (entry.mastodon) {
        const [, user, server] = /^@?([^@]+)@(.+)$/.exec(entry.mastodon)!;
        await expect(
          row.getByRole('link', { name: `Mastodon: ${entry.mastodon}` }),
        ).toHaveAttribute('href', `https://${server}/@${user}`);
      }
      if (entry.bluesky)
        await expect(row.getByRole('link', { name: `Bluesky: ${entry.bluesky}` })).toHaveAttribute(
          'href',
          `https://bsky.app/profile/${entry.bluesky.replace(/^@/, '')}`,
        );
    }
    // No two links of a row share a name: the example's FIA entry has a website and a platform
    // it calls "Website", and a screen reader lists both.
    for (const row of await table.getByRole('row').all()) {
      const names = await row.getByRole('link').allTextContents();
      expect(new Set(names).size, names.join(', ')).toBe(names.length);
    }
    await expect(
      table.getByRole('link', { name: 'Website (fia.com/environmental-accreditation-programme)' }),
    ).toHaveAttribute('href', 'https://www.fia.com/environmental-accreditation-programme');
  });

  test('events.ics is linked from the guide and is valid iCalendar', async ({ page, request }) => {
    await page.goto(GUIDE);
    const href = await page
      .getByRole('link', { name: 'Events calendar (iCalendar, .ics)' })
      .getAttribute('href');
    expect(href).toBe(`${GUIDE}events.ics`);
    const response = await request.get(href!);
    expect(response.ok()).toBe(true);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const raw = Buffer.from(await response.body());
    const text = raw.toString('utf8');

    // Every line ends in CRLF and none is longer than 75 octets.
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // Some line is long enough to need folding, and folding keeps it whole.
    expect(text).toMatch(/\r\n /);

    const calendar = new ICAL.Component(ICAL.parse(text));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events).toHaveLength(3);
    const uids = events.map((e) => e.getFirstPropertyValue('uid'));
    expect(new Set(uids).size).toBe(3);
    for (const event of events) {
      expect(event.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(event.getFirstPropertyValue('dtstart')).toBeTruthy();
    }
    const summaries = events.map((e) => new ICAL.Event(e).summary);
    expect(summaries).toContain('Webinar: measuring the carbon footprint of live events');
    // Commas in TEXT values are escaped on the wire and come back whole.
    expect(text).toContain('LOCATION:Albert Park\\, Melbourne');
    const race = events
      .map((e) => new ICAL.Event(e))
      .find((e) => e.summary === 'Race weekend fan zone visit')!;
    expect(race.location).toBe('Albert Park, Melbourne');
    expect(race.startDate.toString()).toBe('2027-03-12');
  });
});

test.describe('courses and series', () => {
  test('the course page lists its modules in order, each with its entries', async ({ page }) => {
    await page.goto('/courses/');
    await page.getByRole('link', { name: 'Social media and personal learning networks' }).click();
    await expect(page).toHaveURL(new RegExp(`${COURSE}$`));
    const modules = page.locator('ol.course-modules > li > h2');
    await expect(modules).toHaveText([
      'Module 1: Learning in public',
      'Module 2: Inclusive networks',
      'Module 3: Following diverse voices',
      'Module 4: Sharing accessibly',
      'Module 5: Planning a campaign with your network',
    ]);
    const campaign = page.locator('#module-campaign-planning');
    await expect(
      campaign.getByRole('link', {
        name: 'Building a PLN for a Formula 1 sustainability campaign',
      }),
    ).toBeVisible();
    await expect(
      page
        .locator('#module-foundations')
        .getByRole('link', { name: 'Why I am learning in public this term' }),
    ).toBeVisible();
  });

  test('every entry on the course page links back to the course with its module', async ({
    page,
    request,
  }) => {
    await page.goto(COURSE);
    const links = await page
      .locator('ol.course-modules .entry-list h3 a')
      .evaluateAll((as) =>
        as.map((a) => [a.getAttribute('href')!, a.closest('li[id]')!.id.replace(/^module-/, '')]),
      );
    expect(links.length).toBeGreaterThanOrEqual(13);
    // Each entry's badge is in its HTML as served: read there, without a browser's visit a page.
    for (const [href, module] of links) {
      const doc = parseDocument(await (await request.get(href)).text());
      const badge = DomUtils.findOne(
        (el) =>
          el.name === 'a' && !!el.parent && isTag(el.parent) && hasClass(el.parent, 'course-badge'),
        doc.children,
      );
      expect(badge?.attribs.href, href).toBe(`${COURSE}#module-${module}`);
      const text = DomUtils.textContent(badge!).replace(/\s+/g, ' ');
      expect(text, href).toContain('Course: Social media and personal learning networks');
      expect(text, href).toMatch(/Module \d: /);
    }
  });

  test('a series post shows "Part n of m", its parts and series previous/next', async ({
    page,
  }) => {
    await page.goto('/posts/campaign-diary-who-is-missing/');
    const series = page.getByRole('navigation', { name: 'Parts of the series Campaign diary' });
    await expect(series).toContainText('Part 2 of 4');
    await expect(series.getByRole('listitem')).toHaveCount(4);
    await expect(
      series.getByRole('link', { name: 'Campaign diary: who is missing' }),
    ).toHaveAttribute('aria-current', 'page');
    const prevNext = page.getByRole('navigation', { name: 'Series: Campaign diary' });
    await expect(
      prevNext.getByRole('link', { name: /Previous: Campaign diary: starting with one question/ }),
    ).toBeVisible();
    await expect(
      prevNext.getByRole('link', { name: /Next: Campaign diary: my first three introductions/ }),
    ).toBeVisible();
    // It is also in the course, whose own previous/next is offered beside the series'.
    const course = page.getByRole('navigation', {
      name: 'Course: Social media and personal learning networks',
    });
    await expect(course).toBeVisible();
    // The two are told apart by what a sighted reader sees, not only by their hidden names: each
    // shows its title, and their edges differ.
    await expect(prevNext.locator('.prev-next-title')).toHaveText('Series: Campaign diary');
    await expect(prevNext.locator('.prev-next-title')).toBeVisible();
    await expect(course.locator('.prev-next-title')).toHaveText(
      'Course: Social media and personal learning networks',
    );
    await expect(course.locator('.prev-next-title')).toBeVisible();
    const edge = (nav: typeof course) =>
      nav.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.borderLeftStyle} ${style.borderLeftColor} ${style.borderLeftWidth}`;
      });
    expect(await edge(prevNext)).not.toBe(await edge(course));
  });
});
