import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { xmlSafeText } from '../../src/lib/feeds/sanitize.ts';
import { feedHtml } from '../../src/lib/feeds/html.ts';
import {
  readChannelPage,
  readEntryContent,
  readEntryHead,
} from '../../src/lib/feeds/entry-page.ts';
import { CONTENT_END, CONTENT_START } from '../../src/lib/site/page-markers.ts';
import { newestFirst, type FeedItem } from '../../src/lib/feeds/items.ts';
import { channelPages, feedFiles, feedPlan, listedEntries } from '../../src/lib/feeds/plan.ts';
import { writeFeedFiles } from '../../src/integrations/feeds.ts';
import { rssOptions, rssRenderer } from '../../src/lib/feeds/rss.ts';
import { jsonFeed, jsonFeedParts, stringifyJsonFeed } from '../../src/lib/feeds/json-feed.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

const BUILT = new Date('2026-11-26T12:34:56Z');
const SITE = {
  title: 'Site',
  description: 'A site.',
  url: 'https://example.org',
  base: '/',
  lang: 'en',
  author: { name: 'Ada' },
  built: BUILT,
};
const PAGE = 'https://example.org/posts/week-1/';
const en = wordsFor('en');

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface PageInput {
  cover?: { url: string; alt: string };
  slug?: string;
  title?: string;
  description?: string;
  published?: string;
  modified?: string;
  section?: string;
  tags?: string[];
  course?: string;
  body?: string;
  /** Whether the layout's content comments are there (default true, as EntryLayout writes). */
  marked?: boolean;
  /** Escapes an attribute value; default: as the tests always did (&, ", < and >). */
  attribute?: (text: string) => string;
  lang?: string;
}

/** A built entry page, in the shape src/components/Head.astro and EntryLayout.astro write. */
function entryPage({
  slug = 'week-1',
  title = slug,
  description = `About ${slug}`,
  published = '2026-10-01T00:00:00.000Z',
  modified,
  section = 'Reflection',
  tags = [],
  course,
  cover,
  body = `<p>${slug}</p>`,
  marked = true,
  attribute = attr,
  lang = 'en',
}: PageInput = {}): string {
  const url = `https://example.org/${section === 'Guide' ? 'guides' : 'posts'}/${slug}/`;
  return `<!DOCTYPE html><html lang="${lang}" dir="auto"><head><script>theme()</script>
<title>${attr(title)} · Site</title><meta name="description" content="${attribute(description)}">
<link rel="canonical" href="${url}">
<meta property="og:type" content="article"><meta property="og:title" content="${attr(title)}">
<meta property="og:url" content="${url}">
<meta property="article:published_time" content="${published}">
${modified ? `<meta property="article:modified_time" content="${modified}">` : ''}
<meta property="article:section" content="${section}">
${tags.map((tag) => `<meta property="article:tag" content="${attr(tag)}">`).join('')}
${course ? `<meta name="commonplace:course" content="${course}">` : ''}
${cover ? `<meta property="og:image" content="${cover.url}"><meta property="og:image:alt" content="${attr(cover.alt)}"><meta name="commonplace:cover" content="${cover.url}">` : '<meta property="og:image" content="https://example.org/default.png"><meta property="og:image:alt" content="The site\'s logo">'}
</head><body><header><nav><a href="/">Home</a></nav></header><main id="main">
<article data-pagefind-body><header><h1>${attr(title)}</h1><p class="entry-meta">Published</p></header>
<div class="entry-content" data-astro-cid-x>${marked ? CONTENT_START : ''}${body}${marked ? CONTENT_END : ''}</div>
<nav aria-label="Series"><a href="../week-0/">Previous</a></nav></article></main>
<footer><a href="/rss.xml">Subscribe (RSS)</a></footer></body></html>`;
}

/**
 * A built page read as the build's feeds read an entry they list (src/integrations/feeds.ts):
 * its head, then its content; `undefined` for a page that is not an entry.
 */
function readEntryPage(html: string): FeedItem | undefined {
  const entry = readEntryHead(html);
  return entry && { ...entry, content: readEntryContent(html, entry.url, en) };
}

/** The feed item of such a page. */
function item(input: PageInput = {}): FeedItem {
  const read = readEntryPage(entryPage(input));
  if (!read) throw new Error('not an entry page');
  return read;
}

