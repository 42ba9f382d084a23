import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';

describe('frontmatter-date', () => {
  it('reports impossible and non-ISO dates at their line, in posts and guides’ events', async () => {
    const text = [
      '---',
      'title: A plan',
      'pubDate: 2026-02-30',
      'events:',
      '  - title: Talk',
      '    start: 16 January 2027',
      '    end: 2027-01-16T17:00+01:00',
      '---',
      'Body.',
    ].join('\n');
    expect(
      only(await lintSource(text, '.md'), 'frontmatter-date').map(
        (p) => `${p.line}:${p.column} ${p.severity} ${p.message}`,
      ),
    ).toEqual([
      '3:10 error pubDate: "2026-02-30" is not a real date: February 2026 has 28 days',
      '6:12 error events[0].start: "16 January 2027" is not an ISO 8601 date: write 2027-01-16',
    ]);
  });

  it('accepts ISO 8601 dates and date-times with an offset', async () => {
    const text =
      '---\ntitle: x\npubDate: 2026-10-12\nupdatedDate: "2026-10-13T09:00:00Z"\n---\nBody.';
    expect(only(await lintSource(text, '.md'), 'frontmatter-date')).toEqual([]);
  });
});
