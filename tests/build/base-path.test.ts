import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { XMLParser } from 'fast-xml-parser';
import { chromium } from '@playwright/test';
import { chromiumArgs, findBrowser } from '../../scripts/browser.mjs';
import { buildFixture, projectRoot, type FixtureBuild } from '../helpers/build-fixture.ts';
import { serveDir, type StaticServer } from '../helpers/static-server.ts';
import { SEARCH_FILES } from '../../src/lib/search/index-files.ts';

/**
 * A GitHub Pages project site: `base: '/my-blog'` and the Pages origin as the site URL. The
 * built site is served under /my-blog/ and crawled from its home page, following every link,
 * asset, feed, download and search result, as a reader and a feed reader would.
 */
const SITE = 'https://user.github.io';
const BASE = '/my-blog/';

let build: FixtureBuild;
let server: StaticServer;
beforeAll(async () => {
  build = buildFixture('base-path', { COMMONPLACE_SITE_URL: SITE });
  server = await serveDir(build.outDir, BASE);
});
afterAll(async () => {
  await server?.close();
});

const xml = new XMLParser({ ignoreAttributes: false });

/** Every file of the build, relative to dist/, with forward slashes. */
function builtFiles(dir = build.outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? builtFiles(path) : [relative(build.outDir, path)];
  });
}

const URL_ATTRIBUTES = ['href', 'src', 'poster', 'action', 'data-search-ui', 'data-search-bundle'];

/** Every URL an HTML document points at, as written. */
function urlsInHtml(html: string): string[] {
  const elements = DomUtils.findAll(() => true, parseDocument(html).children);
  return elements.flatMap((el) => [
    ...URL_ATTRIBUTES.flatMap((name) => {
      const value = el.attribs[name];
      if (!value) return [];
      // The search loader imports pagefind.js from the bundle folder it names.
      return name === 'data-search-bundle' ? [`${value}pagefind.js`] : [value];
    }),
    ...['srcset', 'imagesrcset'].flatMap((name) =>
      (el.attribs[name] ?? '')
        .split(',')
        .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
        .filter(Boolean),
    ),
  ]);
}

/** Every URL a feed points at: channel, items, their content and their covers. */
function urlsInFeed(path: string, text: string): string[] {
  if (path.endsWith('.json')) {
    const feed = JSON.parse(text);
    return [
      feed.home_page_url,
      feed.feed_url,
      ...feed.items.flatMap((item: Record<string, string>) => [
        item.url,
        ...(item.image ? [item.image, item.banner_image] : []),
        ...urlsInHtml(item.content_html ?? ''),
      ]),
    ];
  }
  const stylesheet = /<\?xml-stylesheet href="([^"]+)"/.exec(text)?.[1];
  const parsed = xml.parse(text);
  if (parsed.urlset || parsed.sitemapindex) {
    const list = parsed.urlset?.url ?? parsed.sitemapindex?.sitemap;
    return [list].flat().map((entry: { loc: string }) => entry.loc);
  }
  const channel = parsed.rss.channel;
  const items = [channel.item ?? []].flat();
  return [
    ...(stylesheet ? [stylesheet] : []),
    ...(channel.script ? [channel.script['@_src']] : []),
    channel.link,
    channel['atom:link']['@_href'],
    ...items.flatMap((item: Record<string, unknown>) => [
      item.link as string,
      ...(item['media:content']
        ? [(item['media:content'] as Record<string, string>)['@_url']!]
        : []),
      ...urlsInHtml(String(item['content:encoded'] ?? '')),
    ]),
  ];
}

interface Crawl {
  /** Paths fetched, with the status each answered. */
  status: Map<string, number>;
  /** Each broken path with a page that links to it. */
  broken: string[];
  /** Absolute URLs in feeds, sitemaps and head links, which must name the deployed site. */
  absolute: string[];
}