describe('xmlSafeText', () => {
  it('drops control characters XML forbids but keeps tabs, newlines and emoji', () => {
    expect(xmlSafeText('a\u0000b\u0001c\u0008d\u000Be\u001Ff\u007Fg\uFFFEh')).toBe('abcdefgh');
    expect(xmlSafeText('tab\tnew\nline\r')).toBe('tab\tnew\nline\r');
    expect(xmlSafeText('learning 📚 in public')).toBe('learning 📚 in public');
  });

  it('drops lone surrogates, which no XML parser accepts', () => {
    expect(xmlSafeText('a\uD800b\uDC00c')).toBe('abc');
  });
});

describe('feedHtml', () => {
  it('makes relative, root-relative and fragment URLs absolute against the entry page', () => {
    const html = feedHtml(
      '<a href="../week-2/">next</a><a href="/tags/">tags</a><a href="#notes">notes</a>' +
        '<img src="./sketch.png" alt="A sketch" srcset="/_astro/a.webp 1x, /_astro/b.webp 2x">' +
        '<a href="https://other.example/x">elsewhere</a>',
      PAGE,
      en,
    );
    expect(html).toContain('href="https://example.org/posts/week-2/"');
    expect(html).toContain('href="https://example.org/tags/"');
    expect(html).toContain('href="https://example.org/posts/week-1/#notes"');
    expect(html).toContain('src="https://example.org/posts/week-1/sketch.png"');
    expect(html).toContain(
      'srcset="https://example.org/_astro/a.webp 1x, https://example.org/_astro/b.webp 2x"',
    );
    expect(html).toContain('href="https://other.example/x"');
  });

  it('replaces a video with a link to it and keeps its transcript as open text', () => {
    const html = feedHtml(
      '<figure class="media"><video controls src="/media/clip.webm" aria-label="Pit stop">' +
        '<track kind="captions" src="data:text/vtt,x"><a href="/media/clip.webm">Download</a></video>' +
        '<details class="transcript" id="video-1-transcript"><summary>Transcript: Pit stop</summary>' +
        '<div class="transcript-body"><p>The crew changes four tyres.</p></div></details></figure>',
      PAGE,
      en,
    );
    expect(html).not.toMatch(/<video|<track|<details|<summary/);
    expect(html).toContain(
      '<p><a href="https://example.org/media/clip.webm">Watch the video: Pit stop</a></p>',
    );
    expect(html).toContain('<p><strong>Transcript: Pit stop</strong></p>');
    expect(html).toContain('The crew changes four tyres.');
  });

  it('replaces a plain video inside a paragraph with an inline link: no <p> in a <p>', () => {
    const html = feedHtml(
      '<p><video controls src="/media/clip.webm" title="Pit stop"></video></p>' +
        '<p>Before <video src="/media/b.webm"></video> after.</p>',
      PAGE,
      en,
    );
    expect(html).toBe(
      '<p><a href="https://example.org/media/clip.webm">Watch the video: Pit stop</a></p>' +
        '<p>Before <a href="https://example.org/media/b.webm">Watch the video</a> after.</p>',
    );
  });

  it('links audio by its <source>, and iframes by their src and title', () => {
    const html = feedHtml(
      '<audio controls title="Voice note"><source src="note.ogg" type="audio/ogg"></audio>' +
        '<iframe src="https://player.example/embed/1" title="Panel talk"></iframe>',
      PAGE,
      en,
    );
    expect(html).toContain(
      '<a href="https://example.org/posts/week-1/note.ogg">Listen to the audio: Voice note</a>',
    );
    expect(html).toContain(
      '<a href="https://player.example/embed/1">Open the embedded content: Panel talk</a>',
    );
    expect(html).not.toMatch(/<audio|<iframe|<source/);
  });

  it("marks a player's link with the interface's language inside an entry in another, and the player's name with the entry's", () => {
    const players =
      '<p><video controls src="/media/clip.webm" title="Vuelta al circuito"></video></p>' +
      '<audio controls src="/media/note.ogg"></audio>';
    // A Spanish entry on an English site: English words in Spanish text, its name Spanish.
    expect(feedHtml(players, PAGE, en, 'es')).toBe(
      '<p><a href="https://example.org/media/clip.webm" lang="en">Watch the video: ' +
        '<span lang="es">Vuelta al circuito</span></a></p>' +
        '<p><a href="https://example.org/media/note.ogg" lang="en">Listen to the audio</a></p>',
    );
    // Its direction too, where the languages' differ.
    expect(feedHtml(players, PAGE, en, 'ar')).toContain(
      '<a href="https://example.org/media/clip.webm" lang="en" dir="ltr">Watch the video: ' +
        '<span lang="ar" dir="rtl">Vuelta al circuito</span></a>',
    );
    // In the interface's own language nothing is marked, and the words are its own.
    expect(feedHtml(players, PAGE, wordsFor('es'), 'es')).toBe(
      '<p><a href="https://example.org/media/clip.webm">Ver el video: Vuelta al circuito</a></p>' +
        '<p><a href="https://example.org/media/note.ogg">Escuchar el audio</a></p>',
    );
  });

  it('removes scripts, styles, event handlers, javascript: URLs and comments', () => {
    const html = feedHtml(
      '<p onclick="steal()" style="color:red">Hi <a href="javascript:alert(1)">me</a></p>' +
        '<script>alert("x")</script><style>p{}</style><!-- note --><noscript>no</noscript>',
      PAGE,
      en,
    );
    expect(html).toBe('<p>Hi <a>me</a></p>');
  });

  it("takes a table out of the page's scrolling region, which only a page's stylesheet scrolls", () => {
    const html = feedHtml(
      '<p>Before</p><div class="table-scroll" role="region" tabindex="0" aria-label="Table: A">' +
        '<table><tr><th>A</th></tr></table></div><div class="note">kept</div>',
      PAGE,
      en,
    );
    expect(html).toBe(
      '<p>Before</p><table><tr><th>A</th></tr></table><div class="note">kept</div>',
    );
  });

  it('keeps text that looks like markup or a CDATA end as escaped text', () => {
    const html = feedHtml('<p>a ]]&gt; b &lt;script&gt; c\u0001d</p>', PAGE, en);
    expect(html).toBe('<p>a ]]&gt; b &lt;script&gt; cd</p>');
  });
});

