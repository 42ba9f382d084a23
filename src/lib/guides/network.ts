/**
 * What a guide's network says, computed from its data file: the diversity summary in plain words,
 * the CSV for outreach tracking, and the layout of the build-time SVG map. Pure, so every page
 * and download agrees and each piece is unit-tested.
 */
import {
  BLUESKY_HANDLE,
  MASTODON_HANDLE,
  networkKinds,
  networkStatuses,
  type NetworkEntry,
} from '../../schemas/network.ts';
import { toCsv } from './csv.ts';
import { allOf } from '../util/word-list.ts';
import { isEnglish } from '../site/lang.ts';
import type { Phrase, PluralPhrase } from '../site/words/catalog.ts';
import type { Words } from '../site/words/translate.ts';

/** The site's interface words, for what the network says in them. */
type NetworkWords = Pick<Words, 'lang' | 't' | 'plural'>;

export type NetworkKind = (typeof networkKinds)[number];
export type NetworkStatus = (typeof networkStatuses)[number];

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

const kindCounts: Record<NetworkKind, PluralPhrase> = {
  person: '{count} people',
  organization: '{count} organizations',
  community: '{count} communities',
  event: '{count} events',
  publication: '{count} publications',
  platform: '{count} platforms',
};

/** "1 person", "4 people", in the site's language. */
export function countKind(kind: NetworkKind, count: number, words: NetworkWords): string {
  return words.plural(count, kindCounts[kind]);
}

/** Each status's label, in English: a phrase of the catalog, which pages pass through `t()`. */
export const statusLabels: Record<NetworkStatus, Phrase> = {
  'to-research': 'To research',
  following: 'Following',
  engaged: 'Engaged',
  collaborating: 'Collaborating',
};

/** Each kind's label, in English: a phrase of the catalog, which pages pass through `t()`. */
export const kindLabels: Record<NetworkKind, Phrase> = {
  person: 'Person',
  organization: 'Organization',
  community: 'Community',
  event: 'Event',
  publication: 'Publication',
  platform: 'Platform',
};

/**
 * The perspectives to show, in order: the guide's own list first (the voices it asks for), then
 * any the entries bring that the guide did not name, alphabetically. Matching ignores case.
 */
export function orderedPerspectives(entries: NetworkEntry[], wanted: string[]): string[] {
  const result: string[] = [];
  for (const p of wanted) if (!result.some((r) => same(r, p))) result.push(p);
  const extra = entries
    .flatMap((e) => e.perspectives)
    .filter((p, i, all) => all.findIndex((q) => same(p, q)) === i)
    .filter((p) => !result.some((r) => same(r, p)))
    .sort((a, b) => a.localeCompare(b));
  return [...result, ...extra];
}

export interface DiversitySummary {
  total: number;
  /** Every perspective, guide's first, with how many entries bring it (0 for a gap). */
  byPerspective: { perspective: string; count: number }[];
  /** Kinds present, in schema order. */
  byKind: { kind: NetworkKind; count: number }[];
  /** The guide's perspectives no entry covers yet. */
  missing: string[];
  /** How many of the guide's perspectives are covered. */
  covered: number;
  wanted: number;
}

export function diversitySummary(entries: NetworkEntry[], wanted: string[]): DiversitySummary {
  const perspectives = orderedPerspectives(entries, wanted);
  const byPerspective = perspectives.map((perspective) => ({
    perspective,
    count: entries.filter((e) => e.perspectives.some((p) => same(p, perspective))).length,
  }));
  // orderedPerspectives puts the guide's own (deduplicated) perspectives first.
  const wantedRows = byPerspective.slice(0, uniqueCount(wanted));
  const missing = wantedRows.filter((row) => row.count === 0).map((row) => row.perspective);
  const byKind = networkKinds
    .map((kind) => ({ kind, count: entries.filter((e) => e.kind === kind).length }))
    .filter((row) => row.count > 0);
  return {
    total: entries.length,
    byPerspective,
    byKind,
    missing,
    covered: wantedRows.length - missing.length,
    wanted: wantedRows.length,
  };
}

function uniqueCount(items: string[]): number {
  return items.filter((p, i) => items.findIndex((q) => same(p, q)) === i).length;
}

/**
 * "a, b and c" in the interface's language. English keeps the British list of the messages
 * (`allOf`, no comma before the last word), as the site has always written it.
 */
