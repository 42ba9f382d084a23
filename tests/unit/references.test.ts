import { describe, expect, it } from 'vitest';
import {
  networkDataProblems,
  readCourse,
  readEntryReferences,
  referenceProblems,
  type KnownContent,
} from '../../src/lib/content/references.ts';

import { unknownFieldProblems } from '../../src/lib/content/content-validation.ts';
/** `file:line  message`, one line each (the build's report adds the column, level and rule). */
const formatProblems = (problems: { file: string; line?: number; message: string }[]) =>
  problems.map((p) => `${p.file}:${p.line}  ${p.message}`).join('\n');

const known: KnownContent = {
  courses: [
    readCourse(
      'pln-101',
      'content/courses/pln-101.yaml',
      'title: x\nmodules:\n  - id: one\n  - id: two\n',
    ),
  ],
  networks: [{ id: 'f1', file: 'content/networks/f1.yaml' }],
};

const refs = (file: string, collection: 'posts' | 'guides', frontmatter: string) =>
  readEntryReferences(file, collection, `---\n${frontmatter}\n---\nBody.\n`)!;

describe('readEntryReferences', () => {
  it('reads the fields with their file lines', () => {
    const r = refs('content/posts/a.md', 'posts', 'title: A\ncourse: pln-101\nmodule: one');
    expect(r.course).toEqual({ value: 'pln-101', line: 3 });
    expect(r.module).toEqual({ value: 'one', line: 4 });
  });
  it('skips files without frontmatter or with broken YAML (Astro reports those)', () => {
    expect(readEntryReferences('a.md', 'posts', 'No frontmatter')).toBeUndefined();
    expect(readEntryReferences('a.md', 'posts', '---\ntitle: [oops\n---\n')).toBeUndefined();
  });
});

describe('referenceProblems', () => {
  it('accepts references that resolve', () => {
    const entries = [
      refs('content/posts/a.md', 'posts', 'course: pln-101\nmodule: two'),
      refs('content/guides/g.mdx', 'guides', 'network: f1\ncourse: pln-101'),
    ];
    expect(referenceProblems(entries, known)).toEqual([]);
  });
  it('names the file, line and fix for each dangling reference', () => {
    const entries = [
      refs('content/posts/a.md', 'posts', 'title: A\ncourse: pln-110\nmodule: one'),
      refs('content/posts/b.md', 'posts', 'course: pln-101\nmodule: three'),
      refs('content/guides/g.mdx', 'guides', 'title: G\ndescription: D\nnetwork: f2'),
    ];
    expect(formatProblems(referenceProblems(entries, known))).toMatchInlineSnapshot(`
      "content/posts/a.md:3  course "pln-110" does not exist: did you mean "pln-101"? Otherwise create content/courses/pln-110.yaml
      content/posts/b.md:3  module "three" is not in course "pln-101": use one of "one", "two", or add it to content/courses/pln-101.yaml
      content/guides/g.mdx:4  network "f2" does not exist: did you mean "f1"? Otherwise create content/networks/f2.yaml"
    `);
  });
  it('gives the id of a course or module an entry names by its title, or by what its title makes, and checks the module in it', () => {
    const courses = {
      courses: [
        readCourse(
          'edu-101',
          'content/courses/edu-101.yaml',
          'title: EDU 101\nmodules:\n  - id: week-1\n    title: Getting started\n  - id: tools\n    title: Tools we use\n',
        ),
      ],
      networks: [],
    };
    const said = (frontmatter: string) =>
      referenceProblems([refs('content/posts/a.md', 'posts', frontmatter)], courses).map(
        (p) => `${p.line} ${p.message}`,
      );
    expect(said('course: EDU 101\nmodule: Getting Started')).toEqual([
      '2 course "EDU 101" is what course edu-101 is called, and an entry names a course by its id: write course: edu-101',
      '3 module "Getting Started" is what module week-1 of course "edu-101" is called, and an entry names a module by its id: write module: week-1',
    ]);
    // A course's or module's id written as a title is (`Edu 101`, `Tools`), its id is meant.
    expect(said('course: Edu-101\nmodule: Tools')).toEqual([
      '2 course "Edu-101" is what course edu-101 is called, and an entry names a course by its id: write course: edu-101',
      '3 module "Tools" is what module tools of course "edu-101" is called, and an entry names a module by its id: write module: tools',
    ]);
    // What the messages say to write passes; a module no title names is still listed.
    expect(said('course: edu-101\nmodule: week-1')).toEqual([]);
    expect(said('course: edu-101\nmodule: Week 3')).toEqual([
      '3 module "Week 3" is not in course "edu-101": use one of "week-1", "tools", or add it to content/courses/edu-101.yaml',
    ]);
  });
  it('suggests creating the file when there is nothing to choose from', () => {
    const [problem] = referenceProblems([refs('content/posts/a.md', 'posts', 'course: x')], {
      courses: [],
      networks: [],
    });
    expect(problem!.message).toBe('course "x" does not exist: create content/courses/x.yaml');
  });
});