describe('reading an entry page (readEntryHead, then readEntryContent)', () => {
  it('reads the item from the page head: URL, title, description, dates, section, tags, course', () => {
    const read = item({
      slug: 'plan',
      title: 'A plan & a half',
      description: 'How to <start>',
      published: '2026-11-01T00:00:00.000Z',
      modified: '2026-11-05T00:00:00.000Z',
      section: 'Guide',
      tags: ['pln', 'c&d'],
      course: 'f1',
    });
    expect(read).toMatchObject({
      url: 'https://example.org/guides/plan/',
      title: 'A plan & a half',
      summary: 'How to <start>',
      published: new Date('2026-11-01'),
      modified: new Date('2026-11-05'),
      section: 'Guide',
      tags: ['pln', 'c&d'],
      course: 'f1',
    });
    expect(item()).not.toHaveProperty('course');
    expect(item().modified).toBeUndefined();
  });

  it('takes only the entry body as content, made ready for feed readers', () => {
    const read = item({
      body:
        '<p>See <a href="../week-2/">next week</a>.</p><script>track()</script>' +
        '<figure><video controls src="/media/clip.webm" aria-label="Pit stop"></video>' +
        '<details class="transcript"><summary>Transcript: Pit stop</summary><p>Four tyres.</p></details></figure>',
    });
    expect(read.content).toBe(
      '<p>See <a href="https://example.org/posts/week-2/">next week</a>.</p>' +
        '<figure><p><a href="https://example.org/media/clip.webm">Watch the video: Pit stop</a></p>' +
        '<div><p><strong>Transcript: Pit stop</strong></p><p>Four tyres.</p></div></figure>',
    );
    // Navigation, header, title line and footer of the page stay out.
    expect(read.content).not.toMatch(/Home|Previous|Published|Subscribe|theme\(\)/);
  });

  it('drops characters XML forbids from every field', () => {
    const read = item({
      title: 'Bell\u0007 title',
      tags: ['pln', 'c\u0001d'],
      body: '<p>x\u0002y</p>',
    });
    expect(read.title).toBe('Bell title');
    expect(read.tags).toEqual(['pln', 'cd']);
    expect(read.content).toBe('<p>xy</p>');
  });

  it('leaves pages that are not reflections or guides alone', () => {
    expect(
      readEntryPage('<html><head><title>Tags</title></head><body></body></html>'),
    ).toBeUndefined();
    expect(readEntryPage(entryPage({ section: 'Press release' }))).toBeUndefined();
    // Mentioning the property in the text does not make a page an entry.
    expect(readEntryPage('<p>Set article:section in your head.</p>')).toBeUndefined();
  });

  it('cuts the content out between the layout’s comments, the same as parsing the whole page', () => {
    const body =
      '<div class="note"><div><p>Nested <a href="../week-2/">divs</a></p></div></div>' +
      '<figure><video controls src="/media/clip.webm" aria-label="Pit stop"></video>' +
      '<details class="transcript"><summary>Transcript</summary><p>Four tyres.</p></details></figure>' +
      '<pre><code>&lt;/div&gt; ]]&gt;</code></pre><p>Last.</p>';
    const cut = item({ body });
    const parsed = item({ body, marked: false });
    expect(cut).toEqual(parsed);
    expect(cut.content).toContain('<a href="https://example.org/posts/week-2/">divs</a>');
    expect(cut.content.endsWith('<p>Last.</p>')).toBe(true);
  });

  it('cannot be made to cut elsewhere: the comments written in text, an attribute or the content', () => {
    // Astro escapes only & and " in attributes: the comment's quotes keep it from matching.
    const astroAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const read = item({
      description: `Forged ${CONTENT_START} and ${CONTENT_END} in the description`,
      attribute: astroAttribute,
      title: `Title ${CONTENT_START}`,
      // Raw HTML in a Markdown post can carry them too: the first start and last end win.
      body: `<p>One</p>${CONTENT_END}<p>Two</p>${CONTENT_START}<p>Three</p>`,
    });
    expect(read.summary).toBe(`Forged ${CONTENT_START} and ${CONTENT_END} in the description`);
    expect(read.content).toBe('<p>One</p><p>Two</p><p>Three</p>');
  });

  it('says what an entry page lacks instead of writing a broken item', () => {
    expect(() =>
      readEntryPage(entryPage({ marked: false }).replace('class="entry-content"', 'class="prose"')),
    ).toThrow(
      'this entry page has no element with class="entry-content" around its content, which its feed item needs',
    );
    expect(() => readEntryPage(entryPage({ published: 'soon' }))).toThrow(
      '<meta property="article:published_time" content="soon"> is not a date: write an ISO date',
    );
    expect(() =>
      readEntryPage(entryPage().replace(/<meta property="article:published_time"[^>]*>/, '')),
    ).toThrow('no <meta property="article:published_time">');
  });
});

