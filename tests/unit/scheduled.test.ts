import { describe, expect, it } from 'vitest';
import { scheduledAt, scheduledNotice } from '../../src/lib/content/scheduled.ts';

const post = (fields: string) => `---\ntitle: Week 9\ndescription: D.\n${fields}---\nText.\n`;
// 10:00 on 8 December in Auckland, 21:00 on the 7th in UTC.
const now = new Date('2026-12-07T21:00:00Z');

describe('scheduledAt', () => {
  it('says when a post dated a day not yet begun in the site’s time zone goes live', () => {
    expect(scheduledAt(post('pubDate: 2026-12-08\n'), now, 'UTC')?.toISOString()).toBe(
      '2026-12-08T00:00:00.000Z',
    );
    // In Auckland the 8th has begun: the post is out.
    expect(scheduledAt(post('pubDate: 2026-12-08\n'), now, 'Pacific/Auckland')).toBeUndefined();
    expect(scheduledAt(post("pubDate: '2027-01-12'\n"), now, 'UTC')?.toISOString()).toBe(
      '2027-01-12T00:00:00.000Z',
    );
  });
  it('reads a date with a time as the moment written', () => {
    expect(scheduledAt(post('pubDate: 2026-12-08T09:00+13:00\n'), now, 'UTC')).toBeUndefined();
    expect(scheduledAt(post('pubDate: 2026-12-08T12:00+13:00\n'), now, 'UTC')?.toISOString()).toBe(
      '2026-12-07T23:00:00.000Z',
    );
  });
  it('leaves out posts already out, drafts, and dates the build cannot read', () => {
    expect(scheduledAt(post('pubDate: 2026-12-01\n'), now, 'UTC')).toBeUndefined();
    expect(scheduledAt(post('pubDate: 2027-01-12\ndraft: true\n'), now, 'UTC')).toBeUndefined();
    expect(scheduledAt(post('pubDate: 12/01/2027\n'), now, 'UTC')).toBeUndefined();
    expect(scheduledAt('No frontmatter.', now, 'UTC')).toBeUndefined();
  });
});

describe('scheduledNotice', () => {
  const at = (iso: string) => new Date(iso);
  it('says nothing when every entry is out', () => {
    expect(scheduledNotice([], now, 'UTC')).toBeUndefined();
  });
  it('names the entry, when it goes live on the site’s clocks, and how to date by your own day when that is within a day', () => {
    expect(
      scheduledNotice(
        [{ file: 'content/posts/week-9.mdx', at: at('2026-12-08T00:00:00Z') }],
        now,
        'UTC',
      ),
    ).toBe(
      'scheduled: content/posts/week-9.mdx goes live at 2026-12-08 00:00 UTC (in 3 h); until then a build leaves it out. Dated today where you are? Set timeZone in src/site.config.ts to yours (README "Drafts and scheduled posts").',
    );
  });
  it('counts several, names the next, and leaves the hint out when it is days away', () => {
    expect(
      scheduledNotice(
        [
          { file: 'content/posts/week-12.md', at: at('2027-01-19T11:00:00Z') },
          { file: 'content/posts/week-11.md', at: at('2027-01-12T11:00:00Z') },
        ],
        now,
        'Pacific/Auckland',
      ),
    ).toBe(
      'scheduled: 2 entries go live later, and a build leaves each out until then; the next is content/posts/week-11.md, at 2027-01-13 00:00 Pacific/Auckland (in 36 days).',
    );
  });
});
