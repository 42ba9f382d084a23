import { closestName } from '../util/closest-name.ts';

/** What decides whether an entry is public. Pure, so the rule is tested once and used everywhere. */
export interface Publishable {
  data: { draft: boolean; pubDate: Date };
}

/**
 * The moment the build treats as "now". `COMMONPLACE_BUILD_DATE` pins it so tests and
 * reproducible builds do not depend on the clock.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
  const pinned = env.COMMONPLACE_BUILD_DATE;
  if (pinned) {
    const date = new Date(pinned);
    if (Number.isNaN(date.getTime())) {
      throw new Error(
        `COMMONPLACE_BUILD_DATE="${pinned}" is not a date: use an ISO date such as 2026-11-26`,
      );
    }
    return date;
  }
  return new Date();
}

/**
 * What is wrong with a site's `timeZone`, with the name meant where it can be told
 * (`Auckland` → `Pacific/Auckland`, `new york` → `America/New_York`); undefined for a zone the
 * runtime knows (`UTC`, `Europe/London`).
 */
export function timeZoneProblem(zone: string): string | undefined {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return undefined;
  } catch {
    const known = Intl.supportedValuesOf('timeZone');
    const wanted = zone.trim().replace(/\s+/g, '_').toLowerCase();
    const meant =
      known.find((name) => name.toLowerCase().split('/').at(-1) === wanted) ??
      closestName(zone.trim(), known);
    return `"${zone}" is not a time zone: write ${meant ? `'${meant}'` : "its IANA name, such as 'Pacific/Auckland' or 'America/New_York'"}`;
  }
}

export const DAY_MS = 86_400_000;
// Made once per zone: a formatter costs far more to make than to use.
const clocks = new Map<string, Intl.DateTimeFormat>();

/** A formatter of `timeZone`'s wall clock, to the second. */
function clockOf(timeZone: string): Intl.DateTimeFormat {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(timeZone, clock);
  }
  return clock;
}

/** `2026-12-08 00:00`: the instant `at` on the wall clocks of `timeZone`, to the minute. */
export function wallClock(at: Date, timeZone: string): string {
  const time = at.getTime();
  return new Date(time + offsetAt(time, timeZone)).toISOString().slice(0, 16).replace('T', ' ');
}

/** The calendar day (`2026-12-08`) that the instant `time` falls on in `timeZone`. */
const dayIn = (time: number, timeZone: string) => wallClock(new Date(time), timeZone).slice(0, 10);

/** A date the frontmatter gives as midnight UTC: written as a day (`2026-12-08`). */
const writtenAsDay = (time: number) => time % DAY_MS === 0;

/** How far `timeZone`'s clocks are ahead of UTC at the instant `time`, in ms. */
function offsetAt(time: number, timeZone: string): number {
  const parts = clockOf(timeZone).formatToParts(time);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wall - (time - (((time % 1000) + 1000) % 1000));
}

/**
 * The UTC offset (`+13:00`) of `timeZone`'s clocks when they show `wall` (a wall-clock time
 * given as if it were UTC: `Date.UTC(2027, 0, 20, 18)` for 18:00 on 20 January). Undefined when
 * the clocks never show that time (a clock change skips it) or show it twice (one repeats it):
 * then no one offset is the time meant.
 */
export function offsetOfWallClock(wall: number, timeZone: string): string | undefined {
  const meant = new Set(
    [offsetAt(wall - DAY_MS, timeZone), offsetAt(wall + DAY_MS, timeZone)].filter(
      (offset) => offsetAt(wall - offset, timeZone) === offset,
    ),
  );
  if (meant.size !== 1) return undefined;
  const [offset] = meant as Set<number>;
  const minutes = Math.abs(offset) / 60_000;
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${offset < 0 ? '-' : '+'}${hh}:${mm}`;
}

/**
 * The day a page shows for an entry's date (`2026-12-08`): a date written as a day is that day
 * wherever the site is; a date with a time is the day it falls on in the site's `timeZone`
 * (`2026-12-08T09:00+13:00` is the 8th in Auckland, the 7th in UTC).
 */
export function calendarDay(date: Date, timeZone = 'UTC'): string {
  const time = date.getTime();
  if (timeZone === 'UTC' || writtenAsDay(time)) return date.toISOString().slice(0, 10);
  return dayIn(time, timeZone);
}

/**
 * When an entry dated `date` goes live. A date written as a day (`pubDate: 2026-12-08`, which
 * the frontmatter gives as midnight UTC) goes live when that day begins in the site's
 * `timeZone` (Auckland's 8 December begins at 11:00 UTC on the 7th); a date with a time
 * (`2026-12-08T09:00+13:00`) at that moment, wherever it is written from. A time of exactly
 * midnight UTC cannot be told from a day, and is read as one.
 */
export function goesLive(date: Date, timeZone = 'UTC'): Date {
  const time = date.getTime();
  if (timeZone === 'UTC' || Number.isNaN(time) || !writtenAsDay(time)) return date;
  const day = date.toISOString().slice(0, 10);
  // Midnight where the offsets on either side of the day hold; on a day whose midnight a
  // clock change skips or repeats, the first moment that is already this day.
  const starts = [offsetAt(time - DAY_MS, timeZone), offsetAt(time + DAY_MS, timeZone)]
    .map((offset) => time - offset)
    .filter((start) => dayIn(start, timeZone) === day);
  return starts.length ? new Date(Math.min(...starts)) : date;
}

/**
 * When an entry goes live, from its frontmatter as written (`{ pubDate: …, draft: … }`, as the
 * gate's content index and the build's first read of each entry hold it): goesLive of its
 * `pubDate`; undefined for a draft, and an invalid date for a `pubDate` that does not read.
 */
export function frontmatterGoesLive(
  data: Record<string, unknown>,
  timeZone = 'UTC',
): Date | undefined {
  if (data.draft === true) return undefined;
  return goesLive(new Date(data.pubDate as string), timeZone);
}

/**
 * Drafts and future-dated entries are hidden in production and shown (labelled) in dev. A
 * `pubDate` written as a day counts from that day's start in `timeZone` (goesLive).
 */
export function isPublished(
  entry: Publishable,
  now: Date,
  showDrafts: boolean,
  timeZone = 'UTC',
): boolean {
  if (showDrafts) return true;
  return !entry.data.draft && goesLive(entry.data.pubDate, timeZone).getTime() <= now.getTime();
}

/** Newest first; ties broken by title so the order is stable across builds. */
export function byNewest<T extends { data: { pubDate: Date; title: string } }>(a: T, b: T): number {
  return (
    b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title)
  );
}