/** Follows every internal URL from the home page, like a link checker. */
async function crawl(): Promise<Crawl> {
  const status = new Map<string, number>();
  const broken: string[] = [];
  const absolute: string[] = [];
  // Where a reader and a search engine start.
  const queue = [BASE, `${BASE}robots.txt`].map((path) => ({ path, from: '(start)' }));
  while (queue.length) {
    const { path, from } = queue.shift()!;
    if (status.has(path)) continue;
    const response = await fetch(`${server.origin}${path}`, { redirect: 'manual' });
    status.set(path, response.status);
    if (response.status !== 200) {
      broken.push(`${path} (${response.status}) linked from ${from}`);
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    const text = await response.text();
    let found: string[] = [];
    if (type.startsWith('text/html')) found = urlsInHtml(text);
    else if (/\.(xml|json)$/.test(path) && !path.includes('/pagefind/'))
      found = urlsInFeed(path, text);
    else if (path.endsWith('robots.txt')) found = [/^Sitemap: (.+)$/m.exec(text)?.[1] ?? ''];
    const pageUrl = new URL(path, SITE);
    for (const raw of found) {
      if (/^(mailto|tel|data|javascript):/i.test(raw) || raw.startsWith('#')) continue;
      if (/^https?:/.test(raw)) absolute.push(raw);
      const url = new URL(raw, pageUrl);
      if (url.origin !== SITE) continue; // another site: not ours to check
      queue.push({ path: url.pathname, from: path });
    }
  }
  return { status, broken, absolute };
}

describe('a project site under /my-blog/ (fixture: base-path)', () => {
  let result: Crawl;
  beforeAll(async () => {
    result = await crawl();
  });

  it('builds clean: no gate problem, no warning', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/accessibility gate|\[WARN\] \[commonplace\]/);
  });

  it('reaches every page, asset, feed and download from the home page, and none is a 404', () => {
    expect(result.broken).toEqual([]);
    const reached = new Set([...result.status.keys()]);
    const pages = builtFiles().filter((file) => !file.startsWith('pagefind/'));
    const unreached = pages.filter((file) => {
      const path = `${BASE}${file}`;
      return !reached.has(path) && !reached.has(path.replace(/index\.html$/, ''));
    });
    // 404.html is served for missing pages, never linked; the rest must be reachable.
    expect(unreached).toEqual(['404.html']);
    for (const download of ['guides/plan/network.csv', 'guides/plan/events.ics'])
      expect(reached.has(`${BASE}${download}`), download).toBe(true);
  });

  it('is the site npm run check judges links against: every page, feed and download it writes', async () => {
    // src/a11y/core/content-index.ts lists the files a build will write from the content alone.
    const { readContentIndex } = await import('../../src/a11y/core/content-index.ts');
    const index = readContentIndex(join(build.root, 'content'));
    // Of the search index, the files a page may load by name (the rest is fetched by pagefind.js).
    const written = builtFiles().filter(
      (file) =>
        !file.startsWith('_astro/') &&
        !file.startsWith('.') &&
        (!file.startsWith('pagefind/') || SEARCH_FILES.includes(file)),
    );
    expect([...index.files].sort()).toEqual(written.sort());
  });

  it('writes no root-relative URL without the base, in any page', () => {
    const outside = builtFiles()
      .filter((file) => file.endsWith('.html'))
      .flatMap((file) =>
        urlsInHtml(build.read(file))
          .filter((url) => url.startsWith('/') && !url.startsWith('//') && !url.startsWith(BASE))
          .map((url) => `${file}: ${url}`),
      );
    expect(outside).toEqual([]);
  });

  it('gives every feed, sitemap and head link the deployed address with the base', () => {
    expect(result.absolute.length).toBeGreaterThan(20);
    for (const url of result.absolute.filter((u) => u.startsWith(SITE)))
      expect(url.startsWith(`${SITE}${BASE}`), url).toBe(true);
    const rss = build.read('rss.xml');
    expect(rss).toContain(`<?xml-stylesheet href="${BASE}feed.css"?>`);
    expect(rss).toContain(`<script xmlns="http://www.w3.org/1999/xhtml" src="${BASE}feed.js"/>`);
    expect(rss).toContain(`<atom:link href="${SITE}${BASE}rss.xml" rel="self"`);
    expect(rss).toContain(`<link>${SITE}${BASE}</link>`);
    const json = JSON.parse(build.read('feed.json'));
    expect(json.home_page_url).toBe(`${SITE}${BASE}`);
    expect(json.feed_url).toBe(`${SITE}${BASE}feed.json`);
    // Week two's cover, in both formats, at the optimized image the build wrote.
    const cover = json.items.find((item: { url: string }) => item.url.endsWith('/week-two/'));
    expect(cover.image).toMatch(new RegExp(`^${SITE}${BASE}_astro/cover\\.[\\w-]+\\.webp$`));
    expect(cover.banner_image).toBe(cover.image);
    const item = [xml.parse(rss).rss.channel.item]
      .flat()
      .find((i: { link: string }) => i.link.endsWith('/week-two/'));
    expect(item['media:content']).toMatchObject({ '@_url': cover.image, '@_medium': 'image' });
    expect(item['media:content']['media:description']['#text']).toBe(
      'A pit lane seen from above, with three cars waiting.',
    );
    expect(build.read('robots.txt')).toContain(`Sitemap: ${SITE}${BASE}sitemap-index.xml`);
    const head = build.read('index.html');
    expect(head).toContain(`<link rel="canonical" href="${SITE}${BASE}">`);
    expect(head).toContain(`href="${SITE}${BASE}rss.xml"`);
  });

  it('serves each page of content/pages/ at /<slug>/, and no draft page', () => {
    expect(build.read('contact/index.html')).toContain('<h1>Contact</h1>');
    expect(build.read('contact/index.html')).toContain(`href="${BASE}about/"`);
    expect(build.exists('notes/index.html')).toBe(false);
  });

  it('rewrites authors’ root-relative Markdown links, in .md and .mdx, and media paths', () => {
    const weekOne = build.read('posts/week-one/index.html');
    expect(weekOne).toContain(`href="${BASE}posts/week-two/"`);
    expect(weekOne).toContain(`src="${BASE}media/map.png"`);
    const weekTwo = build.read('posts/week-two/index.html');
    expect(weekTwo).toContain(`href="${BASE}posts/week-one/"`);
    expect(weekTwo).toContain(`src="${BASE}media/clip.webm"`);
    // A relative link is left as written: it already works under any base.
    expect(weekTwo).toContain('href="../week-one/"');
  });

  it('finds entries with search, and every result opens', async () => {
    const browser = await findBrowser();
    expect(
      browser,
      'no Chromium for the search check: run `node scripts/ensure-browser.mjs` (npm test does this first)',
    ).toBeDefined();
    const chrome = await chromium.launch({ executablePath: browser!.path, args: chromiumArgs });
    try {
      const page = await chrome.newPage();
      await page.goto(`${server.origin}${BASE}search/?q=week`);
      const links = page.locator('.search-result a');
      await links.first().waitFor();
      const hrefs = await links.evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(1);
      for (const href of hrefs) {
        expect(href?.startsWith(BASE), href ?? '').toBe(true);
        expect((await fetch(`${server.origin}${href}`)).status, href ?? '').toBe(200);
      }
    } finally {
      await chrome.close();
    }
  });
});

