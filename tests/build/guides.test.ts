import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { buildFixture, checkFixture, type FixtureBuild } from '../helpers/build-fixture.ts';
import { expectListingIdsKnown } from '../helpers/listing-ids.ts';

describe('cross-reference and data file errors: npm run check and the build say the same', () => {
  const cases: [string, string[]][] = [
    [
      'guides-bad-course',
      [
        'content/posts/week-one.md:5:1  error  course "pln-110" does not exist: did you mean "pln-101"? Otherwise create content/courses/pln-110.yaml  content-reference',
      ],
    ],
    [
      'guides-bad-module',
      [
        'content/posts/week-three.md:6:1  error  module "week-three" is not in course "pln-101": use one of "week-one", "week-two", or add it to content/courses/pln-101.yaml  content-reference',
      ],
    ],
    [
      'guides-bad-network-ref',
      [
        'content/guides/plan.mdx:5:1  error  network "tiny-network" does not exist: use one of "tiny", or create content/networks/tiny-network.yaml  content-reference',
      ],
    ],
    [
      'guides-bad-network-data',
      [
        'content/courses/no-ids.yaml:5:1  error  module 1 ("Getting started"): id is required: add id: getting-started to the module (entries name it in module:)  content-schema',
        'content/networks/tiny.yaml:8:1  error  entry 2 ("A regional climate forum"): kind "forum" is not allowed: write kind: community (a forum is one here), or use person, organization, event, publication or platform  content-schema',
        'content/networks/tiny.yaml:14:1  error  entry 3 ("A team\'s sustainability lead"): status "emailed" is not allowed: use to-research, following, engaged or collaborating  content-schema',
        'content/networks/tiny.yaml:19:1  error  entry 4 ("A fan podcast"): feed "feed://podcast.example/rss" is not an http(s) address: give the feed\'s full address, starting with https:// (RSS, Atom or JSON Feed)  content-schema',
      ],
    ],
    [
      'reflection-bad-model',
      [
        'content/posts/week-one.md:5:1  error  model "gibs" is not a reflection model: did you mean "gibbs"? Otherwise add it under reflectionModels in src/site.config.ts  content-reference',
      ],
    ],
  ];
  // One build per hook: the hook timeout bounds one build, however busy the machine is.
  describe.each(cases)('%s', (name, lines) => {
    let build: FixtureBuild;
    beforeAll(() => {
      build = buildFixture(name);
    });

    it('check reports it, and the build fails with the same rule, line and fix', async () => {
      expect(await checkFixture(name)).toEqual(lines);
      expect(build.status).not.toBe(0);
      for (const line of lines) expect(build.output).toContain(line);
      expect(build.output).toContain('Hint:');
      // What the user sees is the message, not a trace through Astro's or our internals.
      expect(build.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(build.output).not.toContain('Stack trace');
      expect(build.exists('index.html')).toBe(false);
    });
  });
});

describe('a valid guide, course and series', () => {
  let build: FixtureBuild;
  beforeAll(() => {
    build = buildFixture('guides-valid');
  });

  it('builds', () => {
    expect(build.output).not.toContain('[ERROR]');
    expect(build.status).toBe(0);
  });

  it("turns the guide's task lists into labelled checkboxes inside an ordered list of steps", () => {
    const html = build.read('guides/plan/index.html');
    expect(html).toContain('<ol class="steps-list">');
    expect(html.match(/<label class="task"><input type="checkbox"/g)).toHaveLength(4);
    expect(html).not.toMatch(/<input type="checkbox" disabled/);
    expect(html).toMatch(/<p role="status" data-steps-count>\s*0 of 4 tasks done\s*<\/p>/);
    // A checkbox written as HTML in a step is labelled with the text after it too, which
    // npm run check and the build's source layer know (field-name): the build passed.
    expect(html).toContain(
      '<label class="task"><input type="checkbox" autocomplete="off" data-task="bring-a-charger"> Bring a charger</label>',
    );
  });

  it('draws the network map with an accessible name, and says what is missing', () => {
    const html = build.read('guides/plan/index.html');
    // Drawn twice, in three columns and in one for a phone (CSS shows one), each named; the
    // search index takes the words of one.
    for (const [attributes, id] of [
      ['class="map-wide"', 'network-map'],
      ['class="map-narrow" data-pagefind-ignore', 'network-map-narrow'],
    ]) {
      expect(html).toContain(
        `<svg role="img" ${attributes} aria-labelledby="${id}-title ${id}-desc"`,
      );
      expect(html).toContain(
        `<title id="${id}-title">Network map: 2 entries grouped by perspective</title>`,
      );
    }
    expect(html).toContain('No one yet from: fans.');
    // In a region a keyboard can scroll on a phone, named by the caption.
    expect(html).toContain(
      '<div class="table-scroll" role="region" tabindex="0" aria-labelledby="network-table-caption"><table id="network-table" class="network-table"><caption id="network-table-caption">Every entry in the network (2)</caption>',
    );
  });

  it('writes network.csv that a CSV parser reads back', () => {
    const file = readFileSync(join(build.outDir, 'guides/plan/network.csv'));
    // UTF-8 with a byte order mark, which Excel needs to read accented names.
    expect(file.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(file, { bom: true }) as string[][];
    expect(rows).toHaveLength(3);
    expect(rows[1]!.slice(0, 6)).toEqual([
      'A local newsroom, "evening" desk',
      'organization',
      'journalism; policy',
      'Website: https://news.example.org/',
      'following',
      'Two lines,\non purpose.',
    ]);
  });

  it('writes events.ics that an iCalendar parser reads back', () => {
    const ics = build.read('guides/plan/events.ics');
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Meetup; with, punctuation', 'Webinar']);
    expect(events[0]!.location).toBe('Town hall, room 2');
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2027-01-05');
    // Written 2027-02-01T16:00:00+01:00: the calendar gets the moment, in UTC.
    expect(events[1]!.startDate.toJSDate().toISOString()).toBe('2027-02-01T15:00:00.000Z');
    const html = build.read('guides/plan/index.html');
    // The page shows it as written, in the event's own zone, named.
    expect(html).toContain(
      '<time datetime="2027-02-01T16:00+01:00">February 1, 2027, 16:00–17:30 UTC+01:00</time>',
    );
    expect(html).toContain('<time datetime="2027-01-05">');
    expect(html).toContain('href="/guides/plan/events.ics"');
    expect(html).toContain('href="/guides/plan/network.csv"');
  });

  it('writes network.opml with one outline per entry with a feed, by perspective, and links it', () => {
    const xml = build.read('guides/plan/network.opml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const opml = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      isArray: (name) => name === 'outline',
    }).parse(xml).opml;
    expect(opml.version).toBe('2.0');
    expect(opml.head.title).toBe('A tiny network (from the guide "A plan")');
    const folders = (
      opml.body.outline as { text: string; outline: Record<string, string>[] }[]
    ).map((folder) => [folder.text, folder.outline.map((o) => [o.type, o.text, o.xmlUrl])]);
    expect(folders).toEqual([
      [
        'journalism',
        [['rss', 'A local newsroom, "evening" desk', 'https://news.example.org/feed.xml']],
      ],
      ['sustainability', [['rss', 'A climate forum', 'https://forum.example.org/atom.xml']]],
    ]);
    const html = build.read('guides/plan/index.html');
    expect(html).toContain('href="/guides/plan/network.opml"');
    // The table links every way to follow an entry.
    expect(html).toContain('<a href="https://news.example.org/feed.xml">Feed</a>');
    expect(html).toContain(
      '<a href="https://news.example.org/@evening">Mastodon: @evening@news.example.org</a>',
    );
    expect(html).toContain(
      '<a href="https://bsky.app/profile/forum.example.org">Bluesky: forum.example.org</a>',
    );
  });

  it('warns in the build log about the empty section of a reflection that follows a model', () => {
    expect(build.output).toMatch(
      /content\/posts\/week-seven\.md:12:1 {2}warning {2}"So what\?" has no answer yet: .* {2}reflection-model/,
    );
    const html = build.read('posts/week-seven/index.html');
    expect(html).toContain('Reflection model: <strong>Rolfe: What? So what? Now what?</strong>');
    // The prompt left as a comment is never shown: not in the text, not in the feeds.
    expect(build.read('rss.xml')).not.toContain('Why does it matter?');
  });

  it('gives a post in Arabic its language and direction, in the page, the feeds and the search index', () => {
    const html = build.read('posts/en-arabe/index.html');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    expect(html).toMatch(/<header class="site-header" lang="en" dir="ltr"/);
    expect(build.output).toContain(
      'content/posts/en-arabe.md:5:1  warning  Not checked for inclusive language',
    );
    expect(
      JSON.parse(build.read('feed.json')).items.find((i: { url: string }) =>
        i.url.endsWith('/posts/en-arabe/'),
      ).language,
    ).toBe('ar');
    const languages = JSON.parse(build.read('pagefind/pagefind-entry.json')).languages;
    expect(Object.keys(languages).sort()).toEqual(['ar', 'en']);
    expect(build.read('posts/index.html')).toMatch(
      /<h2 lang="ar" dir="rtl"><a href="\/posts\/en-arabe\/">/,
    );
  });

  it("the source layer knows every id of the site's listing pages, so it judges links to them", () => {
    const judged = expectListingIdsKnown(build);
    expect(judged).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        'search/index.html',
        'posts/index.html',
        'guides/index.html',
        'courses/pln-101/index.html',
      ]),
    );
  });

  it('lists the course modules in order with their entries', () => {
    const html = build.read('courses/pln-101/index.html');
    const order = [
      'Module 1: Getting started',
      '/posts/part-one/',
      '/posts/loose/',
      'Module 2: Going further',
      '/guides/plan/',
      '/posts/part-two/',
      'Module 3: Nothing here yet',
      'Nothing published in this module yet.',
    ];
    const positions = order.map((s) => html.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(build.read('courses/index.html')).toContain('href="/courses/pln-101/"');
  });

  it('puts every entry on the portfolio page in module order, each with its own transcript', () => {
    const html = build.read('courses/pln-101/portfolio/index.html');
    const articles = [...html.matchAll(/<article class="portfolio-entry" id="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(articles).toEqual([
      'posts-part-one',
      'posts-loose',
      'guides-plan',
      'posts-part-two',
      'posts-talk-one',
      'posts-talk-two',
      'posts-en-arabe',
      'posts-en-espanol',
    ]);
    // Both posts name "./talk.transcript.txt": each must show the file beside itself, which
    // needs the entries rendered one after the other (src/lib/courses/portfolio.ts, oneAtATime).
    const one = html.slice(
      html.indexOf('id="posts-talk-one"'),
      html.indexOf('id="posts-talk-two"'),
    );
    const two = html.slice(
      html.indexOf('id="posts-talk-two"'),
      html.indexOf('id="posts-en-arabe"'),
    );
    expect(one).toContain('Words only the first talk says.');
    expect(one).not.toContain('second talk says');
    expect(two).toContain('Words only the second talk says.');
    // The two "What was said" headings (and everything else) keep distinct ids.
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids).toContain('posts-talk-one--what-was-said');
    // The Arabic entry's title, description and words carry its language and direction; the
    // labels around them stay in the page's.
    expect(html).toMatch(/<html lang="en"/);
    const arabic = html.slice(html.indexOf('id="posts-en-arabe"'));
    expect(arabic).toMatch(
      /<h3 id="posts-en-arabe--title" lang="ar" dir="rtl"><span data-commonplace-excerpt="content\/posts\/en-arabe.md">تأمل قصير<\/span><\/h3>/,
    );
    expect(arabic).toMatch(
      /<p class="portfolio-description" lang="ar" dir="rtl" data-commonplace-excerpt="content\/posts\/en-arabe.md">/,
    );
    expect(arabic).toMatch(
      /<div lang="ar" dir="rtl" data-commonplace-excerpt="content\/posts\/en-arabe.md">\s*<p>هذا منشور قصير باللغة العربية.<\/p>/,
    );
    expect(arabic).toMatch(/<span>Reflection<\/span>/);
    expect(two).not.toMatch(/ lang="ar"/);
    expect(build.read('courses/pln-101/index.html')).toContain(
      'href="/courses/pln-101/portfolio/"',
    );
    // Two entries' tables of the same headers are two regions a screen reader lists apart.
    expect([...html.matchAll(/role="region"[^>]*aria-label="([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Table: Week, Task',
      'Table: Week, Task (2)',
    ]);
  });

  it('tells a post in Spanish with no lang to add one at its file, and not the portfolio that quotes it', () => {
    // The fix is the entry's (lang: es), which the portfolio then carries; the portfolio page
    // has no paragraph of its own to write a lang on.
    expect(build.output).toMatch(
      /content\/posts\/en-espanol\.md:1:1 {2}warning {2}This post reads as Spanish \(español\), but it sets no lang.*add lang: es to its frontmatter {2}text-lang/,
    );
    expect(build.output).not.toMatch(/portfolio\/index\.html:\d+:\d+ {2}warning .*text-lang/);
    expect(build.output).not.toMatch(/courses\/pln-101\/index\.html:\d+:\d+ .*text-lang/);
    // A heading it skips is said once, at its line, not again for the portfolio that prints it.
    expect(build.output).toMatch(
      /content\/posts\/en-espanol\.md:13:1 {2}warning {2}#### Lo que voy a cambiar skips from level 1 to level 4/,
    );
    expect(build.output).not.toMatch(/index\.html:\d+:\d+ {2}warning .*heading-order/);
    expect(build.output).toContain(
      "… and 1 heading-order warning in entries' text, not shown again: the source layer reported it above, at its line",
    );
  });

  it('shows the course badge linking back, and course-aware previous/next', () => {
    const html = build.read('posts/loose/index.html');
    expect(html).toMatch(
      /<a href="\/courses\/pln-101\/#module-week-one">.*Course: PLN 101.*Module 1: Getting started/s,
    );
    expect(html).toMatch(
      /<nav class="prev-next prev-next-course" aria-labelledby="(prev-next-[a-z0-9-]+)"><p class="prev-next-title" id="\1">Course: PLN 101<\/p><div class="prev-next-links"><a href="\/posts\/part-one\/" rel="prev">/,
    );
    expect(html).toMatch(/<a href="\/guides\/plan\/" rel="next">/);
  });

  it('gives series parts "Part n of m", the list of parts and series previous/next', () => {
    const html = build.read('posts/part-one/index.html');
    expect(html).toContain('Part 1 of 2</strong> in the series “Diary”');
    expect(html).toMatch(
      /<nav class="prev-next prev-next-series" aria-labelledby="(prev-next-[a-z0-9-]+)"><p class="prev-next-title" id="\1">Series: Diary<\/p><div class="prev-next-links"><span><\/span><a href="\/posts\/part-two\/" rel="next">/,
    );
  });
});
