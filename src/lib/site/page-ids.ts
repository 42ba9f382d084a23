/**
 * Ids that the layouts and components put on an entry's page besides the ids of its own content
 * (headings, explicit `id`s). The gate's source layer accepts links to them; tests/build/ checks
 * that built pages carry no other ids outside the entry's content, so this list stays true.
 */
export const ENTRY_PAGE_IDS = ['main', 'theme-toggle', 'toc-title'];

/**
 * Ids of the listing pages of src/pages/ (the posts, tags, guides and courses lists, search,
 * the not-found page): the layout's own. The home page adds its sections (`featured-guides`
 * only when a guide is published) and a course page one id per module (`courseModuleId`). The
 * source layer judges a `#fragment` link to these pages with them; tests/build/ checks every
 * listing page of a built site against them, so the lists stay true.
 */
export const LISTING_PAGE_IDS = ['main', 'theme-toggle'];
export const homePageIds = (guides: boolean) => [
  ...LISTING_PAGE_IDS,
  'who',
  'latest',
  ...(guides ? ['featured-guides'] : []),
];

/** A module's id on its course page (src/pages/courses/[id].astro). */
export const courseModuleId = (module: string) => `module-${module}`;

/** The course page's section for entries that name the course but none of its modules. */
export const COURSE_OTHER_ID = 'course-other';

/** A guide's page adds its network, events and downloads sections (src/components/guide/). */
export const GUIDE_PAGE_IDS = [
  ...ENTRY_PAGE_IDS,
  'guide-network-title',
  'network-map-title',
  'network-map-desc',
  'network-table',
  'guide-events-title',
  'guide-downloads-title',
];

/** Ids the media components number per page: `video-1-transcript`, `audio-2-transcript`. */
export const GENERATED_PAGE_ID = /^(?:video|audio|youtube)-\d+-transcript$/;

/**
 * Ids the layout derives from what an entry belongs to: the title of its course or series
 * navigation (`prev-next-week-by-week`, src/components/PrevNext.astro).
 */
export const LAYOUT_PAGE_ID = /^prev-next-[a-z0-9-]+$/;

/**
 * Whether the layouts and media components write this id on an entry's page (`ids`: that
 * page's fixed ones, ENTRY_PAGE_IDS or GUIDE_PAGE_IDS; by default any entry's).
 */
export function writtenAroundEntry(id: string, ids: readonly string[] = GUIDE_PAGE_IDS): boolean {
  return ids.includes(id) || GENERATED_PAGE_ID.test(id) || LAYOUT_PAGE_ID.test(id);
}
