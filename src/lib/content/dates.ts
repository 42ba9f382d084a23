import { offsetOfWallClock } from './publish.ts';

/** One formatter per language: building an Intl.DateTimeFormat is costly, and every list calls this. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "26 November 2026" in the site's language; UTC so a build's time zone never shifts a date. */
export function formatDate(date: Date, lang: string): string {
  const key = `${lang} ${date.getTime()}`;
  let text = formatted.get(key);
  if (text === undefined) {
    let formatter = formatters.get(lang);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      formatters.set(lang, formatter);
    }
    if (formatted.size >= DATES_KEPT) formatted.clear();
    formatted.set(key, (text = formatter.format(date)));
  }
  return text;
}

/**
 * Dates already written out: each entry's date is shown on its page and in every list it is in
 * (its tags' pages, the archive), and `format` is not cheap (about 30 ms a 1,000-post render).
 */
const formatted = new Map<string, string>();
const DATES_KEPT = 10_000;

/** `2026-11-26`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date or date-time as written in frontmatter, checked and read (see `parseIsoDate`). */
export interface WrittenDate {
  date: Date;
  /** A plain calendar date (`2027-03-12`): an all-day event, a publication day. */
  allDay: boolean;
  /** The UTC offset as written, `+01:00` or `Z`, for a date-time; undefined for a plain date. */
  offset?: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A time written after a date as people write one: `4pm`, `4:30 p.m.`, `16:00`, `at 16:00 UTC`,
 * `16:00+01:00`. A bare number is no time (`30` in `April 30`): it needs minutes or am/pm.
 */
const WRITTEN_TIME =
  /(?:^|[\s,]+(?:at\s+)?|T)(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?|(\d{1,2}):(\d{2})(?::\d{2})?)\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A date written with numbers in another order: year first (`2027/04/21`, `2027.04.21`), or day
 * and month either way round (`21/04/2027`, `4/21/2027`, `21.04.2027`), which is certain only
 * where one of the two is over 12, or both are the same.
 */
function numericDate(text: string): [number, number, number] | undefined {
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (yearFirst) return [Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])];
  const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!yearLast) return undefined;
  const [a, b, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
  if (a === b || (a > 12 && b <= 12)) return [year, b, a];
  if (b > 12 && a <= 12) return [year, a, b];
  return undefined;
}

