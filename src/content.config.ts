import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { entriesLoader } from './lib/content/entries-loader.ts';
import { guideSchema, pageSchema, postSchema } from './schemas/entry.ts';
import { courseSchema } from './schemas/course.ts';
import { networkSchema } from './schemas/network.ts';

export const collections = {
  posts: defineCollection({
    loader: entriesLoader('./content/posts', 'posts'),
    schema: ({ image }) => postSchema(image),
  }),
  guides: defineCollection({
    loader: entriesLoader('./content/guides', 'guides'),
    schema: ({ image }) => guideSchema(image),
  }),
  pages: defineCollection({
    loader: entriesLoader('./content/pages', 'pages'),
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
