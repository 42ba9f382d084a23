import { z } from 'astro/zod';
import { slugify } from '../lib/content/slug.ts';

/** What a module id is: lower-case letters, digits and hyphens. */
export const MODULE_ID = /^[a-z0-9-]+$/;

/** A course groups reflections and guides into modules: `content/courses/<id>.yaml`. */
export const courseSchema = z.object({
  /** Course title. Required. */
  title: z.string().min(1),
  /** When it runs, e.g. "Fall 2026". Required. */
  term: z.string().min(1),
  /** What the course is about. Required. */
  description: z.string().min(1),
  /** Modules in teaching order. At least one, each with its own id. */
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
    .min(1)
    // An entry's `module:` names one module, and the course page links each by its id.
    .superRefine((modules, ctx) => {
      const first = new Map<string, number>();
      modules.forEach(({ id }, index) => {
        const before = first.get(id);
        if (before === undefined) first.set(id, index);
        else
          ctx.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `${id} is module ${before + 1}'s id too, and an entry's module: could name either: give each module its own id`,
          });
      });
    }),
});

export type Course = z.output<typeof courseSchema>;
