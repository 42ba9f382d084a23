import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { getRssString } from '@astrojs/rss';
import { xmlSafeText } from '../../src/lib/feeds/sanitize.ts';
import { feedHtml } from '../../src/lib/feeds/html.ts';
import { selectFeedEntries, toFeedItem, type FeedEntry } from '../../src/lib/feeds/items.ts';
import { rssOptions } from '../../src/lib/feeds/rss.ts';
import { jsonFeed, stringifyJsonFeed } from '../../src/lib/feeds/json-feed.ts';

const SITE = { url: 'https://example.org', lang: 'en', author: { name: 'Ada' } };
const PAGE = 'https://example.org/posts/week-1/';

function entry(id: string, data: Partial<FeedEntry['data']> = {}, collection = 'posts'): FeedEntry {
  return {
    id,
    collection,
    data: {
      title: id,
      description: `About ${id}`,
      pubDate: new Date('2026-10-01'),
      tags: [],
      draft: false,
      ...data,
    },
  };
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
    );
    expect(html).not.toMatch(/<video|<track|<details|<summary/);
    expect(html).toContain(
      '<p><a href="https://example.org/media/clip.webm">Watch the video: Pit stop</a></p>',
    );
    expect(html).toContain('<p><strong>Transcript: Pit stop</strong></p>');
    expect(html).toContain('The crew changes four tyres.');
  });

  it('links audio by its <source>, and iframes by their src and title', () => {
    const html = feedHtml(
      '<audio controls title="Voice note"><source src="note.ogg" type="audio/ogg"></audio>' +
        '<iframe src="https://player.example/embed/1" title="Panel talk"></iframe>',
      PAGE,
    );
    expect(html).toContain(
      '<a href="https://example.org/posts/week-1/note.ogg">Listen to the audio: Voice note</a>',
    );
    expect(html).toContain(
      '<a href="https://player.example/embed/1">Open the embedded content: Panel talk</a>',
    );
    expect(html).not.toMatch(/<audio|<iframe|<source/);
  });

  it('removes scripts, styles, event handlers, javascript: URLs and comments', () => {
    const html = feedHtml(
      '<p onclick="steal()" style="color:red">Hi <a href="javascript:alert(1)">me</a></p>' +
        '<script>alert("x")</script><style>p{}</style><!-- note --><noscript>no</noscript>',
      PAGE,
    );
    expect(html).toBe('<p>Hi <a>me</a></p>');
  });

  it('keeps text that looks like markup or a CDATA end as escaped text', () => {
    const html = feedHtml('<p>a ]]&gt; b &lt;script&gt; c\u0001d</p>', PAGE);
    expect(html).toBe('<p>a ]]&gt; b &lt;script&gt; cd</p>');
  });
});

describe('selectFeedEntries', () => {
  const now = new Date('2026-11-26');

  it('leaves out drafts and entries dated after the build', () => {
    const ids = selectFeedEntries(
      [
        entry('published'),
        entry('draft', { draft: true }),
        entry('future', { pubDate: new Date('2027-01-01') }),
      ],
      now,
    ).map((e) => e.id);
    expect(ids).toEqual(['published']);
  });

  it('lists the newest first, ties in title order', () => {
    const ids = selectFeedEntries(
      [
        entry('b-old', { pubDate: new Date('2026-01-01') }),
        entry('z-new', { title: 'Zeta', pubDate: new Date('2026-11-01') }),
        entry('a-new', { title: 'Alpha', pubDate: new Date('2026-11-01') }),
      ],
      now,
    ).map((e) => e.id);
    expect(ids).toEqual(['a-new', 'z-new', 'b-old']);
  });
});

describe('toFeedItem', () => {
  it('gives the item the absolute URL of its page, by collection', () => {
    expect(toFeedItem(entry('week-1'), '', SITE.url).url).toBe(PAGE);
    expect(toFeedItem(entry('plan', {}, 'guides'), '', SITE.url).url).toBe(
      'https://example.org/guides/plan/',
    );
  });

  it('resolves content URLs against the entry page and cleans title and tags', () => {
    const item = toFeedItem(
      entry('week-1', { title: 'Bell\u0007 title', tags: ['pln', 'c\u0001d'] }),
      '<a href="./notes/">notes</a>',
      SITE.url,
    );
    expect(item.title).toBe('Bell title');
    expect(item.tags).toEqual(['pln', 'cd']);
    expect(item.content).toBe('<a href="https://example.org/posts/week-1/notes/">notes</a>');
  });
});

const channel = {
  title: 'Site & <friends>',
  description: 'Notes ]]> and more',
  feedPath: '/tags/pln/rss.xml',
  homePath: '/tags/pln/',
};
const hostile = toFeedItem(
  entry('hostile', {
    title: 'Ends ]]> with <script>alert(1)</script> and \u0001 bell',
    description: 'A & B ]]> <b>',
    tags: ['pln', 'a&b', ']]>'],
  }),
  '<p>CDATA end ]]&gt; here</p><script>alert(1)</script><p>x\u0002y</p>',
  SITE.url,
);
const older = toFeedItem(
  entry('older', { pubDate: new Date('2026-09-01') }),
  '<p>Older</p>',
  SITE.url,
);

describe('RSS options (through @astrojs/rss)', () => {
  it('yields well-formed RSS 2.0 whatever the text contains', async () => {
    const xml = await getRssString(rssOptions(channel, [hostile, older], SITE));
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('<script');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
    expect(rss['@_version']).toBe('2.0');
    const item = rss.channel.item[0];
    expect(item.title).toBe('Ends ]]> with <script>alert(1)</script> and  bell');
    expect(item.description).toBe('A & B ]]> <b>');
    expect(item['content:encoded']).toBe('<p>CDATA end ]]&gt; here</p><p>xy</p>');
    expect(item.category).toEqual(['pln', 'a&b', ']]>']);
  });

  it('links itself with atom:link rel=self, the stylesheet and the channel page', async () => {
    const xml = await getRssString(rssOptions(channel, [hostile, older], SITE));
    expect(xml).toContain('<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>');
    const rss = new XMLParser({ ignoreAttributes: false }).parse(xml).rss;
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

  it('writes markup characters as escapes, so the JSON stays inert inside HTML', () => {
    const text = stringifyJsonFeed(jsonFeed(channel, [hostile], SITE));
    expect(text).not.toMatch(/[<>]/);
    expect(JSON.parse(text).items[0].title).toBe(
      'Ends ]]> with <script>alert(1)</script> and  bell',
    );
  });
});