function listOf(items: string[], lang: string): string {
  return isEnglish(lang)
    ? allOf(items)
    : new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

/** The summary as sentences a reader can take in at once, in the site's language. */
export function summaryInWords(
  summary: DiversitySummary,
  words: NetworkWords,
): {
  makeup: string;
  coverage?: string;
  gap: string;
} {
  const { total, byKind, missing, covered, wanted } = summary;
  const makeup =
    total === 0
      ? words.t('The network has no entries yet.')
      : words.plural(total, 'The network has {count} entries: {kinds}.', {
          kinds: listOf(
            byKind.map((row) => countKind(row.kind, row.count, words)),
            words.lang,
          ),
        });
  const coverage =
    wanted === 0
      ? undefined
      : words.plural(
          wanted,
          'They cover {covered} of the {count} perspectives this guide asks for.',
          {
            covered,
          },
        );
  const gap =
    wanted === 0
      ? words.t('This guide does not list the perspectives it wants yet.')
      : missing.length === 0
        ? words.t('Every perspective this guide asks for has at least one voice.')
        : words.t('No one yet from: {perspectives}.', { perspectives: missing.join(', ') });
  return { makeup, coverage, gap };
}

/** `@user@server` → the profile's address, `https://server/@user`. */
export function mastodonUrl(handle: string): string | undefined {
  const match = MASTODON_HANDLE.exec(handle.trim());
  return match ? `https://${match[2]!.toLowerCase()}/@${match[1]}` : undefined;
}

/** `name.bsky.social` (or `@name.bsky.social`, or a DID) → `https://bsky.app/profile/…`. */
export function blueskyUrl(handle: string): string | undefined {
  const trimmed = handle.trim();
  if (!BLUESKY_HANDLE.test(trimmed)) return undefined;
  return `https://bsky.app/profile/${encodeURIComponent(trimmed.replace(/^@/, '').toLowerCase())}`;
}

/** One way to follow an entry, as the network table links it. */
export interface FollowLink {
  /**
   * What the link says, e.g. "Website", "Feed" (in the site's language), "Mastodon:
   * @sam@mastodon.social" (a platform's name, the same in every language).
   */
  label: string;
  href: string;
  /** The label is the network's own words (a platform's name as its file gives it). */
  own?: true;
}

/** An address as links compare it: `https://WWW.a.org` and `https://www.a.org/` are one. */
function addressKey(href: string): string {
  try {
    return new URL(href).href;
  } catch {
    return href;
  }
}

/**
 * An address as short as a reader needs it to tell links apart: `fia.com/about` for
 * `https://www.fia.com/about/`; the whole of it but its scheme where `others` (the addresses of
 * the links of the same name) would shorten to the same.
 */
function shortAddress(href: string, others: string[]): string {
  const short = (address: string) => {
    try {
      const url = new URL(address);
      const path = url.pathname.replace(/\/$/, '');
      return url.hostname.replace(/^www\./, '') + path;
    } catch {
      return address;
    }
  };
  const mine = short(href);
  return others.filter((other) => short(other) === mine).length > 1
    ? href.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    : mine;
}

/**
 * Every way to follow an entry, in a stable order: website, feed, Mastodon, Bluesky, then its
 * other platforms. Handles are shown as written, so readers can also search for them. An address
 * is listed once, and links of the same name (a `website` and a platform the file also calls
 * "Website") say their addresses: a screen reader's list of links, or a table cell read
 * aloud, would otherwise offer two "Website" links that go to different places (WCAG 2.4.4).
 */
export function followLinks(entry: NetworkEntry, words: Pick<Words, 't'>): FollowLink[] {
  const links = everyFollowLink(entry, words).filter(
    (link, i, all) => all.findIndex((l) => addressKey(l.href) === addressKey(link.href)) === i,
  );
  return links.map((link) => {
    const name = link.label.toLowerCase();
    const same = links.filter((other) => other.label.toLowerCase() === name);
    if (same.length < 2) return link;
    const address = shortAddress(
      link.href,
      same.map((other) => other.href),
    );
    return { ...link, label: `${link.label} (${address})` };
  });
}

function everyFollowLink(entry: NetworkEntry, words: Pick<Words, 't'>): FollowLink[] {
  const links: FollowLink[] = [];
  if (entry.website) links.push({ label: words.t('Website'), href: entry.website });
  if (entry.feed) links.push({ label: words.t('Feed'), href: entry.feed });
  const mastodon = entry.mastodon && mastodonUrl(entry.mastodon);
  if (mastodon) links.push({ label: `Mastodon: ${entry.mastodon!.trim()}`, href: mastodon });
  const bluesky = entry.bluesky && blueskyUrl(entry.bluesky);
  if (bluesky) links.push({ label: `Bluesky: ${entry.bluesky!.trim()}`, href: bluesky });
  for (const platform of entry.platforms)
    links.push({ label: platform.name, href: platform.url, own: true });
  return links;
}

/** Byte order mark: tells spreadsheets the file is UTF-8 (RFC 4180 parsers skip it). */
export const UTF8_BOM = '\uFEFF';

/**
 * The network as a spreadsheet for tracking outreach; the last two columns are for the reader.
 * It starts with a UTF-8 byte order mark: Excel opens a CSV without one in the system's legacy
 * code page, so "Café Société" would read "CafÃ© SociÃ©tÃ©". The header row and the kind and
 * status values stay in English in every site language: they are data columns that spreadsheets
 * and scripts key on, not words of the interface.
 */
export function networkCsv(entries: NetworkEntry[]): string {
  return (
    UTF8_BOM +
    toCsv(
      [
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
      ],
      entries.map((e) => [
        e.name,
        e.kind,
        e.perspectives.join('; '),
        e.platforms.map((p) => `${p.name}: ${p.url}`).join('\n'),
        e.status,
        e.notes ?? '',
        e.website ?? '',
        e.feed ?? '',
        e.mastodon ?? '',
        e.bluesky ?? '',
        '',
        '',
      ]),
    )
  );
}

export interface MapNode {
  /** 1-based, the entry's row number in the table. */
  number: number;
  name: string;
  kind: NetworkKind;
  status: NetworkStatus;
  x: number;
  y: number;
}

export interface MapGroup {
  perspective: string;
  /** The box's title, "perspective (count)", in lines that fit the box (SVG text does not wrap). */
  title: string[];
  /** Where the title's first line starts: its left end and its baseline. */
  titleX: number;
  titleY: number;
  /** The baseline of "No one yet" in a box with no entries, below the title's last line. */
  emptyY: number;
  x: number;
  y: number;
  width: number;
  height: number;
  nodes: MapNode[];
}

export interface MapLayout {
  width: number;
  height: number;
  groups: MapGroup[];
  /** Half the size of a shape. */
  radius: number;
  /** From one line of a box's title to the next. */
  titleLine: number;
}

export interface MapOptions {
  width?: number;
  columns?: number;
}

/**
 * Places one box per perspective in a grid, and in each box one numbered shape per entry that
 * brings that perspective; an entry with three perspectives appears in three boxes, which is
 * what makes overlaps and gaps visible. Rows of boxes take the height of their fullest box.
 */
export function networkMapLayout(
  entries: NetworkEntry[],
  wanted: string[],
  { width = 720, columns = 3 }: MapOptions = {},
): MapLayout {
  const gap = 12;
  // A box's header holds one line of title, its baseline 20 down; each further line adds one
  // titleLine. The body (its shapes, or "No one yet" on a baseline 24 into it) starts below.
  const header = 30;
  const titleBaseline = 20;
  const titleLine = 18;
  const emptyBaseline = 24;
  const pad = 12;
  const cell = 44;
  const radius = 15;
  const groupWidth = (width - gap * (columns + 1)) / columns;
  const perRow = Math.max(1, Math.floor((groupWidth - pad * 2) / cell));
  const perspectives = orderedPerspectives(entries, wanted);
  const groups: MapGroup[] = [];
  let y = gap;
  for (let start = 0; start < perspectives.length; start += columns) {
    const row = perspectives.slice(start, start + columns).map((perspective, column) => {
      const members = entries
        .map((entry, index) => ({ entry, number: index + 1 }))
        .filter(({ entry }) => entry.perspectives.some((p) => same(p, perspective)));
      const rows = Math.max(1, Math.ceil(members.length / perRow));
      const x = gap + column * (groupWidth + gap);
      // The title keeps TITLE_INSET off both edges of its box.
      const title = wrapText(
        `${perspective} (${members.length})`,
        groupWidth - 2 * TITLE_INSET,
        TITLE_SIZE,
      );
      const top = header + (title.length - 1) * titleLine;
      const nodes = members.map(({ entry, number }, i) => ({
        number,
        name: entry.name,
        kind: entry.kind,
        status: entry.status,
        x: x + pad + cell / 2 + (i % perRow) * cell,
        y: y + top + cell / 2 + Math.floor(i / perRow) * cell,
      }));
      return {
        perspective,
        title,
        titleX: x + TITLE_INSET,
        titleY: y + titleBaseline,
        emptyY: y + top + emptyBaseline,
        x,
        y,
        width: groupWidth,
        height: top + rows * cell + pad / 2,
        nodes,
      };
    });
    const rowHeight = Math.max(...row.map((g) => g.height));
    for (const group of row) group.height = rowHeight;
    groups.push(...row);
    y += rowHeight + gap;
  }
  return { width, height: y, groups, radius, titleLine };
}

/** The font size of a box's title in the map, as `.map-group-title` in global.css sets it. */
export const TITLE_SIZE = 14;
/** How far a box's title starts from the box's edge, and ends short of the other. */
export const TITLE_INSET = 10;

/**
 * About how wide a text is drawn in a bold sans-serif at `size`. The map is drawn at build time,
 * with no font to measure, so each character counts as a share of the size, set from DejaVu Sans
 * Bold, one of the wider system fonts (Chromium, 14 px: "women in motorsport (1)" 0.61 a
 * character, "sustainability (8)" 0.53, capitals 0.67 to 1.1, digits 0.70): a capital 0.75, a
 * digit 0.7, a wide character (CJK, Hangul, full-width forms, emoji) the whole size, any other
 * 0.6. A line of unusually wide letters ("mmmm") can still run a little past it.
 */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += shareOf(char) * size;
  return width;
}
function shareOf(char: string): number {
  if (WIDE.test(char)) return 1;
  if (/\p{Lu}/u.test(char)) return 0.75;
  if (/\p{Nd}/u.test(char)) return 0.7;
  return 0.6;
}
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

