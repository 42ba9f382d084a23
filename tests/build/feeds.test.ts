import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, relative } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import {
  buildFixture,
  stagedIndexes,
  startDevServer,
  type DevServer,
  type FixtureBuild,
} from '../helpers/build-fixture.ts';
import { CONTENT_END, CONTENT_START } from '../../src/lib/site/page-markers.ts';
import { expectListingIdsKnown } from '../helpers/listing-ids.ts';

const SITE = 'https://commonplace.example.org';
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => name === 'item' || name === 'category',
});

let build: FixtureBuild;
beforeAll(() => {
  // GitHub Actions passes a repository variable nobody set as "": it means "unset".
  build = buildFixture('feeds-basic', { COMMONPLACE_SITE_URL: '' });
});

interface Item {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  category?: string[];
}

function feedFiles(dir = build.outDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : feedFiles(path);
    return entry.name === 'rss.xml' ? [relative(build.outDir, path)] : [];
  });
}

function readRss(path: string) {
  const xml = build.read(path);
  expect(XMLValidator.validate(xml), `${path} is not well-formed XML`).toBe(true);
  const rss = parser.parse(xml).rss;
  return {
    xml,
    channel: rss.channel,
    items: (rss.channel.item ?? []) as Item[],
    version: rss['@_version'],
  };
}

/** Every URL-bearing attribute in an item's HTML. */
function urlsIn(html: string): string[] {
  const elements = DomUtils.findAll(() => true, parseDocument(html).children);
  return elements.flatMap((el) =>
    ['href', 'src', 'poster'].flatMap((name) => (el.attribs[name] ? [el.attribs[name]] : [])),
  );
}

