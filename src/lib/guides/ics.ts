/**
 * RFC 5545 iCalendar for a guide's events: CRLF line ends, lines folded at 75 octets, TEXT values
 * escaped, and a UID and DTSTAMP on every event, which calendar apps need to import and update it.
 */
import { slugify } from '../content/slug.ts';

export interface CalendarEvent {
  title: string;
  start: Date;
  end?: Date;
  /** A whole-day event (written as a plain date). Default: start is midnight UTC. */
  allDay?: boolean;
  /** The UTC offset the event's times are written in, `+01:00` or `Z`. Default `Z`. */
  offset?: string;
  location?: string;
  url?: string;
}

export interface Calendar {
  /** Shown by calendar apps as the calendar's name. */
  name: string;
  /** Makes UIDs unique across guides and sites, e.g. `f1-sustainability-pln@example.org`. */
  uidSuffix: string;
  /** When the file was made: DTSTAMP of every event. */
  stamp: Date;
  /** Added to every event's description, e.g. a link back to the guide. */
  description?: string;
  events: CalendarEvent[];
}

/** Escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line (RFC 5545 3.1) so no physical line exceeds 75 octets, counting UTF-8
 * bytes and never splitting a character; continuation lines start with one space.
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // The leading space of a continuation line counts towards its 75 octets.
      limit = 74;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Midnight UTC means the frontmatter gave a plain date (YAML `2027-03-12`): an all-day event. */
export function isAllDay(date: Date): boolean {
  return (
    date.getUTCHours() === 0 &&
    date.getUTCMinutes() === 0 &&
    date.getUTCSeconds() === 0 &&
    date.getUTCMilliseconds() === 0
  );
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An iCalendar DATE value in UTC, `20270312` (not for people: `formatDate` in dates.ts is). */
export function icsDate(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** An iCalendar DATE-TIME value in UTC, `20270421T090000Z`. */
export function icsDateTime(date: Date): string {
  return `${icsDate(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

const DAY = 24 * 60 * 60 * 1000;

function eventLines(event: CalendarEvent, index: number, calendar: Calendar): string[] {
  const allDay = event.allDay ?? isAllDay(event.start);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${index + 1}-${slugify(event.title) || 'event'}.${calendar.uidSuffix}`,
    `DTSTAMP:${icsDateTime(calendar.stamp)}`,
  ];
  if (allDay) {
    lines.push(`DTSTART;VALUE=DATE:${icsDate(event.start)}`);
    // An all-day DTEND is exclusive, so the last day of a race weekend needs one more day.
    if (event.end) lines.push(`DTEND;VALUE=DATE:${icsDate(new Date(event.end.getTime() + DAY))}`);
  } else {
    lines.push(`DTSTART:${icsDateTime(event.start)}`);
    if (event.end) lines.push(`DTEND:${icsDateTime(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.title)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  // URL is a URI value, not TEXT: it is never backslash-escaped.
  if (event.url) lines.push(`URL:${event.url}`);
  if (calendar.description) lines.push(`DESCRIPTION:${escapeText(calendar.description)}`);
  lines.push('END:VEVENT');
  return lines;
}

/** The whole `.ics` file. */
export function toIcs(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Commonplace//Guide events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap((event, index) => eventLines(event, index, calendar)),
    'END:VCALENDAR',
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/** `UTC`, or `UTC+01:00` for an offset as written in the frontmatter. */
export function zoneName(offset = 'Z'): string {
  return offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}`;
}

/** The same moment as it reads in the event's own zone: a Date whose UTC fields show it. */
function inZone(date: Date, offset = 'Z'): Date {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(offset);
  const minutes = match
    ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]))
    : 0;
  return new Date(date.getTime() + minutes * 60_000);
}

/** `2027-04-21T16:00+01:00`: a moment as written in its zone, for `<time datetime>`. */
export function isoInZone(date: Date, offset = 'Z'): string {
  const local = inZone(date, offset).toISOString().slice(0, 16);
  return `${local}${offset === 'Z' ? 'Z' : offset}`;
}

/**
 * When an event happens, in words for the guide page: "12–14 March 2027" style ranges for
 * all-day events; for the rest, the day and times in the zone the event is written in, with
 * the zone named: `16:00+01:00` reads "21 April 2027, 16:00–17:00 UTC+01:00", as the guide's
 * author wrote it. (The `.ics` file gives the same moments in UTC; calendar apps convert them
 * to the reader's zone.) Dates and times are written the way `lang` writes them, a range of days
 * too (Intl's formatRange), so the whole of it is in the one language the page marks it with.
 */
export function describeWhen(
  event: Pick<CalendarEvent, 'start' | 'end' | 'allDay' | 'offset'>,
  lang: string,
): string {
  const day = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  if (event.allDay ?? isAllDay(event.start)) {
    const { start, end } = event;
    if (!end || icsDate(end) === icsDate(start)) return day.format(start);
    return day.formatRange(start, end);
  }
  const zone = zoneName(event.offset);
  const start = inZone(event.start, event.offset);
  const end = event.end && inZone(event.end, event.offset);
  if (!end) return `${day.format(start)}, ${time.format(start)} ${zone}`;
  if (icsDate(end) === icsDate(start)) {
    return `${day.format(start)}, ${time.format(start)}–${time.format(end)} ${zone}`;
  }
  const moments = new Intl.DateTimeFormat(lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  return `${moments.formatRange(start, end)} ${zone}`;
}
