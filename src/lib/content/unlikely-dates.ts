import { parseIsoDate } from './dates.ts';
import { calendarDay } from './publish.ts';
import type { EntryDate } from './frontmatter-dates.ts';

/**
 * Dates that read, and that the schema takes, but that are almost surely slips, because of what
 * the site then does with them. A post dated in 2062 when 2026 was meant is left out of every
 * build until 2062, with no word: `npm run dev` shows it (labelled scheduled), so its author sees
 * it there. An `updatedDate` before the `pubDate` shows "Updated" on a day before the post went
 * out. Pure: the build's date comes in, so tests and the check cache control it.
 */

/** How far ahead a date may be before it is taken for a slip: scheduling a term's posts is months. */
const AHEAD_LIMIT_DAYS = 365;
const DAY = 86_400_000;

/** A date as the entry wrote it and as it reads (frontmatter-dates.ts), where it is aside. */
export type DateToCheck = Omit<EntryDate, 'offset'>;

export interface UnlikelyDate {
  field: string;
  message: string;
}

export interface UnlikelyDates {
  problems: UnlikelyDate[];
  /**
   * Until when this answer holds (ms since the epoch): the moment the earliest date said to be
   * too far ahead comes within the limit, or the new year its fix would then name; null when no
   * answer depends on the clock going on. A date within the limit never goes back beyond it, so
   * only a warning expires. Messages say nothing else of the clock, so a kept one stays true.
   */
  until: number | null;
}

/** `2062-11-20` written in `year`, when that is a real date (not 29 February). */
function inYear(written: string, year: number): string | undefined {
  const mended = written.replace(/^\d{4}/, String(year));
  return mended !== written && parseIsoDate(mended).ok ? mended : undefined;
}

/**
 * The unlikely dates among an entry's `pubDate` and `updatedDate`, for the build's date `now`.
 * `entry` names what the page is ("post", "guide") in messages; `timeZone`, the site's, is where
 * a date with a time falls on the day the page shows (calendarDay).
 */
export function unlikelyDates(
  dates: DateToCheck[],
  now: Date,
  entry: string,
  timeZone = 'UTC',
): UnlikelyDates {
  const problems: UnlikelyDate[] = [];
  let until: number | null = null;
  const pub = dates.find((d) => d.field === 'pubDate');
  for (const { field, written, date } of dates) {
    const ahead = (date.getTime() - now.getTime()) / DAY;
    if (ahead <= AHEAD_LIMIT_DAYS) continue;
    // The fix names this year, so a new year changes the answer too.
    const year = now.getUTCFullYear();
    const expires = Math.min(date.getTime() - AHEAD_LIMIT_DAYS * DAY, Date.UTC(year + 1, 0, 1));
    until = until === null ? expires : Math.min(until, expires);
    const fix = inYear(written, year);
    const effect =
      field === 'pubDate'
        ? `so the ${entry} stays off the site until then`
        : `so the page says the ${entry} was updated on a day still to come`;
    problems.push({
      field,
      message: `${field} ${written} is more than a year after the build's date, ${effect}: ${
        fix
          ? `if the year is a slip, write ${field}: ${fix}`
          : 'if the year is a slip, write the year meant'
      }`,
    });
  }
  const updated = dates.find((d) => d.field === 'updatedDate');
  // By the day the page shows, so an update later on the day of publishing passes.
  if (pub && updated && calendarDay(updated.date, timeZone) < calendarDay(pub.date, timeZone))
    problems.push({
      field: 'updatedDate',
      message: `updatedDate ${updated.written} is before pubDate ${pub.written}, so the page says the ${entry} changed before it went out: write the day you changed it, or remove updatedDate`,
    });
  return { problems, until };
}
