import { describe, expect, it, vi } from 'vitest';
import {
  buildDate,
  byNewest,
  calendarDay,
  goesLive,
  isPublished,
  offsetOfWallClock,
  timeZoneProblem,
} from '../../src/lib/content/publish.ts';

const entry = (pubDate: string, draft = false, title = 't') => ({
  data: { pubDate: new Date(pubDate), draft, title },
});
const now = new Date('2026-11-26T12:00:00Z');

describe('isPublished', () => {
  it('publishes a past, non-draft entry', () => {
    expect(isPublished(entry('2026-11-01'), now, false)).toBe(true);
  });
  it('hides drafts in production', () => {
    expect(isPublished(entry('2026-11-01', true), now, false)).toBe(false);
  });
  it('hides entries dated after the build', () => {
    expect(isPublished(entry('2026-11-27'), now, false)).toBe(false);
  });
  it('publishes an entry dated exactly at build time', () => {
    expect(isPublished(entry('2026-11-26T12:00:00Z'), now, false)).toBe(true);
  });
  it('shows drafts and scheduled entries in dev', () => {
    expect(isPublished(entry('2027-01-01', true), now, true)).toBe(true);
  });
});

describe('a pubDate written as a day, in the site’s time zone', () => {
  const live = (day: string, zone: string) => goesLive(new Date(day), zone).toISOString();
  it('goes live when the day begins there, before or after UTC’s midnight', () => {
    expect(live('2026-12-08', 'UTC')).toBe('2026-12-08T00:00:00.000Z');
    expect(live('2026-12-08', 'Pacific/Auckland')).toBe('2026-12-07T11:00:00.000Z');
    expect(live('2026-12-08', 'Asia/Kathmandu')).toBe('2026-12-07T18:15:00.000Z');
    expect(live('2026-12-08', 'America/Los_Angeles')).toBe('2026-12-08T08:00:00.000Z');
    // Summer time: London is an hour ahead of UTC in July.
    expect(live('2026-07-08', 'Europe/London')).toBe('2026-07-07T23:00:00.000Z');
  });
  it('begins a day whose midnight a clock change skips or repeats at its first moment', () => {
    // Santiago's clocks went from 00:00 to 01:00 on 11 September 2022: the day began at 01:00.
    expect(live('2022-09-11', 'America/Santiago')).toBe('2022-09-11T04:00:00.000Z');
    // São Paulo's went from 00:00 back to 23:00 on 18 February 2018: the 18th began an hour later.
    expect(live('2018-02-18', 'America/Sao_Paulo')).toBe('2018-02-18T03:00:00.000Z');
  });
  it('keeps a date with a time as the moment written, in any zone', () => {
    expect(live('2026-12-08T09:00:00+13:00', 'America/Los_Angeles')).toBe(
      '2026-12-07T20:00:00.000Z',
    );
  });
  it('publishes a post dated today in Auckland on Auckland’s morning, where UTC’s day is still the 7th', () => {
    const aucklandMorning = new Date('2026-12-07T21:00:00Z'); // 10:00 on the 8th there
    expect(isPublished(entry('2026-12-08'), aucklandMorning, false)).toBe(false);
    expect(isPublished(entry('2026-12-08'), aucklandMorning, false, 'Pacific/Auckland')).toBe(true);
    // And not before the 8th begins there.
    const before = new Date('2026-12-07T10:59:00Z');
    expect(isPublished(entry('2026-12-08'), before, false, 'Pacific/Auckland')).toBe(false);
  });
  it('shows a date with a time on its day in the site’s zone, and a day as written', () => {
    expect(calendarDay(new Date('2026-12-08T09:00+13:00'))).toBe('2026-12-07');
    expect(calendarDay(new Date('2026-12-08T09:00+13:00'), 'Pacific/Auckland')).toBe('2026-12-08');
    expect(calendarDay(new Date('2026-12-08'), 'America/Los_Angeles')).toBe('2026-12-08');
    expect(calendarDay(new Date('2026-12-08T03:00Z'), 'America/Los_Angeles')).toBe('2026-12-07');
  });
  it('names the zone meant when the name written is not one', () => {
    expect(timeZoneProblem('Europe/London')).toBeUndefined();
    expect(timeZoneProblem('UTC')).toBeUndefined();
    expect(timeZoneProblem('Auckland')).toBe(
      `"Auckland" is not a time zone: write 'Pacific/Auckland'`,
    );
    expect(timeZoneProblem('new york')).toBe(
      `"new york" is not a time zone: write 'America/New_York'`,
    );
    expect(timeZoneProblem('Europe/Londn')).toBe(
      `"Europe/Londn" is not a time zone: write 'Europe/London'`,
    );
    expect(timeZoneProblem('NZ time')).toBe(
      `"NZ time" is not a time zone: write its IANA name, such as 'Pacific/Auckland' or 'America/New_York'`,
    );
  });
});

