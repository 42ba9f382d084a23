import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { frontmatterByDocument, frontmatterOf } from '../../../src/a11y/source/model.ts';

/**
 * The gate's model reads most frontmatter with js-yaml's quick core-schema read and parses the
 * `yaml` document only to place a problem (src/a11y/source/model.ts `frontmatterOf`). Whatever
 * the YAML, the rules must get the same data, the same error and the same key positions as from
 * the document alone: over YAML where readers part ways, and over every frontmatter in the
 * repository.
 */
const tricky = [
  'title: Pit wall\ntags: [feedback, radio]\ndraft: false',
  'a: b: c',
  'a: @x',
  'a: `x',
  'a:\n\t- b',
  'a: 1\na: 2',
  'a: {b: 1, b: 2}',
  'a: [1, 2',
  'a: "x',
  'a: *nope',
  '? a\n: b',
  'a: !!str 1',
  'title: !important Notes',
  'a: 0o17',
  'a: 017',
  'a: 1_000',
  'a: .inf',
  'a: yes',
  'a: ~',
  'a: null\nb: Null\nc: TRUE\nd: True',
  '<<: {a: 1}\nb: 2',
  'defaults: &d\n  draft: true\n<<: *d\ntitle: Merged',
  'a: &x 1\nb: *x',
  // Astro merges `<<`, and cannot merge a number: the build stops; YAML 1.2 reads a key.
  'a: &x 1\n<<: *x',
  'a: >\n  folded\n  text',
  'a: |\n  lit',
  'a: "\\x41"',
  "a: 'it''s'",
  'a:\n  - b\n   - c',
  'a: b\n  c: d',
  'a: [b, {c: d}]',
  '- a\n- b',
  'just text',
  '',
  '# only a comment',
  'pubDate: 2026-03-02\nupdatedDate: 2026-03-02T16:00+01:00',
  'a: 12:30',
  'a: 1e3\nb: 0x1F\nc: +1',
  'title: Notes # a comment\ndescription: x',
  'a: "x" y',
  'a: [a, b]]',
  'a: x\n---\nb: y',
  '%YAML 1.1\n---\na: b',
  'a: "multi\n  line"',
  'a: plain\n  continued',
  'key with spaces: v\n"quoted key": w\n1: one',
  'a: !!binary aGk=',
  'a: !!timestamp 2026-01-01',
  'a: b\n b: c',
  'a: b\tc',
  '\ta: b',
];

/**
 * Every frontmatter block in the project's own content and test fixtures. Build tests add and
 * remove posts in some fixtures while this runs beside them: a file or folder gone between
 * listing and reading is skipped.
 */
function repositoryFrontmatters(): [string, string][] {
  const found: [string, string][] = [];
  const gone = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      if (gone(error)) return;
      throw error;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['node_modules', 'dist', '.astro'].includes(entry.name)) walk(path);
      } else if (/\.mdx?$/.test(entry.name)) {
        let text;
        try {
          text = readFileSync(path, 'utf8');
        } catch (error) {
          if (gone(error)) continue;
          throw error;
        }
        const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
        if (block) found.push([relative(process.cwd(), path), block[1]!]);
      }
    }
  };
  walk('content');
  walk('tests/fixtures');
  return found;
}

function expectSameFrontmatter(yaml: string) {
  const quick = frontmatterOf(yaml, 4, 0);
  const document = frontmatterByDocument(yaml, 4, 0);
  expect(quick.error).toEqual(document.error);
  expect(quick.data).toEqual(document.data);
  for (const key of [...Object.keys(document.data), 'not-a-key'])
    expect([key, quick.offsetOf(key)]).toEqual([key, document.offsetOf(key)]);
}

describe("the model's quick frontmatter read agrees with the document", () => {
  for (const yaml of tricky) it(JSON.stringify(yaml), () => expectSameFrontmatter(yaml));

  it('over every frontmatter in content/ and tests/fixtures/', () => {
    const all = repositoryFrontmatters();
    expect(all.length).toBeGreaterThan(100);
    for (const [file, yaml] of all) {
      expect.soft(() => expectSameFrontmatter(yaml), file).not.toThrow();
    }
  });

  it('differs only in a number js-yaml reads as text, which no rule reads', () => {
    // YAML 1.2 makes `-.5` a number; js-yaml's core schema keeps it as text.
    expect(frontmatterOf('a: -.5', 4, 0).data).toEqual({ a: '-.5' });
    expect(frontmatterByDocument('a: -.5', 4, 0).data).toEqual({ a: -0.5 });
  });
});
