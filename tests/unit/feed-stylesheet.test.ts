import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { dateTemplate, feedStylesheet } from '../../src/lib/feeds/stylesheet.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

const xsl = readFileSync(join(import.meta.dirname, '../../src/lib/feeds/feed.xsl'), 'utf8');
/** The month names a date template looks up, in order. */
const months = (template: string) =>
  [...template.matchAll(/<xsl:when [^>]*>([^<]*)<\/xsl:when>/g)].map((m) => m[1]);

describe('feedStylesheet', () => {
  it("keeps an English site's words as the file writes them, and writes its dates", () => {
    const out = feedStylesheet(xsl, wordsFor('en'));
    // The marks of the interface's words go, with nothing to say on a page in their language.
    expect(out.replace(/<xsl:template name="date">[\s\S]*?<\/xsl:template>/, '')).toBe(
      xsl
        .replace(/<xsl:template name="date">[\s\S]*?<\/xsl:template>/, '')
        .replaceAll(/ data-(?:ui|site-words)=""/g, ''),
    );
    expect(out).toContain(dateTemplate('en'));
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it("puts the site's words in, as well-formed XSLT", () => {
    const fr = wordsFor('fr');
    const out = feedStylesheet(xsl, fr);
    expect(out).toContain(fr.t('This is a web feed'));
    expect(out).not.toContain('This is a web feed');
    expect(out).toContain(dateTemplate('fr'));
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it("marks the interface's English on a Japanese site's page, and the site's dates inside it", () => {
    const out = feedStylesheet(xsl, wordsFor('ja'), 'ja');
    expect(out).toContain('<h2 lang="en">Latest entries</h2>');
    expect(out).toContain('<section class="about" aria-labelledby="about-feeds" lang="en">');
    expect(out).toContain('<p class="meta" lang="en">Published <span lang="ja"><xsl:call-template');
    expect(out).toContain(dateTemplate('ja'));
    expect(out).not.toMatch(/ data-(?:ui|site-words)=""/);
    expect(XMLValidator.validate(out)).toBe(true);
  });

  it('refuses a file whose English or date template it no longer finds', () => {
    expect(() => feedStylesheet(xsl.replace('Latest entries', 'Newest'), wordsFor('fr'))).toThrow(
      /src\/lib\/feeds\/feed\.xsl has no “Latest entries”/,
    );
    expect(() =>
      feedStylesheet(
        xsl.replace('<xsl:template name="date">', '<xsl:template name="day">'),
        wordsFor('en'),
      ),
    ).toThrow(/has no <xsl:template name="date">/);
    expect(() => feedStylesheet(xsl.replaceAll(' data-ui=""', ''), wordsFor('en'))).toThrow(
      /feed\.xsl has no data-ui="": src\/lib\/feeds\/stylesheet\.ts marks the interface's words/,
    );
  });
});

describe('dateTemplate', () => {
  it("writes a date in the language's order, words and digits, as Intl's long date", () => {
    expect(months(dateTemplate('es'))).toEqual([
      'enero',
      'febrero',
      'marzo',
      'abril',
      'mayo',
      'junio',
      'julio',
      'agosto',
      'septiembre',
      'octubre',
      'noviembre',
      'diciembre',
    ]);
    // "5 de marzo de 2027": day, month, year, with the language's words between.
    expect(dateTemplate('es')).toMatch(
      /^<xsl:template name="date"><xsl:param name="rss"\/><xsl:value-of select="number\(substring\(\$rss, 6, 2\)\)"\/><xsl:text> de <\/xsl:text><xsl:choose>.*<\/xsl:choose><xsl:text> de <\/xsl:text><xsl:value-of select="substring\(\$rss, 13, 4\)"\/><\/xsl:template>$/,
    );
    // "March 5, 2027": the month first.
    expect(dateTemplate('en')).toMatch(/<xsl:param name="rss"\/><xsl:choose>/);
    // Digits as the language writes them.
    expect(dateTemplate('ar-EG')).toContain(
      `translate(substring($rss, 13, 4), '1234567890', '١٢٣٤٥٦٧٨٩٠')`,
    );
  });

  it('names Gregorian months in a language whose dates Intl writes in another calendar', () => {
    // An RSS date is Gregorian: Persian's own calendar would put the wrong month on it.
    expect(months(dateTemplate('fa'))[0]).toBe(
      new Intl.DateTimeFormat('fa-u-ca-gregory', { dateStyle: 'long', timeZone: 'UTC' })
        .formatToParts(new Date(Date.UTC(2027, 0, 5)))
        .find((part) => part.type === 'month')?.value,
    );
    expect(dateTemplate('th')).toContain('<xsl:value-of select="substring($rss, 13, 4)"/>');
  });
});
