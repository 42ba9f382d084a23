import { isFileTracked } from '../../lib/util/file-deps.ts';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { defaultFolders, type GateConfig, type SiteFolders } from './config.ts';
import { site } from '../../site.config.ts';
import {
  ENTRY_PAGE_IDS,
  GUIDE_PAGE_IDS,
  LISTING_PAGE_IDS,
  COURSE_OTHER_ID,
  courseModuleId,
  homePageIds,
  writtenAroundEntry,
} from '../../lib/site/page-ids.ts';
import {
  contentDirOf,
  contentIndexAt,
  contentIndexFor,
  type ContentIndex,
  type IndexedEntry,
} from './content-index.ts';
import { pageRoute } from '../../lib/site/page-routes.ts';
import { isPage } from '../../lib/util/files.ts';
import {
  localTarget,
  pageUrl,
  resolveTarget,
  siteLocation,
  type LocalTarget,
  type SiteLocation,
} from './site-paths.ts';
import { withBase } from '../../lib/site/urls.ts';
import type { Model } from './model.ts';

/**
 * What the source-layer URL checks (`link-target`, `asset-target`) need to know about the file
 * being checked: the site it belongs to, the address its page will have, and the ids other pages
 * will carry. Undefined parts mean "cannot tell from the sources": the check then leaves that
 * URL to the built-page layer rather than guess.
 */
export interface SourceSite {
  index: ContentIndex;
  /** The entry this file is, when it is one. */
  entry?: IndexedEntry;
  /** The address of the page built from this file, when it has one. */
  page?: URL;
  where: SiteLocation;
}

/**
 * The site a source file belongs to, under the gate config's `base` (Astro's, `/` when unknown)
 * and in its `folders` (Astro's `srcDir` and `publicDir`, else `src/` and `public/` beside
 * `content/`).
 */
export function sourceSite(
  file: string | undefined,
  config: Pick<GateConfig, 'base' | 'folders' | 'markdownProcessor'> = {},
): SourceSite | undefined {
  if (!file) return undefined;
  const { base = '/', folders, markdownProcessor } = config;
  const where = siteLocation({ base, site: site.url, markdownProcessor });
  const published = contentDirOf(file) ? undefined : publishedAsWritten(file, folders);
  const index = published
    ? contentIndexAt(published.contentDir, folders)
    : (contentIndexFor(file, folders) ?? srcFileIndex(file, folders));
  if (!index) return undefined;
  const entry = index.byFile.get(file);
  const page = entry?.page ?? published?.page;
  return { index, entry, page: page ? pageUrl(page, where) : undefined, where };
}

/**
 * The page a file becomes as the build publishes it as written, in the output folder's terms (an
 * HTML page of `public/`, a page of `src/pages/` with a fixed address), with the content folder
 * of its site: in the site's folders when the gate knows them, else beside `public/` and `src/`
 * (which may not exist: then the sources judge none of its links); undefined for any other file.
 */
function publishedAsWritten(
  file: string,
  folders = foldersAround(file),
): { contentDir: string; page: string } | undefined {
  if (!folders) return undefined;
  const under = (dir: string) => {
    const path = relative(resolve(dir), file);
    return path && !path.startsWith('..') && !isAbsolute(path)
      ? path.split(sep).join('/')
      : undefined;
  };
  const { contentDir } = folders;
  const inPublic = under(folders.publicDir);
  if (inPublic !== undefined) return isPage(inPublic) ? { contentDir, page: inPublic } : undefined;
  const inPages = under(join(folders.srcDir, 'pages'));
  const route = inPages === undefined ? undefined : pageRoute(inPages);
  return route?.kind === 'static' ? { contentDir, page: route.output } : undefined;
}

/** The default folders of the project a file of its `public/` or `src/` is in. */
function foldersAround(file: string): SiteFolders | undefined {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    if (basename(dir) === 'public' || basename(dir) === 'src') return defaultFolders(dirname(dir));
  }
  return undefined;
}

/**
 * The index of the site a file of its `src/` belongs to (a component, a layout: no page of its
 * own, on every page that uses it), in the site's folders when the gate knows them.
 */
function srcFileIndex(file: string, folders = foldersAround(file)) {
  if (!folders) return undefined;
  const path = relative(resolve(folders.srcDir), file);
  const inSrc = path && !path.startsWith('..') && !isAbsolute(path);
  return inSrc ? contentIndexAt(folders.contentDir, folders) : undefined;
}

/**
 * Whether the build may write a file at `path` (a path in the output folder): one the index
 * lists, or a page of a route it cannot list, which only the built pages' check can judge.
 */
export function siteHas(index: ContentIndex, path: string): boolean {
  return resolveTarget(path, index.files) !== undefined || index.mayBuild(path);
}

/** Each set of site files by their lower-case names, for otherCaseIn. */
const byLowerCase = new WeakMap<Set<string>, { size: number; names: Map<string, string[]> }>();

/**
 * The file of `files` (a site's, or a build's) a path names only in another case (`chart.png`
 * for `Chart.png`), when exactly one: the build's host looks names up case and all.
 */
