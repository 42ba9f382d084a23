import { z } from 'astro/zod';
import type { ImageMetadata } from 'astro';
import { youTubeId } from '../lib/media/youtube-id.ts';

/**
 * The props of the components every MDX entry may use (src/components/mdx/), schema first like
 * frontmatter: each component's `Props` is its schema's input, and the gate's `component-props`
 * rule (src/a11y/rules/component-props.ts) reports a required prop that is missing or empty at
 * its line, in `npm run check`, the dev server and the build. A prop's description is the fix
 * the message suggests.
 */

export const figureProps = z.object({
  /** An imported image (optimized by Astro) or a URL. Required. */
  src: z
    .union([z.string().min(1), z.custom<ImageMetadata>((value) => typeof value === 'object')])
    .describe('src={image} (an imported image) or src="/media/photo.png"'),
  /** What the image shows; `alt=""` only for a purely decorative image. Required. */
  alt: z.string().describe('alt="what the image shows"'),
  caption: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
});

export const videoProps = z.object({
  /** The video file, e.g. `/media/clip.webm` (in `public/media/`). Required. */
  src: z.string().min(1).describe('src="/media/clip.webm" (a file in public/media/)'),
  /** Transcript file, relative to the MDX file: `.transcript.md`, `.transcript.txt`, `.vtt` or `.srt`. */
  transcript: z.string().optional(),
  /**
   * Captions file (`.vtt`, or `.srt`, made WebVTT) for a `<track kind="captions">`; a `.vtt` or
   * `.srt` transcript is used too.
   */
  captions: z.string().optional(),
  /** Accessible name of the player, e.g. "Pit-lane interview". Optional. */
  title: z.string().optional(),
  poster: z.string().optional(),
  caption: z.string().optional(),
  lang: z.string().optional(),
});

export const audioProps = z.object({
  /** The audio file, e.g. `/media/note.ogg` (in `public/media/`). Required. */
  src: z.string().min(1).describe('src="/media/note.ogg" (a file in public/media/)'),
  /** Transcript file, relative to the MDX file: `.transcript.md`, `.transcript.txt`, `.vtt` or `.srt`. */
  transcript: z.string().optional(),
  /** Accessible name of the player, e.g. "Episode 3: finding mentors". Optional. */
  title: z.string().optional(),
  caption: z.string().optional(),
});

export const youTubeProps = z.object({
  /** The video id, e.g. `dQw4w9WgXcQ`, or the video's address as the browser shows it. Required. */
  id: z
    .string()
    .min(1)
    .refine((value) => !value.trim() || youTubeId(value) !== undefined, {
      message:
        'names no YouTube video: write the video’s id, id="dQw4w9WgXcQ", or its address, id="https://www.youtube.com/watch?v=dQw4w9WgXcQ"',
    })
    .describe('id="dQw4w9WgXcQ" (the v= part of the video’s address)'),
  /** What the video is; names the player and its play button. Required. */
  title: z
    .string()
    .min(1)
    .describe('title="What the video is", which names the player and its play button'),
  /** Transcript file, relative to the MDX file. */
  transcript: z.string().optional(),
  caption: z.string().optional(),
});

export const calloutProps = z.object({
  /** Which kind of aside: its label and colour. Default `note`. */
  type: z.enum(['note', 'tip', 'warning']).optional(),
  /** The label shown and announced. Default the type's name ("Note", "Tip", "Warning"). */
  title: z.string().optional(),
  /**
   * BCP 47 language of the text inside, when it differs from the page's: readers and screen
   * readers get it, and the writing checks leave it alone. The label stays in the site's.
   */
  lang: z.string().optional(),
});

export const stepsProps = z.object({
  /** Names this plan for saved progress when a page has more than one. Default "steps". */
  id: z.string().optional(),
  /** Names the group for assistive technology, e.g. "Habits". Optional. */
  label: z.string().optional(),
});

export const transcriptProps = z.object({
  /** Shown in the disclosure's summary. Default "Transcript". */
  title: z.string().optional(),
  id: z.string().optional(),
  /** Start expanded. Default false. */
  open: z.boolean().optional(),
  /** Pre-rendered transcript HTML (used by the media components); otherwise the children. */
  html: z.string().optional(),
  /** BCP 47 language of the transcript's text, when it differs from the page's. */
  lang: z.string().optional(),
});

/**
 * The components whose props the gate checks, by the name authors write: `component-props`
 * the required ones, `unknown-field` any a component does not take.
 */
export const componentProps = {
  Figure: figureProps,
  Video: videoProps,
  Audio: audioProps,
  YouTube: youTubeProps,
  Callout: calloutProps,
  Steps: stepsProps,
  Transcript: transcriptProps,
} as const;

/** A prop every use of the component must give. */
export interface RequiredProp {
  name: string;
  /** Whether an empty string is allowed (`alt=""` marks a decorative image). */
  emptyAllowed: boolean;
  /** What to write, e.g. `title="What the video is"`. */
  fix: string;
}

/** The required props of a component schema, read from the schema itself. */
export function requiredProps(schema: z.ZodObject): RequiredProp[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    const type = field as z.ZodType;
    if (type.safeParse(undefined).success) return [];
    return [
      {
        name,
        emptyAllowed: type.safeParse('').success,
        fix: type.description ?? `${name}="…"`,
      },
    ];
  });
}

/** A prop's own type, under `.optional()` and `.default()`. */
function unwrapped(type: z.ZodType): z.ZodType {
  while (type instanceof z.ZodOptional || type instanceof z.ZodDefault)
    type = type.unwrap() as z.ZodType;
  return type;
}

/** A prop whose value is one of a few words, e.g. `<Callout type>`: note, tip or warning. */
export interface ChoiceProp {
  name: string;
  options: string[];
}

/** The props of a component schema that take one of a few words, read from the schema itself. */
export function choiceProps(schema: z.ZodObject): ChoiceProp[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    const type = unwrapped(field as z.ZodType);
    return type instanceof z.ZodEnum ? [{ name, options: type.options.map(String) }] : [];
  });
}

/** A prop written as text whose schema checks more than that it is there (`<YouTube id>`). */
export interface TextProp {
  name: string;
  schema: z.ZodType;
}

/** The props of a component schema that take text, read from the schema itself. */
export function textProps(schema: z.ZodObject): TextProp[] {
  return Object.entries(schema.shape).flatMap(([name, field]) => {
    const type = unwrapped(field as z.ZodType);
    return type instanceof z.ZodString ? [{ name, schema: type }] : [];
  });
}

export type FigureProps = z.input<typeof figureProps>;
export type VideoProps = z.input<typeof videoProps>;
export type AudioProps = z.input<typeof audioProps>;
export type YouTubeProps = z.input<typeof youTubeProps>;
export type CalloutProps = z.input<typeof calloutProps>;
export type StepsProps = z.input<typeof stepsProps>;
export type TranscriptProps = z.input<typeof transcriptProps>;
