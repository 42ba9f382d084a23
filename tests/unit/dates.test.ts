import { describe, expect, it } from 'vitest';
import { formatDate, parseIsoDate, writtenDay } from '../../src/lib/content/dates.ts';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import {
  frontmatterDateProblems,
  withWrittenDates,
  writtenDates,
  writtenDatesByDocument,
} from '../../src/lib/content/frontmatter-dates.ts';

const ok = (text: string) => {
  const result = parseIsoDate(text);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};
const refused = (text: string) => {
  const result = parseIsoDate(text);
  return result.ok ? undefined : result.message;
};

describe('parseIsoDate', () => {
  it('reads ISO 8601 dates and date-times with their offset', () => {
    expect(ok('2026-10-12')).toEqual({ date: new Date('2026-10-12T00:00:00Z'), allDay: true });
    expect(ok('2028-02-29').date).toEqual(new Date('2028-02-29T00:00:00Z'));
    expect(ok('2027-04-21T16:00+01:00')).toEqual({
      date: new Date('2027-04-21T15:00:00Z'),
      allDay: false,
      offset: '+01:00',
    });
    expect(ok('2027-04-21 16:00:00Z').offset).toBe('Z');
    expect(ok('2027-04-21T16:00:30.250-0530').date).toEqual(new Date('2027-04-21T21:30:30.250Z'));
  });

  it('refuses days and times that do not exist', () => {
    expect(refused('2026-02-30')).toBe(
      '"2026-02-30" is not a real date: February 2026 has 28 days',
    );
    expect(refused('2027-02-29')).toBe(
      '"2027-02-29" is not a real date: February 2027 has 28 days',
    );
    expect(refused('2026-04-31')).toBe('"2026-04-31" is not a real date: April 2026 has 30 days');
    expect(refused('2026-13-01')).toBe('"2026-13-01" has no month 13: months run from 01 to 12');
    expect(refused('2026-10-12T24:00Z')).toBe(
      '"2026-10-12T24:00Z" is not a real time: use 00:00 to 23:59',
    );
  });

  it('refuses other formats and times without a zone, saying what to write', () => {
    expect(refused('16 January 2027')).toBe(
      '"16 January 2027" is not an ISO 8601 date: write 2027-01-16',
    );
    // Day and month both 12 or under, either way round: no guess.
    for (const text of ['01/02/2027', '2027', '12.10.2026', 'next Tuesday', '31/02/2027'])
      expect(refused(text)).toMatch(/is not an ISO 8601 date: write it as YYYY-MM-DD/);
    expect(refused('2027-04-21T16:00')).toBe(
      '"2027-04-21T16:00" has no time zone: add its UTC offset, e.g. 2027-04-21T16:00+01:00, or Z for UTC',
    );
  });

  it('gives the ISO date of a date written in numbers that can be read only one way, and its time', () => {
    const fixes: [string, string][] = [
      ['21/04/2027', '2027-04-21'],
      ['4/21/2027', '2027-04-21'],
      ['21.04.2027', '2027-04-21'],
      ['2027/04/21', '2027-04-21'],
      ['05/05/2027', '2027-05-05'],
      ['2027-04-21 16:00 UTC', '2027-04-21T16:00Z'],
      ['21/04/2027, 16:00+02:00', '2027-04-21T16:00+02:00'],
    ];
    for (const [written, fix] of fixes) {
      expect(refused(written)).toBe(`"${written}" is not an ISO 8601 date: write ${fix}`);
      expect(parseIsoDate(fix).ok, fix).toBe(true);
    }
    // A time with no zone: the offset is the author's to say, as for 2027-04-21T16:00.
    for (const [written, at] of [
      ['2027-04-22 4pm', '2027-04-22T16:00'],
      ['April 30, 2027 at 4:30 p.m.', '2027-04-30T16:30'],
      ['21/04/2027 12am', '2027-04-21T00:00'],
    ]) {
      expect(refused(written!)).toBe(
        `"${written}" is not an ISO 8601 date: write ${at} with its UTC offset, e.g. ${at}+01:00, or ${at}Z for UTC`,
      );
      for (const fix of [`${at}+01:00`, `${at}Z`]) expect(parseIsoDate(fix).ok, fix).toBe(true);
    }
    // No such hour, minute or offset: no guess.
    for (const text of ['2027-04-22 13pm', '21/04/2027 24:00', '21/04/2027 16:00+25:00'])
      expect(refused(text), text).toMatch(/write it as YYYY-MM-DD/);
  });

  it('gives a date with its month as a word only where the day, the month and the year are written', () => {
    for (const [written, fix] of [
      ['Tuesday, 1 December 2026', '2026-12-01'],
      ['Sept 3, 2026', '2026-09-03'],
      ['3 Sep 2026', '2026-09-03'],
    ])
      expect(refused(written!)).toBe(`"${written}" is not an ISO 8601 date: write ${fix}`);
    // JavaScript's own reading fills in what is missing (the year 2001, the 1st), and reads
    // month names of other languages by their first letters; none of that is certain.
    for (const text of [
      '30 November',
      'March 2026',
      'Nov 2026',
      'Spring 2026',
      '2. Mai 2023',
      '27. Juli 2023',
      '30 Mayday 2026',
    ])
      expect(refused(text), text).toMatch(/write it as YYYY-MM-DD/);
  });

  it('gives the day of a written date and time, for a field that takes a day', () => {
    expect(writtenDay('November 30, 2026 10:42 AM')).toBe('2026-11-30');
    expect(writtenDay('2026-11-30T10:42')).toBe('2026-11-30');
    expect(writtenDay('2026/11/30')).toBe('2026-11-30');
    for (const text of ['30 November', '01/02/2027', '2026-02-30', 'last week'])
      expect(writtenDay(text), text).toBeUndefined();
  });
});

