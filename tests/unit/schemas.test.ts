import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { guideSchema, postSchema } from '../../src/schemas/entry.ts';
import { defineSite, siteConfigSchema } from '../../src/schemas/site.ts';
import { ALWAYS_ERRORS, RULE_IDS } from '../../src/a11y/core/rule-ids.ts';
import { rules } from '../../src/a11y/rules/index.ts';
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
      'pubDate: expected a date such as 2026-10-12',
    ]);
  });
  it('requires coverAlt whenever cover is set', async () => {
    expect(issues(posts.safeParse({ ...base, cover: './c.png' }))).toEqual([
      'coverAlt: cover has no coverAlt: add coverAlt: "what the cover shows" to the frontmatter, or remove cover',
    ]);
    expect(issues(posts.safeParse({ ...base, cover: './c.png', coverAlt: '   ' }))).toEqual([
      'coverAlt: coverAlt is empty: describe the cover image in coverAlt, or remove cover',
    ]);
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
  it('rejects impossible and ambiguous dates, saying what to write; accepts ISO 8601', () => {
    expect(issues(posts.safeParse({ ...base, pubDate: '2026-02-30' }))).toEqual([
      'pubDate: "2026-02-30" is not a real date: February 2026 has 28 days',
    ]);
    expect(issues(posts.safeParse({ ...base, updatedDate: '16 January 2027' }))).toEqual([
      'updatedDate: "16 January 2027" is not an ISO 8601 date: write 2027-01-16',
    ]);
    expect(issues(posts.safeParse({ ...base, pubDate: 2026 }))).toEqual([
      'pubDate: expected a date such as 2026-10-12',
    ]);
    expect(posts.parse({ ...base, pubDate: '2028-02-29' }).pubDate).toEqual(
      new Date('2028-02-29T00:00:00Z'),
    );
    expect(posts.parse({ ...base, pubDate: '2026-10-12T09:30:00+02:00' }).pubDate).toEqual(
      new Date('2026-10-12T07:30:00Z'),
    );
  });
  it('rejects a tag with nothing to make an address from, and takes tags in any script', () => {
    expect(issues(posts.safeParse({ ...base, tags: ['pln', '!!!'] }))).toEqual([
      'tags.1: a tag needs a letter or digit, in any script, for its address /tags/<tag>/',
    ]);
    expect(issues(posts.safeParse({ ...base, tags: ['单反', 'استدامة', 'हिन्दी'] }))).toEqual([]);
    // A tag written as a hashtag is the tag: the page shows every tag as one (#f1, not ##f1).
    expect(posts.parse({ ...base, tags: ['#f1', '#GreenRacing', 'pln'] }).tags).toEqual([
      'f1',
      'GreenRacing',
      'pln',
    ]);
    expect(issues(posts.safeParse({ ...base, tags: ['#'] }))).toEqual([
      'tags.0: a tag needs a letter or digit, in any script, for its address /tags/<tag>/',
    ]);
  });
  it('rejects a slug that is not URL-safe, saying the one to write; takes one in any script', () => {
    expect(issues(posts.safeParse({ ...base, slug: 'One-Single-Lens' }))).toEqual([
      'slug: slug must be lower-case words joined by hyphens, not "One-Single-Lens": write slug: one-single-lens',
    ]);
    expect(issues(posts.safeParse({ ...base, slug: '!!!' }))).toEqual([
      'slug: slug needs a letter or digit, not "!!!"',
    ]);
    expect(posts.parse({ ...base, slug: 'one-single-lens' }).slug).toBe('one-single-lens');
    expect(posts.parse({ ...base, slug: 'سؤال-واحد' }).slug).toBe('سؤال-واحد');
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
  it('keeps an event’s zone as written, and tells all-day events from timed ones', () => {
    const guides = guideSchema(image);
    const [timed, allDay] = guides.parse({
      ...base,
      events: [
        { title: 'Talk', start: '2027-04-21T16:00+01:00', end: '2027-04-21T17:00+01:00' },
        { title: 'Race weekend', start: '2027-03-12', end: '2027-03-14' },
      ],
    }).events;
    expect(timed).toMatchObject({
      start: new Date('2027-04-21T15:00:00Z'),
      end: new Date('2027-04-21T16:00:00Z'),
      allDay: false,
      offset: '+01:00',
    });
    // Midnight UTC written with a time is a timed event, not a whole day.
    expect(
      guides.parse({ ...base, events: [{ title: 'Midnight', start: '2027-01-01T00:00:00Z' }] })
        .events[0]!.allDay,
    ).toBe(false);
    expect(allDay).toMatchObject({ allDay: true, start: new Date('2027-03-12T00:00:00Z') });
    expect(allDay).not.toHaveProperty('offset');
    expect(
      issues(
        guides.safeParse({
          ...base,
          events: [
            { title: 'E', start: '16 January 2027' },
            { title: 'F', start: '2027-01-02T09:00' },
          ],
        }),
      ),
    ).toEqual([
      'events.0.start: "16 January 2027" is not an ISO 8601 date: write 2027-01-16',
      'events.1.start: "2027-01-02T09:00" has no time zone: add its UTC offset, e.g. 2027-01-02T09:00+01:00, or Z for UTC',
    ]);
    expect(
      issues(
        guides.safeParse({
          ...base,
          events: [{ title: 'E', start: '2027-01-02', end: '2027-01-01' }],
        }),
      ),
    ).toEqual([
      'events.0.end: the end is before the start: write when the event ends, after its start, or leave end out',
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
    expect(config.timeZone).toBe('UTC');
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
      audioHosts: [],
      imageComponents: [],
      mediaComponents: [],
      rules: {},
    });
  });
  it('refuses a time zone that is not one, naming the zone meant', () => {
    expect(siteConfigSchema.parse({ ...minimal, timeZone: 'Pacific/Auckland' }).timeZone).toBe(
      'Pacific/Auckland',
    );
    expect(() => defineSite({ ...minimal, timeZone: 'Auckland' })).toThrow(
      `src/site.config.ts: timeZone: "Auckland" is not a time zone: write 'Pacific/Auckland'.`,
    );
  });
  it('lists the newest 50 entries per feed unless told a number or all', () => {
    expect(siteConfigSchema.parse(minimal).feeds).toEqual({ items: 50 });
    expect(siteConfigSchema.parse({ ...minimal, feeds: { items: 'all' } }).feeds.items).toBe('all');
    expect(siteConfigSchema.parse({ ...minimal, feeds: { items: 5 } }).feeds.items).toBe(5);
    for (const items of [0, 2.5, 'every'])
      expect(() => defineSite({ ...minimal, feeds: { items: items as number } })).toThrow(
        "src/site.config.ts: feeds.items: expected a whole number above 0, or 'all'.",
      );
  });
  it('refuses a setting it does not know, naming the one most likely meant', () => {
    const message = (input: object) => {
      try {
        defineSite({ ...minimal, ...input } as typeof minimal);
        return undefined;
      } catch (caught) {
        return (caught as Error).message;
      }
    };
    // Each would have been dropped without a word: the profanities check stayed off.
    expect(message({ writting: { profanities: true } })).toBe(
      'src/site.config.ts: writting is not a setting (did you mean writing?).',
    );
    expect(message({ socials: [{ lable: 'Mastodon', href: 'https://x.org' }] })).toBe(
      'src/site.config.ts: socials.0.label is missing: add it; socials.0.lable is not a setting (did you mean socials.0.label?).',
    );
    expect(message({ author: { name: 'A', homepage: 'https://x.org' } })).toBe(
      'src/site.config.ts: author.homepage is not a setting.',
    );
    // Inside a record: a model written in the config, under the id its author chose.
    expect(
      message({
        reflectionModels: {
          'my-model': {
            name: 'Mine',
            sections: [{ heading: 'What?', prompt: 'What happened?', alaises: ['What'] }],
          },
        },
      }),
    ).toMatch(
      /reflectionModels\.my-model\.sections\.0\.alaises is not a setting \(did you mean reflectionModels\.my-model\.sections\.0\.aliases\?\)/,
    );
    // The fix the message suggests works.
    expect(defineSite({ ...minimal, writing: { profanities: true } }).writing.profanities).toBe(
      true,
    );
  });
  it('refuses a navigation or social link with no text, which would leave every page a link with no name', () => {
    for (const label of ['', '  '])
      expect(() =>
        defineSite({ ...minimal, socials: [{ label, href: 'https://social.example/@me' }] }),
      ).toThrow(
        'src/site.config.ts: socials.0.label: expected text a reader sees and hears, such as "Mastodon".',
      );
    expect(
      defineSite({
        ...minimal,
        socials: [{ label: 'Mastodon', href: 'https://social.example/@me' }],
      }).socials,
    ).toHaveLength(1);
  });
  it('refuses a level for a rule that does not exist, naming the rule most likely meant', () => {
    expect(() =>
      defineSite({ ...minimal, a11y: { rules: { 'inclusive-langauge': 'off' } } }),
    ).toThrow(
      "src/site.config.ts: a11y.rules.inclusive-langauge: no rule has this id (did you mean 'inclusive-language'?).",
    );
    expect(() => defineSite({ ...minimal, a11y: { rules: { grammar: 'error' } } })).toThrow(
      'src/site.config.ts: a11y.rules.grammar: no rule has this id (README "Rules" lists them).',
    );
    expect(
      defineSite({ ...minimal, a11y: { rules: { 'inclusive-language': 'off' } } }).a11y.rules,
    ).toEqual({ 'inclusive-language': 'off' });
  });
  it('refuses to lower a rule whose problem stops the build at any level', () => {
    // At `warning`, npm run check passed `{caption}` while the build died rendering it with
    // Astro's stack trace (ReferenceError: caption is not defined).
    expect(() =>
      defineSite({ ...minimal, a11y: { rules: { 'undefined-name': 'warning' } } }),
    ).toThrow(
      'src/site.config.ts: a11y.rules.undefined-name: cannot be lowered: its problems stop the build at any level (README "Rules"), so npm run check reports them as errors too. Remove this line, then fix what the rule reports.',
    );
    for (const id of ALWAYS_ERRORS) {
      expect(() => defineSite({ ...minimal, a11y: { rules: { [id]: 'off' } } })).toThrow(
        `a11y.rules.${id}: cannot be lowered`,
      );
      // The fix the message gives, and `error` written out, both pass.
      expect(defineSite({ ...minimal, a11y: { rules: { [id]: 'error' } } }).a11y.rules).toEqual({
        [id]: 'error',
      });
    }
    expect(defineSite({ ...minimal }).a11y.rules).toEqual({});
  });
  it('knows every rule’s id without loading the rules, in report order', () => {
    expect([...RULE_IDS]).toEqual(rules.map((rule) => rule.id));
  });
  it('names the bad field and the file in one readable line, with no stack trace', () => {
    for (const url of ['not a url', 'ftp://example.org']) {
      let error: Error | undefined;
      try {
        defineSite({ ...minimal, url });
      } catch (caught) {
        error = caught as Error;
      }
      expect(error?.message).toBe(
        'src/site.config.ts: url: expected a web address such as https://example.org.',
      );
      expect(error?.stack).toBe('');
    }
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