/** The date part of a written date as ISO 8601, when it can be read without a guess. */
function isoDay(text: string): string | undefined {
  if (ISO_DATE.test(text)) return text;
  const numbers = numericDate(text);
  if (numbers) {
    const [year, month, day] = numbers;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return wordDay(text);
}

/**
 * A date with its month written as a word, in English: `16 January 2027`, `April 30, 2027`,
 * `Mon 30 Nov 2026`. Certain only where the day, the month and the year are all written: the
 * engine's own reading fills in what is missing (`30 November` is read as 2001, `March 2026` and
 * `Spring 2026` as the 1st), so each must be there and be what was read.
 */
function wordDay(text: string): string | undefined {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  const month = words.flatMap((word) => {
    const index = MONTHS.findIndex(
      (name) =>
        name.toLowerCase() === word ||
        (word.length >= 3 &&
          name.toLowerCase().startsWith(word) &&
          (word.length === 3 || word === 'sept')),
    );
    return index === -1 ? [] : [index + 1];
  });
  const years = text.match(/(?<!\d)\d{4}(?!\d)/g) ?? [];
  const days = text.match(/(?<!\d)\d{1,2}(?!\d)/g) ?? [];
  if (month.length !== 1 || years.length !== 1 || days.length !== 1) return undefined;
  const [year, day] = [Number(years[0]), Number(days[0])];
  if (day < 1 || day > daysIn(year, month[0]!)) return undefined;
  // What else is written must be what the engine reads too: a weekday, `of`, `the`, a comma.
  const guess = Date.parse(text);
  if (Number.isNaN(guess)) return undefined;
  const read = new Date(guess - new Date(guess).getTimezoneOffset() * 60_000);
  const iso = `${year}-${String(month[0]).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isoDate(read) === iso ? iso : undefined;
}

/**
 * The day a written date stands for, as ISO 8601 (`November 30, 2026 10:42 AM` is 2026-11-30),
 * where it is certain; its time, if any, is left out. For a date that becomes a day, such as a
 * Notion page's `Created` as a post's `pubDate`.
 */
export function writtenDay(value: string): string | undefined {
  const text = value.trim();
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(text);
  if (iso) return parseIsoDate(iso[1]!).ok ? iso[1] : undefined;
  const time = WRITTEN_TIME.exec(text);
  return isoDay((time ? text.slice(0, time.index) : text).trim().replace(/,$/, ''));
}

/**
 * What to write for a date that is certain but not written in ISO 8601, with its time when it
 * has one: `write 2027-04-21`, or `write 2027-04-21T16:00 with its UTC offset, …`, and the ISO
 * text itself where it is all the fix (not where an offset is still to choose). Undefined when
 * the date is not certain (`01/02/2027` is January or February).
 */
function writtenAsIso(value: string): { hint: string; iso?: string } | undefined {
  const time = WRITTEN_TIME.exec(value);
  const day = isoDay((time ? value.slice(0, time.index) : value).trim().replace(/,$/, ''));
  if (!day) return undefined;
  if (!time) return { hint: `write ${day}`, iso: day };
  const [, h12, m12, half, h24, m24, zone] = time;
  let hour = Number(h12 ?? h24);
  const minute = Number(m12 ?? m24 ?? 0);
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  const at = `${day}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  const zoned = !zone
    ? undefined
    : /^(?:Z|UTC|GMT)$/i.test(zone)
      ? `${at}Z`
      : `${at}${zone.replace(/^([+-]\d{2}):?(\d{2})?$/, (_, hh: string, mm = '00') => `${hh}:${mm}`)}`;
  // The fix is tried as the message gives it: a time or an offset that does not exist gets none.
  if (!parseIsoDate(zoned ?? `${at}Z`).ok) return undefined;
  return zoned
    ? { hint: `write ${zoned}`, iso: zoned }
    : { hint: `write ${at} with its UTC offset, e.g. ${at}+01:00, or ${at}Z for UTC` };
}

/**
 * Reads a date written in ISO 8601 (RFC 3339): `2026-10-12`, or a date and time with its UTC
 * offset, `2027-04-21T16:00+01:00` or `2027-04-21T15:00:00Z` (a space instead of `T` is
 * accepted, as YAML writes it). Anything else is refused with what to write instead, because
 * `new Date()` guesses: `2026-02-30` becomes 2 March, `16 January 2027` and `01/02/2027` are
 * read by rules no reader can see, and a time without an offset means a different moment on
 * every build machine. `iso`: the ISO text to write instead, where it is certain and all the fix.
 * `timeZone`: the site's; for a time written without an offset, the message gives the offset
 * that zone's clocks have then (not as `iso`: an event may happen in another zone).
 */
export function parseIsoDate(
  text: string,
  timeZone = 'UTC',
): { ok: true; value: WrittenDate } | { ok: false; message: string; iso?: string } {
  const value = text.trim();
  const dateOnly = ISO_DATE.exec(value);
  const dateTime = dateOnly ? undefined : ISO_DATE_TIME.exec(value);
  const match = dateOnly ?? dateTime;
  if (!match) {
    const certain = writtenAsIso(value);
    const hint =
      certain?.hint ??
      'write it as YYYY-MM-DD, e.g. 2026-10-12, or with a time and its UTC offset, e.g. 2026-10-12T16:00+01:00';
    return {
      ok: false,
      message: `"${value}" is not an ISO 8601 date: ${hint}`,
      ...(certain?.iso && { iso: certain.iso }),
    };
  }
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  if (month < 1 || month > 12)
    return { ok: false, message: `"${value}" has no month ${month}: months run from 01 to 12` };
  const days = daysIn(year, month);
  if (day < 1 || day > days) {
    return {
      ok: false,
      message: `"${value}" is not a real date: ${MONTHS[month - 1]} ${year} has ${days} days`,
    };
  }
  if (dateOnly)
    return { ok: true, value: { date: new Date(Date.UTC(year, month - 1, day)), allDay: true } };
  const [hour, minute, second = 0] = [match[4], match[5], match[6]].map((part) =>
    part === undefined ? undefined : Number(part),
  ) as [number, number, number | undefined];
  if (hour > 23 || minute > 59 || second > 59)
    return { ok: false, message: `"${value}" is not a real time: use 00:00 to 23:59` };
  const zone = match[8];
  if (!zone) {
    // Where the site names its time zone, the offset its clocks have then is the likely one.
    const local =
      timeZone === 'UTC'
        ? undefined
        : offsetOfWallClock(Date.UTC(year, month - 1, day, hour, minute, second), timeZone);
    return {
      ok: false,
      message: local
        ? `"${value}" has no time zone: add its UTC offset, ${value}${local} in ${timeZone} (the site's timeZone), or the offset where it happens`
        : `"${value}" has no time zone: add its UTC offset, e.g. ${value}+01:00, or Z for UTC`,
    };
  }
  let offset = 'Z';
  let minutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const [, sign, hh, mm = '00'] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    if (Number(hh) > 14 || Number(mm) > 59)
      return { ok: false, message: `"${value}" has an impossible UTC offset ${zone}` };
    offset = `${sign}${hh}:${mm}`;
    minutes = (sign === '-' ? -1 : 1) * (Number(hh) * 60 + Number(mm));
  }
  const fraction = match[7] ? Math.round(Number(match[7]) * 1000) : 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, fraction) - minutes * 60_000;
  return { ok: true, value: { date: new Date(utc), allDay: false, offset } };
}
