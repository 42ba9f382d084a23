import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../src/lib/site/words/catalog.ts';
import {
  BUILT_IN,
  missingWordsNotice,
  placeholders,
  wordsFor,
  type WrittenWords,
} from '../../src/lib/site/words/translate.ts';
import { defineSite } from '../../src/schemas/site.ts';
import { interfaceWordsWarning } from '../../src/a11y/site-config.ts';
import { hasSearchWords, searchWords } from '../../src/lib/search/search-words.ts';

const site = {
  title: 'T',
  description: 'D',
  url: 'https://example.org',
  author: { name: 'Sam' },
};
const phrases = Object.keys(CATALOG);
const ALL_FORMS = ['zero', 'one', 'two', 'few', 'many', 'other'];

describe('the built-in languages', () => {
  for (const [lang, translation] of Object.entries(BUILT_IN)) {
    it(`${lang} has words for every phrase, each keeping its placeholders`, () => {
      const words = translation as Record<string, unknown>;
      expect(Object.keys(words).sort()).toEqual([...phrases].sort());
      for (const phrase of phrases) {
        const entry = (CATALOG as Record<string, unknown>)[phrase];
        const forms = words[phrase];
        if (typeof entry === 'string') {
          expect(typeof forms, phrase).toBe('string');
          expect((forms as string).trim(), phrase).not.toBe('');
          expect(placeholders(forms as string), phrase).toEqual(placeholders(phrase));
        } else {
          const byForm = forms as Record<string, string>;
          expect(byForm.other, phrase).toBeTruthy();
          // Every form the language's numbers take, each with the phrase's placeholders.
          const used = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
          for (const form of Object.keys(byForm)) expect(ALL_FORMS, phrase).toContain(form);
          for (const form of used) {
            const text = byForm[form] ?? byForm.other!;
            expect(placeholders(text), `${phrase} (${form})`).toEqual(placeholders(phrase));
          }
        }
      }
    });
  }
});

describe('wordsFor', () => {
  it('gives the English phrase itself on an English site, in any English', () => {
    for (const lang of ['en', 'en-GB', 'en-US']) {
      const words = wordsFor(lang);
      expect(words.lang).toBe(lang);
      expect(words.missing).toEqual([]);
      expect(words.t('Skip to content')).toBe('Skip to content');
      expect(words.t('Page {current} of {last}', { current: 2, last: 5 })).toBe('Page 2 of 5');
      expect(words.plural(1, '{count} entries')).toBe('1 entry');
      expect(words.plural(0, '{count} entries')).toBe('0 entries');
      expect(words.plural(1250, '{count} entries')).toBe('1,250 entries');
    }
  });

  it("takes the built-in words of the site's language, a region's too, with its own plural rules", () => {
    const es = wordsFor('es-MX');
    expect(es.lang).toBe('es-MX');
    expect(es.t('Skip to content')).toBe(BUILT_IN.es!['Skip to content']);
    expect(es.t('Skip to content')).not.toBe('Skip to content');
    const fr = wordsFor('fr');
    // French counts 0 with 1 (one), English with 2 (other).
    expect(fr.plural(0, '{count} entries')).toBe(
      BUILT_IN.fr!['{count} entries'].one!.replace('{count}', '0'),
    );
    expect(wordsFor('pt-BR').t('Search')).toBe(BUILT_IN.pt!.Search);
  });

  it('gives the words around a slot where a page puts an element, in the language’s order', () => {
    expect(
      wordsFor('en').around('{part} in the series “{name}”', 'part', { name: 'Diary' }),
    ).toEqual({
      before: '',
      after: ' in the series “Diary”',
    });
    const fr = wordsFor('fr', { 'Tagged #{tag}': 'Étiquette #{tag} seulement' });
    expect(fr.around('Tagged #{tag}', 'tag')).toEqual({
      before: 'Étiquette #',
      after: ' seulement',
    });
  });

  it('cuts a phrase at each placeholder left open, for a page that writes two things into it', () => {
    expect(wordsFor('en').pieces('{part} in the series “{name}”')).toEqual([
      { slot: 'part' },
      ' in the series “',
      { slot: 'name' },
      '”',
    ]);
    // Filled placeholders are words; the open ones keep the language's order.
    const de = wordsFor('de', { '{part} in the series “{name}”': 'Reihe „{name}“, {part}' });
    expect(de.pieces('{part} in the series “{name}”', { part: 'Teil 2' })).toEqual([
      'Reihe „',
      { slot: 'name' },
      '“, Teil 2',
    ]);
  });

  it("puts the site's ui over the built-in words", () => {
    const words = wordsFor('fr', { 'Skip to content': 'Aller au texte' });
    expect(words.t('Skip to content')).toBe('Aller au texte');
    expect(words.t('Search')).toBe(BUILT_IN.fr!.Search);
  });

  it('stays in English, marked so, in a language it has no words in, until ui gives every phrase', () => {
    const some = wordsFor('ja', { 'Skip to content': '本文へ移動' });
    expect(some.lang).toBe('en');
    expect(some.missing).toHaveLength(phrases.length - 1);
    expect(some.missing).not.toContain('Skip to content');
    expect(some.t('Search')).toBe('Search');
    const all = Object.fromEntries(
      Object.entries(CATALOG).map(([phrase, entry]) => [
        phrase,
        typeof entry === 'string' ? `「${phrase}」` : { other: `「${phrase}」` },
      ]),
    ) as WrittenWords;
    const whole = wordsFor('ja', all);
    expect(whole.lang).toBe('ja');
    expect(whole.missing).toEqual([]);
    expect(whole.plural(3, '{count} entries')).toBe('「3 entries」');
  });
});

