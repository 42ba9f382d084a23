import { describe, expect, it } from 'vitest';
import { searchIndexData } from '../../src/lib/search/index-data.ts';

describe('searchIndexData', () => {
  it('files a guide under type guide, every tag once, and its course', () => {
    const data = searchIndexData({
      collection: 'guides',
      data: {
        pubDate: new Date('2026-11-02'),
        tags: ['pln', 'formula-1', 'pln', 'a, b: c'],
        course: 'social-media-pln',
      },
    });
    expect(data.filters).toEqual([
      { name: 'type', value: 'guide' },
      { name: 'tag', value: 'pln' },
      { name: 'tag', value: 'formula-1' },
      { name: 'tag', value: 'a, b: c' },
      { name: 'course', value: 'social-media-pln' },
    ]);
    expect(data.sort).toBe('date:2026-11-02');
    expect(data.meta).toEqual([
      { name: 'date', value: '2026-11-02' },
      { name: 'type', value: 'guide' },
    ]);
  });

  it('sorts by the day the page shows: a date with a time on its day in the site’s zone', () => {
    const entry = {
      collection: 'posts',
      data: { pubDate: new Date('2026-12-08T09:00+13:00'), tags: [] },
    };
    expect(searchIndexData(entry).sort).toBe('date:2026-12-07');
    expect(searchIndexData(entry, { timeZone: 'Pacific/Auckland' }).sort).toBe('date:2026-12-08');
  });

  it('files a post as a reflection, with no course filter when it has none', () => {
    const data = searchIndexData({
      collection: 'posts',
      data: { pubDate: new Date('2026-10-05'), tags: [] },
    });
    expect(data.filters).toEqual([{ name: 'type', value: 'reflection' }]);
  });

  it('adds the reflection model as a filter and the language as metadata', () => {
    const data = searchIndexData(
      { collection: 'posts', data: { pubDate: new Date('2026-11-21'), tags: [] } },
      { model: 'Rolfe: What? So what? Now what?', lang: 'ar' },
    );
    expect(data.filters).toContainEqual({
      name: 'model',
      value: 'Rolfe: What? So what? Now what?',
    });
    expect(data.meta).toContainEqual({ name: 'lang', value: 'ar' });
  });
});