describe('feeds of a built site', () => {
  it('builds, with an empty COMMONPLACE_SITE_URL meaning the URL in src/site.config.ts', () => {
    expect(build.status, build.output).toBe(0);
    expect(readRss('rss.xml').channel.link).toBe(`${SITE}/`);
  });

  it('writes every feed: site, posts, guides, every tag of a published entry, every course', () => {
    expect(feedFiles().sort()).toEqual([
      'courses/empty-course/rss.xml',
      'courses/test-course/rss.xml',
      'guides/rss.xml',
      'posts/rss.xml',
      'rss.xml',
      'tags/c-d/rss.xml',
      'tags/escaping/rss.xml',
      'tags/media/rss.xml',
    ]);
  });

  it("makes every feed well-formed RSS 2.0 that names itself, with the feed page's stylesheet and script", () => {
    for (const path of feedFiles()) {
      const { xml, channel, version } = readRss(path);
      expect(version, path).toBe('2.0');
      expect(channel['atom:link']['@_href'], path).toBe(`${SITE}/${path}`);
      expect(channel['atom:link']['@_rel'], path).toBe('self');
      expect(xml, path).toContain('<?xml-stylesheet href="/feed.css"?>');
      expect(channel.script?.['@_src'], path).toBe('/feed.js');
    }
    // The site's settings are written into the script (an English site: none to give).
    expect(build.read('feed.js')).toContain(
      '/* settings */ {"lang":"en","dir":"ltr","timeZone":"UTC","ui":{},"site":{},"words":{}};',
    );
    expect(build.read('feed.css')).toContain('channel > item');
  });

  it('lists every published entry in the site feed, newest first, and no draft or future entry', () => {
    const { items, xml } = readRss('rss.xml');
    expect(items.map((item) => item.link)).toEqual([
      `${SITE}/posts/media-post/`,
      `${SITE}/posts/tricky-content/`,
      `${SITE}/guides/course-guide/`,
    ]);
    expect(xml).not.toMatch(/Draft post|Scheduled post|draft-only-tag|future-only-tag/);
    expect(build.exists('tags/draft-only-tag/rss.xml')).toBe(false);
    expect(build.exists('tags/future-only-tag/rss.xml')).toBe(false);
  });

  it('splits the entries by kind, tag and course', () => {
    const links = (path: string) => readRss(path).items.map((item) => item.link);
    expect(links('posts/rss.xml')).toEqual([
      `${SITE}/posts/media-post/`,
      `${SITE}/posts/tricky-content/`,
    ]);
    expect(links('guides/rss.xml')).toEqual([`${SITE}/guides/course-guide/`]);
    expect(links('tags/media/rss.xml')).toEqual([
      `${SITE}/posts/media-post/`,
      `${SITE}/guides/course-guide/`,
    ]);
    expect(links('courses/test-course/rss.xml')).toEqual([
      `${SITE}/posts/media-post/`,
      `${SITE}/guides/course-guide/`,
    ]);
    expect(links('courses/empty-course/rss.xml')).toEqual([]);
  });

  it('gives each item a guid, date, description, one category per tag and full content', () => {
    const [media] = readRss('rss.xml').items;
    expect(media!.guid['#text']).toBe(`${SITE}/posts/media-post/`);
    expect(media!.pubDate).toBe('Fri, 20 Nov 2026 00:00:00 GMT');
    expect(media!.description).toBe('Video, audio and an image, each with its text alternative.');
    expect(media!.category).toEqual(['media', 'c&d']);
    expect(media!['content:encoded']).toContain('<h2 id="audio">Audio</h2>');
  });

  it('replaces media with a link plus the transcript text, and makes every URL absolute', () => {
    const content = readRss('rss.xml').items[0]!['content:encoded'];
    expect(content).not.toMatch(/<(video|audio|iframe|script|details)\b/);
    expect(content).toContain(
      `<a href="${SITE}/media/clip.webm">Watch the video: Clip of the pit stop</a>`,
    );
    expect(content).toContain('Pitstopwordunique');
    expect(content).toContain('Hello from the voice note transcript.');
    const urls = urlsIn(content);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
    // The optimized image the feed points at is one the build wrote.
    const image = urls.find((url) => url.includes('/_astro/'))!;
    expect(build.exists(new URL(image).pathname)).toBe(true);
  });

  it('keeps ]]>, markup and control characters from breaking or injecting into the feed', () => {
    const tricky = readRss('rss.xml').items[1]!;
    expect(tricky.title).toBe('Tricky ]]> <b>bold</b>  bell');
    expect(tricky.description).toBe(
      'Ends a CDATA ]]> and has a control  character & an ampersand.',
    );
    expect(tricky['content:encoded']).toContain('Text with ]]&gt; inside, a control  character');
    expect(tricky['content:encoded']).not.toMatch(/<script|onclick|javascript:/);
    // The feed cuts the content out between the layout's comments; one written in the post
    // neither ends it early nor reaches the feed.
    expect(tricky['content:encoded']).toContain('Still the entry after a forged end comment.');
    expect(tricky['content:encoded']).not.toContain('commonplace:entry-content');
    const page = build.read('posts/tricky-content/index.html');
    expect(page.indexOf(CONTENT_START)).toBeGreaterThan(page.indexOf('class="entry-content'));
    expect(page.lastIndexOf(CONTENT_END)).toBeGreaterThan(page.indexOf('forged end comment'));
  });

  it('builds the feeds from the built pages, while the built-pages gate checks, and logs both', () => {
    const log = build.output;
    expect(log).toMatch(/feeds: 3 items in \d+\.\d\d s/);
    // The built-pages check runs in a worker beside the feeds (tests/build/feeds-gate.test.ts
    // shows a failing check leaves no feed behind); the source layer reports before either.
    expect(log).toMatch(
      /gate: \d+ pages in \d+\.\d\d s \(in a worker; the build waited \d+\.\d\d s\)/,
    );
    expect(log.indexOf('gate-source: ')).toBeLessThan(log.indexOf('feeds: '));
    // No entry is rendered a second time for the feeds: they are not routes any more.
    expect(log).not.toMatch(/├─ \/\S*(rss\.xml|feed\.json|feed\.js|feed\.css)/);
  });

  it('takes each item’s metadata from its page’s Open Graph article tags', () => {
    const head = (path: string) =>
      DomUtils.findAll((el) => el.name === 'meta', parseDocument(build.read(path)).children).map(
        (el) => [el.attribs.property ?? el.attribs.name, el.attribs.content],
      );
    expect(head('posts/media-post/index.html')).toEqual(
      expect.arrayContaining([
        ['article:published_time', '2026-11-20T00:00:00.000Z'],
        ['article:section', 'Reflection'],
        ['article:tag', 'media'],
        ['article:tag', 'c&d'],
        ['commonplace:course', 'test-course'],
      ]),
    );
    expect(head('guides/course-guide/index.html')).toEqual(
      expect.arrayContaining([
        ['article:modified_time', '2026-11-05T00:00:00.000Z'],
        ['article:section', 'Guide'],
      ]),
    );
    const guide = JSON.parse(build.read('feed.json')).items[2];
    expect(guide.url).toBe(`${SITE}/guides/course-guide/`);
    expect(guide.date_modified).toBe('2026-11-05T00:00:00.000Z');
  });

  it("the source layer knows every id of the site's listing pages, tag pages among them", () => {
    const judged = expectListingIdsKnown(build);
    expect(judged.filter((file) => /^tags\/[^/]+\/index\.html$/.test(file)).length).toBeGreaterThan(
      1,
    );
    expect(judged.filter((file) => /^courses\/[^/]+\/index\.html$/.test(file))).not.toEqual([]);
  });

  it('announces and links each course’s feed on the course page, titled after the course', () => {
    const page = parseDocument(build.read('courses/test-course/index.html'));
    const alternate = DomUtils.findOne(
      (el) => el.name === 'link' && el.attribs.href === `${SITE}/courses/test-course/rss.xml`,
      page.children,
    );
    expect(alternate?.attribs).toMatchObject({ rel: 'alternate', type: 'application/rss+xml' });
    const subscribe = DomUtils.findOne(
      (el) => el.name === 'a' && DomUtils.textContent(el) === 'Subscribe to this course',
      page.children,
    );
    expect(subscribe?.attribs.href).toBe('/courses/test-course/rss.xml');
    expect(readRss('courses/test-course/rss.xml').channel.title).toBe(
      'Commonplace: Test course (Fall 2026)',
    );
    expect(readRss('courses/empty-course/rss.xml').channel.description).toBe(
      'A course with no entries yet.',
    );
    expect(readRss('tags/c-d/rss.xml').channel.title).toBe('Commonplace: #c&d');
  });

  it('writes feed.json as JSON Feed 1.1 with the same items and content as rss.xml', () => {
    const feed = JSON.parse(build.read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.home_page_url).toBe(`${SITE}/`);
    const rssItems = readRss('rss.xml').items;
    expect(feed.items.map((item: { url: string }) => item.url)).toEqual(
      rssItems.map((item) => item.link),
    );
    for (const [index, item] of feed.items.entries()) {
      expect(typeof item.id).toBe('string');
      expect(item.content_html).toBe(rssItems[index]!['content:encoded']);
      expect(new Date(item.date_published).toISOString()).toBe(item.date_published);
    }
  });
});