describe('the warning for a language with no words', () => {
  it('says what is left, where to write it, and how the pages look meanwhile', () => {
    expect(missingWordsNotice('es', wordsFor('es'))).toBeUndefined();
    expect(missingWordsNotice('ja', wordsFor('ja'))).toMatchInlineSnapshot(
      `"the interface is in English: Commonplace has no words for it in Japanese (lang: ja). Write them under ui in src/site.config.ts (README "The interface's words"), e.g. ui: { 'Skip to content': '…' }; until then the pages show them in English, marked lang="en""`,
    );
    expect(missingWordsNotice('ja', wordsFor('ja', { 'Skip to content': '本文へ移動' }))).toContain(
      `and ui gives 1 of its ${phrases.length} phrases. Write the rest under ui`,
    );
    expect(interfaceWordsWarning({ lang: 'ja', ui: {} }, '/nowhere')).toMatch(
      /^src\/site\.config\.ts:1:1 {2}warning {2}the interface is in English/,
    );
  });
});

describe('ui in src/site.config.ts', () => {
  const problem = (ui: Record<string, unknown>) => {
    try {
      defineSite({ ...site, ui } as never);
    } catch (error) {
      return (error as Error).message;
    }
    return undefined;
  };

  it('takes phrases the interface shows, in words that keep their placeholders', () => {
    expect(
      problem({
        'Skip to content': 'Aller au contenu',
        '{count} entries': { one: '{count} billet', other: '{count} billets' },
      }),
    ).toBeUndefined();
  });

  it('names a phrase the interface does not show, with the one meant', () => {
    expect(problem({ 'Skip to contnet': 'Aller au contenu' })).toMatchInlineSnapshot(
      `"src/site.config.ts: ui.Skip to contnet: the interface shows no such phrase (did you mean 'Skip to content'?)."`,
    );
  });

  it('refuses words that drop a placeholder, and forms on a phrase of one text', () => {
    expect(problem({ 'Page {current} of {last}': 'Page {current}' })).toMatchInlineSnapshot(
      `"src/site.config.ts: ui.Page {current} of {last}: must keep the phrase's placeholders as written, {current}, {last}, which the page fills in."`,
    );
    expect(problem({ Search: { one: 'Recherche', other: 'Recherche' } })).toContain(
      'takes one text, not forms by number',
    );
    expect(problem({ '{count} entries': '{count} billets' })).toContain(
      "depends on a number: write its forms, { one: '…', other: '…' }",
    );
  });

  it('writes the default navigation in the interface’s words, and leaves written navigation alone', () => {
    const es = defineSite({ ...site, lang: 'es' });
    expect(es.nav.map((link) => link.label)).toEqual(
      ['Reflections', 'Guides', 'Courses', 'Tags', 'About'].map(
        (label) => BUILT_IN.es![label as 'Tags'],
      ),
    );
    const own = defineSite({ ...site, lang: 'es', nav: [{ label: 'Blog', href: '/posts/' }] });
    expect(own.nav).toEqual([{ label: 'Blog', href: '/posts/' }]);
    // The default navigation says which language its words are in: English on a Japanese site,
    // where the header marks the site's own links (its language) apart from them.
    expect(defineSite({ ...site, lang: 'ja' }).nav.map((link) => link.lang)).toEqual(
      Array(5).fill('en'),
    );
    const english = { label: 'English edition', href: '/en/', lang: 'en' };
    expect(defineSite({ ...site, lang: 'ja', nav: [english] }).nav).toEqual([english]);
    expect(() =>
      defineSite({ ...site, lang: 'ja', nav: [{ ...english, lang: 'english' }] }),
    ).toThrow(/nav.*lang|lang.*not a language tag/s);
  });
});

describe('the search box’s words in the browser', () => {
  it('gives nothing for English, and only what differs from the script’s English', () => {
    expect(searchWords(wordsFor('en'))).toEqual({});
    expect(hasSearchWords(wordsFor('en-GB'))).toBe(false);
    const renamed = wordsFor('en', { 'Best match': 'Most relevant' });
    expect(searchWords(renamed)).toEqual({ 'Best match': 'Most relevant' });
    expect(hasSearchWords(renamed)).toBe(true);
  });

  it('gives every form a language counts with, its {count} left for the browser', () => {
    const fr = searchWords(wordsFor('fr'))['{count} results.'] as Record<string, string>;
    expect(Object.keys(fr).sort()).toEqual(['many', 'one', 'other']);
    for (const form of Object.values(fr)) expect(form).toContain('{count}');
  });
});
