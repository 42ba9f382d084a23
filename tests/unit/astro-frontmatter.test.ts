import { describe, expect, it } from 'vitest';
// How Astro reads an entry's frontmatter: the data its glob loader, ids and schemas get.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { frontmatterData } from '../../src/a11y/core/content-index.ts';
import {
  courseFileProblems,
  frontmatterProblems,
} from '../../src/lib/content/content-validation.ts';
import { networkDataProblems } from '../../src/lib/content/references.ts';

/**
 * The site's index (src/a11y/core/content-index.ts) predicts the pages, ids and tags a build
 * writes, so it must read frontmatter as Astro does, including where YAML readers differ: dates
 * (YAML 1.1 timestamps), merge keys, and what is not valid YAML.
 */
const cases: Record<string, string> = {
  'plain fields': 'title: Pit wall\ntags: [feedback, radio]\ndraft: false\n',
  'a date and a time with its offset': 'pubDate: 2026-03-02\nupdatedDate: 2026-03-02T16:00+01:00\n',
  'a slug that looks like a date': 'slug: 2026-03-02\n',
  'a merge key': 'defaults: &d\n  draft: true\n<<: *d\ntitle: Merged\n',
  'quoted and block text': 'title: "Laps: one \\u00e9"\ndescription: >\n  Two\n  lines\n',
  'yes and no, which YAML 1.1 made booleans': 'draft: yes\nfeatured: no\n',
};

describe('the content index reads frontmatter as Astro does', () => {
  for (const [name, yaml] of Object.entries(cases)) {
    it(name, () => {
      const text = `---\n${yaml}---\nBody.\n`;
      expect(frontmatterData(text)).toEqual(parseFrontmatter(text).frontmatter);
    });
  }

  it('broken YAML, or none, gives no data', () => {
    expect(frontmatterData('---\ntitle: [unclosed\n---\nBody.\n')).toEqual({});
    expect(frontmatterData('---\ntitle: a\ntitle: b\n---\n')).toEqual({});
    expect(frontmatterData('No frontmatter here.\n')).toEqual({});
    expect(frontmatterData('---\n- a list\n---\n')).toEqual({});
  });
});

describe('content-schema, on data as Astro reads it', () => {
  const post = (title: string) =>
    `---\ntitle: ${title}\ndescription: Race day notes.\npubDate: 2026-03-02\n---\nBody.\n`;

  it('a title Astro reads as a date is reported at its line, with the quotes that fix it', () => {
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', post('2026-03-02'))).toEqual([
      {
        field: 'title',
        line: 2,
        message:
          'title must be text, but Astro reads 2026-03-02 as a date: put it in quotes, "2026-03-02"',
      },
    ]);
  });

  it('the fix works: quoted, the title is text to Astro and to the check', () => {
    const fixed = post('"2026-03-02"');
    expect(parseFrontmatter(fixed).frontmatter.title).toBe('2026-03-02');
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', fixed)).toEqual([]);
  });
});

describe('course and network files, on data as Astro reads it', () => {
  const course = (term: string) =>
    `title: Social media and PLNs\nterm: ${term}\ndescription: Learning in public.\nmodules:\n  - id: one\n    title: Week one\n`;
  const network = (notes: string) =>
    `title: F1\nentries:\n  - name: A team\n    kind: organization\n    perspectives: [teams]\n    status: engaged\n    notes: ${notes}\n`;

  it('a course term Astro reads as a date is reported at its line, and quotes fix it', () => {
    expect(courseFileProblems(course('2026-09-01'))).toEqual([
      {
        line: 2,
        message:
          'term must be text, but Astro reads 2026-09-01 as a date: put it in quotes, "2026-09-01"',
      },
    ]);
    expect(courseFileProblems(course('"2026-09-01"'))).toEqual([]);
  });

  it('a network entry field Astro reads as a date is reported at its line, and quotes fix it', () => {
    const file = 'content/networks/f1.yaml';
    const [problem, ...more] = networkDataProblems(file, network('2026-03-02'));
    expect(more).toEqual([]);
    expect(problem!.line).toBe(7);
    expect(problem!.message).toMatch(
      /^entry 1 \("A team"\): notes must be text, but Astro reads 2026-03-02 as a date: put it in quotes, "2026-03-02"$/,
    );
    expect(networkDataProblems(file, network('"2026-03-02"'))).toEqual([]);
  });
});
