import { z } from 'astro/zod';

/** Ids of reflection models: what entries write in `model:`, e.g. `gibbs` or `4f`. */
export const MODEL_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A reflection model such as Gibbs' cycle: named sections in order, each with the prompt a
 * writer answers under its heading. Built-in models are YAML files in `src/reflection-models/`
 * (the file name is the id); a site adds or replaces models in `reflectionModels` in
 * `src/site.config.ts`.
 */
export const reflectionModelSchema = z.object({
  /** Shown on the post, in search filters and on course pages. Required. */
  name: z.string().min(1),
  /** One sentence on what the model is for. Default empty. */
  description: z.string().default(''),
  /** Where the model comes from, as a citation. Optional. */
  source: z.string().optional(),
  /** The sections, in the order they are written. At least one. */
  sections: z
    .array(
      z.object({
        /** The section's heading, e.g. "Feelings". Required. */
        heading: z.string().min(1),
        /** One line under the heading, as a comment in a new draft. Required. */
        prompt: z.string().min(1),
        /** Other headings that count as this section, e.g. another spelling. Default []. */
        aliases: z.array(z.string().min(1)).default([]),
      }),
    )
    .min(1),
});

export type ReflectionModelInput = z.input<typeof reflectionModelSchema>;
export type ReflectionModel = z.output<typeof reflectionModelSchema>;
export type ReflectionModels = Record<string, ReflectionModel>;
