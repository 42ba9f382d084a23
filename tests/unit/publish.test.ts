import { describe, expect, it, vi } from 'vitest';
import { buildDate, byNewest, isPublished } from '../../src/lib/content/publish.ts';

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
