import { afterEach, describe, expect, it } from 'vitest';
import {
  canonicalLang,
  directionOf,
  isEnglish,
  langAttributes,
  languageCodeFor,
  languageName,
  languageProblem,
  sameLanguage,
  textDirection,
} from '../../src/lib/site/lang.ts';
import { langSchema } from '../../src/schemas/lang.ts';

describe('language tags', () => {
  it('accepts BCP 47 tags of known languages, in their canonical form', () => {
    expect(canonicalLang('ar')).toBe('ar');
    expect(canonicalLang('EN-gb')).toBe('en-GB');
    expect(canonicalLang('pt-BR')).toBe('pt-BR');
    expect(canonicalLang('zh-Hant-TW')).toBe('zh-Hant-TW');
    expect(canonicalLang('sr-Latn')).toBe('sr-Latn');
    expect(canonicalLang('es-419')).toBe('es-419');
    expect(canonicalLang('iw')).toBe('he');
  });
  it('rejects what is not one', () => {
    for (const bad of ['', 'english', 'en_US', 'xx', 'ar-', '12', 'x-klingon', 'Arabic'])
      expect(canonicalLang(bad), bad).toBeUndefined();
  });
  it('the schema says what is wrong and what to write', () => {
    expect(langSchema.parse('HE')).toBe('he');
    const result = langSchema.safeParse('english');
    expect(result.success).toBe(false);
    // A language written by its name gets its code, in English or in its own words.
    expect(result.error?.issues[0]?.message).toBe('"english" is not a language tag: write en');
    expect(langSchema.safeParse('Nederlands').error?.issues[0]?.message).toBe(
      '"Nederlands" is not a language tag: write nl',
    );
    expect(langSchema.parse(languageCodeFor('Español')!)).toBe('es');
    expect(langSchema.safeParse('xx').error?.issues[0]?.message).toBe(
      '"xx" is not a language tag: use a BCP 47 language tag such as en, ar, he, fa or pt-BR',
    );
  });

  it('reads a lang attribute as ACT does: only its language subtag decides', () => {
    for (const ok of ['en', 'FR', 'en-US-GB', 'fr-CH', 'zh-Hant-TW', 'fil'])
      expect(languageProblem(ok), ok).toBeUndefined();
    expect(languageProblem('eng')).toBe('write en');
    expect(languageProblem('dutch')).toBe('write nl');
    for (const bad of ['em-US', '#1', 'i-lux', 'xx'])
      expect(languageProblem(bad), bad).toBe(
        'use a BCP 47 language tag such as en, ar, he, fa or pt-BR',
      );
  });

  it('knows every language of the IANA registry, not only those the runtime names', () => {
    // Omaha-Ponca and Interslavic (axe-core's valid-lang passes both), a private-use subtag,
    // and `und` (undetermined), which V8's Intl.Locale gives no language and once crashed on.
    for (const ok of ['oma', 'isv', 'qaa', 'qtz-x-mine', 'und', 'und-Latn', 'mul', 'zxx']) {
      expect(languageProblem(ok), ok).toBeUndefined();
      expect(canonicalLang(ok), ok).toBe(ok);
    }
    expect(langSchema.parse('OMA')).toBe('oma');
    // Still not: a three-letter code the registry lists by its two letters, or none at all.
    expect(languageProblem('eng')).toBe('write en');
    for (const bad of ['qua-', 'qzz', 'abcde-x']) expect(canonicalLang(bad), bad).toBeUndefined();
  });
});

describe('text direction', () => {
  const rtl = [
    'ar',
    'he',
    'fa',
    'ur',
    'ps',
    'sd',
    'ckb',
    'ug',
    'yi',
    'dv',
    'syr',
    'ar-EG',
    'ku-Arab',
  ];
  const ltr = ['en', 'de', 'tr', 'zh-Hant', 'ja', 'hi', 'ku', 'ar-Latn', 'az', 'ru'];

  it('is right to left for languages written in a right-to-left script', () => {
    for (const tag of rtl) expect(textDirection(tag), tag).toBe('rtl');
    for (const tag of ltr) expect(textDirection(tag), tag).toBe('ltr');
  });

  describe('without Intl.Locale text info', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>;
    const saved = ['getTextInfo', 'textInfo'].map(
      (name) => [name, Object.getOwnPropertyDescriptor(proto, name)] as const,
    );
    afterEach(() => {
      for (const [name, descriptor] of saved)
        if (descriptor) Object.defineProperty(proto, name, descriptor);
    });
    const remove = (...names: string[]) => {
      for (const name of names) delete proto[name];
    };

    it('falls back to the script of the tag or its likely script', () => {
      remove('getTextInfo', 'textInfo');
      for (const tag of rtl) expect(directionOf(tag), tag).toBe('rtl');
      for (const tag of ltr) expect(directionOf(tag), tag).toBe('ltr');
    });

    it('falls back to the list of right-to-left languages without likely scripts', () => {
      remove('getTextInfo', 'textInfo');
      const maximize = Object.getOwnPropertyDescriptor(proto, 'maximize')!;
      delete proto.maximize;
      try {
        for (const tag of ['ar', 'he', 'fa', 'ur', 'yi']) expect(directionOf(tag), tag).toBe('rtl');
        for (const tag of ['en', 'de', 'ja']) expect(directionOf(tag), tag).toBe('ltr');
        expect(directionOf('ku-Arab')).toBe('rtl'); // the tag's own script still decides
      } finally {
        Object.defineProperty(proto, 'maximize', maximize);
      }
    });
  });
});

describe('marking text in another language', () => {
  it('marks only text in a language other than the one around it, with dir when it differs', () => {
    expect(langAttributes('ar', 'en')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(langAttributes('en', 'he')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(langAttributes('fr', 'en')).toEqual({ lang: 'fr' });
    expect(langAttributes('en', 'en')).toEqual({});
    expect(langAttributes(undefined, 'en')).toEqual({});
  });
  it('names languages for the reader, with their own name beside', () => {
    expect(languageName('ar', 'en')).toBe('Arabic (العربية)');
    expect(languageName('he', 'en')).toBe('Hebrew (עברית)');
    expect(languageName('en', 'en')).toBe('English');
  });
  it('compares languages without region or script', () => {
    expect(sameLanguage('en-GB', 'en')).toBe(true);
    expect(sameLanguage('ar', 'he')).toBe(false);
    expect(isEnglish('en-US')).toBe(true);
    expect(isEnglish('ar')).toBe(false);
  });
});
