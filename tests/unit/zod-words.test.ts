import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { issueWords, valueAt } from '../../src/lib/util/zod-words.ts';
import { defineSite } from '../../src/schemas/site.ts';
import {
  frontmatterProblems,
  courseFileProblems,
  unknownFieldProblems,
} from '../../src/lib/content/content-validation.ts';
import { networkDataProblems } from '../../src/lib/content/references.ts';

/** Each issue of `schema` on `data`, in words, as `field: what: fix`. */
const words = (schema: z.ZodType, data: unknown) =>
  schema.safeParse(data).error!.issues.map((issue) => {
    const field = issue.path.join('.');
    const said = issueWords(issue, field, valueAt(data, issue.path));
    return said ? `${said.what}: ${said.fix}` : `(zod) ${issue.message}`;
  });

describe("a zod issue in the messages' grammar: what is wrong, then what to do", () => {
  it('says what zod says in its own words, with the value and the fix', () => {
    const schema = z.object({
      title: z.string().min(1),
      summary: z.string().max(10),
      tags: z.array(z.string()).min(1),
      steps: z.array(z.string()).max(2),
      count: z.number().positive(),
      url: z.url(),
      link: z.url(),
      kind: z.enum(['person', 'event']),
      name: z.string(),
      draft: z.boolean(),
    });
    expect(
      words(schema, {
        title: '',
        summary: 'far too long a summary',
        tags: [],
        steps: ['a', 'b', 'c'],
        count: 0,
        url: 'example.org',
        link: 'https://exa mple.org',
        kind: 'forum',
        draft: 'yes',
      }),
    ).toEqual([
      'title is empty: write its text',
      'summary has 22 characters: shorten it to 10 or fewer',
      'tags lists nothing: list at least one',
      'steps lists 3: list at most 2',
      'count is 0: write 1 or more',
      'url "example.org" is not a full address: write it with https://, e.g. https://example.org',
      'link "https://exa mple.org" is not a valid address: fix it',
      'kind "forum" is not allowed: use person or event',
      'name is missing: add it',
      'draft must be true or false, not "yes": write true or false',
    ]);
  });

  it('names the option a value not allowed most likely means, or the options when it is missing', () => {
    const schema = z.object({
      status: z.enum(['to-research', 'following', 'engaged', 'collaborating']),
      level: z.enum(['error', 'warning', 'off']),
      size: z.enum(['small', 'large']),
    });
    expect(words(schema, { status: 'Follow', level: 'warn' })).toEqual([
      'status "Follow" is not allowed: write status: following, or use to-research, engaged or collaborating',
      'level "warn" is not allowed: write level: warning, or use error or off',
      'size is missing: add it, one of small or large',
    ]);
    // Two options it could begin, and none a slip away: no guess.
    expect(words(schema, { status: 'co', level: 'error', size: 'medium' })).toEqual([
      'status "co" is not allowed: use to-research, following, engaged or collaborating',
      'size "medium" is not allowed: use small or large',
    ]);
  });

  it('adds https:// only to what then names a host, and asks for the whole address otherwise', () => {
    const schema = z.object({ url: z.url(), home: z.url(), page: z.url() });
    expect(words(schema, { url: '//example.org/feed', home: '#home', page: 'notes' })).toEqual([
      'url "//example.org/feed" is not a full address: write it with https://, e.g. https://example.org/feed',
      'home "#home" is not a full address: write the whole address, starting with https://',
      'page "notes" is not a full address: write the whole address, starting with https://',
    ]);
  });

  it("keeps a schema's own message", () => {
    const schema = z.object({ feed: z.url({ error: 'is not an http(s) address' }) });
    expect(words(schema, { feed: 'ftp' })).toEqual(['(zod) is not an http(s) address']);
  });

  it('gives fixes that work: each, applied, passes', () => {
    const fixedNetwork = [
      'title: N',
      'entries:',
      '  - name: A person',
      '    kind: person',
      '    perspectives: [fans]',
      '    platforms:',
      '      - name: Site',
      '        url: https://example.org',
      '    status: following',
    ].join('\n');
    const broken = fixedNetwork
      .replace('https://example.org', 'example.org')
      .replace('[fans]', '[]')
      .replace('  - name: A person\n    kind', '  - kind');
    expect(networkDataProblems('n.yaml', broken).map((p) => p.message)).toEqual([
      'entry 1: name is missing: add it',
      'entry 1: perspectives lists nothing: list at least one perspective, e.g. [sustainability]',
      'entry 1, platform 1 ("Site"): url "example.org" is not a full address: write it with https://, e.g. https://example.org',
    ]);
    expect(networkDataProblems('n.yaml', fixedNetwork)).toEqual([]);

    const post = (title: string) =>
      `---\ntitle: ${title}\ndescription: D.\npubDate: 2026-01-01\n---\nHi.\n`;
    expect(frontmatterProblems('posts', 'p.md', post('""')).map((p) => p.message)).toEqual([
      'title is empty: write its text',
    ]);
    expect(frontmatterProblems('posts', 'p.md', post('My week'))).toEqual([]);

    const course = (modules: string) =>
      `title: C\nterm: Autumn 2026\ndescription: D.\nmodules: ${modules}\n`;
    expect(courseFileProblems(course('[]')).map((p) => p.message)).toEqual([
      'modules lists nothing: list at least one',
    ]);
    expect(courseFileProblems(course('\n  - id: one\n    title: One'))).toEqual([]);
  });

  it("gives a course module's id written as a title the id to write, which passes", () => {
    const course = (module: string) =>
      `title: C\nterm: Autumn 2026\ndescription: D.\nmodules:\n${module}`;
    expect(
      courseFileProblems(course('  - id: Übung Eins\n    title: ""\n')).map((p) => p.message),
    ).toEqual([
      'module 1: id: module id must be lower-case letters, digits and hyphens, not "Übung Eins": write id: ubung-eins',
      'module 1: title is empty: write its text',
    ]);
    expect(courseFileProblems(course('  - id: ubung-eins\n    title: Übung eins\n'))).toEqual([]);
  });

  it('says two modules with one id are one too many, and one module written with no dash is no list, and the fixes pass', () => {
    const course = (modules: string) =>
      `title: C\nterm: Autumn 2026\ndescription: D.\nmodules:\n${modules}`;
    const twice = '  - id: week-1\n    title: Week 1\n  - id: week-1\n    title: Week 1 again\n';
    const undashed = '  id: week-1\n  title: Week 1\n';
    expect(
      [...courseFileProblems(course(twice)), ...courseFileProblems(course(undashed))].map(
        (p) => `${p.line}: ${p.message}`,
      ),
    ).toEqual([
      '7: module 2 ("Week 1 again"): id: week-1 is module 1\'s id too, and an entry\'s module: could name either: give each module its own id',
      '4: modules must be a list, and this is one set of fields: put a dash and a space before its first line, - id: week-1, and indent its other lines by two more spaces, under id',
    ]);
    expect(
      courseFileProblems(
        course(
          twice.replace('id: week-1\n    title: Week 1 again', 'id: week-2\n    title: Week 2'),
        ),
      ),
    ).toEqual([]);
    // The dash before the first line, the other lines two spaces further in.
    expect(courseFileProblems(course('  - id: week-1\n    title: Week 1\n'))).toEqual([]);
  });

  it('gives a module written as a line of text, as a list of weeks is, the fields it means, which pass', () => {
    const course = (modules: string) =>
      `title: C\nterm: Autumn 2026\ndescription: D.\nmodules:\n${modules}`;
    const asText = [
      '  - Week 1: Who am I online?',
      '  - Privacy',
      "  - 'Week 3: Misinformation'",
      '  - id: week-4',
      '    title: Week 4',
      '  - name: Week 5',
      '  - Title: Week 6',
    ].join('\n');
    expect(courseFileProblems(course(asText)).map((p) => `${p.line}: ${p.message}`)).toEqual([
      '5: module 1 is the text "Week 1: Who am I online?", which YAML reads as a field named "Week 1" for its colon, and a module is fields: write - id: week-1-who-am-i-online and, on the line under it and lined up with id, title: "Week 1: Who am I online?"',
      '6: module 2 is only the text "Privacy", and a module is fields: write - id: privacy and, on the line under it and lined up with id, title: Privacy',
      '7: module 3 is only the text "Week 3: Misinformation", and a module is fields: write - id: week-3-misinformation and, on the line under it and lined up with id, title: "Week 3: Misinformation"',
      // A field's name (lower case, one word) is a field written wrong, said as such.
      '10: module 5: id is required: add id: … to the module',
      '10: module 5: title is required: add title: … to the module',
      '11: module 6: id is required: add id: … to the module',
      '11: module 6: title is required: add title: … to the module',
    ]);
    // unknown-field leaves the text with a colon to content-schema's message; a field it reports.
    expect(unknownFieldProblems('courses', course(asText)).map((p) => p.message)).toEqual([
      expect.stringMatching(/^module 5: name is not a field modules have/),
      // A field's name in another case is that field, written wrong.
      expect.stringMatching(/^module 6: Title is not a field modules have.*did you mean title\?$/),
    ]);
    // Written as the messages say, each passes.
    const fixed = [
      '  - id: week-1-who-am-i-online',
      '    title: "Week 1: Who am I online?"',
      '  - id: privacy',
      '    title: Privacy',
      '  - id: week-3-misinformation',
      '    title: "Week 3: Misinformation"',
    ].join('\n');
    expect(courseFileProblems(course(fixed))).toEqual([]);
    expect(unknownFieldProblems('courses', course(fixed))).toEqual([]);
  });

  it('names a setting of src/site.config.ts the same way', () => {
    const minimal = {
      title: 'T',
      description: 'D',
      url: 'https://example.org',
      author: { name: 'A' },
    };
    const message = (input: object) => {
      try {
        defineSite({ ...minimal, ...input } as typeof minimal);
        return 'passed';
      } catch (caught) {
        return (caught as Error).message;
      }
    };
    expect(message({ author: { name: 'A', url: 'example.org' } })).toBe(
      'src/site.config.ts: author.url "example.org" is not a full address: write it with https://, e.g. https://example.org.',
    );
    expect(message({ author: { name: 'A', url: 'https://example.org' } })).toBe('passed');
    // A message the schema gives itself is its own.
    expect(message({ url: 'example.org' })).toBe(
      'src/site.config.ts: url: expected a web address such as https://example.org.',
    );
    // Text where fields go: the field it means, where that passes.
    expect(message({ author: 'Sam Rivera' })).toBe(
      'src/site.config.ts: author must be a set of fields, not "Sam Rivera": write author: { name: \'Sam Rivera\' }.',
    );
    expect(message({ author: "Sam O'Brien" })).toBe(
      'src/site.config.ts: author must be a set of fields, not "Sam O\'Brien": write author: { name: "Sam O\'Brien" }.',
    );
    expect(message({ author: { name: "Sam O'Brien" } })).toBe('passed');
    // A link's address that is no path of the site nor a full address: every page would have it.
    const social = (href: string) => message({ socials: [{ label: 'Me', href }] });
    expect(social('@sam@mastodon.social')).toBe(
      "src/site.config.ts: socials.0.href: \"@sam@mastodon.social\" is a Mastodon handle, not an address, so every page would link to a page of its own: write the profile's address, 'https://mastodon.social/@sam'.",
    );
    expect(social('github.com/sam')).toBe(
      "src/site.config.ts: socials.0.href: \"github.com/sam\" is another site's address without https://, so every page would link to a page of its own: write 'https://github.com/sam'.",
    );
    expect(social('posts/')).toBe(
      'src/site.config.ts: socials.0.href: "posts/" is neither a path of the site (/posts/) nor a full address (https://…), so every page would link to a page of its own: write one of them.',
    );
    for (const href of [
      'https://mastodon.social/@sam',
      'https://github.com/sam',
      '/posts/',
      'mailto:sam@example.org',
    ])
      expect(social(href), href).toBe('passed');
  });
});
