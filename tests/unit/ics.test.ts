import { describe, expect, it } from 'vitest';
import {
  describeWhen,
  escapeText,
  foldLine,
  isAllDay,
  isoInZone,
  toIcs,
} from '../../src/lib/guides/ics.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** Undoes RFC 5545 folding: a CRLF followed by one space or tab joins the lines. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });
  it('leaves colons and quotes alone', () => {
    expect(escapeText('Webinar: "carbon"')).toBe('Webinar: "carbon"');
  });
});

describe('foldLine', () => {
  it('leaves a 75-octet line whole and folds a 76-octet one', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
  it('keeps every physical line within 75 octets, counting the leading space', () => {
    const folded = foldLine(`DESCRIPTION:${'long words '.repeat(40)}`);
    for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(`DESCRIPTION:${'long words '.repeat(40)}`);
  });
  it('never splits a multi-byte character', () => {
    const text = `SUMMARY:${'é☕🏁'.repeat(30)}`;
    const folded = foldLine(text);
    for (const line of folded.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
      // Each piece is valid UTF-16 on its own: no lone surrogate halves.
      expect(line).toBe(line.toWellFormed());
    }
    expect(unfold(folded)).toBe(text);
  });
});

describe('toIcs', () => {
  const stamp = new Date('2026-11-26T10:20:30Z');
  const ics = toIcs({
    name: 'F1, sustainability; plan',
    uidSuffix: 'f1@example.org',
    stamp,
    description: 'From the guide: https://example.org/guides/f1/',
    events: [
      {
        title: 'Race weekend',
        start: new Date('2027-03-12'),
        end: new Date('2027-03-14'),
        location: 'Albert Park, Melbourne',
        url: 'https://www.formula1.com/en/racing/2027.html',
      },
      {
        title: 'Webinar: carbon; footprints',
        start: new Date('2027-02-10T16:00:00Z'),
        end: new Date('2027-02-10T17:00:00Z'),
      },
    ],
  });
  const lines = unfold(ics).split('\r\n');

  it('uses CRLF only, and ends with one', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('has the required calendar properties', () => {
    expect(lines.slice(0, 3)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Commonplace//Guide events//EN',
    ]);
    expect(lines).toContain('X-WR-CALNAME:F1\\, sustainability\\; plan');
  });
  it('gives every event a distinct UID and a DTSTAMP', () => {
    const uids = lines.filter((l) => l.startsWith('UID:'));
    expect(uids).toEqual([
      'UID:1-race-weekend.f1@example.org',
      'UID:2-webinar-carbon-footprints.f1@example.org',
    ]);
    expect(lines.filter((l) => l === 'DTSTAMP:20261126T102030Z')).toHaveLength(2);
  });
  it('writes plain dates as all-day events with an exclusive end', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20270312');
    expect(lines).toContain('DTEND;VALUE=DATE:20270315');
  });
  it('writes date-times in UTC', () => {
    expect(lines).toContain('DTSTART:20270210T160000Z');
    expect(lines).toContain('DTEND:20270210T170000Z');
  });
  it('escapes TEXT values but not the URL', () => {
    expect(lines).toContain('SUMMARY:Webinar: carbon\\; footprints');
    expect(lines).toContain('LOCATION:Albert Park\\, Melbourne');
    expect(lines).toContain('URL:https://www.formula1.com/en/racing/2027.html');
  });
  it('folds long lines', () => {
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

describe('isAllDay and describeWhen', () => {
  it('treats midnight UTC as a plain date', () => {
    expect(isAllDay(new Date('2027-03-12'))).toBe(true);
    expect(isAllDay(new Date('2027-03-12T09:00:00Z'))).toBe(false);
  });
  it('says when, in words', () => {
    // ICU versions differ on the spaces around the dash of a range.
    expect(
      describeWhen({ start: new Date('2027-03-12'), end: new Date('2027-03-14') }, 'en-GB'),
    ).toMatch(/^12\s?–\s?14 March 2027$/);
    expect(
      describeWhen(
        { start: new Date('2027-04-21T09:00:00Z'), end: new Date('2027-04-21T17:00:00Z') },
        'en-GB',
      ),
    ).toBe('21 April 2027, 09:00–17:00 UTC');
  });
  it('shows a timed event in the zone it was written in, naming the zone', () => {
    // Written 2027-04-21T16:00+01:00 to 17:00+01:00.
    const event = {
      start: new Date('2027-04-21T15:00:00Z'),
      end: new Date('2027-04-21T16:00:00Z'),
      allDay: false,
      offset: '+01:00',
    };
    expect(describeWhen(event, 'en-GB')).toBe('21 April 2027, 16:00–17:00 UTC+01:00');
    expect(isoInZone(event.start, event.offset)).toBe('2027-04-21T16:00+01:00');
    // Late in the evening west of UTC is already the next day in UTC: the day is the event's.
    const evening = { start: new Date('2027-04-22T02:30:00Z'), allDay: false, offset: '-05:00' };
    expect(describeWhen(evening, 'en-GB')).toBe('21 April 2027, 21:30 UTC-05:00');
    // Midnight UTC, written with a time, is a time, not a whole day.
    expect(
      describeWhen(
        { start: new Date('2027-01-01T00:00:00Z'), allDay: false, offset: 'Z' },
        'en-GB',
      ),
    ).toBe('1 January 2027, 00:00 UTC');
  });
  it('writes a timed event over several days in one language, the range as Intl writes it', () => {
    const event = {
      start: new Date('2027-04-21T15:00:00Z'),
      end: new Date('2027-04-23T10:00:00Z'),
      allDay: false,
      offset: '+01:00',
    };
    expect(describeWhen(event, 'en-GB')).toMatch(
      /^21 April 2027.*16:00.*23 April 2027.*11:00 UTC\+01:00$/,
    );
    // No English "to" between Spanish dates: the words between are Spanish too.
    const spanish = describeWhen(event, 'es');
    expect(spanish).toMatch(/^21 de abril de 2027.*16:00.*23 de abril de 2027.*11:00 UTC\+01:00$/);
    expect(spanish).not.toMatch(/\bto\b/);
  });
});
