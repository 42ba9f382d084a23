/**
 * Everything an entry page shows about where the entry sits: its course badge, its series, and
 * which previous/next links to offer. One pure function, so posts and guides behave alike.
 */
import type { Course } from '../../schemas/course.ts';
import {
  courseBadge,
  courseBadgeText,
  courseNeighbours,
  courseOutline,
  type CourseBadge,
} from './courses.ts';
import { neighbours } from '../content/neighbours.ts';
import { partLabel, seriesPosition } from './series.ts';
import { courseUrl, entryUrl } from '../site/urls.ts';
import type { Words } from '../site/words/translate.ts';

export interface NavLink {
  href: string;
  title: string;
  /** The linked entry's language, when it sets one. */
  lang?: string;
}

export interface PrevNextLinks {
  /** What the links move through; its title, shown and naming the landmark: "Series: Campaign diary". */
  label: string;
  /**
   * The name in the label (the series' name, the course's title) and the interface's words
   * around it, so the page can mark the name with its language: a series' name is written in
   * the entry (its `lang`, none for the site's), a course's title in the site's config.
   */
  labelName?: { before: string; name: string; after: string; lang?: string };
  /** Which order they follow, so a page with two (a series and a course) tells them apart. */
  kind: 'date' | 'series' | 'course';
  prev?: NavLink;
  next?: NavLink;
}

export interface NavEntry {
  id: string;
  collection: string;
  data: {
    title: string;
    pubDate: Date;
    course?: string;
    module?: string;
    series?: string;
    lang?: string;
  };
}

export interface EntryNavigation {
  course?: { href: string; badge: CourseBadge; text: string };
  series?: {
    name: string;
    /** The language the series' name is written in: the entry's, when it sets one. */
    lang?: string;
    label: string;
    parts: (NavLink & { current: boolean })[];
  };
  /** The main previous/next: the series' when there is one, else the course's, else by date. */
  prevNext: PrevNextLinks;
  /** The course's previous/next too, when the main links already follow a series. */
  coursePrevNext?: PrevNextLinks;
}

export interface NavigationContext<T extends NavEntry> {
  /** Every published post and guide: series and courses can mix both. */
  all: T[];
  /** The entry's own collection, newest first, for plain previous/next. */
  chronological: T[];
  /** Names the plain previous/next, e.g. "Reflections" (in the site's language). */
  chronologicalLabel: string;
  courses: { id: string; data: Course }[];
}

const link = (entry?: NavEntry): NavLink | undefined =>
  entry && {
    href: entryUrl(entry),
    title: entry.data.title,
    ...(entry.data.lang && { lang: entry.data.lang }),
  };

/** Where `entry` sits, its labels written with `words`, the site's interface words. */
export function entryNavigation<T extends NavEntry>(
  entry: T,
  { all, chronological, chronologicalLabel, courses }: NavigationContext<T>,
  words: Pick<Words, 't' | 'plural' | 'around'>,
): EntryNavigation {
  const plain = neighbours(chronological, entry.id);
  const result: EntryNavigation = {
    prevNext: {
      label: chronologicalLabel,
      kind: 'date',
      prev: link(plain.prev),
      next: link(plain.next),
    },
  };

  const course = courses.find((c) => c.id === entry.data.course);
  let coursePrevNext: PrevNextLinks | undefined;
  if (course) {
    const badge = courseBadge(course.data, entry.data.module);
    const anchor = badge.moduleNumber === undefined ? '' : `#module-${entry.data.module}`;
    result.course = {
      href: `${courseUrl(course.id)}${anchor}`,
      badge,
      text: courseBadgeText(badge, words),
    };
    const around = courseNeighbours(courseOutline(course.id, course.data, all), entry);
    coursePrevNext = {
      label: words.t('Course: {title}', { title: course.data.title }),
      labelName: { ...words.around('Course: {title}', 'title'), name: course.data.title },
      kind: 'course',
      prev: link(around.prev),
      next: link(around.next),
    };
    result.prevNext = coursePrevNext;
  }

  const position = seriesPosition(all, entry);
  if (position) {
    result.series = {
      name: position.name,
      ...(entry.data.lang && { lang: entry.data.lang }),
      label: partLabel(position, words),
      parts: position.parts.map((part) => ({
        ...link(part)!,
        current: part.collection === entry.collection && part.id === entry.id,
      })),
    };
    result.prevNext = {
      label: words.t('Series: {name}', { name: position.name }),
      labelName: {
        ...words.around('Series: {name}', 'name'),
        name: position.name,
        ...(entry.data.lang && { lang: entry.data.lang }),
      },
      kind: 'series',
      prev: link(position.prev),
      next: link(position.next),
    };
    if (coursePrevNext) result.coursePrevNext = coursePrevNext;
  }
  return result;
}
