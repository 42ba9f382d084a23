import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, toCsv } from '../../src/lib/guides/csv.ts';

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Greenpeace')).toBe('Greenpeace');
    expect(csvField(3)).toBe('3');
    expect(csvField(undefined)).toBe('');
  });
  it('quotes commas, quotes, CR and LF, doubling quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('"')).toBe('""""');
  });
});

describe('toCsv', () => {
  it('writes a header row and CRLF after every record', () => {
    expect(toCsv(['a', 'b'], [['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('round-trips awkward values through a real CSV parser', () => {
    const rows = [
      ['A team\'s "head" of sustainability', 'person, maybe', 'line one\nline two', ''],
      ['Café ☕', ' leading space', 'trailing,', '""'],
    ];
    const text = toCsv(['name', 'kind', 'notes', 'empty'], rows);
    const parsed = parse(text, { relax_column_count: false }) as string[][];
    expect(parsed).toEqual([['name', 'kind', 'notes', 'empty'], ...rows]);
  });

  it('refuses a row whose width differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(
      'CSV row 1 has 1 fields, but the header has 2',
    );
  });
});