describe('one tag in two spellings (fixture: base-path)', () => {
  // week-one (older) says "Classroom Design", week-two "classroom design": a tie, so the older
  // spelling labels the tag everywhere.
  it('has one page and one feed, under one label', () => {
    const tagDirs = builtFiles().filter((file) => /^tags\/[^/]+\/index\.html$/.test(file));
    expect(tagDirs.filter((file) => file.includes('classroom'))).toEqual([
      'tags/classroom-design/index.html',
    ]);
    const page = build.read('tags/classroom-design/index.html');
    expect(page).toContain('<h1>Tagged #Classroom Design</h1>');
    expect(page).toContain('2 entries.');
    const feed = xml.parse(build.read('tags/classroom-design/rss.xml')).rss.channel;
    expect(feed.title).toBe('Commonplace: #Classroom Design');
    expect(
      [feed.item].flat().map((item: { category: string | string[] }) => item.category),
    ).toEqual(['Classroom Design', ['Classroom Design', 'pln']]);
  });

  it('shows the label on every entry and in search’s one filter for it', () => {
    expect(build.read('posts/week-two/index.html')).toContain('>#Classroom Design</a>');
    expect(build.read('posts/week-two/index.html')).not.toContain('#classroom design');
    const filters = builtFiles()
      .filter((file) => file.startsWith('pagefind/fragment/'))
      .map(
        (file) =>
          JSON.parse(
            gunzipSync(readFileSync(join(build.outDir, file)))
              .toString('utf8')
              .replace(/^pagefind_dcd/, ''),
          ).filters.tag ?? [],
      );
    expect(new Set(filters.flat())).toEqual(new Set(['Classroom Design', 'pln']));
  });
});

describe('check:html judges the built site as the build did', () => {
  const checkHtml = (cwd: string, args: string[]) => {
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/a11y/cli.mjs'), 'html', ...args],
      {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, COMMONPLACE_SITE_URL: SITE, GITHUB_ACTIONS: '' },
      },
    );
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('reads the base from the Astro config when run in the project', () => {
    const run = checkHtml(build.root, ['dist']);
    expect(run.output).toContain('no problems in');
    expect(run.status, run.output).toBe(0);
  });

  it('takes --base (and --site) on the command line, and without them judges the site at /', () => {
    const dist = join(build.root, 'dist');
    const atBase = checkHtml(projectRoot, [dist, '--base', '/my-blog', '--site', SITE]);
    expect(atBase.status, atBase.output).toBe(0);
    // This project's own config has no base: every link of the fixture then points nowhere.
    const atRoot = checkHtml(projectRoot, [dist]);
    expect(atRoot.status).toBe(1);
    expect(atRoot.output).toContain(
      'Link /my-blog/posts/ points nowhere: the build has no page /my-blog/posts/',
    );
  });
});
