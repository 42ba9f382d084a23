import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { guideSchema, postSchema } from '../../src/schemas/entry.ts';
import { defineSite, siteConfigSchema } from '../../src/schemas/site.ts';
import { courseSchema } from '../../src/schemas/course.ts';
import { networkSchema } from '../../src/schemas/network.ts';

// Astro's image() helper resolves files; a string stands in for it outside a build.
const image = (() => z.string()) as unknown as Parameters<typeof postSchema>[0];
const posts = postSchema(image);
const base = { title: 'T', description: 'D', pubDate: '2026-10-01' };
const issues = (result: { success: boolean; error?: z.ZodError }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('post frontmatter', () => {
  it('fills the documented defaults', () => {
    const data = posts.parse(base);
    expect(data).toMatchObject({ tags: [], draft: false, allowWords: [] });
    expect(data.pubDate).toEqual(new Date('2026-10-01'));
  });
  it('requires title, description and pubDate, naming each field', () => {
    expect(issues(posts.safeParse({}))).toEqual([
      'title: Invalid input: expected string, received undefined',
      'description: Invalid input: expected string, received undefined',
      'pubDate: expected a date such as 2026-10-01',
    ]);
  });
  it('requires coverAlt whenever cover is set', async () => {
    expect(issues(posts.safeParse({ ...base, cover: './c.png' }))).toEqual([
      'coverAlt: coverAlt is required when cover is set: describe the cover image, or remove cover',
    ]);
    expect(issues(posts.safeParse({ ...base, cover: './c.png', coverAlt: '   ' }))).toHaveLength(1);
    // Astro parses entries asynchronously: the cover goes through the entry's image() helper.
    expect(
      (await posts.safeParseAsync({ ...base, cover: './c.png', coverAlt: 'A pit lane' })).success,
    ).toBe(true);
  });
  it("resolves the cover through the entry's image() helper and reports its problems at cover", async () => {
    const resolving = (() =>
      z.string().transform(async (path) => ({
        src: `/_astro/${path.slice(2)}`,
        width: 8,
      }))) as unknown as Parameters<typeof postSchema>[0];
    const data = await postSchema(resolving).parseAsync({
      ...base,
      cover: './c.png',
      coverAlt: 'A pit lane',
    });
    expect(data.cover).toEqual({ src: '/_astro/c.png', width: 8 });
    expect(data.coverAlt).toBe('A pit lane');
    const missing = (() =>
      z
        .string()
        .refine(
          () => false,
          'Image ./gone.png does not exist. Is the path correct?',
        )) as unknown as Parameters<typeof postSchema>[0];
    for (const schema of [postSchema(missing), guideSchema(missing)]) {
      expect(
        issues(await schema.safeParseAsync({ ...base, cover: './gone.png', coverAlt: 'Gone' })),
      ).toEqual(['cover: Image ./gone.png does not exist. Is the path correct?']);
    }
    // Without a cover there is nothing to resolve.
    expect(postSchema(missing).parse(base)).not.toHaveProperty('cover');
  });
  it('requires a course when a module is named', () => {
    expect(issues(posts.safeParse({ ...base, module: 'week-1' }))).toEqual([
      'module: module needs course: add the course id the module belongs to',
    ]);
  });
  it('rejects a slug that is not URL-safe', () => {
    expect(issues(posts.safeParse({ ...base, slug: 'Not OK' }))).toEqual([
      'slug: slug must be lower-case words joined by hyphens',
    ]);
  });
});

describe('guide frontmatter', () => {
  it('accepts the guide fields and validates events', () => {
    const guides = guideSchema(image);
    const data = guides.parse({
      ...base,
      goal: 'G',
      perspectives: ['fans'],
      events: [{ title: 'Webinar', start: '2027-02-10T16:00:00Z' }],
    });
    expect(data.events[0].start).toEqual(new Date('2027-02-10T16:00:00Z'));
    expect(issues(guides.safeParse({ ...base, events: [{ start: '2027-01-01' }] }))).toEqual([
      'events.0.title: Invalid input: expected string, received undefined',
    ]);
  });
});

describe('site config', () => {
  const minimal = {
    title: 'S',
    description: 'D',
    url: 'https://example.org',
    author: { name: 'A' },
  };
  it('fills defaults: language, navigation, ten posts a page, gate settings', () => {
    const config = siteConfigSchema.parse(minimal);
    expect(config.lang).toBe('en');
    expect(config.postsPerPage).toBe(10);
    expect(config.nav.map((l) => l.href)).toEqual([
      '/posts/',
      '/guides/',
      '/courses/',
      '/tags/',
      '/about/',
    ]);
    expect(config.a11y).toEqual({
      videoHosts: [],
      imageComponents: [],
      mediaComponents: [],
      rules: {},
    });
  });
  it('names the bad field and the file in one readable error', () => {
    expect(() => defineSite({ ...minimal, url: 'not a url' })).toThrow(
      'src/site.config.ts: invalid site config\n  - url: Invalid URL\nFix the fields above; see README "Configuration".',
    );
  });
});

describe('courses and networks', () => {
  it('needs at least one module with a safe id', () => {
    expect(
      courseSchema.safeParse({ title: 'C', term: 'T', description: 'D', modules: [] }).success,
    ).toBe(false);
    expect(
      courseSchema.safeParse({
        title: 'C',
        term: 'T',
        description: 'D',
        modules: [{ id: 'Week 1', title: 'W' }],
      }).success,
    ).toBe(false);
  });
  it('rejects an unknown kind or status in a network entry', () => {
    const entry = { name: 'N', kind: 'person', perspectives: ['fans'], status: 'following' };
    expect(networkSchema.safeParse({ title: 'N', entries: [entry] }).success).toBe(true);
    expect(
      networkSchema.safeParse({ title: 'N', entries: [{ ...entry, kind: 'robot' }] }).success,
    ).toBe(false);
    expect(
      networkSchema.safeParse({ title: 'N', entries: [{ ...entry, status: 'done' }] }).success,
    ).toBe(false);
  });
});
