import { escapeHtml } from '../util/escape-html.ts';
import { escapeRegExp } from '../util/escape-regexp.ts';
import type { Phrase } from '../site/words/catalog.ts';
import type { Words } from '../site/words/translate.ts';
import { langAttributes, langMarkup } from '../site/lang.ts';

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
  [
    'Published {date}',
    {
      date: '<span data-site-words=""><xsl:call-template name="date"><xsl:with-param name="rss" select="pubDate"/></xsl:call-template></span>',
    },
  ],
];

/** RSS dates' months (RFC 822), in order. */
const RSS_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The stylesheet's `date` template, as feed.xsl writes it. */
const DATE_TEMPLATE = /<xsl:template name="date">[\s\S]*?<\/xsl:template>/;

/**
 * The stylesheet's `date` template for a site in `lang`: an item's RSS date
 * (`Thu, 05 Mar 2027 00:00:00 GMT`) written as the site's pages write a date
 * (src/lib/content/dates.ts: `Intl`'s long date, "5 March 2027", "5 de marzo de 2027",
 * "2027年3月5日"), in the order, words and digits the language uses. XSLT 1.0, which browsers
 * run, formats no dates: the day and year are cut from the RSS date and the month looked up.
 */
export function dateTemplate(lang: string): string {
  // The RSS date is a Gregorian one: a language whose dates Intl writes in another calendar
  // (Persian, Thai Buddhist) gets that language's Gregorian month names and years.
  const gregorian = new Intl.Locale(lang, { calendar: 'gregory' }).toString();
  const format = new Intl.DateTimeFormat(gregorian, { dateStyle: 'long', timeZone: 'UTC' });
  const partsOf = (month: number) => format.formatToParts(new Date(Date.UTC(2027, month, 5)));
  // Digits as the language writes them (Arabic-Indic in ar-EG, say): the RSS date has ASCII.
  const digits = new Intl.NumberFormat(lang, { useGrouping: false }).format(1234567890);
  const numeral = (select: string) =>
    digits === '1234567890'
      ? `<xsl:value-of select="${select}"/>`
      : `<xsl:value-of select="translate(${select}, '1234567890', '${digits}')"/>`;
  const month = RSS_MONTHS.map((rss, index) => {
    const name = partsOf(index).find((part) => part.type === 'month')?.value ?? rss;
    return `<xsl:when test="substring($rss, 9, 3) = '${rss}'">${escapeHtml(name)}</xsl:when>`;
  });
  const body = partsOf(2).map((part) => {
    if (part.type === 'day') return numeral('number(substring($rss, 6, 2))');
    if (part.type === 'year') return numeral('substring($rss, 13, 4)');
    if (part.type === 'month') return `<xsl:choose>${month.join('')}</xsl:choose>`;
    // Words that are the same for every date of the feed: the literals, and an era ("ค.ศ.").
    return part.type === 'literal' || part.type === 'era'
      ? `<xsl:text>${escapeHtml(part.value)}</xsl:text>`
      : '';
  });
  return `<xsl:template name="date"><xsl:param name="rss"/>${body.join('')}</xsl:template>`;
}

const fill = (text: string, xslt: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => xslt[name] ?? whole);

/** The English text as the file has it, wrapped and indented anywhere it has a space. */
const written = (english: string) =>
  new RegExp(english.split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');

/** Where feed.xsl holds the interface's words, and where the site's words sit inside them. */
const UI_MARK = ' data-ui=""';
const SITE_MARK = ' data-site-words=""';

/**
 * The feed stylesheet `xsl` with its text in the interface's `words`, and its dates written as
 * the site's pages write them (`dateTemplate`) in the site's language `siteLang`. The page is in
 * the feed's language, the site's: where the interface's words are in another (English on a site
 * Commonplace has no words for), each element that holds them says so, and the dates inside them
 * say theirs (WCAG 3.1.2). A phrase whose words are its English is left as the file writes it.
 * Throws when the file no longer has one of its phrases, its marks, or its `date` template, as
 * written here: a phrase changed in one place only would stay in English.
 */
export function feedStylesheet(
  xsl: string,
  { t, lang }: Pick<Words, 't' | 'lang'>,
  siteLang: string = lang,
): string {
  if (!DATE_TEMPLATE.test(xsl))
    throw new Error(
      'src/lib/feeds/feed.xsl has no <xsl:template name="date">: src/lib/feeds/stylesheet.ts writes it for the site\'s language',
    );
  for (const mark of [UI_MARK, SITE_MARK])
    if (!xsl.includes(mark))
      throw new Error(
        `src/lib/feeds/feed.xsl has no${mark}: src/lib/feeds/stylesheet.ts marks the interface's words there`,
      );
  let out = xsl.replace(DATE_TEMPLATE, () => dateTemplate(siteLang));
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
  return out
    .replaceAll(UI_MARK, langMarkup(langAttributes(lang, siteLang)))
    .replaceAll(SITE_MARK, langMarkup(langAttributes(siteLang, lang)));
}
