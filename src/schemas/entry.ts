import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { langSchema } from './lang.ts';
import { MODEL_ID } from './reflection-model.ts';

type ImageHelper = SchemaContext['image'];

/** Words a post quotes on purpose; the inclusive-language rule leaves them alone in this file. */
const allowWordSchema = z.union([
  z.string().min(1),
  z.object({
    /** The word or phrase, as retext-equality reports it. */
    word: z.string().min(1),
    /** Why it stays, for the next editor. */
    reason: z.string().min(1),
  }),
]);

/** A date in frontmatter: YAML dates and ISO strings both work. */
const dateSchema = z.coerce.date({ error: 'expected a date such as 2026-10-01' });

/** Fields shared by reflections and guides. */
function baseFields(image: ImageHelper) {
  return {
    /** Page and feed title. Required. */
    title: z.string().min(1),
    /** One or two sentences for listings, meta description and feeds. Required. */
    description: z.string().min(1),
    /** Publication date; entries dated after the build are left out of production. Required. */
    pubDate: dateSchema,
    /** Last meaningful update. Optional. */
    updatedDate: dateSchema.optional(),
    /** Topic tags, lower-case words or kebab-case. Default []. */
    tags: z.array(z.string().min(1)).default([]),
    /** Drafts show in `npm run dev` with a "Draft" label and nowhere in production. Default false. */
    draft: z.boolean().default(false),
    /** URL slug; default: the file name (or folder name for `index.mdx`). */
    slug: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lower-case words joined by hyphens')
      .optional(),
    /** Cover image, path relative to the entry file. Optional; needs `coverAlt`. */
    cover: image().optional(),
    /** Alt text for the cover. Required and non-empty whenever `cover` is set. */
    coverAlt: z.string().optional(),
    /** Id of a course in `content/courses/`. Optional. */
    course: z.string().min(1).optional(),
    /** Id of a module of that course. Optional; needs `course`. */
    module: z.string().min(1).optional(),
    /** Series name; entries sharing it get "Part n of m". Optional. */
    series: z.string().min(1).optional(),
    /** Words the inclusive-language check allows in this file only. Default []. */
    allowWords: z.array(allowWordSchema).default([]),
    /** BCP 47 tag of the language the entry is written in. Default: the site's `lang`. */
    lang: langSchema.optional(),
    /** Id of the reflection model the entry follows, e.g. `gibbs`. Optional. */
    model: z
      .string()
      .regex(MODEL_ID, 'model is a model id such as gibbs, rolfe, kolb or 4f')
      .optional(),
  };
}

/** Cross-field rules that zod's per-field checks cannot say. */
function refineEntry(
  data: { cover?: unknown; coverAlt?: string; module?: string; course?: string },
  ctx: z.RefinementCtx,
) {
  if (data.cover !== undefined && !data.coverAlt?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['coverAlt'],
      message: 'coverAlt is required when cover is set: describe the cover image, or remove cover',
    });
  }
  if (data.module !== undefined && data.course === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['module'],
      message: 'module needs course: add the course id the module belongs to',
    });
  }
}

export function postSchema(image: ImageHelper) {
  return z.object(baseFields(image)).superRefine(refineEntry);
}

/** An event in a guide's plan; it becomes a line of `events.ics`. */
export const eventSchema = z.object({
  /** What it is. Required. */
  title: z.string().min(1),
  /** Start date or date-time. Required. */
  start: dateSchema,
  /** End date or date-time. Optional. */
  end: dateSchema.optional(),
  /** Venue or "Online". Optional. */
  location: z.string().optional(),
  /** Event page. Optional. */
  url: z.url().optional(),
});

export function guideSchema(image: ImageHelper) {
  return z
    .object({
      ...baseFields(image),
      /** What the reader will have at the end, in one sentence. Optional. */
      goal: z.string().optional(),
      /** Who the guide is for. Optional. */
      audience: z.string().optional(),
      /** How long it takes, e.g. "4 weeks". Optional. */
      duration: z.string().optional(),
      /** Id of a file in `content/networks/`. Optional. */
      network: z.string().optional(),
      /** Events worth attending, exported as `events.ics`. Default []. */
      events: z.array(eventSchema).default([]),
      /** Kinds of voices the network should include. Default []. */
      perspectives: z.array(z.string().min(1)).default([]),
      /** Show on the home page. Default false. */
      featured: z.boolean().default(false),
    })
    .superRefine(refineEntry);
}

/** A static page such as About, written in `content/pages/`. */
export const pageSchema = z.object({
  /** Page title. Required. */
  title: z.string().min(1),
  /** Meta description. Required. */
  description: z.string().min(1),
  /** BCP 47 tag of the page's language. Default: the site's `lang`. */
  lang: langSchema.optional(),
});
