import { describe, expect, it } from 'vitest';
import { headingTitle } from '../../src/lib/content/heading-title.ts';
import { applyFixes } from '../../src/a11y/core/fixes.ts';

const POST = new Set(['title', 'description', 'pubDate', 'updatedDate', 'tags', 'draft']);
const PAGE = new Set(['title', 'description']);

/** The file once the fix is made, or undefined where there is no title to take. */
const fixed = (text: string, fields = POST) => {
  const found = headingTitle(text, fields);
  return found && applyFixes(text, [found.edit]).text;
};

describe('headingTitle', () => {
  it('takes the first heading as the title, written either way, with or without frontmatter', () => {
    expect(fixed('# Pit stops #\n\nText.\n')).toBe('---\ntitle: Pit stops\n---\n\nText.\n');
    expect(fixed('\n\nPit stops\n=========\n\nText.\n')).toBe(
      '\n\n---\ntitle: Pit stops\n---\n\nText.\n',
    );
    expect(fixed('---\ndescription: D.\n---\n\n# 2026\n\nText.\n')).toBe(
      '---\ntitle: "2026"\ndescription: D.\n---\n\nText.\n',
    );
    // An empty frontmatter block gets its first field.
    expect(fixed('---\n---\n# Week 1\nText.\n')).toBe('---\ntitle: Week 1\n---\nText.\n');
  });

  it('keeps the file’s line breaks and its byte order mark', () => {
    expect(fixed('\uFEFF# Week 1\r\n\r\nCreated: 2026-11-30\r\n\r\nText.\r\n')).toBe(
      '\uFEFF---\r\ntitle: Week 1\r\npubDate: 2026-11-30\r\n---\r\n\r\nText.\r\n',
    );
  });

  it('finds no title where the text does not start with a level-1 heading, or has one', () => {
    for (const text of [
      'Text first.\n\n# Week 1\n',
      '## Week 1\n\nText.\n',
      '#Week 1\n\nText.\n',
      '    # code\n',
      '',
    ])
      expect(headingTitle(text, POST), text).toBeUndefined();
  });

  it('moves only the properties this collection has a field for and whose value reads', () => {
    const notion = (properties: string) => `# Week 4\n\n${properties}\n\nText.\n`;
    // A date with no year, and a property with no field here, stay as the text they were.
    expect(fixed(notion('Date: 30 November\nTags: F1\nOwner: Sam'))).toBe(
      '---\ntitle: Week 4\ntags: [F1]\n---\n\nDate: 30 November\nOwner: Sam\n\nText.\n',
    );
    expect(
      headingTitle(notion('Date: 30 November\nTags: F1'), POST)?.properties.map((p) => p.field),
    ).toEqual(['tags']);
    // A page has no date or tags.
    expect(fixed(notion('Created: 2026-11-30\nDescription: Who I am.'), PAGE)).toBe(
      '---\ntitle: Week 4\ndescription: Who I am.\n---\n\nCreated: 2026-11-30\n\nText.\n',
    );
    // The first of two for one field; a tag with a comma in quotes.
    expect(
      headingTitle(notion('Created: 2026-11-30\nDate: 2026-12-01\nCategories: a, "b"'), POST)
        ?.properties,
    ).toEqual([
      {
        field: 'pubDate',
        written: 'Created: 2026-11-30',
        line: 3,
        yaml: 'pubDate: 2026-11-30',
        why: 'Created is its name in Obsidian and Notion exports',
      },
      {
        field: 'tags',
        written: 'Categories: a, "b"',
        line: 5,
        yaml: `tags: [a, '"b"']`.replace(`'"b"'`, '"\\"b\\""'),
        why: 'Categories is its name in Jekyll, Hugo and WordPress',
      },
    ]);
  });

  it('reads Notion’s own property names, in any case and spacing', () => {
    expect(
      headingTitle(
        '# Week 4\n\nCreated time: 2026-11-30\nTAGS: F1\n\nText.\n',
        POST,
      )?.properties.map((p) => p.yaml),
    ).toEqual(['pubDate: 2026-11-30', 'tags: [F1]']);
  });

  it('reads a paragraph as properties only when every line of it is one', () => {
    expect(fixed('# Week 4\n\nCreated: 2026-11-30\nthen I wrote this.\n')).toBe(
      '---\ntitle: Week 4\n---\n\nCreated: 2026-11-30\nthen I wrote this.\n',
    );
    // Under a frontmatter block, lines of text are the author's.
    expect(fixed('---\ndescription: D.\n---\n# Week 4\n\nCreated: 2026-11-30\n')).toBe(
      '---\ntitle: Week 4\ndescription: D.\n---\nCreated: 2026-11-30\n',
    );
  });
});