export function otherCaseIn(files: Set<string>, path: string): string | undefined {
  let known = byLowerCase.get(files);
  // Again when the set has grown: a build's set gains its pages as they are written.
  if (known?.size !== files.size) {
    const names = new Map<string, string[]>();
    for (const file of files) {
      const key = file.toLowerCase();
      names.set(key, [...(names.get(key) ?? []), file]);
    }
    known = { size: files.size, names };
    byLowerCase.set(files, known);
  }
  const clean = path.replace(/^\/+/, '');
  const found = known.names.get(clean.toLowerCase());
  return found?.length === 1 && found[0] !== clean ? found[0] : undefined;
}

/**
 * Where a Markdown image written from the site's root (`/chart.png`) leads: the build puts the
 * base in front of it as it renders (src/integrations/base-links.ts, with Sätteri), and a static
 * host serves it from the output folder, where public/ is copied.
 */
export function markdownImageTarget(url: string, where: SiteLocation): LocalTarget {
  const rendered = where.markdownGetsBase ? withBase(url, where.base) : url;
  return localTarget(rendered, new URL('https://site.invalid/'), where);
}

/**
 * What an address with no path holds (`#`, `#top`, `?v=2`): a fragment or a query of the page it
 * is on, so an image or a player given it loads that page, which is no image or media file.
 */
export function pageItselfPart(url: string): 'fragment' | 'query' | undefined {
  const first = url.trim()[0];
  return first === '#' ? 'fragment' : first === '?' ? 'query' : undefined;
}

export { isRelativePath } from '../../lib/site/link-address.ts';

/** The file a relative path names, beside the file that uses it; undefined when there is none. */
export function fileBeside(url: string, from: string): string | undefined {
  let path = url.trim().split(/[?#]/)[0]!;
  try {
    path = decodeURI(path);
  } catch {
    // keep it as written
  }
  if (!path) return undefined;
  const file = resolve(dirname(from), path);
  return isFileTracked(file) ? file : undefined;
}

/**
 * The ids a file's content puts on its page: HTML and JSX elements' `id`s (and an `<a name>`),
 * Markdown headings' ids, its footnotes' ids, and a `<Transcript id>` (which renders it). Other components' `id`
 * props are their own business (`<YouTube id>` is a video's id), not the page's.
 */
export function pageIds(model: Model): Set<string> {
  const ids = new Set<string>(model.footnoteIds);
  for (const [id, el] of model.byId)
    if (el.origin === 'html' || el.name === 'Transcript') ids.add(id);
  // byId keeps the first element with each id; a later HTML element may carry it too.
  for (const el of model.elements) {
    const id = el.attrs.id;
    if (typeof id === 'string' && id && (el.origin === 'html' || el.name === 'Transcript'))
      ids.add(id);
    // Posts moved from older blogs have them: a browser scrolls to one as to an id (HTML's
    // "find a potential indicated element"), and the built pages' check counts it too.
    const name = el.attrs.name;
    if (el.name === 'a' && el.origin === 'html' && typeof name === 'string' && name) ids.add(name);
  }
  return ids;
}

/**
 * The ids of a listing page of this site's own routes (`search/index.html`, a tag's page, a
 * course's page with its modules), or undefined for a page whose ids the sources cannot know
 * (a course portfolio, a page a route the site adds writes): then the built pages judge a link
 * to one of its ids.
 */
export function listingPageIds(file: string, index: ContentIndex): Set<string> | undefined {
  if (file === 'index.html') {
    const guides = index.entries.some((e) => e.collection === 'guides' && e.published);
    return new Set(homePageIds(guides));
  }
  if (LISTING_PAGES.test(file)) return new Set(LISTING_PAGE_IDS);
  const course = /^courses\/([^/]+)\/index\.html$/.exec(file)?.[1];
  const modules = course && index.courses.find((c) => c.id === course)?.modules;
  if (!modules) return undefined;
  const ids = new Set([...LISTING_PAGE_IDS, ...modules.map(courseModuleId)]);
  // Its entries that name none of its modules are listed in a section of their own.
  const other = index.entries.some(
    (e) =>
      e.collection !== 'pages' &&
      e.published &&
      e.data.course === course &&
      !modules.includes(String(e.data.module)),
  );
  if (other) ids.add(COURSE_OTHER_ID);
  return ids;
}

/** The listing pages of src/pages/ with the layout's ids and no others. */
const LISTING_PAGES =
  /^(?:404\.html|(?:search|posts|guides|courses|tags)\/index\.html|posts\/page\/\d+\/index\.html|tags\/[^/]+\/index\.html)$/;

/** The ids the layouts put on an entry's page besides its own (src/lib/site/page-ids.ts). */
export const layoutIdsOf = (entry: IndexedEntry): readonly string[] =>
  entry.collection === 'guides' ? GUIDE_PAGE_IDS : ENTRY_PAGE_IDS;

/**
 * Whether the page built from an entry may have an element with this id: one of its own
 * headings or ids, or one its layout adds (src/lib/site/page-ids.ts). `contentIds` gives an entry's
 * own ids (the source layer parses the file for them, source/content-ids.ts), or undefined when
 * only the build knows them (then any id may be there); only asked when the layout does not
 * already give the id.
 */
export function entryPageHasId(
  entry: IndexedEntry,
  id: string,
  contentIds: (file: string) => Set<string> | undefined,
): boolean {
  if (id.toLowerCase() === 'top' || writtenAroundEntry(id, layoutIdsOf(entry))) return true;
  return contentIds(entry.file)?.has(id) ?? true;
}
