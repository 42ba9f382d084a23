import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { mayHoldReferences } from '../../src/integrations/content-check.ts';
import { readEntryReferences } from '../../src/lib/content/references.ts';

const entry = (frontmatter: string) =>
  `---\n${frontmatter}\n---\n\nThe body mentions a course and a network.\n`;

describe('the reference check reads YAML only where a reference can be', () => {
  it('skips entries whose frontmatter names no course, module or network', () => {
    expect(mayHoldReferences(entry('title: Week 3\ntags: [pln]'))).toBe(false);
    expect(mayHoldReferences('No frontmatter; a course is mentioned in the text.')).toBe(false);
  });

  it('parses every entry that could hold one, in any YAML spelling', () => {
    for (const frontmatter of [
      'course: social-media-pln',
      'title: x\nmodule: week-1',
      '"network": f1-sustainability',
      '{ title: x, course: y }',
      '? course\n: y',
      '"\\x63ourse": y',
      "'module' : m",
      '? course # the course this post is for\n: y',
      '? |-\n  network\n: f1',
      'base: &b { course: y }\n<<: *b',
      'k: &k course\n*k : y',
    ]) {
      expect(mayHoldReferences(entry(frontmatter)), frontmatter).toBe(true);
    }
  });

  it('skips entries that only use the words in values, as most posts do', () => {
    expect(
      mayHoldReferences(
        entry(
          'title: "Field Notes 3"\ndescription: "Reflection 3 on building an inclusive personal learning network."\ntags: ["pln"]',
        ),
      ),
    ).toBe(false);
    expect(mayHoldReferences(entry('title: My course, my module, my network'))).toBe(false);
  });

  it('never skips a file the full parse would find a reference in, however the YAML is written', () => {
    const key = fc.constantFrom('course', 'module', 'network', 'title', 'tags', 'description');
    const value = fc.oneof(
      fc.constantFrom('pln', 'week-1', 'a learning network.', 'course: no', '# not a comment'),
      fc.string({ maxLength: 12 }),
    );
    const style = fc.record({
      flow: fc.boolean(),
      keyType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'),
      valueType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL'),
    });
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { maxKeys: 5 }),
        style,
        (data, { flow, keyType, valueType }) => {
          const yaml = stringify(data, {
            collectionStyle: flow ? 'flow' : 'block',
            defaultKeyType: keyType as 'PLAIN',
            defaultStringType: valueType as 'PLAIN',
          }).trimEnd();
          const text = entry(yaml);
          const refs = readEntryReferences('a.md', 'guides', text);
          if (refs?.course || refs?.module || refs?.network)
            expect(mayHoldReferences(text), yaml).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never skips a file the full parse would find a reference in', () => {
    // Whatever the prefilter skips, readEntryReferences finds nothing in.
    const samples = [
      'title: Week 3',
      'title: A course on courses\ncourse: pln',
      '"\\u006eetwork": f1',
      'title: x\nmodule: m',
      'tags: [a, b]',
    ];
    for (const frontmatter of samples) {
      const text = entry(frontmatter);
      const refs = readEntryReferences('a.md', 'guides', text);
      const found = Boolean(refs?.course || refs?.module || refs?.network);
      if (found) expect(mayHoldReferences(text), frontmatter).toBe(true);
    }
  });
});
