import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script, runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  FEED_PAGE_PHRASES,
  feedPageScript,
  feedPageSettings,
} from '../../src/lib/feeds/page-script.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

const source = readFileSync(join(import.meta.dirname, '../../src/scripts/feed-page.js'), 'utf8');
/** The settings object a written script holds. */
const settingsIn = (script: string) =>
  JSON.parse(/\/\* settings \*\/ (\{.*\});/.exec(script)![1]!) as unknown;

describe('feedPageSettings', () => {
  it('gives an English site no words and no marks: the script as written is its page', () => {
    const written = /\/\* settings \*\/ (\{[\s\S]*?\n\});/.exec(source)![1]!;
    expect(feedPageSettings(wordsFor('en'))).toEqual(runInNewContext(`(${written})`));
    expect(feedPageSettings(wordsFor('en'))).toMatchObject({ ui: {}, site: {}, words: {} });
  });

  it("gives a French site every phrase of the page in French, and the site's time zone", () => {
    const fr = wordsFor('fr');
    const settings = feedPageSettings(fr, 'fr', 'Europe/Paris');
    expect(Object.keys(settings.words)).toEqual(FEED_PAGE_PHRASES);
    expect(settings.words['This is a web feed']).toBe(fr.t('This is a web feed'));
    expect(settings.words['Published {date}']).toContain('{date}');
    expect(settings).toMatchObject({ lang: 'fr', timeZone: 'Europe/Paris', ui: {}, site: {} });
  });

  it("marks the interface's English on a site in a language it has no words in, and the dates inside it", () => {
    expect(feedPageSettings(wordsFor('ja'), 'ja')).toMatchObject({
      lang: 'ja',
      dir: 'ltr',
      ui: { lang: 'en' },
      site: { lang: 'ja' },
      words: {},
    });
    // Right to left: the page, and the marks where the direction changes too.
    expect(feedPageSettings(wordsFor('ar'), 'ar')).toMatchObject({
      lang: 'ar',
      dir: 'rtl',
      ui: { lang: 'en', dir: 'ltr' },
      site: { lang: 'ar', dir: 'rtl' },
    });
  });
});

describe('feedPageScript', () => {
  it('gives the script the words of every phrase it says, and only those', () => {
    // A phrase the script says that the list lacks would stay English on every site.
    const said = [...source.matchAll(/\bsay\(\s*(['"])((?:(?!\1)[^\\])*)\1/g)].map((m) => m[2]);
    expect(said.length).toBeGreaterThan(0);
    expect(new Set(said)).toEqual(new Set(FEED_PAGE_PHRASES));
  });

  it("writes the site's settings in place of the script's own, as a script that still parses", () => {
    const settings = feedPageSettings(wordsFor('de'), 'de', 'Europe/Berlin');
    const out = feedPageScript(source, settings);
    expect(settingsIn(out)).toEqual(settings);
    expect(() => new Script(out)).not.toThrow();
    // Only the settings change.
    expect(out.replace(/\/\* settings \*\/ \{.*\};/, '')).toBe(
      source.replace(/\/\* settings \*\/ \{[\s\S]*?\n\};/, ''),
    );
  });

  it('keeps words that look like markup as script text', () => {
    const settings = {
      ...feedPageSettings(wordsFor('en')),
      words: { 'Latest entries': '</script><b>' },
    };
    const out = feedPageScript(source, settings);
    expect(out).not.toContain('</script>');
    expect(settingsIn(out)).toEqual(settings);
  });

  it('refuses a script whose settings object it no longer finds', () => {
    expect(() =>
      feedPageScript(source.replace('/* settings */', ''), feedPageSettings(wordsFor('en'))),
    ).toThrow(
      /src\/scripts\/feed-page\.js has no `\/\* settings \*\/ \{ … \};`: src\/lib\/feeds\/page-script\.ts writes the site's settings there/,
    );
  });
});
