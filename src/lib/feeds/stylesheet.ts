import { escapeHtml } from '../util/escape-html.ts';
import type { Phrase } from '../site/words/catalog.ts';
import type { FeedWords } from './html.ts';

/**
 * The text of the page a browser shows for an RSS feed (src/lib/feeds/feed.xsl), phrase by
 * phrase: each `{placeholder}` stands for the XSLT that writes it, as the file has it there.
 * The file is written in English; `feedStylesheet` puts the interface's words in its place.
 */
const STYLESHEET_PHRASES: [Phrase, Record<string, string>?][] = [
  ['Feed: {title}', { title: '<xsl:value-of select="/rss/channel/title"/>' }],
  ['Visit the website'],
  ['This is a web feed'],
  [
    'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.',
  ],
  [
    "To subscribe, copy this page's address into your feed reader: {address}",
    { address: `<code><xsl:value-of select="/rss/channel/atom:link[@rel='self']/@href"/></code>` },
  ],
  [
    'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.',
  ],
  ['Latest entries'],
  ['Published {date}', { date: '<xsl:value-of select="substring(pubDate, 6, 11)"/>' }],
];

const fill = (text: string, xslt: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => xslt[name] ?? whole);

/** The English text as the file has it, wrapped and indented anywhere it has a space. */
const written = (english: string) =>
  new RegExp(
    english
      .split(/\s+/)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
    'g',
  );

/**
 * The feed stylesheet `xsl` with its text in the interface's `words`. A phrase whose words are
 * its English is left as the file writes it, so an English site's stylesheet is the file itself.
 * Throws when the file no longer has one of its phrases as written here: a phrase changed in one
 * place only would stay in English.
 */
export function feedStylesheet(xsl: string, { t }: FeedWords): string {
  let out = xsl;
  for (const [phrase, xslt = {}] of STYLESHEET_PHRASES) {
    const english = fill(phrase, xslt);
    const pattern = written(english);
    const found = out.match(pattern)?.length ?? 0;
    if (found !== 1)
      throw new Error(
        `src/lib/feeds/feed.xsl has ${found === 0 ? 'no' : found} “${english}”: write its text as src/lib/feeds/stylesheet.ts lists it`,
      );
    const words = t(phrase);
    if (words === phrase) continue;
    const text = fill(escapeHtml(words), xslt);
    out = out.replace(pattern, () => text);
  }
  return out;
}