describe('dates in frontmatter, as written', () => {
  const file = [
    '---',
    'title: Week 3',
    'pubDate: 2026-02-30',
    'updatedDate: 2026-03-01',
    'events:',
    '  - title: Talk',
    '    start: 16 January 2027',
    '  - title: Meetup',
    '    start: 2027-04-21T16:00+01:00',
    '---',
    'Body with pubDate: 2026-02-31 in the text, not frontmatter.',
  ].join('\n');

  it('finds each impossible or ambiguous date at its line', () => {
    expect(frontmatterDateProblems(file).map((p) => `${p.line} ${p.message}`)).toEqual([
      '3 pubDate: "2026-02-30" is not a real date: February 2026 has 28 days',
      '7 events[0].start: "16 January 2027" is not an ISO 8601 date: write 2027-01-16',
    ]);
    expect(frontmatterDateProblems('---\ntitle: x\npubDate: 2026\n---\n')[0]!.message).toBe(
      'pubDate: 2026 is not a date: write it as YYYY-MM-DD, e.g. 2026-10-12',
    );
    expect(frontmatterDateProblems('No frontmatter, pubDate: 2026-02-30')).toEqual([]);
  });

  it("gives a time written without its offset the offset the site's time zone has then", () => {
    const event = [
      '---',
      'title: Plan',
      'events:',
      '  - title: Live recording',
      '    start: 2027-01-20T18:00',
      '  - title: Summer meetup',
      '    start: 2027-07-20 18:00',
      '  - title: The hour the clocks skip',
      '    start: 2027-03-14T02:30',
      '---',
    ].join('\n');
    expect(
      frontmatterDateProblems(event, 'America/New_York').map((p) => `${p.line} ${p.message}`),
    ).toEqual([
      `5 events[0].start: "2027-01-20T18:00" has no time zone: add its UTC offset, 2027-01-20T18:00-05:00 in America/New_York (the site's timeZone), or the offset where it happens`,
      `7 events[1].start: "2027-07-20 18:00" has no time zone: add its UTC offset, 2027-07-20 18:00-04:00 in America/New_York (the site's timeZone), or the offset where it happens`,
      `9 events[2].start: "2027-03-14T02:30" has no time zone: add its UTC offset, e.g. 2027-03-14T02:30+01:00, or Z for UTC`,
    ]);
    // The offset given reads as the time meant; no fix is written for it (an event may be
    // somewhere else), and a site in UTC gets the example as before.
    expect(parseIsoDate('2027-07-20 18:00-04:00')).toMatchObject({ ok: true });
    expect(frontmatterDateProblems(event, 'America/New_York')[0]).not.toHaveProperty('fix');
    expect(frontmatterDateProblems(event)[0]!.message).toBe(
      'events[0].start: "2027-01-20T18:00" has no time zone: add its UTC offset, e.g. 2027-01-20T18:00+01:00, or Z for UTC',
    );
  });

  it('hands the schema the text written, where YAML 1.1 made Dates', () => {
    // What Astro's YAML reader made of it: a rolled-over day and a moment in UTC.
    const astro = {
      title: 'Week 3',
      pubDate: new Date('2026-03-02'),
      updatedDate: new Date('2026-03-01'),
      events: [
        { title: 'Talk', start: '16 January 2027' },
        { title: 'Meetup', start: new Date('2027-04-21T15:00:00Z') },
      ],
    };
    expect(withWrittenDates(astro, file)).toEqual({
      title: 'Week 3',
      pubDate: '2026-02-30',
      updatedDate: '2026-03-01',
      events: [
        { title: 'Talk', start: '16 January 2027' },
        { title: 'Meetup', start: '2027-04-21T16:00+01:00' },
      ],
    });
    // The input is not changed.
    expect(astro.events[1]!.start).toBeInstanceOf(Date);
  });
});