describe('search index of a built site', () => {
  it('indexes only the entry pages, into the build output, and logs its timing', () => {
    const entry = JSON.parse(build.read('pagefind/pagefind-entry.json'));
    expect(entry.languages.en.page_count).toBe(3);
    expect(build.exists('pagefind/pagefind.js')).toBe(true);
    expect(build.output).toMatch(/search: 3 pages in \d+\.\d\d s/);
    // Written to a staging folder while the gate ran, then moved into place.
    expect(stagedIndexes(build)).toEqual([]);
  });

  it('records each entry’s type, tags and course as filters, and its date and type as metadata', () => {
    const fragments = readdirSync(join(build.outDir, 'pagefind/fragment')).map((file) =>
      JSON.parse(
        gunzipSync(readFileSync(join(build.outDir, 'pagefind/fragment', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ),
    );
    const media = fragments.find((fragment) => fragment.url === '/posts/media-post/');
    expect(media.filters).toEqual({
      type: ['reflection'],
      tag: ['media', 'c&d'],
      course: ['test-course'],
    });
    expect(media.meta).toMatchObject({
      title: 'A post with media',
      date: '2026-11-20',
      type: 'reflection',
    });
    // Transcripts are indexed; the date line and reading time are not.
    expect(media.content).toContain('Pitstopwordunique');
    expect(media.content).not.toMatch(/Published|min read/);
    expect(build.read('posts/media-post/index.html')).toContain(
      'data-pagefind-sort="date:2026-11-20"',
    );
  });
});

describe('feeds in the dev server (fixture: feeds-basic)', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer('feeds-basic');
  });
  afterAll(() => {
    server?.stop();
  });
  const get = (path: string) => fetch(`${server.url}${path}`);

  it('serves every feed the build writes, made the same way from the pages it serves', async () => {
    const response = await get('/rss.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = parser.parse(xml).rss.channel.item as Item[];
    expect(items.map((item) => item.link)).toContain(`${SITE}/posts/media-post/`);
    const media = items.find((item) => item.link === `${SITE}/posts/media-post/`)!;
    expect(media['content:encoded']).toContain('Pitstopwordunique');
    const tag = parser.parse(await (await get('/tags/media/rss.xml')).text()).rss.channel;
    expect(tag.title).toBe('Commonplace: #media');
    const course = parser.parse(await (await get('/courses/test-course/rss.xml')).text()).rss;
    expect(course.channel.title).toBe('Commonplace: Test course (Fall 2026)');
    expect(JSON.parse(await (await get('/feed.json')).text()).version).toBe(
      'https://jsonfeed.org/version/1.1',
    );
    const script = await get('/feed.js');
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(await script.text()).toContain('/* settings */ {"lang":"en"');
    expect((await get('/feed.css')).headers.get('content-type')).toContain('text/css');
    expect((await get('/posts/rss.xml')).status).toBe(200);
    // An address that is no feed is still a 404, and pages are still pages.
    expect((await get('/tags/no-such-tag/rss.xml')).status).toBe(404);
    expect((await get('/about/')).status).toBe(200);
  });
});
