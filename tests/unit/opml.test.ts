import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { networkOutlines, siteOutlines, toOpml } from '../../src/lib/feeds/opml.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';
import type { NetworkEntry } from '../../src/schemas/network.ts';

/** An OPML document as a feed reader's import sees it: attributes kept, outlines always lists. */
export function readOpml(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true, // numeric character references such as &#10;
    isArray: (name) => name === 'outline',
  });
  return parser.parse(xml).opml as {
    version: string;
    head: Record<string, string>;
    body: { outline: Outline[] };
  };
}
interface Outline {
  text: string;
  type?: string;
  xmlUrl?: string;
  htmlUrl?: string;
  outline?: Outline[];
  [key: string]: unknown;
}

const entry = (over: Partial<NetworkEntry>): NetworkEntry => ({
  name: 'Someone',
  kind: 'person',
  perspectives: ['fans'],
  platforms: [],
  status: 'following',
  ...over,
});

describe('toOpml', () => {
  it('writes OPML 2.0 with a head, folders and feed outlines, and drops empty folders', () => {
    const opml = readOpml(
      toOpml({
        title: 'My <feeds> & more',
        dateCreated: new Date('2026-11-26T10:00:00Z'),
        ownerName: 'Sam',
        ownerId: 'https://example.org/',
        outlines: [
          {
            text: 'News "& views"',
            children: [
              {
                text: 'A feed',
                xmlUrl: 'https://example.org/feed.xml?a=1&b=2',
                htmlUrl: 'https://example.org/',
                description: 'Line one\nline two',
              },
            ],
          },
          { text: 'Empty', children: [] },
        ],
      }),
    );
    expect(opml.version).toBe('2.0');
    expect(opml.head.title).toBe('My <feeds> & more');
    expect(opml.head.dateCreated).toBe('Thu, 26 Nov 2026 10:00:00 GMT');
    expect(opml.head.ownerName).toBe('Sam');
    expect(opml.head.docs).toBe('http://opml.org/spec2.opml');
    expect(opml.body.outline).toHaveLength(1);
    const [folder] = opml.body.outline;
    expect(folder!.text).toBe('News "& views"');
    expect(folder!.outline).toEqual([
      {
        type: 'rss',
        text: 'A feed',
        title: 'A feed',
        xmlUrl: 'https://example.org/feed.xml?a=1&b=2',
        htmlUrl: 'https://example.org/',
        description: 'Line one\nline two',
      },
    ]);
  });

  it('stays well-formed whatever the names hold', () => {
    const xml = toOpml({
      title: 'x]]>\u0001<y>',
      dateCreated: new Date(0),
      outlines: [{ text: '<script>"\'&', xmlUrl: 'https://e.example/?q="x"' }],
    });
    expect(readOpml(xml).body.outline[0]!.text).toBe('<script>"\'&');
  });
});

describe('a network as OPML', () => {
  const entries = [
    entry({ name: 'No feed', perspectives: ['policy'] }),
    entry({
      name: 'Fan forum',
      perspectives: ['fans', 'policy'],
      feed: 'https://forum.example/feed',
      website: 'https://forum.example/',
    }),
    entry({
      name: 'Policy paper',
      perspectives: ['Policy'],
      feed: 'https://paper.example/rss',
      platforms: [{ name: 'Site', url: 'https://paper.example/' }],
      notes: 'Weekly.',
    }),
    entry({ name: 'Engineers', perspectives: ['engineering'], feed: 'https://eng.example/atom' }),
  ];

  it('has one outline per entry with a feed, in folders by its first perspective, in the guide’s order', () => {
    const opml = readOpml(
      toOpml({
        title: 'Net',
        dateCreated: new Date(0),
        outlines: networkOutlines(entries, ['policy', 'fans']),
      }),
    );
    const folders = opml.body.outline.map((folder) => [
      folder.text,
      folder.outline!.map((o) => [o.text, o.xmlUrl, o.htmlUrl ?? '']),
    ]);
    expect(folders).toEqual([
      ['policy', [['Policy paper', 'https://paper.example/rss', 'https://paper.example/']]],
      ['fans', [['Fan forum', 'https://forum.example/feed', 'https://forum.example/']]],
      ['engineering', [['Engineers', 'https://eng.example/atom', '']]],
    ]);
    const feeds = opml.body.outline.flatMap((folder) => folder.outline!);
    expect(feeds.every((o) => o.type === 'rss')).toBe(true);
    expect(feeds).toHaveLength(entries.filter((e) => e.feed).length);
  });
});

describe('the site’s feeds as OPML', () => {
  it('files them under everything, by type, by tag and by course', () => {
    const feed = (group: 'all' | 'type' | 'tag' | 'course', title: string) => ({
      group,
      title,
      xmlUrl: `https://example.org/${title}/rss.xml`,
      htmlUrl: `https://example.org/${title}/`,
    });
    const opml = readOpml(
      toOpml({
        title: 'Site',
        dateCreated: new Date(0),
        outlines: siteOutlines(
          [feed('tag', 'pln'), feed('all', 'all'), feed('course', 'f1'), feed('type', 'posts')],
          'en',
          wordsFor('en'),
        ),
      }),
    );
    expect(opml.body.outline.map((f) => [f.text, f.outline!.map((o) => o.text)])).toEqual([
      ['Everything', ['all']],
      ['By type', ['posts']],
      ['By tag', ['pln']],
      ['By course', ['f1']],
    ]);
    expect(opml.body.outline[0]!.outline![0]!.language).toBe('en');
  });
});
