import { beforeEach, describe, expect, it, vi } from 'vitest';
import { lintSourceAt, only } from '../helpers.ts';
import { isPublished } from '../../../../src/lib/content/publish.ts';
import { unlikelyDates } from '../../../../src/lib/content/unlikely-dates.ts';
import { parseIsoDate } from '../../../../src/lib/content/dates.ts';

const RULE = 'unlikely-date';
const TODAY = '2026-12-06';
const entry = (dates: string) =>
  `---\ntitle: Week 11\ndescription: What the poll told me.\n${dates}\n---\n\nThe poll.\n`;
const said = async (text: string, path = 'content/posts/week-11.md') =>
  only(await lintSourceAt(path, text), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

/** The text with each `write field: value` fix the messages give put in place of that field. */
function fixed(text: string, messages: string[]): string {
  let mended = text;
  for (const message of messages) {
    const [, field, value] = /write (\w+): (\S+)$/.exec(message)!;
    mended = mended.replace(new RegExp(`^${field}: .*$`, 'm'), `${field}: ${value}`);
  }
  return mended;
}

const date = (written: string) => {
  const read = parseIsoDate(written);
  if (!read.ok) throw new Error(read.message);
  return read.value.date;
};

describe('unlikely-date', () => {
  // Put back after each test (vitest.config.ts: unstubEnvs).
  beforeEach(() => {
    vi.stubEnv('COMMONPLACE_BUILD_DATE', TODAY);
  });

  it('says a pubDate decades ahead keeps the post off the site, and its fix publishes it', async () => {
    const text = entry('pubDate: 2062-11-20');
    const messages = await said(text);
    expect(messages).toEqual([
      "4:10 pubDate 2062-11-20 is more than a year after the build's date, so the post stays off the site until then: if the year is a slip, write pubDate: 2026-11-20",
    ]);
    const mended = fixed(text, messages);
    expect(await said(mended)).toEqual([]);
    const pubDate = date(/pubDate: (\S+)/.exec(mended)![1]!);
    expect(isPublished({ data: { draft: false, pubDate } }, new Date(TODAY), false)).toBe(true);
  });

  it('keeps the time and zone as written, and calls a guide a guide', async () => {
    const text = entry('pubDate: 2206-10-12T16:00+01:00');
    const messages = await said(text, 'content/guides/f1-campaign.md');
    expect(messages).toEqual([
      "4:10 pubDate 2206-10-12T16:00+01:00 is more than a year after the build's date, so the guide stays off the site until then: if the year is a slip, write pubDate: 2026-10-12T16:00+01:00",
    ]);
    expect(await said(fixed(text, messages), 'content/guides/f1-campaign.md')).toEqual([]);
  });

  it('leaves a post scheduled within the year alone, up to a year to the day', async () => {
    expect(await said(entry('pubDate: 2027-03-01'))).toEqual([]);
    expect(await said(entry('pubDate: 2027-12-06'))).toEqual([]);
    expect(await said(entry('pubDate: 2027-12-07'))).toHaveLength(1);
  });

  it('gives no year it cannot write: 29 February in a year without it', async () => {
    expect(await said(entry('pubDate: 2028-02-29'))).toEqual([
      "4:10 pubDate 2028-02-29 is more than a year after the build's date, so the post stays off the site until then: if the year is a slip, write the year meant",
    ]);
  });

  it('says an updatedDate far ahead, or before the pubDate, and the fixes pass', async () => {
    const ahead = entry('pubDate: 2026-11-20\nupdatedDate: 2062-11-22');
    const aheadSaid = await said(ahead);
    expect(aheadSaid).toEqual([
      "5:14 updatedDate 2062-11-22 is more than a year after the build's date, so the page says the post was updated on a day still to come: if the year is a slip, write updatedDate: 2026-11-22",
    ]);
    expect(await said(fixed(ahead, aheadSaid))).toEqual([]);

    const early = entry('pubDate: 2026-11-20\nupdatedDate: 2026-11-02');
    expect(await said(early)).toEqual([
      '5:14 updatedDate 2026-11-02 is before pubDate 2026-11-20, so the page says the post changed before it went out: write the day you changed it, or remove updatedDate',
    ]);
    expect(await said(early.replace('updatedDate: 2026-11-02', 'updatedDate: 2026-11-24'))).toEqual(
      [],
    );
    expect(await said(early.replace('updatedDate: 2026-11-02\n', ''))).toEqual([]);
  });

  it('compares by the day the page shows: an update later on the day of publishing passes', async () => {
    expect(await said(entry('pubDate: 2026-11-20T18:00+00:00\nupdatedDate: 2026-11-20'))).toEqual(
      [],
    );
  });

  it('reads only posts and guides: a page has no pubDate, and other files are not entries', async () => {
    const text = entry('pubDate: 2062-11-20');
    expect(await said(text, 'content/pages/about.md')).toEqual([]);
    expect(await said(text, 'src/pages/notes.md')).toEqual([]);
  });

  it('leaves a date that does not read to frontmatter-date', async () => {
    const problems = await lintSourceAt(
      'content/posts/week-11.md',
      entry('pubDate: 2062-02-30\nupdatedDate: 20 November 2026'),
    );
    expect(only(problems, RULE)).toEqual([]);
    expect(only(problems, 'frontmatter-date')).toHaveLength(2);
  });
});

describe('unlikelyDates', () => {
  const dates = (pub: string) => [{ field: 'pubDate', written: pub, date: date(pub) }];

  it('holds its warning until the date comes within the year, or the new year changes its fix', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    // Within a year from 2026-03-06: the warning holds until then.
    expect(unlikelyDates(dates('2027-03-06'), now, 'post').until).toBe(
      Date.parse('2026-03-06T00:00:00Z'),
    );
    // Decades ahead: its fix names 2026, so it holds until 2027 starts.
    expect(unlikelyDates(dates('2062-11-20'), now, 'post').until).toBe(
      Date.parse('2027-01-01T00:00:00Z'),
    );
    // Nothing said: time going on never makes a date further ahead.
    expect(unlikelyDates(dates('2026-06-01'), now, 'post')).toEqual({ problems: [], until: null });
  });

  it('compares the days the page shows: an update written with a time, on its day in the site’s zone', () => {
    const now = new Date('2026-12-10T00:00:00Z');
    const both = [
      { field: 'pubDate', written: '2026-12-08', date: date('2026-12-08') },
      {
        field: 'updatedDate',
        written: '2026-12-08T09:00+13:00',
        date: date('2026-12-08T09:00+13:00'),
      },
    ];
    // In UTC the update falls on the 7th, before the post went out; in Auckland, on the 8th.
    expect(unlikelyDates(both, now, 'post').problems.map((p) => p.field)).toEqual(['updatedDate']);
    expect(unlikelyDates(both, now, 'post', 'Pacific/Auckland').problems).toEqual([]);
  });
});