describe('readChannelPage', () => {
  const head = (links: string) =>
    `<html><head><title>Tagged #pln · Site</title><meta name="description" content="Tagged pln.">
<meta property="og:title" content="Tagged #pln">${links}</head><body><ol><li>…</li></ol></body></html>`;

  it('titles the feed as the page announces it, with the page description', () => {
    const html = head(
      '<link rel="alternate" type="application/rss+xml" title="Site (RSS)" href="https://example.org/rss.xml">' +
        '<link rel="alternate" type="application/rss+xml" title="#pln" href="https://example.org/tags/pln/rss.xml">',
    );
    expect(readChannelPage(html, 'https://example.org/tags/pln/rss.xml')).toEqual({
      title: '#pln',
      description: 'Tagged pln.',
    });
  });

  it('falls back to the page title when the page does not announce the feed', () => {
    expect(readChannelPage(head(''), 'https://example.org/tags/pln/rss.xml').title).toBe(
      'Tagged #pln',
    );
  });
});

describe('newestFirst', () => {
  it('lists the newest first, ties in title order', () => {
    const ordered = newestFirst([
      item({ slug: 'b-old', published: '2026-01-01T00:00:00.000Z' }),
      item({ slug: 'z-new', title: 'Zeta', published: '2026-11-01T00:00:00.000Z' }),
      item({ slug: 'a-new', title: 'Alpha', published: '2026-11-01T00:00:00.000Z' }),
    ]);
    expect(ordered.map((i) => i.title)).toEqual(['Alpha', 'Zeta', 'b-old']);
  });
});

