import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/lib/site/words/translate.ts';
import { courseSchema, type Course } from '../../src/schemas/course.ts';
import {
  courseBadge,
  courseBadgeText,
  courseNeighbours,
  courseOrder,
  courseOutline,
  type CourseMember,
} from '../../src/lib/courses/courses.ts';

const en = wordsFor('en');

const course: Course = courseSchema.parse({
  title: 'Social media and PLNs',
  term: 'Fall 2026',
  description: 'A course.',
  modules: [
    { id: 'intro', title: 'Learning in public' },
    { id: 'voices', title: 'Diverse voices', summary: 'Whom we follow.' },
    { id: 'empty', title: 'Not started' },
  ],
});

const entry = (
  id: string,
  date: string,
  module?: string,
  collection = 'posts',
  courseId = 'pln',
): CourseMember => ({
  id,
  collection,
  data: { title: id, pubDate: new Date(date), course: courseId, module },
});

const entries = [
  entry('voices-2', '2026-10-20', 'voices'),
  entry('intro-1', '2026-10-01', 'intro'),
  entry('guide', '2026-10-10', 'voices', 'guides'),
  entry('loose', '2026-10-05'),
  entry('other-course', '2026-10-02', 'intro', 'posts', 'another'),
  entry('voices-1', '2026-10-08', 'voices'),
];

describe('courseOutline', () => {
  const outline = courseOutline('pln', course, entries);
  it('lists modules in course order, each with its entries oldest first', () => {
    expect(outline.modules.map((m) => [m.number, m.id, m.entries.map((e) => e.id)])).toEqual([
      [1, 'intro', ['intro-1']],
      [2, 'voices', ['voices-1', 'guide', 'voices-2']],
      [3, 'empty', []],
    ]);
    expect(outline.modules[0]!.summary).toBe('');
  });
  it('keeps entries without a module, and leaves other courses out', () => {
    expect(outline.unassigned.map((e) => e.id)).toEqual(['loose']);
    expect(courseOrder(outline).map((e) => e.id)).not.toContain('other-course');
  });
});

describe('courseNeighbours', () => {
  const outline = courseOutline('pln', course, entries);
  it('moves through modules in order, across module boundaries', () => {
    const { prev, next } = courseNeighbours(outline, entries[2]!); // the guide
    expect(prev?.id).toBe('voices-1');
    expect(next?.id).toBe('voices-2');
    expect(courseNeighbours(outline, entries[1]!)).toEqual({ prev: undefined, next: entries[5] });
  });
  it('tells posts and guides with the same id apart', () => {
    const clash = [
      entry('same', '2026-10-01', 'intro'),
      entry('same', '2026-10-02', 'intro', 'guides'),
    ];
    const o = courseOutline('pln', course, clash);
    expect(courseNeighbours(o, clash[1]!).prev).toBe(clash[0]);
  });
  it('returns nothing for an entry outside the course', () => {
    expect(courseNeighbours(outline, entries[4]!)).toEqual({});
  });
});

describe('courseBadge', () => {
  it('numbers the module from 1', () => {
    const badge = courseBadge(course, 'voices');
    expect(badge).toEqual({
      courseTitle: 'Social media and PLNs',
      moduleNumber: 2,
      moduleTitle: 'Diverse voices',
    });
    expect(courseBadgeText(badge, en)).toBe(
      'Course: Social media and PLNs · Module 2: Diverse voices',
    );
  });
  it('names only the course when there is no module', () => {
    expect(courseBadgeText(courseBadge(course), en)).toBe('Course: Social media and PLNs');
  });
});
