import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../../src/a11y/core/fixes.ts';
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

  it('writes the ISO date with --fix where the date written is certain, quoted or not, and only there', async () => {
    const text = [
      '---',
      'title: A plan',
      'pubDate: 21/04/2027',
      'updatedDate: "April 30, 2027 at 4:30 p.m. UTC"',
      'events:',
      '  - title: Talk',
      "    start: '21.04.2027 16:00 +02:00' # the room opens at four",
      '    end: 21/04/2027 5pm',
      '  - title: Call',
      '    start: 01/02/2027',
      '---',
      'Body.',
    ].join('\n');
    const problems = only(await lintSource(text, '.md'), 'frontmatter-date');
    expect(problems.map((p) => [p.line, p.fix?.text])).toEqual([
      [3, '2027-04-21'],
      [4, '2027-04-30T16:30Z'],
      [7, '2027-04-21T16:00+02:00'],
      // A time with no offset, and a day and month either way round, need the author's word.
      [8, undefined],
      [10, undefined],
    ]);
    const fixed = applyFixes(
      text,
      problems.flatMap((p) => (p.fix ? [p.fix] : [])),
    ).text;
    expect(fixed.split('\n').slice(2, 7)).toEqual([
      'pubDate: 2027-04-21',
      'updatedDate: 2027-04-30T16:30Z',
      'events:',
      '  - title: Talk',
      '    start: 2027-04-21T16:00+02:00 # the room opens at four',
    ]);
    expect(only(await lintSource(fixed, '.md'), 'frontmatter-date').map((p) => p.line)).toEqual([
      8, 10,
    ]);
  });

  it('leaves a date written as a block scalar to the author, whose fix would join the next line', async () => {
    const text =
      '---\ntitle: A plan\npubDate: >-\n  21/04/2027\nupdatedDate: &day 16 January 2027\n---\nBody.';
    const problems = only(await lintSource(text, '.md'), 'frontmatter-date');
    expect(problems.map((p) => [p.line, p.fix?.text])).toEqual([
      [3, undefined],
      [5, '2027-01-16'],
    ]);
  });

  it('accepts ISO 8601 dates and date-times with an offset', async () => {
    const text =
      '---\ntitle: x\npubDate: 2026-10-12\nupdatedDate: "2026-10-13T09:00:00Z"\n---\nBody.';
    expect(only(await lintSource(text, '.md'), 'frontmatter-date')).toEqual([]);
  });
});
