/**
 * Courses group entries into modules. Pure functions over plain data, so the course page, the
 * badge on each entry and the course's previous/next all agree on one order: modules in the
 * course file's order, entries within a module oldest first (the order they were taught).
 */
import type { Course } from '../../schemas/course.ts';
import type { Words } from '../site/words/translate.ts';

/** The parts of a post or guide these functions need. */
export interface CourseMember {
  id: string;
  collection: string;
  data: { title: string; pubDate: Date; course?: string; module?: string };
}

export interface ModuleOutline<T> {
  /** 1-based position in the course. */
  number: number;
  id: string;
  title: string;
  summary: string;
  entries: T[];
}

export interface CourseOutline<T> {
  modules: ModuleOutline<T>[];
  /** Entries that name the course but no module: listed after the modules. */
  unassigned: T[];
}

const oldestFirst = <T extends CourseMember>(a: T, b: T) =>
  a.data.pubDate.getTime() - b.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title);

export function courseOutline<T extends CourseMember>(
  courseId: string,
  course: Course,
  entries: T[],
): CourseOutline<T> {
  const members = entries.filter((e) => e.data.course === courseId).sort(oldestFirst);
  const known = new Set(course.modules.map((m) => m.id));
  return {
    modules: course.modules.map((module, index) => ({
      number: index + 1,
      id: module.id,
      title: module.title,
      summary: module.summary,
      entries: members.filter((e) => e.data.module === module.id),
    })),
    unassigned: members.filter((e) => e.data.module === undefined || !known.has(e.data.module)),
  };
}

/** Every entry of the course in reading order. */
export function courseOrder<T>(outline: CourseOutline<T>): T[] {
  return [...outline.modules.flatMap((m) => m.entries), ...outline.unassigned];
}

const sameEntry = (a: CourseMember, b: CourseMember) =>
  a.collection === b.collection && a.id === b.id;

/** The entries before and after `entry` in the course's reading order. */
export function courseNeighbours<T extends CourseMember>(
  outline: CourseOutline<T>,
  entry: CourseMember,
): { prev?: T; next?: T } {
  const order = courseOrder(outline);
  const index = order.findIndex((e) => sameEntry(e, entry));
  if (index === -1) return {};
  return { prev: order[index - 1], next: order[index + 1] };
}

export interface CourseBadge {
  courseTitle: string;
  moduleNumber?: number;
  moduleTitle?: string;
}

/** What "Course: <title> · Module n: <title>" says for an entry's `module`. */
export function courseBadge(course: Course, moduleId?: string): CourseBadge {
  const index = moduleId === undefined ? -1 : course.modules.findIndex((m) => m.id === moduleId);
  if (index === -1) return { courseTitle: course.title };
  return {
    courseTitle: course.title,
    moduleNumber: index + 1,
    moduleTitle: course.modules[index]!.title,
  };
}

/** The badge as one line of text in the site's language, e.g. for a link's accessible name. */
export function courseBadgeText(badge: CourseBadge, words: Pick<Words, 't' | 'plural'>): string {
  const course = words.t('Course: {title}', { title: badge.courseTitle });
  if (badge.moduleNumber === undefined) return course;
  const module = words.t('Module {number}: {title}', {
    number: badge.moduleNumber,
    title: badge.moduleTitle ?? '',
  });
  return `${course} · ${module}`;
}
