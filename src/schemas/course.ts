import { z } from 'astro/zod';
import { slugify } from '../lib/content/slug.ts';

const MODULE_ID = /^[a-z0-9-]+$/;

/** A course groups reflections and guides into modules: `content/courses/<id>.yaml`. */
export const courseSchema = z.object({
  /** Course title. Required. */
  title: z.string().min(1),
  /** When it runs, e.g. "Fall 2026". Required. */
  term: z.string().min(1),
  /** What the course is about. Required. */
  description: z.string().min(1),
  /** Modules in teaching order. At least one. */
  modules: z
    .array(
      z.object({
        /** Stable id that entries name in `module:`: lower-case letters, digits and hyphens. */
        id: z.string().superRefine((id, ctx) => {
          if (MODULE_ID.test(id)) return;
          // The id a title-like one was meant to be: `Inclusive Networks` is `inclusive-networks`.
          const fixed = slugify(id);
          ctx.addIssue({
            code: 'custom',
            message: `module id must be lower-case letters, digits and hyphens, not "${id}"${MODULE_ID.test(fixed) ? `: write id: ${fixed}` : ''}`,
          });
        }),
        /** Module title. */
        title: z.string().min(1),
        /** One-paragraph summary. Default empty. */
        summary: z.string().default(''),
      }),
    )
    .min(1),
});

export type Course = z.output<typeof courseSchema>;
