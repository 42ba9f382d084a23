import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/lib/site/words/translate.ts';
import { parse } from 'csv-parse/sync';
import { networkKinds, networkSchema, type NetworkEntry } from '../../src/schemas/network.ts';
import {
  blueskyUrl,
  diversitySummary,
  followLinks,
  mastodonUrl,
  networkCsv,
  networkMapLayout,
  textWidth,
  TITLE_INSET,
  TITLE_SIZE,
  wrapText,
  shapePath,
  summaryInWords,
} from '../../src/lib/guides/network.ts';
import { allOf, oneOf } from '../../src/lib/util/word-list.ts';
import { platformItem } from '../../src/lib/guides/platform-fields.ts';

const en = wordsFor('en');

const entry = (over: Partial<NetworkEntry>): NetworkEntry => ({
  name: 'Someone',
  kind: 'person',
  perspectives: ['fans'],
  platforms: [],
  status: 'following',
  ...over,
});

describe('networkSchema', () => {
  const valid = {
    title: 'A network',
    entries: [{ name: 'A forum', kind: 'community', perspectives: ['fans'], status: 'engaged' }],
  };
  it('accepts a minimal network and fills in platforms', () => {
    const parsed = networkSchema.parse(valid);
    expect(parsed.entries[0]!.platforms).toEqual([]);
  });
  it.each([
    ['an unknown kind', { kind: 'forum' }, ['entries', 0, 'kind']],
    ['an unknown status', { status: 'emailed' }, ['entries', 0, 'status']],
    ['no perspectives', { perspectives: [] }, ['entries', 0, 'perspectives']],
    [
      'a platform without a URL',
      { platforms: [{ name: 'Site', url: 'not a url' }] },
      ['entries', 0, 'platforms', 0, 'url'],
    ],
    ['a feed that is not http(s)', { feed: 'ftp://example.org/feed.xml' }, ['entries', 0, 'feed']],
    ['a javascript: website', { website: 'javascript:alert(1)' }, ['entries', 0, 'website']],
    ['a Mastodon handle without a server', { mastodon: '@sam' }, ['entries', 0, 'mastodon']],
    ['a Bluesky handle that is not a domain', { bluesky: 'sam smith' }, ['entries', 0, 'bluesky']],
  ])('rejects %s', (_, change, path) => {
    const result = networkSchema.safeParse({
      ...valid,
      entries: [{ ...valid.entries[0], ...change }],
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(path);
  });
  it('accepts feeds, websites and handles in the forms people write them', () => {
    const parsed = networkSchema.parse({
      ...valid,
      entries: [
        {
          ...valid.entries[0],
          website: 'http://forum.example.org/',
          feed: 'https://forum.example.org/feed.json',
          mastodon: '@fans@mastodon.social',
          bluesky: '@fans.bsky.social',
        },
        { ...valid.entries[0], mastodon: 'fans@social.example.org', bluesky: 'did:plc:abc123' },
      ],
    });
    expect(parsed.entries[0]!.feed).toBe('https://forum.example.org/feed.json');
  });
  it('rejects an empty network', () => {
    expect(networkSchema.safeParse({ title: 'x', entries: [] }).success).toBe(false);
  });
});

describe('diversitySummary', () => {
  const entries = [
    entry({ name: 'A', kind: 'person', perspectives: ['Motorsport', 'sustainability'] }),
    entry({ name: 'B', kind: 'organization', perspectives: ['sustainability', 'policy'] }),
    entry({ name: 'C', kind: 'person', perspectives: ['engineering'] }),
  ];
  const summary = diversitySummary(entries, ['motorsport', 'sustainability', 'fans', 'journalism']);

  it('counts entries per perspective, guide perspectives first, ignoring case', () => {
    expect(summary.byPerspective).toEqual([
      { perspective: 'motorsport', count: 1 },
      { perspective: 'sustainability', count: 2 },
      { perspective: 'fans', count: 0 },
      { perspective: 'journalism', count: 0 },
      { perspective: 'engineering', count: 1 },
      { perspective: 'policy', count: 1 },
    ]);
  });
  it('counts kinds present', () => {
    expect(summary.byKind).toEqual([
      { kind: 'person', count: 2 },
      { kind: 'organization', count: 1 },
    ]);
  });
  it('lists the guide perspectives nobody covers', () => {
    expect(summary.missing).toEqual(['fans', 'journalism']);
    expect(summary.covered).toBe(2);
    expect(summary.wanted).toBe(4);
  });
  it('says it in plain words', () => {
    expect(summaryInWords(summary, en)).toEqual({
      makeup: 'The network has 3 entries: 2 people and 1 organization.',
      coverage: 'They cover 2 of the 4 perspectives this guide asks for.',
      gap: 'No one yet from: fans, journalism.',
    });
  });
  it('says so when every perspective is covered', () => {
    const full = diversitySummary(entries, ['policy', 'Engineering']);
    expect(full.missing).toEqual([]);
    expect(summaryInWords(full, en).gap).toBe(
      'Every perspective this guide asks for has at least one voice.',
    );
  });
  it('does not double-count a perspective listed twice by the guide', () => {
    expect(diversitySummary(entries, ['policy', 'Policy']).wanted).toBe(1);
  });
  it('joins lists the way people write them', () => {
    expect(allOf(['a'])).toBe('a');
    expect(allOf(['a', 'b'])).toBe('a and b');
    expect(allOf(['a', 'b', 'c'])).toBe('a, b and c');
    expect(oneOf(['note', 'tip', 'warning'])).toBe('note, tip or warning');
  });
});

describe('networkCsv', () => {
  it('has a header and one row per entry, parseable with quotes and newlines intact', () => {
    const entries = [
      entry({
        name: 'A newsroom, "evening" desk',
        perspectives: ['journalism', 'policy'],
        platforms: [
          { name: 'Website', url: 'https://news.example.org/' },
          { name: 'Mastodon', url: 'https://mastodon.social/@news' },
        ],
        notes: 'Two lines\nof notes',
      }),
    ];
    const csv = networkCsv(entries);
    // A byte order mark first, so Excel reads UTF-8; parsers that know CSV skip it.
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual([
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
    expect(rows[1]).toEqual([
      'A newsroom, "evening" desk',
      'person',
      'journalism; policy',
      'Website: https://news.example.org/\nMastodon: https://mastodon.social/@news',
      'following',
      'Two lines\nof notes',
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
    const rich = parse(
      networkCsv([
        entry({
          website: 'https://a.example/',
          feed: 'https://a.example/rss',
          mastodon: '@a@b.example',
        }),
      ]),
    ) as string[][];
    expect(rich[1]!.slice(6, 10)).toEqual([
      'https://a.example/',
      'https://a.example/rss',
      '@a@b.example',
      '',
    ]);
  });
});

describe('following an entry', () => {
  it('turns handles into profile addresses', () => {
    expect(mastodonUrl('@sam@mastodon.social')).toBe('https://mastodon.social/@sam');
    expect(mastodonUrl('Sam_R@Social.Example.org')).toBe('https://social.example.org/@Sam_R');
    expect(mastodonUrl('not a handle')).toBeUndefined();
    expect(blueskyUrl('@sam.bsky.social')).toBe('https://bsky.app/profile/sam.bsky.social');
    expect(blueskyUrl('did:plc:abc123')).toBe('https://bsky.app/profile/did%3Aplc%3Aabc123');
  });
  it('lists website, feed, Mastodon, Bluesky, then the other platforms', () => {
    const links = followLinks(
      entry({
        website: 'https://a.example/',
        feed: 'https://a.example/feed.xml',
        mastodon: '@a@social.example',
        bluesky: 'a.example',
        platforms: [{ name: 'LinkedIn', url: 'https://www.linkedin.com/' }],
      }),
      en,
    );
    expect(links).toEqual([
      { label: 'Website', href: 'https://a.example/' },
      { label: 'Feed', href: 'https://a.example/feed.xml' },
      { label: 'Mastodon: @a@social.example', href: 'https://social.example/@a' },
      { label: 'Bluesky: a.example', href: 'https://bsky.app/profile/a.example' },
      // A platform's name is the network file's words, marked with its language on the page.
      { label: 'LinkedIn', href: 'https://www.linkedin.com/', own: true },
    ]);
    expect(followLinks(entry({}), en)).toEqual([]);
  });

  it('tells apart links of the same name by their addresses, and lists an address once', () => {
    // A website, and a platform the author also called "Website" (a page of the same site).
    const links = followLinks(
      entry({
        website: 'https://www.fia.com/',
        feed: 'https://www.fia.com/feed.xml',
        platforms: [
          { name: 'Website', url: 'https://www.fia.com/environmental-accreditation-programme' },
          // The feed again, under another name: one link is enough.
          { name: 'RSS', url: 'https://WWW.fia.com/feed.xml' },
          { name: 'LinkedIn', url: 'https://www.linkedin.com/company/fia/' },
        ],
      }),
      en,
    );
    expect(links.map((link) => link.label)).toEqual([
      'Website (fia.com)',
      'Feed',
      'Website (fia.com/environmental-accreditation-programme)',
      'LinkedIn',
    ]);
    // Names that differ only in case are the same name to a listener; addresses that differ
    // only in their query are written out whole.
    const pages = followLinks(
      entry({
        platforms: [
          { name: 'Blog', url: 'https://a.example/?lang=en' },
          { name: 'blog', url: 'https://a.example/?lang=fr' },
        ],
      }),
      en,
    ).map((link) => link.label);
    expect(pages).toEqual(['Blog (a.example/?lang=en)', 'blog (a.example/?lang=fr)']);
  });
});

describe('networkMapLayout', () => {
  const entries = [
    entry({ name: 'A', perspectives: ['fans', 'policy'] }),
    ...Array.from({ length: 7 }, (_, i) => entry({ name: `F${i}`, perspectives: ['fans'] })),
  ];
  const layout = networkMapLayout(entries, ['fans', 'journalism'], { width: 600, columns: 2 });

  it('draws one box per perspective, including empty ones', () => {
    expect(layout.groups.map((g) => [g.perspective, g.nodes.length])).toEqual([
      ['fans', 8],
      ['journalism', 0],
      ['policy', 1],
    ]);
  });
  it('numbers nodes by table row, repeating an entry in each of its boxes', () => {
    expect(layout.groups[0]!.nodes[0]!.number).toBe(1);
    expect(layout.groups[2]!.nodes[0]!.number).toBe(1);
  });
  it('keeps every node inside its box and the boxes inside the drawing', () => {
    for (const group of layout.groups) {
      expect(group.x + group.width).toBeLessThanOrEqual(layout.width);
      expect(group.y + group.height).toBeLessThanOrEqual(layout.height);
      for (const node of group.nodes) {
        expect(node.x - layout.radius).toBeGreaterThanOrEqual(group.x);
        expect(node.x + layout.radius).toBeLessThanOrEqual(group.x + group.width);
        expect(node.y + layout.radius).toBeLessThanOrEqual(group.y + group.height);
      }
    }
  });
  it('gives boxes in one row the same height', () => {
    expect(layout.groups[0]!.height).toBe(layout.groups[1]!.height);
    expect(layout.groups[2]!.y).toBeGreaterThan(layout.groups[0]!.y + layout.groups[0]!.height);
  });
});

describe("a map box's title", () => {
  const long = 'grassroots sustainability organisations in the paddock';
  const layout = networkMapLayout(
    [entry({ name: 'A', perspectives: [long, 'fans'] })],
    [long, 'fans'],
    { width: 720, columns: 3 },
  );
  const [wrapped, short] = layout.groups;

  it("stays on one line when it fits, as the example guide's longest does", () => {
    expect(short!.title).toEqual(['fans (1)']);
    expect(wrapText('women in motorsport (1)', 224 - 2 * TITLE_INSET, TITLE_SIZE)).toEqual([
      'women in motorsport (1)',
    ]);
  });
  it('wraps between words into lines that fit the box, and reads back as written', () => {
    expect(wrapped!.title.length).toBeGreaterThan(1);
    for (const line of wrapped!.title) {
      expect(textWidth(line.trimEnd(), TITLE_SIZE)).toBeLessThanOrEqual(
        wrapped!.width - 2 * TITLE_INSET,
      );
    }
    expect(wrapped!.title.join('')).toBe(`${long} (1)`);
    expect(wrapped!.title[0]).toBe('grassroots ');
  });
  it("puts the box's entries below its last line, and the row grows to hold them", () => {
    const lastLine = wrapped!.titleY + (wrapped!.title.length - 1) * layout.titleLine;
    expect(wrapped!.titleY).toBeGreaterThan(wrapped!.y + TITLE_SIZE);
    expect(wrapped!.titleX).toBe(wrapped!.x + TITLE_INSET);
    expect(wrapped!.nodes[0]!.y - layout.radius).toBeGreaterThan(lastLine);
    expect(wrapped!.nodes[0]!.y + layout.radius).toBeLessThanOrEqual(wrapped!.y + wrapped!.height);
    expect(short!.height).toBe(wrapped!.height);
  });
  it('puts "No one yet" below the last line of an empty box\'s title, inside the box', () => {
    const empty = networkMapLayout([entry({ name: 'A', perspectives: ['fans'] })], [long, 'fans'])
      .groups[0]!;
    expect(empty.nodes).toEqual([]);
    const lastLine = empty.titleY + (empty.title.length - 1) * layout.titleLine;
    // A baseline a line's height below the last line's, so the two do not overlap.
    expect(empty.emptyY - TITLE_SIZE).toBeGreaterThan(lastLine);
    expect(empty.emptyY).toBeLessThan(empty.y + empty.height);
  });
  it('breaks a word longer than a line where it reaches the edge', () => {
    const lines = wrapText('Nachhaltigkeitskommunikationsverantwortliche (2)', 100, TITLE_SIZE);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) {
      expect(textWidth(line.trimEnd(), TITLE_SIZE)).toBeLessThanOrEqual(100);
    }
    expect(lines.join('')).toBe('Nachhaltigkeitskommunikationsverantwortliche (2)');
  });
  it('is measured at the size the stylesheet draws it', () => {
    const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');
    const size = /\.map-group-title \{[^}]*font-size: (\d+)px/.exec(css)?.[1];
    expect(Number(size)).toBe(TITLE_SIZE);
  });
  it('counts a CJK character as wider than a Latin one', () => {
    expect(textWidth('持続', 14)).toBeGreaterThan(textWidth('ab', 14));
  });
});

describe('shapePath', () => {
  it('draws a different shape for every kind', () => {
    // Every kind the schema allows, so a new kind without its own shape fails here.
    const kinds = networkKinds;
    const paths = kinds.map((k) => shapePath(k, 0, 0, 10));
    expect(new Set(paths).size).toBe(kinds.length);
    const vertices = (d: string) => (d.match(/L/g) ?? []).length + 1;
    expect(vertices(paths[1]!)).toBe(4);
    expect(vertices(paths[2]!)).toBe(6);
    expect(vertices(paths[4]!)).toBe(3);
    expect(vertices(paths[5]!)).toBe(10);
    expect(paths[0]).toContain('A10 10');
  });
});

describe('an account written as a field of its own', () => {
  it('gives the platform item, from the address written or made from the handle', () => {
    expect(platformItem('twitter', '@hannah')).toBe('- { name: X, url: https://x.com/hannah }');
    expect(platformItem('X', 'hannah')).toBe('- { name: X, url: https://x.com/hannah }');
    expect(platformItem('instagram', 'f1')).toBe(
      '- { name: Instagram, url: https://www.instagram.com/f1/ }',
    );
    expect(platformItem('tiktok', '@f1')).toBe(
      '- { name: TikTok, url: https://www.tiktok.com/@f1 }',
    );
    expect(platformItem('reddit', 'u/sam')).toBe(
      '- { name: Reddit, url: https://www.reddit.com/user/sam/ }',
    );
    expect(platformItem('youtube', 'https://www.youtube.com/@FIA')).toBe(
      '- { name: YouTube, url: https://www.youtube.com/@FIA }',
    );
    // Neither a handle nor an address: the words to replace.
    expect(platformItem('github', ['sam', 'rivera'])).toBe(
      '- { name: GitHub, url: the address of the account }',
    );
    // Not a platform's name: the general message.
    expect(platformItem('pronouns', 'they/them')).toBeUndefined();
  });
});
