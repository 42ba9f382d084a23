import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/lib/site/words/translate.ts';
import { partLabel, seriesPosition, type SeriesMember } from '../../src/lib/courses/series.ts';
import { entryNavigation, type NavEntry } from '../../src/lib/courses/entry-navigation.ts';
import { courseSchema } from '../../src/schemas/course.ts';

const en = wordsFor('en');

const post = (id: string, date: string, series?: string): SeriesMember => ({
  id,
  data: { title: `Title ${id}`, pubDate: new Date(date), series },
});

describe('seriesPosition', () => {
  const posts = [
    post('c', '2026-10-20', 'Diary'),
    post('x', '2026-10-09'),
    post('a', '2026-10-01', 'Diary'),
    post('other', '2026-10-03', 'Another'),
    post('b', '2026-10-10', 'Diary'),
  ];
  it('orders parts oldest first and says which part this is', () => {
    const position = seriesPosition(posts, posts[4]!)!;
    expect(position.parts.map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(partLabel(position, en)).toBe('Part 2 of 3');
    expect(position.prev?.id).toBe('a');
    expect(position.next?.id).toBe('c');
  });
  it('has no previous for the first part and no next for the last', () => {
    expect(seriesPosition(posts, posts[2]!)!.prev).toBeUndefined();
    expect(seriesPosition(posts, posts[0]!)!.next).toBeUndefined();
  });
  it('is undefined for a post outside any series', () => {
    expect(seriesPosition(posts, posts[1]!)).toBeUndefined();
  });
  it('takes names with the same slug as one series, named as most parts spell it', () => {
    const spelt = [
      post('one', '2026-10-01', 'Campaign Diary'),
      post('two', '2026-10-08', 'Campaign diary'),
      post('three', '2026-10-15', 'campaign diary '),
      post('four', '2026-10-22', 'Campaign diary'),
      post('other', '2026-10-02', 'Campaign diaries'),
    ];
    for (const entry of spelt.slice(0, 4)) {
      const position = seriesPosition(spelt, entry)!;
      expect(position.parts.map((p) => p.id)).toEqual(['one', 'two', 'three', 'four']);
      expect(position.name).toBe('Campaign diary');
    }
    expect(seriesPosition(spelt, spelt[4]!)!.total).toBe(1);
    // A tie goes to the oldest part's spelling.
    const tie = [post('a', '2026-10-01', 'Pit Stops'), post('b', '2026-10-02', 'pit stops')];
    expect(seriesPosition(tie, tie[1]!)!.name).toBe('Pit Stops');
  });
  it('matches a name with nothing to make a slug of as written', () => {
    const arabic = [
      post('a', '2026-10-01', 'يوميات الحملة'),
      post('b', '2026-10-02', 'يوميات الحملة'),
      post('c', '2026-10-03', 'أسئلة'),
    ];
    expect(seriesPosition(arabic, arabic[1]!)!.parts.map((p) => p.id)).toEqual(['a', 'b']);
    expect(seriesPosition(arabic, arabic[2]!)!.total).toBe(1);
  });
});

describe('entryNavigation', () => {
  const course = courseSchema.parse({
    title: 'PLN 101',
    term: 'Fall',
    description: 'x',
    modules: [
      { id: 'one', title: 'One' },
      { id: 'two', title: 'Two' },
    ],
  });
  const e = (id: string, date: string, extra: Partial<NavEntry['data']> = {}): NavEntry => ({
    id,
    collection: 'posts',
    data: { title: id, pubDate: new Date(date), ...extra },
  });
  const a = e('a', '2026-10-01', { course: 'pln', module: 'one', series: 'Diary' });
  const b = e('b', '2026-10-02', { course: 'pln', module: 'two' });
  const c = e('c', '2026-10-03', { course: 'pln', module: 'two', series: 'Diary' });
  const plain = e('plain', '2026-10-04');
  const all = [plain, c, b, a];
  const context = {
    all,
    chronological: all,
    chronologicalLabel: 'Reflections',
    courses: [{ id: 'pln', data: course }],
  };

  it('uses the series for previous/next and keeps the course links too', () => {
    const nav = entryNavigation(a, context, en);
    expect(nav.prevNext).toEqual({
      label: 'Series: Diary',
      // The series' name is the site's words, marked apart from the interface's around it.
      labelName: { before: 'Series: ', name: 'Diary', after: '' },
      kind: 'series',
      prev: undefined,
      next: { href: '/posts/c/', title: 'c' },
    });
    expect(nav.coursePrevNext?.next).toEqual({ href: '/posts/b/', title: 'b' });
    expect(nav.coursePrevNext?.kind).toBe('course');
    expect(nav.series?.label).toBe('Part 1 of 2');
    expect(nav.series?.parts.map((p) => p.current)).toEqual([true, false]);
  });
  it('uses the course when there is no series, linking the badge to the module', () => {
    const nav = entryNavigation(b, context, en);
    expect(nav.prevNext.label).toBe('Course: PLN 101');
    expect(nav.prevNext.labelName).toEqual({ before: 'Course: ', name: 'PLN 101', after: '' });
    expect(nav.prevNext.prev?.href).toBe('/posts/a/');
    expect(nav.coursePrevNext).toBeUndefined();
    expect(nav.course).toEqual({
      href: '/courses/pln/#module-two',
      badge: { courseTitle: 'PLN 101', moduleNumber: 2, moduleTitle: 'Two' },
      text: 'Course: PLN 101 · Module 2: Two',
    });
  });
  it('falls back to date order for an entry in neither', () => {
    const nav = entryNavigation(plain, context, en);
    expect(nav.prevNext).toEqual({
      label: 'Reflections',
      kind: 'date',
      prev: { href: '/posts/c/', title: 'c' },
      next: undefined,
    });
    expect(nav.course).toBeUndefined();
  });
});
