import { existsSync, readFileSync } from 'node:fs';
import { filesMatching } from '../../lib/util/files.ts';
import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { entryId, slugify } from '../../lib/content/slug.ts';
import { buildDate, frontmatterGoesLive } from '../../lib/content/publish.ts';
import { readCourses, type KnownCourse } from '../../lib/content/references.ts';
import { feedFiles } from '../../lib/feeds/plan.ts';
import { SEARCH_FILES } from '../../lib/search/index-files.ts';
import { site } from '../../site.config.ts';
import { isRecording, noteDep } from '../../lib/util/file-deps.ts';
import { astroYaml } from '../../lib/content/frontmatter-yaml.ts';
import { pageRoute, type PageRoute } from '../../lib/site/page-routes.ts';
import { siteDigest, siteDirsOf, type SiteDirs } from './site-digest.ts';
import type { SiteFolders } from './config.ts';
import { targetFiles } from './site-paths.ts';
import {
  ENTRY_COLLECTIONS,
  FRONTMATTER,
  collectionOf,
  contentDirOf,
  entryCollectionOf,
  dataFilesIn,
  entryFilesIn,
  isEntryFile,
  type EntryCollection,
} from './source-files.ts';

export { collectionOf, contentDirOf, entryCollectionOf, isEntryFile, type EntryCollection };

/**
 * What the source layer knows about a whole site without building it: every entry with its URL,
 * the courses and networks, the files in `public/`, and so every file the build will write. Rules
 * that look past one file (links between entries, course references, duplicate URLs) read it.
 * Built once per content folder and process, from the files on disk; nothing here runs Astro.
 */

export interface IndexedEntry {
  /** Absolute path of the source file. */
  file: string;
  collection: EntryCollection;
  /** The entry's id and URL slug (src/lib/content/slug.ts, as the build computes it). */
  id: string;
  /** Its page in the output folder (`posts/x/index.html`), when the build writes one. */
  page?: string;
  /** Published in a production build: not a draft, not dated after the build (read on first use). */
  readonly published: boolean;
  /** Frontmatter as written (YAML), or `{}` when it cannot be read (read on first use). */
  readonly data: Record<string, unknown>;
}

export interface ContentIndex {
  /** The project root: the folder that holds `content/`. */
  root: string;
  contentDir: string;
  /** The site's public folder (Astro's `publicDir`, by default `public/` beside `content/`). */
  publicDir: string;
  entries: IndexedEntry[];
  byFile: Map<string, IndexedEntry>;
  /** Entries by the page the build writes for them (`posts/x/index.html`). */
  byPage: Map<string, IndexedEntry>;
  /** Entries by URL (`posts/x`): more than one means two files would share it. */
  byUrl: Map<string, IndexedEntry[]>;
  courses: KnownCourse[];
  /** `feeds`: whether an entry names its `feed` (then guides offer `network.opml`). */
  networks: { id: string; file: string; feeds: boolean }[];
  /** Every file a production build writes (pages, feeds, public files), relative to the output folder. */
  readonly files: Set<string>;
  /**
   * Whether a page of the site's own routes may be at `path` though `files` does not list it: a
   * route of `src/pages/` with a parameter (`notes/[slug].astro`) whose pages only its
   * `getStaticPaths` knows. A link there is the built pages' check's to judge.
   */
  mayBuild(path: string): boolean;
}

/**
 * The routes of `src/pages/` whose pages `siteFiles` lists from the content (this site's own
 * pages for posts, guides, tags, courses and content/pages). Another route with a parameter, one
 * a site adds, publishes pages the sources cannot list.
 */
const LISTED_ROUTES = new Set([
  '[page].astro',
  'courses/[id].astro',
  'courses/[id]/portfolio.astro',
  'guides/[slug].astro',
  'guides/[slug]/events.ics.ts',
  'guides/[slug]/network.csv.ts',
  'guides/[slug]/network.opml.ts',
  'posts/[slug].astro',
  'posts/page/[page].astro',
  'tags/[tag].astro',
]);

/**
 * The routes of the site's `src/pages/` (under Astro's `srcDir`), with the file each is in:
 * a page added there (`src/pages/now.astro`) is a page links may lead to.
 */