describe('byNewest', () => {
  it('sorts newest first and breaks ties by title', () => {
    const list = [
      entry('2026-01-01', false, 'b'),
      entry('2026-03-01'),
      entry('2026-01-01', false, 'a'),
    ];
    expect(
      list
        .sort(byNewest)
        .map((e) => `${e.data.pubDate.toISOString().slice(0, 10)} ${e.data.title}`),
    ).toEqual(['2026-03-01 t', '2026-01-01 a', '2026-01-01 b']);
  });
});

describe('buildDate', () => {
  it('uses COMMONPLACE_BUILD_DATE when set', () => {
    expect(buildDate({ COMMONPLACE_BUILD_DATE: '2026-02-03' }).toISOString()).toBe(
      '2026-02-03T00:00:00.000Z',
    );
  });
  it('rejects a pinned date that is not a date, saying how to fix it', () => {
    expect(() => buildDate({ COMMONPLACE_BUILD_DATE: 'soon' })).toThrow(
      'COMMONPLACE_BUILD_DATE="soon" is not a date: use an ISO date such as 2026-11-26',
    );
  });
  it('defaults to now', () => {
    expect(Math.abs(buildDate({}).getTime() - Date.now())).toBeLessThan(5_000);
  });
});

// Unit files share their worker (isolate: false): a build date a test pins must not outlive it,
// or every file after it in that worker judges dates by that day.
describe('a build date a test pins', () => {
  const outside = process.env.COMMONPLACE_BUILD_DATE;
  it('holds in the test that pins it', () => {
    vi.stubEnv('COMMONPLACE_BUILD_DATE', '2030-01-01');
    expect(buildDate().toISOString()).toBe('2030-01-01T00:00:00.000Z');
  });
  it('is gone in the next test (unstubEnvs, set in each project of tests/vitest.config.ts)', () => {
    expect(process.env.COMMONPLACE_BUILD_DATE).toBe(outside);
  });
});

describe('the UTC offset of a time written on a zone’s clocks', () => {
  const at = (iso: string) => Date.parse(`${iso}Z`);
  it('is the offset those clocks have then, summer or winter, in whole hours or not', () => {
    expect(offsetOfWallClock(at('2027-01-20T18:00'), 'Pacific/Auckland')).toBe('+13:00');
    expect(offsetOfWallClock(at('2027-07-20T18:00'), 'Pacific/Auckland')).toBe('+12:00');
    expect(offsetOfWallClock(at('2027-01-20T18:00'), 'Europe/London')).toBe('+00:00');
    expect(offsetOfWallClock(at('2027-07-20T18:00'), 'Europe/London')).toBe('+01:00');
    expect(offsetOfWallClock(at('2027-01-20T18:00'), 'America/New_York')).toBe('-05:00');
    expect(offsetOfWallClock(at('2027-01-20T18:00'), 'America/St_Johns')).toBe('-03:30');
    expect(offsetOfWallClock(at('2027-01-20T18:00'), 'Asia/Kolkata')).toBe('+05:30');
    expect(offsetOfWallClock(at('2027-01-20T18:00'), 'Asia/Kathmandu')).toBe('+05:45');
  });
  it('is none for a time the clocks skip or show twice: no one offset is meant', () => {
    // New York's clocks go from 02:00 to 03:00 on 14 March 2027, and from 02:00 back to 01:00
    // on 7 November 2027.
    expect(offsetOfWallClock(at('2027-03-14T02:30'), 'America/New_York')).toBeUndefined();
    expect(offsetOfWallClock(at('2027-11-07T01:30'), 'America/New_York')).toBeUndefined();
    expect(offsetOfWallClock(at('2027-03-14T03:30'), 'America/New_York')).toBe('-04:00');
    expect(offsetOfWallClock(at('2027-11-07T02:30'), 'America/New_York')).toBe('-05:00');
  });
});
