import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { slugify } from '../lib/content/slug.ts';
import { tagText } from '../lib/content/tags.ts';
import { parseIsoDate, type WrittenDate } from '../lib/content/dates.ts';
import { isAllDay } from '../lib/guides/ics.ts';
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

/**
 * A date in frontmatter, as written: ISO 8601, `2026-10-12`, or a date-time with its UTC offset,
 * `2026-10-12T16:00+01:00`. Impossible days (`2026-02-30`), other formats (`16 January 2027`)
 * and times without a zone are refused, naming what to write (src/lib/content/dates.ts). The content
 * loader hands this schema the text the author wrote (src/lib/content/frontmatter-dates.ts); a Date
 * (from code, not frontmatter) is taken as it is.
 */
const writtenDate = z
  .union([z.date(), z.string()], { error: 'expected a date such as 2026-10-12' })
  .transform((value, ctx): WrittenDate => {
    if (value instanceof Date) {
      if (Number.isNaN(value.getTime())) {
        ctx.addIssue({ code: 'custom', message: 'expected a date such as 2026-10-12' });
        return z.NEVER;
      }
      const allDay = isAllDay(value);
      return { date: value, allDay, ...(!allDay && { offset: 'Z' }) };
    }
    const parsed = parseIsoDate(value);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    return parsed.value;
  });

/** A date in frontmatter (see `writtenDate`), as a Date. */
const dateSchema = writtenDate.transform((written) => written.date);

/**
 * Fields shared by reflections and guides. Built once: Astro calls a collection's schema function
 * for every entry (its `image()` helper resolves paths relative to that entry), and building a
 * zod object costs about a millisecond, a second of content sync at 1,000 posts. So the object
 * is fixed, with `cover` as the path written, and only `withCoverImage` is made per entry.
 */
const baseFields = {
  /** Page and feed title. Required. */
  title: z.string().min(1),
  /** One or two sentences for listings, meta description and feeds. Required. */
  description: z.string().min(1),
  /** Publication date; entries dated after the build are left out of production. Required. */
  pubDate: dateSchema,
  /** Last meaningful update. Optional. */
  updatedDate: dateSchema.optional(),
  /**
   * Topic tags. Default []. Tags with the same slug are one tag (`Classroom Design` and
   * `classroom-design` → `/tags/classroom-design/`), shown with the spelling most entries use.
   * A tag written as a hashtag (`"#f1"`) is the tag `f1`: the page shows every tag as one.
   */
  tags: z
    .array(
      z
        .string()
        .min(1)
        .transform(tagText)
        .refine((tag) => slugify(tag) !== '', {
          error: 'a tag needs a letter or digit, in any script, for its address /tags/<tag>/',
        }),
    )
    .default([]),
  /** Drafts show in `npm run dev` with a "Draft" label and nowhere in production. Default false. */
  draft: z.boolean().default(false),
  /**
   * URL slug: lower-case words of any script joined by hyphens, as `slugify` writes them;
   * default: the file name (or folder name for `index.mdx`) made so.
   */
  slug: z
    .string()
    .superRefine((slug, ctx) => {
      const fixed = slugify(slug);
      if (slug !== fixed)
        ctx.addIssue({
          code: 'custom',
          message: fixed
            ? `slug must be lower-case words joined by hyphens, not "${slug}": write slug: ${fixed}`
            : `slug needs a letter or digit, not "${slug}"`,
        });
    })
    .optional(),
  /** Cover image, path relative to the entry file. Optional; needs `coverAlt`. */
  cover: z.string().optional(),
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
  /**
   * Who looked over the words of an entry the writing checks cannot read (its `lang` is not
   * English) for inclusive language, e.g. `Layla, who reads Arabic`. Optional; when set, the
   * check's "not checked" note for the file is not repeated.
   */
  fluentReader: z.string().min(1).optional(),
  /** Id of the reflection model the entry follows, e.g. `gibbs`. Optional. */
  model: z
    .string()
    .regex(MODEL_ID, 'model is a model id such as gibbs, rolfe, kolb or 4f')
    .optional(),
};

/**
 * What a cover without alt text is told, in the build (content sync) and by the gate's
 * `image-alt` (src/a11y/rules/image-alt.ts), in the same words.
 */
export const COVER_ALT = {
  missing:
    'cover has no coverAlt: add coverAlt: "what the cover shows" to the frontmatter, or remove cover',
  empty: 'coverAlt is empty: describe the cover image in coverAlt, or remove cover',
};

