import { z } from 'astro/zod';
import { canonicalLang, langFix } from '../lib/site/lang.ts';

/**
 * A BCP 47 language tag (`en`, `ar`, `pt-BR`), checked and written in its canonical form
 * (`EN-gb` → `en-GB`). Used by the site config, entries and pages.
 */
export const langSchema = z
  .string()
  .refine((tag) => canonicalLang(tag) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a language tag: ${langFix(String(issue.input))}`,
  })
  .transform((tag) => canonicalLang(tag)!);