describe('feed plan', () => {
  const built = [
    '404.html',
    'index.html',
    'courses/index.html',
    'courses/f1/index.html',
    'courses/empty/index.html',
    'posts/week-1/index.html',
    'posts/page/2/index.html',
    'tags/index.html',
    'tags/c-d/index.html',
    'tags/pln/index.html',
    'tags/pln/extra.css',
  ];

  it("puts a feed beside every tag and course page, plus the site feeds and the feed page's files", () => {
    expect(channelPages(built).map(({ kind, key }) => `${kind}:${key}`)).toEqual([
      'course:f1',
      'course:empty',
      'tag:c-d',
      'tag:pln',
    ]);
    expect(feedFiles(built).sort()).toEqual([
      'courses/empty/rss.xml',
      'courses/f1/rss.xml',
      'feed.css',
      'feed.js',
      'feed.json',
      'guides/rss.xml',
      'posts/rss.xml',
      'rss.xml',
      'subscriptions.opml',
      'tags/c-d/rss.xml',
      'tags/pln/rss.xml',
    ]);
  });

  it('splits the items by section, tag slug and course, keeping their order', () => {
    const items = newestFirst([
      item({
        slug: 'new',
        published: '2026-11-02T00:00:00.000Z',
        tags: ['PLN', 'c&d'],
        course: 'f1',
      }),
      item({
        slug: 'guide',
        section: 'Guide',
        published: '2026-10-01T00:00:00.000Z',
        tags: ['pln'],
      }),
      item({ slug: 'old', published: '2026-09-01T00:00:00.000Z', tags: ['C D'], course: 'f1' }),
    ]);
    const channels = channelPages(built).map((channel) => ({
      ...channel,
      title: `#${channel.key}`,
      description: `About ${channel.key}`,
    }));
    const plan = feedPlan(items, channels, { title: 'Site', description: 'All of it' }, 'all', en);
    const listed = Object.fromEntries(
      plan.map((feed) => [feed.path, feed.items.map((i) => i.url.split('/').at(-2))]),
    );
    expect(listed).toEqual({
      'rss.xml': ['new', 'guide', 'old'],
      'feed.json': ['new', 'guide', 'old'],
      'posts/rss.xml': ['new', 'old'],
      'guides/rss.xml': ['guide'],
      'courses/f1/rss.xml': ['new', 'old'],
      'courses/empty/rss.xml': [],
      'tags/c-d/rss.xml': ['new', 'old'],
      'tags/pln/rss.xml': ['new', 'guide'],
    });
    const pln = plan.find((feed) => feed.path === 'tags/pln/rss.xml')!;
    expect(pln.channel).toEqual({
      title: 'Site: #pln',
      description: 'About pln',
      feedPath: '/tags/pln/rss.xml',
      homePath: '/tags/pln/',
    });
    expect(plan.find((feed) => feed.path === 'feed.json')!.format).toBe('json');
  });
});

