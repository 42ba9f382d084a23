import { describe, expect, it } from 'vitest';
import { mayHoldReferences } from '../../src/integrations/content-check.ts';
import { readEntryReferences } from '../../src/lib/references.ts';

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
    ]) {
      expect(mayHoldReferences(entry(frontmatter)), frontmatter).toBe(true);
    }
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
