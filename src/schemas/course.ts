import { z } from 'astro/zod';

const MODULE_ID = /^[a-z0-9-]+$/;

/** The module id a title-like id was meant to be: `Inclusive Networks` is `inclusive-networks`. */
function moduleIdFor(written: string): string {
  return written
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

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
          const fixed = moduleIdFor(id);
          ctx.addIssue({
            code: 'custom',
            message: `module id must be lower-case letters, digits and hyphens, not "${id}"${fixed ? `: write id: ${fixed}` : ''}`,
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