describe('feeds of a limited length (feeds.items)', () => {
  // Five reflections tagged pln, newest first: week-5 … week-1; week-3 also in course f1, and
  // one guide, older than them all.
  const weeks = [5, 4, 3, 2, 1].map((n) =>
    item({
      slug: `week-${n}`,
      published: `2026-10-0${n}T00:00:00.000Z`,
      tags: ['pln'],
      ...(n === 3 && { course: 'f1' }),
    }),
  );
  const guide = item({ slug: 'guide', section: 'Guide', published: '2026-09-01T00:00:00.000Z' });
  const entries = newestFirst([guide, ...weeks]);
  const channels = channelPages(['tags/pln/index.html', 'courses/f1/index.html']).map((c) => ({
    ...c,
    title: c.key,
    description: '',
  }));
  const slugs = (plan: ReturnType<typeof feedPlan>) =>
    Object.fromEntries(
      plan.map((feed) => [feed.path, feed.items.map((i) => i.url.split('/').at(-2))]),
    );

  it('lists the newest entries of each feed up to the limit, each feed on its own', () => {
    const plan = feedPlan(entries, channels, SITE, 2, en);
    expect(slugs(plan)).toEqual({
      'rss.xml': ['week-5', 'week-4'],
      'feed.json': ['week-5', 'week-4'],
      'posts/rss.xml': ['week-5', 'week-4'],
      // The guide is older than every reflection, but its own feed still lists it.
      'guides/rss.xml': ['guide'],
      'tags/pln/rss.xml': ['week-5', 'week-4'],
      'courses/f1/rss.xml': ['week-3'],
    });
    expect(listedEntries(plan).map((e) => e.url.split('/').at(-2))).toEqual([
      'week-5',
      'week-4',
      'guide',
      'week-3',
    ]);
  });

  it("lists every entry with 'all'", () => {
    const plan = feedPlan(entries, channels, SITE, 'all', en);
    expect(slugs(plan)['rss.xml']).toEqual([
      'week-5',
      'week-4',
      'week-3',
      'week-2',
      'week-1',
      'guide',
    ]);
    expect(listedEntries(plan)).toHaveLength(6);
  });

  it('writes the built site’s feeds with the newest entries, reading the content of those only', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'commonplace-feeds-'));
    try {
      const files: string[] = [];
      const write = (path: string, html: string) => {
        mkdirSync(join(outDir, dirname(path)), { recursive: true });
        writeFileSync(join(outDir, path), html);
        files.push(path);
      };
      for (const n of [1, 2, 3]) {
        write(
          `posts/week-${n}/index.html`,
          entryPage({ slug: `week-${n}`, published: `2026-10-0${n}T00:00:00.000Z`, tags: ['pln'] }),
        );
      }
      // The oldest entry's body is one no feed could use; as no feed lists it, no feed reads it.
      write(
        'posts/week-0/index.html',
        entryPage({ slug: 'week-0', published: '2026-09-01T00:00:00.000Z', marked: false }).replace(
          'class="entry-content"',
          'class="prose"',
        ),
      );
      write('tags/pln/index.html', '<html><head><title>#pln</title></head><body></body></html>');
      write('index.html', '<html><head><title>Home</title></head><body></body></html>');
      files.push('favicon.svg');

      expect(await writeFeedFiles(outDir, files, SITE, 2, en)).toBe(2);
      const rss = (path: string) => {
        const xml = readFileSync(join(outDir, path), 'utf8');
        expect(XMLValidator.validate(xml)).toBe(true);
        return ([] as { link: string; 'content:encoded': string }[]).concat(
          new XMLParser().parse(xml).rss.channel.item ?? [],
        );
      };
      for (const path of ['rss.xml', 'posts/rss.xml', 'tags/pln/rss.xml']) {
        expect(rss(path).map((i) => i.link)).toEqual([
          'https://example.org/posts/week-3/',
          'https://example.org/posts/week-2/',
        ]);
      }
      expect(rss('rss.xml')[0]!['content:encoded']).toBe('<p>week-3</p>');
      expect(rss('guides/rss.xml')).toEqual([]);
      const json = JSON.parse(readFileSync(join(outDir, 'feed.json'), 'utf8'));
      expect(json.items.map((i: { id: string }) => i.id)).toEqual([
        'https://example.org/posts/week-3/',
        'https://example.org/posts/week-2/',
      ]);
      expect(readFileSync(join(outDir, 'subscriptions.opml'), 'utf8')).toContain(
        'xmlUrl="https://example.org/tags/pln/rss.xml"',
      );

      // With every entry listed, the oldest is read too, and its page's fault is named.
      await expect(writeFeedFiles(outDir, files, SITE, 'all', en)).rejects.toThrow(
        /posts\/week-0\/index\.html: this entry page has no element with class="entry-content"/,
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

const channel = {
  title: 'Site & <friends>',
  description: 'Notes ]]> and more',
  feedPath: '/tags/pln/rss.xml',
  homePath: '/tags/pln/',
};
const hostile = item({
  slug: 'hostile',
  title: 'Ends ]]> with <script>alert(1)</script> and \u0001 bell',
  description: 'A & B ]]> <b>',
  tags: ['pln', 'a&b', ']]>'],
  body: '<p>CDATA end ]]&gt; here</p><script>alert(1)</script><p>x\u0002y</p>',
});
const older = item({ slug: 'older', published: '2026-09-01T00:00:00.000Z', body: '<p>Older</p>' });

describe('RSS feeds (through @astrojs/rss)', () => {
  it('render each item once into the document @astrojs/rss writes for the whole feed', async () => {
    const covered = item({ slug: 'covered', cover: COVER, tags: ['pln'] });
    const arabic = item({ slug: 'arabic', lang: 'ar', title: 'سؤال', body: '<p>نص</p>' });
    const items = [hostile, covered, arabic, older];
    const render = rssRenderer(SITE);
    for (const feed of [items, [covered, older], []]) {
      expect(await render(channel, feed)).toBe(
        await getRssString({
          ...rssOptions(channel, feed, SITE),
          // @astrojs/rss declares content:encoded only when an item has content
          ...(feed.length === 0 && {
            xmlns: {
              content: 'http://purl.org/rss/1.0/modules/content/',
              ...rssOptions(channel, [], SITE).xmlns,
            },
          }),
        }),
      );
    }
  });

  it('give the same document in parts, one per item, for writing without joining', async () => {
    const render = rssRenderer(SITE);
    const parts = await render.parts(channel, [hostile, older]);
    expect(parts).toHaveLength(4);
    expect(parts.join('')).toBe(await render(channel, [hostile, older]));
    expect(parts[1]).toMatch(/^<item>.*<\/item>$/s);
  });

  it('write an empty feed as a well-formed channel', async () => {
    const xml = await rssRenderer(SITE)(channel, []);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(new XMLParser().parse(xml).rss.channel.title).toBe('Site & <friends>');
  });

  it('yields well-formed RSS 2.0 whatever the text contains', async () => {
    const xml = await rssRenderer(SITE)(channel, [hostile, older]);
    expect(XMLValidator.validate(xml)).toBe(true);
    // The only script is the feed page's own, in the channel; the item's text stays text.
    expect(xml.match(/<script\b/g)).toEqual(['<script']);
    expect(xml).toContain('<channel><title>');
    expect(xml.slice(xml.indexOf('<item>'))).not.toContain('<script');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    const item = rss.channel.item[0];
    expect(item.title).toBe('Ends ]]> with <script>alert(1)</script> and  bell');
    expect(item.description).toBe('A & B ]]> <b>');
    expect(item['content:encoded']).toBe('<p>CDATA end ]]&gt; here</p><p>xy</p>');
    expect(item.category).toEqual(['pln', 'a&b', ']]>']);
  });

  it("links itself with atom:link rel=self, the feed page's stylesheet and script, and the channel page", async () => {
    const xml = await rssRenderer(SITE)(channel, [hostile, older]);
    expect(xml).toContain('<?xml-stylesheet href="/feed.css"?>');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    // In the XHTML namespace, which browsers run in any XML document; feed readers skip it.
    expect(rss.channel.script).toEqual({
      '@_xmlns': 'http://www.w3.org/1999/xhtml',
      '@_src': '/feed.js',
    });
    expect(rss.channel['atom:link']['@_href']).toBe('https://example.org/tags/pln/rss.xml');
    expect(rss.channel['atom:link']['@_rel']).toBe('self');
    expect(rss.channel.link).toBe('https://example.org/tags/pln/');
    expect(rss.channel.title).toBe('Site & <friends>');
    const item = rss.channel.item[1];
    expect(item.link).toBe('https://example.org/posts/older/');
    expect(item.guid['#text']).toBe('https://example.org/posts/older/');
    expect(item.pubDate).toBe('Tue, 01 Sep 2026 00:00:00 GMT');
  });
});

const COVER = { url: 'https://example.org/_astro/cover.Ab12.webp', alt: 'A pit lane & "cars"' };

describe('cover images and the build date', () => {
  it('reads a cover from an entry page, and no cover from the default Open Graph image', () => {
    expect(item({ cover: COVER }).cover).toEqual(COVER);
    expect(item().cover).toBeUndefined();
  });

  it('puts the cover in RSS as Media RSS content with its alt text, and lastBuildDate is the build time', async () => {
    const xml = await rssRenderer(SITE)(channel, [item({ cover: COVER }), older]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:media="http://search.yahoo.com/mrss/"');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss.channel.lastBuildDate).toBe('Thu, 26 Nov 2026 12:34:56 GMT');
    const media = rss.channel.item[0]['media:content'];
    expect(media['@_url']).toBe(COVER.url);
    expect(media['@_medium']).toBe('image');
    expect(media['@_type']).toBe('image/webp');
    expect(media['media:description']['#text']).toBe(COVER.alt);
    expect(rss.channel.item[1]['media:content']).toBeUndefined();
  });

  it('puts the cover in JSON Feed as image and banner_image', () => {
    const feed = jsonFeed(channel, [item({ cover: COVER }), older], SITE);
    expect(feed.items[0]).toMatchObject({ image: COVER.url, banner_image: COVER.url });
    expect(feed.items[1]!.image).toBeUndefined();
  });

  it('gives every feed URL the base of a site served from a sub-path', async () => {
    const site = { ...SITE, url: 'https://user.github.io', base: '/my-blog/' };
    const xml = await rssRenderer(site)(channel, [older]);
    expect(xml).toContain('<?xml-stylesheet href="/my-blog/feed.css"?>');
    expect(xml).toContain('<script xmlns="http://www.w3.org/1999/xhtml" src="/my-blog/feed.js"/>');
    expect(xml).toContain('<atom:link href="https://user.github.io/my-blog/tags/pln/rss.xml"');
    expect(xml).toContain('<link>https://user.github.io/my-blog/tags/pln/</link>');
    const feed = jsonFeed(channel, [older], site);
    expect(feed.feed_url).toBe('https://user.github.io/my-blog/tags/pln/rss.xml');
    expect(feed.home_page_url).toBe('https://user.github.io/my-blog/tags/pln/');
  });
});

describe('JSON Feed', () => {
  it('carries the JSON Feed 1.1 fields and the same items', () => {
    const feed = JSON.parse(stringifyJsonFeed(jsonFeed(channel, [hostile, older], SITE)));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://example.org/tags/pln/rss.xml');
    expect(feed.home_page_url).toBe('https://example.org/tags/pln/');
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual([
      'https://example.org/posts/hostile/',
      'https://example.org/posts/older/',
    ]);
    expect(feed.items[0].content_html).toBe('<p>CDATA end ]]&gt; here</p><p>xy</p>');
    expect(feed.items[0].date_published).toBe('2026-10-01T00:00:00.000Z');
    expect(feed.items[1].tags).toBeUndefined();
  });

  it('is written in parts that make exactly the text of JSON.stringify(feed, null, 2), escaped', () => {
    const covered = item({ slug: 'covered', cover: COVER, tags: ['pln', 'a&b'] });
    const nested = item({ slug: 'nested', body: '<p>Line one\nline two</p>' });
    for (const items of [[hostile, covered, nested, older], [older], []]) {
      const feed = jsonFeed(channel, items, SITE);
      const parts = jsonFeedParts(feed);
      // One part for the feed, one per item, one for the end; none of them the whole feed.
      expect(parts).toHaveLength(items.length ? items.length + 2 : 1);
      expect(parts.join('')).toBe(
        JSON.stringify(feed, null, 2)
          .replace(/</g, '\\u003c')
          .replace(/>/g, '\\u003e')
          .replace(/&/g, '\\u0026'),
      );
    }
  });

  it('writes markup characters as escapes, so the JSON stays inert inside HTML', () => {
    const text = stringifyJsonFeed(jsonFeed(channel, [hostile], SITE));
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text).items[0].title).toBe(
      'Ends ]]> with <script>alert(1)</script> and  bell',
    );
  });
});

describe('the language of feed items', () => {
  const arabic = item({ slug: 'arabic', lang: 'ar', body: '<p>مرحبا</p>' });
  const french = item({ slug: 'french', lang: 'fr', body: '<p>Bonjour</p>' });

  it('is read from the built page’s <html lang>', () => {
    expect(arabic.lang).toBe('ar');
    expect(older.lang).toBe('en');
  });

  it('goes in dc:language per RSS item, and wraps content in another language with its direction', async () => {
    const xml = await rssRenderer(SITE)(channel, [arabic, french, older]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns:dc="http://purl.org/dc/elements/1.1/"');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss.channel.language).toBe('en');
    const items = rss.channel.item as Record<string, string>[];
    expect(items.map((i) => i['dc:language'])).toEqual(['ar', 'fr', 'en']);
    expect(items[0]!['content:encoded']).toBe('<div lang="ar" dir="rtl"><p>مرحبا</p></div>');
    expect(items[1]!['content:encoded']).toBe('<div lang="fr"><p>Bonjour</p></div>');
    expect(items[2]!['content:encoded']).toBe('<p>Older</p>');
  });

  it('goes in each JSON Feed item’s language', () => {
    const feed = jsonFeed(channel, [arabic, older], SITE);
    expect(feed.language).toBe('en');
    expect(feed.items.map((i) => i.language)).toEqual(['ar', 'en']);
    expect(feed.items[0]!.content_html).toBe('<div lang="ar" dir="rtl"><p>مرحبا</p></div>');
  });
});