describe('networkDataProblems', () => {
  const file = 'content/networks/f1.yaml';
  it('finds nothing wrong with a valid file', () => {
    const ok =
      'title: N\nentries:\n  - name: A\n    kind: person\n    perspectives: [fans]\n    status: engaged\n';
    expect(networkDataProblems(file, ok)).toEqual([]);
  });
  it('names the entry by number and name, the field and its line', () => {
    const bad = [
      'title: N',
      'entries:',
      '  - name: A forum',
      '    kind: forum',
      '    perspectives: [fans]',
      '    status: engaged',
      '  - name: A person',
      '    kind: person',
      '    perspectives: []',
      '    platforms:',
      '      - name: Site',
      '        url: example.org',
      '    status: following',
      '  - kind: person',
      '    perspectives: [fans]',
      '    status: following',
    ].join('\n');
    expect(formatProblems(networkDataProblems(file, bad))).toMatchInlineSnapshot(`
      "content/networks/f1.yaml:4  entry 1 ("A forum"): kind "forum" is not allowed: write kind: community (a forum is one here), or use person, organization, event, publication or platform
      content/networks/f1.yaml:9  entry 2 ("A person"): perspectives lists nothing: list at least one perspective, e.g. [sustainability]
      content/networks/f1.yaml:12  entry 2 ("A person"), platform 1 ("Site"): url "example.org" is not a full address: write it with https://, e.g. https://example.org
      content/networks/f1.yaml:14  entry 3: name is missing: add it"
    `);
  });
  it('gives the value meant where it is plain (a word in capitals, a list as text, a platform as its name and address), and each passes', () => {
    const entry = (fields: string) =>
      `title: N\nentries:\n  - name: Dr. Lee\n${fields.replace(/^/gm, '    ')}\n`;
    const bad = entry(
      [
        'kind: Person',
        'perspectives: engineering, policy',
        'status: To research',
        'platforms:',
        '  - LinkedIn: https://www.linkedin.com/in/lee',
        '  - Blog: lee.example.org',
      ].join('\n'),
    );
    expect(formatProblems(networkDataProblems(file, bad))).toMatchInlineSnapshot(`
      "content/networks/f1.yaml:4  entry 1 ("Dr. Lee"): kind "Person" is not allowed: write kind: person
      content/networks/f1.yaml:5  entry 1 ("Dr. Lee"): perspectives must be a list, not "engineering, policy": write perspectives: [engineering, policy]
      content/networks/f1.yaml:8  entry 1 ("Dr. Lee"), platform 1 is written as LinkedIn: https://www.linkedin.com/in/lee, which YAML reads as a field named LinkedIn, and a platform is a name and an address: write - { name: LinkedIn, url: https://www.linkedin.com/in/lee }
      content/networks/f1.yaml:9  entry 1 ("Dr. Lee"), platform 2 is written as Blog: lee.example.org, which YAML reads as a field named Blog, and a platform is a name and an address: write - { name: Blog, url: https://lee.example.org }
      content/networks/f1.yaml:6  entry 1 ("Dr. Lee"): status "To research" is not allowed: write status: to-research"
    `);
    // unknown-field leaves a platform written so to this message.
    expect(unknownFieldProblems('networks', bad)).toEqual([]);
    const fixed = entry(
      [
        'kind: person',
        'perspectives: [engineering, policy]',
        'status: to-research',
        'platforms:',
        '  - { name: LinkedIn, url: https://www.linkedin.com/in/lee }',
        '  - { name: Blog, url: https://lee.example.org }',
      ].join('\n'),
    );
    expect(networkDataProblems(file, fixed)).toEqual([]);
    expect(unknownFieldProblems('networks', fixed)).toEqual([]);
    // A field's own name in capitals is that field, not a platform.
    expect(
      networkDataProblems(
        file,
        entry(
          'kind: person\nperspectives: [fans]\nstatus: following\nplatforms:\n  - URL: https://lee.example.org',
        ),
      ).map((p) => p.message),
    ).toEqual([
      'entry 1 ("Dr. Lee"), platform 1: name is missing: add it',
      'entry 1 ("Dr. Lee"), platform 1: url is missing: give a full address starting with https://',
    ]);
    // A value no kind is likely meant by: the message lists them.
    expect(
      networkDataProblems(file, entry('kind: robot\nperspectives: [fans]\nstatus: following')).map(
        (p) => p.message,
      ),
    ).toEqual([
      'entry 1 ("Dr. Lee"): kind "robot" is not allowed: use person, organization, community, event, publication or platform',
    ]);
  });
  it("names the kind or status a learner's own word most likely means, still listing the rest, and each passes", () => {
    const entry = (fields: string) =>
      `title: N\nentries:\n  - name: Dr. Lee\n    perspectives: [fans]\n${fields.replace(/^/gm, '    ')}\n`;
    const said = (fields: string) =>
      networkDataProblems(file, entry(fields)).map((p) =>
        p.message.replace(/^entry 1 \("Dr. Lee"\): /, ''),
      );
    const cases: [string, string[]][] = [
      [
        'kind: podcast\nstatus: follow',
        [
          'kind "podcast" is not allowed: write kind: publication (a podcast is one here), or use person, organization, community, event or platform',
          'status "follow" is not allowed: write status: following, or use to-research, engaged or collaborating',
        ],
      ],
      [
        'kind: Meetups\nstatus: collab',
        [
          'kind "Meetups" is not allowed: write kind: event (a meetup is one here), or use person, organization, community, publication or platform',
          'status "collab" is not allowed: write status: collaborating, or use to-research, following or engaged',
        ],
      ],
      [
        'kind: influencer\nstatus: researching',
        [
          'kind "influencer" is not allowed: write kind: person (an influencer is one here), or use organization, community, event, publication or platform',
          'status "researching" is not allowed: use to-research, following, engaged or collaborating',
        ],
      ],
    ];
    for (const [fields, messages] of cases) expect(said(fields), fields).toEqual(messages);
    // Missing, the field says what it takes.
    expect(said('platforms: []')).toEqual([
      'kind is missing: use person, organization, community, event, publication or platform',
      'status is missing: use to-research, following, engaged or collaborating',
    ]);
    // What each message says to write passes.
    expect(said('kind: publication\nstatus: following')).toEqual([]);
    expect(said('kind: event\nstatus: collaborating')).toEqual([]);
  });
  it('reports broken YAML with its line', () => {
    const [problem] = networkDataProblems(file, 'title: N\nentries:\n  - name: "unclosed\n');
    expect(problem!.line).toBeGreaterThan(0);
    expect(problem!.message).toMatch(/^the file is not valid YAML/);
  });
  it('says which values YAML cannot read as written, each with the line in quotes, which reads', () => {
    const entry = (name: string, mastodon: string) =>
      `  - name: ${name}\n    kind: person\n    perspectives: [fans]\n    status: engaged\n    mastodon: ${mastodon}\n`;
    const bad = `title: Week 5: the people\nentries:\n${entry('Sam: pit crew', '@sam@mastodon.social')}`;
    expect(formatProblems(networkDataProblems(file, bad))).toMatchInlineSnapshot(`
      "content/networks/f1.yaml:1  the file is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, title: "Week 5: the people"
      content/networks/f1.yaml:3  the file is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, - name: "Sam: pit crew"
      content/networks/f1.yaml:7  the file is not valid YAML: a value cannot start with @, which YAML keeps for itself: put the value in quotes, mastodon: "@sam@mastodon.social""
    `);
    const fixed = `title: "Week 5: the people"\nentries:\n${entry('"Sam: pit crew"', '"@sam@mastodon.social"')}`;
    expect(networkDataProblems(file, fixed)).toEqual([]);
    // A key written twice in an entry: the line of the first in that entry, not in another.
    const twice = `title: N\nentries:\n${entry('Sam', '"@sam@mastodon.social"')}${entry('Alex', '"@alex@mastodon.social"')}    kind: organization\n`;
    expect(formatProblems(networkDataProblems(file, twice))).toBe(
      'content/networks/f1.yaml:13  the file is not valid YAML: kind is written twice, here and on line 9: keep one of them',
    );
  });
});

