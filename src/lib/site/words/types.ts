import type { Phrase, PluralPhrase } from './catalog.ts';

/** A phrase's forms by CLDR plural category; `other` is required, the rest fall back to it. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Every phrase in one language: what each built-in language file holds. */
export type Translation = { [P in Phrase]: string } & { [P in PluralPhrase]: PluralForms };

/** Words a site writes under `ui` in src/site.config.ts: any phrases, in its language. */
export type WrittenWords = { [P in Phrase]?: string } & { [P in PluralPhrase]?: PluralForms };