/**
 * A text in lines no wider than `width` (textWidth), broken between words; a word wider than a
 * line by itself is broken where it reaches the edge. Every line but the last keeps its space, so
 * the lines read back as the text.
 */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=\s)/u)) {
    if (line && textWidth((line + word).trimEnd(), size) > width) {
      lines.push(line);
      line = '';
    }
    line += word;
    // A word that cannot fit a line: as much of it as fits, then the rest on the next.
    while (textWidth(line.trimEnd(), size) > width) {
      let cut = 0;
      let drawn = 0;
      for (const char of line) {
        drawn += textWidth(char, size);
        if (drawn > width && cut > 0) break;
        cut += char.length;
      }
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** An SVG path for an entry's shape, centred on (x, y): the shape says the kind. */
export function shapePath(kind: NetworkKind, x: number, y: number, r: number): string {
  const polygon = (points: [number, number][]) =>
    `M${points.map(([px, py]) => `${round(x + px)} ${round(y + py)}`).join(' L')} Z`;
  const regular = (sides: number, rotation: number, scale = r) =>
    polygon(
      Array.from({ length: sides }, (_, i) => {
        const angle = rotation + (i * 2 * Math.PI) / sides;
        return [scale * Math.cos(angle), scale * Math.sin(angle)] as [number, number];
      }),
    );
  switch (kind) {
    case 'person':
      return `M${round(x - r)} ${round(y)} A${r} ${r} 0 1 0 ${round(x + r)} ${round(y)} A${r} ${r} 0 1 0 ${round(x - r)} ${round(y)} Z`;
    case 'organization':
      return polygon([
        [-r * 0.9, -r * 0.9],
        [r * 0.9, -r * 0.9],
        [r * 0.9, r * 0.9],
        [-r * 0.9, r * 0.9],
      ]);
    case 'community':
      return regular(6, 0);
    case 'event':
      return regular(4, -Math.PI / 2, r * 1.1);
    case 'publication':
      return regular(3, -Math.PI / 2, r * 1.15);
    case 'platform':
      // A star, so it cannot be mistaken for the community hexagon at small sizes.
      return polygon(
        Array.from({ length: 10 }, (_, i) => {
          const angle = -Math.PI / 2 + (i * Math.PI) / 5;
          const scale = i % 2 === 0 ? r * 1.25 : r * 0.62;
          return [scale * Math.cos(angle), scale * Math.sin(angle)] as [number, number];
        }),
      );
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