/**
 * Cross-field rules that zod's per-field checks cannot say. Their messages name their fields
 * (`whole`: src/lib/content/content-validation.ts prints them as they are), and one about a
 * field that is not written is placed at the field that needs it (`besides`).
 */
function refineEntry(
  data: { cover?: unknown; coverAlt?: string; module?: string; course?: string },
  ctx: z.RefinementCtx,
) {
  if (data.cover !== undefined && !data.coverAlt?.trim()) {
    ctx.addIssue({
      code: 'custom',
      path: ['coverAlt'],
      message: data.coverAlt === undefined ? COVER_ALT.missing : COVER_ALT.empty,
      params: { whole: true, besides: 'cover' },
    });
  }
  if (data.module !== undefined && data.course === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['module'],
      message: 'module needs course: add the course id the module belongs to',
      params: { whole: true },
    });
  }
}

type ImageOutput = z.output<ReturnType<ImageHelper>>;

/**
 * The per-entry step: the `cover` path, once the fields are valid, through this entry's `image()`
 * (which finds the file and reads its size), its problems reported at `cover`. Synchronous for
 * an entry without a cover; Astro parses every entry asynchronously.
 */
function withCoverImage<T extends { cover?: string }>(fields: z.ZodType<T>, image: ImageHelper) {
  return fields.transform(
    (
      data,
      ctx,
    ):
      | (Omit<T, 'cover'> & { cover?: ImageOutput })
      | Promise<Omit<T, 'cover'> & { cover?: ImageOutput }> => {
      const { cover, ...rest } = data;
      if (cover === undefined) return rest;
      return image()
        .safeParseAsync(cover)
        .then((result) => {
          if (result.success) return { ...rest, cover: result.data };
          for (const issue of result.error.issues)
            ctx.addIssue({ ...issue, path: ['cover', ...issue.path] });
          return z.NEVER;
        });
    },
  );
}

/** A post's fields, before its cover is resolved (`npm run check` validates these, sync). */
export const postFields = z.object(baseFields).superRefine(refineEntry);

export function postSchema(image: ImageHelper) {
  return withCoverImage(postFields, image);
}

/**
 * An event in a guide's plan; it becomes a line of `events.ics`. A plain date is an all-day
 * event; a date-time is shown in the zone it is written in (`16:00+01:00` reads 16:00, UTC+01:00).
 */
export const eventSchema = z
  .object({
    /** What it is. Required. */
    title: z.string().min(1),
    /** Start date (`2027-03-12`) or date-time with its offset (`2027-03-12T16:00+01:00`). Required. */
    start: writtenDate,
    /** End date or date-time, written like `start`. Optional. */
    end: writtenDate.optional(),
    /** Venue or "Online". Optional. */
    location: z.string().optional(),
    /** Event page. Optional. */
    url: z.url().optional(),
  })
  .superRefine(({ start, end }, ctx) => {
    if (end && end.date.getTime() < start.date.getTime())
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message:
          'the end is before the start: write when the event ends, after its start, or leave end out',
      });
    if (end && end.allDay !== start.allDay)
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        message: 'write start and end alike: both dates, or both dates with a time',
      });
  })
  .transform(({ start, end, ...event }) => ({
    ...event,
    start: start.date,
    ...(end && { end: end.date }),
    /** A plain date: the event lasts the whole day (or days, to `end`). */
    allDay: start.allDay,
    /** The UTC offset the times are written in (`+01:00`, `Z`); times are shown in it. */
    ...(start.offset && { offset: start.offset }),
  }));

export type GuideEvent = z.output<typeof eventSchema>;

/** A guide's fields, before its cover is resolved. */
export const guideFields = z
  .object({
    ...baseFields,
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

export function guideSchema(image: ImageHelper) {
  return withCoverImage(guideFields, image);
}

/** A static page such as About or Contact, written in `content/pages/`, served at `/<slug>/`. */
export const pageSchema = z.object({
  /** Page title. Required. */
  title: z.string().min(1),
  /** Meta description. Required. */
  description: z.string().min(1),
  /** Drafts show in `npm run dev` only. Default false. (About is always built.) */
  draft: z.boolean().default(false),
  /** BCP 47 tag of the page's language. Default: the site's `lang`. */
  lang: langSchema.optional(),
});