describe('dates as written: the quick reading agrees with the document', () => {
  // Frontmatters where YAML readers could part ways; for each, the problems and the data handed
  // to the schema must be the same whichever way the dates were read.
  const frontmatters = [
    'pubDate: 2026-03-02\nupdatedDate: 2026-03-09',
    'pubDate: \'2026-03-02\'\nupdatedDate: "2026-03-09T16:00+01:00"',
    'pubDate: 2026-03-02 # the day it went up\ntitle: x',
    'pubDate: 2026-02-30',
    'pubDate: 2026-03-02T16:00',
    'pubDate: 2026',
    'pubDate:\nupdatedDate: ~',
    'pubDate: [2026-03-02]',
    'pubDate: {day: 2026-03-02}',
    'pubDate: &day 2026-03-02\nupdatedDate: *day',
    'pubDate: &day 2026-02-30\nupdatedDate: *day',
    'pubDate: !!str 2026-03-02',
    'pubDate: >-\n  2026-03-02',
    'pubDate: 2026-03-02\npubDate: 2026-03-03',
    'pubDate: [unclosed',
    'events:\n  - title: Talk\n    start: 2027-04-21T16:00+01:00\n    end: 2027-04-21T18:00+01:00\n  - start: 16 January 2027\n  - just text',
    'events: {start: 2027-04-21}',
    'defaults: &d\n  pubDate: 2026-03-02\n<<: *d',
    '- pubDate: 2026-03-02',
    'title: "pubDate: 2026-02-30"',
  ];
  for (const yaml of frontmatters) {
    it(JSON.stringify(yaml), () => {
      const text = `---\n${yaml}\n---\nBody.\n`;
      const quick = writtenDates(text);
      const document = writtenDatesByDocument(text);
      expect(quick.problems).toEqual(document.problems);
      let astro: Record<string, unknown>;
      try {
        astro = parseFrontmatter(text).frontmatter as Record<string, unknown>;
      } catch {
        astro = {};
      }
      expect(quick.apply(astro)).toEqual(document.apply(astro));
    });
  }
});

describe('formatDate', () => {
  it("writes a day out in the site's language, on its UTC calendar, the same each time it is asked", () => {
    const day = new Date('2026-11-26T00:00:00Z');
    expect(formatDate(day, 'en-GB')).toBe('26 November 2026');
    expect(formatDate(day, 'en-US')).toBe('November 26, 2026');
    expect(formatDate(day, 'de')).toBe('26. November 2026');
    // Remembered per language and day: the same date in another language is not the first's.
    expect(formatDate(new Date(day), 'en-GB')).toBe('26 November 2026');
    expect(formatDate(new Date('2026-11-26T23:30:00Z'), 'en-GB')).toBe('26 November 2026');
    expect(formatDate(new Date('2026-11-27T00:00:00Z'), 'en-US')).toBe('November 27, 2026');
    for (let i = 0; i < 10_050; i++)
      formatDate(new Date(Date.UTC(2000, 0, 1) + i * 86_400_000), 'en-GB');
    expect(formatDate(day, 'en-GB')).toBe('26 November 2026');
    expect(() => formatDate(new Date('not a date'), 'en-GB')).toThrow(RangeError);
  });
});
