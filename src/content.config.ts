import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema, pageSchema, postSchema } from './schemas/entry.ts';
import { courseSchema } from './schemas/course.ts';
import { networkSchema } from './schemas/network.ts';
import { entryId } from './lib/slug.ts';

/**
 * Transcripts and captions live beside the posts that use them but are never entries
 * themselves, so every pattern excludes them.
 */
const notTranscripts = ['!**/*.transcript.md', '!**/*.transcript.txt', '!**/*.vtt'];
const entries = (base: string) =>
  glob({
    pattern: ['**/*.{md,mdx}', ...notTranscripts],
    base,
    generateId: ({ entry, data }) => entryId(entry, data),
  });

export const collections = {
  posts: defineCollection({
    loader: entries('./content/posts'),
    schema: ({ image }) => postSchema(image),
  }),
  guides: defineCollection({
    loader: entries('./content/guides'),
    schema: ({ image }) => guideSchema(image),
  }),
  pages: defineCollection({
    loader: entries('./content/pages'),
    schema: pageSchema,
  }),
  courses: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './content/courses' }),
    schema: courseSchema,
  }),
  networks: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: './content/networks' }),
    schema: networkSchema,
  }),
};