describe('reflection models and network feeds', () => {
  it('names a model that does not exist at its line, with the models there are', () => {
    const models = {
      gibbs: { name: 'G', description: '', sections: [] },
      rolfe: { name: 'R', description: '', sections: [] },
    };
    const entry = refs('content/posts/a.md', 'posts', 'title: A\nmodel: gibs');
    expect(entry.model).toEqual({ value: 'gibs', line: 3 });
    expect(referenceProblems([entry], { ...known, models })).toEqual([
      {
        file: 'content/posts/a.md',
        line: 3,
        message:
          'model "gibs" is not a reflection model: did you mean "gibbs"? Otherwise add it under reflectionModels in src/site.config.ts',
      },
    ]);
    expect(
      referenceProblems([refs('content/posts/b.md', 'posts', 'model: rolfe')], {
        ...known,
        models,
      }),
    ).toEqual([]);
  });

  it('names a feed or website that is not http(s), and a handle that is not one, with line and fix', () => {
    const text = [
      'title: Net',
      'entries:',
      '  - name: A blog',
      '    kind: publication',
      '    perspectives: [fans]',
      '    status: following',
      '    feed: feed://blog.example/rss',
      '    website: javascript:alert(1)',
      '    mastodon: blog.example',
    ].join('\n');
    expect(formatProblems(networkDataProblems('content/networks/n.yaml', text))).toBe(
      [
        'content/networks/n.yaml:8  entry 1 ("A blog"): website "javascript:alert(1)" is not an http(s) address: give a full address starting with https://',
        'content/networks/n.yaml:7  entry 1 ("A blog"): feed "feed://blog.example/rss" is not an http(s) address: give the feed\'s full address, starting with https:// (RSS, Atom or JSON Feed)',
        'content/networks/n.yaml:9  entry 1 ("A blog"): mastodon "blog.example" is not a Mastodon handle: write it in quotes as "@user@server", e.g. mastodon: "@sam@mastodon.social"',
      ].join('\n'),
    );
  });
});