function siteRoutes(
  pagesDir: string,
  redirects: readonly string[] = [],
): Array<PageRoute & { file: string }> {
  const pages = filesMatching(pagesDir, /./).flatMap((file) => {
    const relativeFile = relative(pagesDir, file).split(sep).join('/');
    const route = pageRoute(relativeFile);
    return route ? [{ ...route, file: relativeFile }] : [];
  });
  // The Astro config's `redirects` write a page at each address they redirect from, as a page
  // file there would (`/old-about` → old-about/index.html; `/blog/[slug]`, a page per slug).
  const redirected = redirects.flatMap((address) => {
    const path = address.replace(/^\/+|\/+$/g, '');
    const route = path ? pageRoute(`${path}.astro`) : undefined;
    return route ? [{ ...route, file: `redirect ${address}` }] : [];
  });
  return [...pages, ...redirected];
}

/**
 * Which file of `pagesDir` built a page of the output folder, relative to `pagesDir`:
 * `clip/index.html` is `clip.astro`, `tags/f1/index.html` is `tags/[tag].astro`. As Astro picks
 * among routes, a page of its own comes before a route with a parameter, and a rest parameter
 * (`[...path]`) comes last. Undefined for a page no file there makes.
 */
export function pageFileOf(pagesDir: string): (output: string) => string | undefined {
  const routes = siteRoutes(pagesDir);
  const pages = new Map<string, string>();
  for (const route of routes) if (route.kind === 'static') pages.set(route.output, route.file);
  const rank = (file: string) =>
    (file.match(/\[\.\.\./g)?.length ?? 0) * 100 + (file.match(/\[/g)?.length ?? 0);
  const patterns = routes
    .flatMap((route) => (route.kind === 'dynamic' ? [route] : []))
    .sort((a, b) => rank(a.file) - rank(b.file));
  return (output) =>
    pages.get(output) ?? patterns.find((route) => route.pattern.test(output))?.file;
}

/**
 * Frontmatter of an entry file as plain data, read as Astro reads it (`astroYaml`), so
 * the index's ids, tags and publication dates are the build's; `{}` when absent or not valid
 * YAML. The index reads every entry's frontmatter once per thread.
 */
export function frontmatterData(text: string): Record<string, unknown> {
  const yaml = FRONTMATTER.exec(text)?.[1];
  return (yaml !== undefined && astroYaml(yaml)) || {};
}

/** As the pages decide it (src/lib/content/publish.ts), from the frontmatter as written. */
function isPublished(data: Record<string, unknown>, now: Date): boolean {
  const time = frontmatterGoesLive(data, site.timeZone)?.getTime();
  return time !== undefined && (Number.isNaN(time) || time <= now.getTime());
}

/** The page an entry gets: posts and guides by id, pages at `/<id>/` (src/pages/[page].astro). */
function pageOf(collection: EntryCollection, id: string): string {
  if (collection === 'pages') return `${id}/index.html`;
  return `${collection}/${id}/index.html`;
}

/**
 * Every file a production build writes, from the content alone: the routes in src/pages (kept
 * in step with them by tests/build/, which compares this list with a real build's output), the
 * feeds, the sitemap, the search index's scripts and styles, and whatever is in `public/`.
 */
function siteFiles(
  index: Omit<ContentIndex, 'files' | 'mayBuild'>,
  publicDir: string,
  routes: PageRoute[],
): Set<string> {
  const published = index.entries.filter((entry) => entry.published);
  const posts = published.filter((entry) => entry.collection === 'posts');
  const guides = published.filter((entry) => entry.collection === 'guides');
  const files = new Set<string>([
    'index.html',
    '404.html',
    'robots.txt',
    'search/index.html',
    'posts/index.html',
    'guides/index.html',
    'courses/index.html',
    'tags/index.html',
    'sitemap-index.xml',
    'sitemap-0.xml',
  ]);
  for (const entry of published) if (entry.page) files.add(entry.page);
  const pages = Math.max(1, Math.ceil(posts.length / site.postsPerPage));
  for (let n = 2; n <= pages; n++) files.add(`posts/page/${n}/index.html`);
  for (const course of index.courses) {
    files.add(`courses/${course.id}/index.html`);
    files.add(`courses/${course.id}/portfolio/index.html`);
  }
  for (const entry of [...posts, ...guides]) {
    const tags = Array.isArray(entry.data.tags) ? entry.data.tags : [];
    for (const tag of tags)
      if (typeof tag === 'string') files.add(`tags/${slugify(tag)}/index.html`);
  }
  for (const guide of guides) {
    const network = index.networks.find((n) => n.id === guide.data.network);
    if (network) files.add(`guides/${guide.id}/network.csv`);
    if (network?.feeds) files.add(`guides/${guide.id}/network.opml`);
    if (Array.isArray(guide.data.events) && guide.data.events.length > 0)
      files.add(`guides/${guide.id}/events.ics`);
  }
  for (const route of routes) if (route.kind === 'static') files.add(route.output);
  for (const feed of feedFiles([...files])) files.add(feed);
  for (const file of SEARCH_FILES) files.add(file);
  for (const file of filesMatching(publicDir, /./))
    files.add(relative(publicDir, file).split(sep).join('/'));
  return files;
}

/** Reads the content folder from disk (see contentIndexFor, which caches it). */
/**
 * The id an entry's URL uses, read cheaply: the file name, unless the frontmatter has a `slug:`
 * (only then is its YAML read).
 */
function idOf(relativePath: string, text: string): { id: string; data?: Record<string, unknown> } {
  const frontmatter = FRONTMATTER.exec(text)?.[1];
  if (frontmatter === undefined || !/^slug\s*:/m.test(frontmatter))
    return { id: entryId(relativePath, {}) };
  const data = frontmatterData(text);
  return { id: entryId(relativePath, data), data };
}

/**
 * Reads the content folder from disk (see contentIndexFor, which caches it). Only names and ids
 * are read up front; an entry's frontmatter, and the list of the site's files, the first time a
 * rule asks (most files link to no other page, and then no other file's YAML is read).
 */
export function readContentIndex(
  contentDir: string,
  now = buildDate(),
  { publicDir, pagesDir, redirects }: SiteDirs = siteDirsOf(contentDir),
): ContentIndex {
  const root = dirname(contentDir);
  const entries: IndexedEntry[] = [];
  for (const collection of ENTRY_COLLECTIONS) {
    const base = join(contentDir, collection);
    for (const file of entryFilesIn(base)) {
      const text = readFileSync(file, 'utf8');
      const { id, data: known } = idOf(relative(base, file).split(sep).join('/'), text);
      let data = known;
      entries.push({
        file,
        collection,
        id,
        page: pageOf(collection, id),
        get data() {
          return (data ??= frontmatterData(text));
        },
        get published() {
          noteClock();
          return isPublished(this.data, now);
        },
      });
    }
  }
  const rel = (file: string) => relative(root, file).split(sep).join('/');
  const id = (file: string) => basename(file, extname(file));
  const courses = readCourses(contentDir);
  const networks = dataFilesIn(join(contentDir, 'networks')).map((file) => ({
    id: id(file),
    file: rel(file),
    // An entry's `feed:` key, read without parsing (src/pages/guides/[slug]/network.opml.ts).
    feeds: /^[\s-]*feed\s*:\s*\S/m.test(readFileSync(file, 'utf8')),
  }));
  let files: Set<string> | undefined;
  let routes: ReturnType<typeof siteRoutes> | undefined;
  const routesOf = () => (routes ??= siteRoutes(pagesDir, redirects));
  // The patterns of the routes with a parameter whose pages `files` does not list.
  let unlisted: RegExp[] | undefined;
  // Which entries are published depends on the clock: a check that asks records until when its
  // answer holds (the next future pubDate), so a cached result expires when a post goes live.
  let until: number | null | undefined;
  const noteClock = () => {
    if (!isRecording()) return;
    if (until === undefined) {
      until = null;
      for (const entry of entries) {
        const time = frontmatterGoesLive(entry.data, site.timeZone)?.getTime();
        if (time !== undefined && time > now.getTime() && (until === null || time < until))
          until = time;
      }
    }
    noteDep({ kind: 'clock', since: now.getTime(), until });
  };
  const byUrl = new Map<string, IndexedEntry[]>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    byUrl.set(key, [...(byUrl.get(key) ?? []), entry]);
  }
  const index: ContentIndex = {
    root,
    contentDir,
    publicDir,
    entries,
    byFile: new Map(entries.map((entry) => [entry.file, entry])),
    byPage: new Map(entries.flatMap((entry) => (entry.page ? [[entry.page, entry]] : []))),
    byUrl,
    courses,
    networks,
    get files() {
      noteClock();
      return (files ??= siteFiles(index, publicDir, routesOf()));
    },
    mayBuild(path) {
      unlisted ??= routesOf().flatMap((route) =>
        route.kind === 'dynamic' && !LISTED_ROUTES.has(route.file) ? [route.pattern] : [],
      );
      if (unlisted.length === 0) return false;
      const candidates = targetFiles(path);
      return unlisted.some((pattern) => candidates.some((c) => pattern.test(c)));
    },
  };
  return index;
}

const indexes = new Map<string, ContentIndex>();
/** The digest of each index's content folder, taken before it was read (src/a11y/core/site-digest.ts). */
const digests = new WeakMap<ContentIndex, string>();

/** A content folder's site folders and the key of its index; null when there is no such folder. */
type Place = { dirs: SiteDirs; key: string } | null;
const NO_FOLDERS = {};
/**
 * Each content folder's place, per site folders told (GateConfig.folders, one object per
 * config): rules ask for the index several times for every file they check, and finding the
 * folder on disk and working out its site folders each time was about 0.1 s of a thread's
 * cold check at 1,000 posts. Forgotten with the indexes.
 */
let places = new WeakMap<object, Map<string, Place>>();

function placeOf(contentDir: string, folders: SiteFolders | undefined): Place {
  let byDir = places.get(folders ?? NO_FOLDERS);
  if (!byDir) places.set(folders ?? NO_FOLDERS, (byDir = new Map()));
  let place = byDir.get(contentDir);
  if (place === undefined) {
    if (existsSync(contentDir)) {
      const dirs = siteDirsOf(contentDir, folders);
      const key = `${contentDir}\0${dirs.publicDir}\0${dirs.pagesDir}\0${dirs.redirects?.join('\0') ?? ''}`;
      place = { dirs, key };
    } else {
      place = null;
    }
    byDir.set(contentDir, place);
  }
  return place;
}

/**
 * The index of the content folder a file is in, read once per process; undefined for a file
 * outside any `content/` folder (then rules that need the whole site skip it). `folders`: the
 * site's folders as the Astro config sets them (GateConfig.folders), when known. A check being
 * recorded for the cache depends on the whole index, by its digest.
 */
export function contentIndexFor(
  file: string | undefined,
  folders?: SiteFolders,
): ContentIndex | undefined {
  if (!file) return undefined;
  const contentDir = contentDirOf(file);
  return contentDir ? contentIndexAt(contentDir, folders) : undefined;
}

/** The index of a content folder (see contentIndexFor); undefined when there is no such folder. */
export function contentIndexAt(
  contentDir: string,
  folders?: SiteFolders,
): ContentIndex | undefined {
  const place = placeOf(contentDir, folders);
  if (!place) return undefined;
  const { dirs, key } = place;
  let index = indexes.get(key);
  if (!index) {
    // The digest first: had the folder changed while it was read, the digest is of the older
    // state, which the next run sees differ, and checks again.
    const digest = isRecording() ? siteDigest(contentDir, undefined, dirs) : undefined;
    indexes.set(key, (index = readContentIndex(contentDir, undefined, dirs)));
    if (digest) digests.set(index, digest);
  }
  if (isRecording()) {
    let digest = digests.get(index);
    if (!digest) digests.set(index, (digest = siteDigest(contentDir, undefined, dirs)));
    noteDep({ kind: 'site', dir: contentDir, ...dirs, digest });
  }
  return index;
}

/**
 * What a rule works out from a whole site's index (every entry's title, every tag's uses), made
 * once per index rather than for each of the site's files that asks; forgotten with the index.
 */
export function perIndex<T>(make: (index: ContentIndex) => T): (index: ContentIndex) => T {
  const made = new WeakMap<ContentIndex, T>();
  return (index) => {
    let value = made.get(index);
    if (value === undefined) made.set(index, (value = make(index)));
    return value;
  };
}

/** Forgets what was read, so the next check sees the files as they are now (the dev server). */
export function forgetContentIndexes(): void {
  indexes.clear();
  places = new WeakMap();
}
