/**
 * OPML 2.0 subscription lists (http://opml.org/spec2.opml), which every feed reader imports: a
 * guide's `network.opml` (the network's own feeds) and the site's `/subscriptions.opml` (its
 * own feeds). Pure: data in, XML text out.
 */
import type { NetworkEntry } from '../../schemas/network.ts';
import { xmlSafeText } from './sanitize.ts';
import { orderedPerspectives } from '../guides/network.ts';
import { escapeHtml } from '../util/escape-html.ts';
import type { FeedWords } from './html.ts';

/** A folder of outlines, or one feed (`type="rss"`, which OPML uses for any feed format). */
export type Outline =
  | { text: string; children: Outline[] }
  | {
      text: string;
      /** The feed's address. */
      xmlUrl: string;
      /** The page the feed follows. */
      htmlUrl?: string;
      description?: string;
      /** BCP 47 language of the feed. */
      language?: string;
    };

export interface OpmlDocument {
  title: string;
  /** When the list was made: the build date. */
  dateCreated: Date;
  ownerName?: string;
  /** A page about the owner, e.g. the site. */
  ownerId?: string;
  outlines: Outline[];
}

const escapeAttribute = (text: string) =>
  escapeHtml(xmlSafeText(text))
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
const escapeText = (text: string) => escapeHtml(xmlSafeText(text));

function attributes(values: Record<string, string | undefined>): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

function outlineXml(outline: Outline, depth: number): string {
  const indent = '  '.repeat(depth);
  if ('children' in outline) {
    const children = outline.children.map((child) => outlineXml(child, depth + 1)).join('');
    return `${indent}<outline${attributes({ text: outline.text, title: outline.text })}>\n${children}${indent}</outline>\n`;
  }
  const attrs = attributes({
    type: 'rss',
    text: outline.text,
    title: outline.text,
    xmlUrl: outline.xmlUrl,
    htmlUrl: outline.htmlUrl,
    description: outline.description,
    language: outline.language,
  });
  return `${indent}<outline${attrs}/>\n`;
}

/** The document as OPML 2.0 text. Empty folders are left out. */
export function toOpml(doc: OpmlDocument): string {
  const prune = (outlines: Outline[]): Outline[] =>
    outlines.flatMap((outline): Outline[] => {
      if (!('children' in outline)) return [outline];
      const children = prune(outline.children);
      return children.length > 0 ? [{ ...outline, children }] : [];
    });
  const head = [
    `    <title>${escapeText(doc.title)}</title>`,
    `    <dateCreated>${doc.dateCreated.toUTCString()}</dateCreated>`,
    doc.ownerName && `    <ownerName>${escapeText(doc.ownerName)}</ownerName>`,
    doc.ownerId && `    <ownerId>${escapeText(doc.ownerId)}</ownerId>`,
    '    <docs>http://opml.org/spec2.opml</docs>',
  ].filter(Boolean);
  const body = prune(doc.outlines)
    .map((outline) => outlineXml(outline, 2))
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n  <head>\n${head.join('\n')}\n  </head>\n  <body>\n${body}  </body>\n</opml>\n`;
}

/**
 * A guide's network as a subscription list: one outline per entry that has a feed, in folders
 * by perspective (the guide's perspectives first, in its order). An entry with several
 * perspectives is filed under its first, so importing the list subscribes to each feed once.
 */
export function networkOutlines(entries: NetworkEntry[], perspectives: string[]): Outline[] {
  const withFeed = entries.filter((entry) => entry.feed);
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return orderedPerspectives(withFeed, perspectives).map((perspective) => ({
    text: perspective,
    children: withFeed
      .filter((entry) => same(entry.perspectives[0]!, perspective))
      .map((entry) => ({
        text: entry.name,
        xmlUrl: entry.feed!,
        htmlUrl: entry.website ?? entry.platforms[0]?.url,
        description: entry.notes,
      })),
  }));
}

/** One of the site's own feeds, as the feed plan names it. */
export interface SiteFeed {
  /** Which folder it goes in. */
  group: 'all' | 'type' | 'tag' | 'course';
  title: string;
  /** Absolute address of the feed. */
  xmlUrl: string;
  /** Absolute address of the page it follows. */
  htmlUrl: string;
  description?: string;
}

/** The folders, in order, with their names in the interface's words. */
const GROUPS: [SiteFeed['group'], (words: FeedWords) => string][] = [
  ['all', ({ t }) => t('Everything')],
  ['type', ({ t }) => t('By type')],
  ['tag', ({ t }) => t('By tag')],
  ['course', ({ t }) => t('By course')],
];

/**
 * The site's feeds in four folders: everything, by type, by tag, by course, named in the
 * interface's `words`.
 */
export function siteOutlines(feeds: SiteFeed[], language: string, words: FeedWords): Outline[] {
  return GROUPS.map(([group, name]) => ({
    text: name(words),
    children: feeds
      .filter((feed) => feed.group === group)
      .map((feed) => ({
        text: feed.title,
        xmlUrl: feed.xmlUrl,
        htmlUrl: feed.htmlUrl,
        description: feed.description,
        language,
      })),
  }));
}
