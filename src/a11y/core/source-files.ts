import { readdirSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';

/**
 * Which files the source layer checks, and where they sit in a site. Kept free of parsers and
 * schemas so `npm run check` can list and hash the files (src/a11y/run/cache.ts) without
 * loading what only a file that must really be checked needs.
 */

import { UsageError } from '../../lib/util/usage-error.ts';
import { filesMatching, isPage, visibleFilesMatching } from '../../lib/util/files.ts';

/** Wrong paths on the command line: exit 2, not 1. */
export { UsageError };

export const SOURCE_EXTENSIONS = new Set(['.md', '.mdx']);

export type EntryCollection = 'posts' | 'guides' | 'pages';
export const ENTRY_COLLECTIONS: EntryCollection[] = ['posts', 'guides', 'pages'];

/** An entry's frontmatter block; group 1 is its YAML (lib/content/frontmatter-block.ts). */
export { FRONTMATTER } from '../../lib/content/frontmatter-block.ts';

/** The content folder a file is in: its nearest ancestor folder named `content`. */
export function contentDirOf(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (basename(dir) === 'content') return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Which collection a file under a content folder belongs to (its first folder). */
export function collectionOf(
  file: string,
  contentDir: string,
): EntryCollection | 'courses' | 'networks' | undefined {
  const first = relative(contentDir, file).split(sep)[0];
  return ENTRY_COLLECTIONS.includes(first as EntryCollection) ||
    first === 'courses' ||
    first === 'networks'
    ? (first as EntryCollection | 'courses' | 'networks')
    : undefined;
}

/**
 * The entry collection (`posts`, `guides`, `pages`) a file is in, if it is in one: the entries
 * that render under their title and have a frontmatter schema.
 */
export function entryCollectionOf(file: string | undefined): EntryCollection | undefined {
  const contentDir = file ? contentDirOf(file) : undefined;
  const collection = file && contentDir ? collectionOf(file, contentDir) : undefined;
  return ENTRY_COLLECTIONS.includes(collection as EntryCollection)
    ? (collection as EntryCollection)
    : undefined;
}

/**
 * Entry files, as the collections load them (src/lib/content/entries-loader.ts's patterns, which
 * match case as written): `.md` and `.mdx`, not transcripts beside posts.
 */
export function isEntryFile(name: string): boolean {
  return /\.mdx?$/.test(name) && !/\.transcript\.md$/.test(name);
}

/**
 * Markdown under another extension than `.md` (Jekyll's default `.markdown`, and the older
 * `.mdown`, `.mkd`, `.mkdn`, `.mdwn`), or `.md` and `.mdx` in capitals (`.MD`, as some editors
 * and exports save it), in an entry collection: the collections read `.md` and `.mdx` only, so
 * such a post is left out of the site without a word. The check lists it, to
 * say so (`unreadMarkdownProblem` in src/a11y/source/data-files.ts).
 */
export function isUnreadMarkdown(path: string): boolean {
  const other = /\.(?:markdown|mdown|mkdn|mkd|mdwn|mdtxt|mdtext)$/i.test(path);
  // `.MD`, `.Mdx`: the collections' patterns and Astro's renderers know the lower-case names only.
  const cased = /\.mdx?$/i.test(path) && !/\.mdx?$/.test(path);
  if (!other && !cased) return false;
  const contentDir = contentDirOf(path);
  const kind = contentDir ? collectionOf(path, contentDir) : undefined;
  return kind !== undefined && ENTRY_COLLECTIONS.includes(kind as EntryCollection);
}

/** The course or network folder a YAML file is somewhere under, and its path there. */
function dataPlace(path: string): { kind: 'courses' | 'networks'; inside: string[] } | undefined {
  if (!/\.ya?ml$/i.test(path)) return undefined;
  const contentDir = contentDirOf(path);
  const kind = contentDir ? collectionOf(path, contentDir) : undefined;
  if (kind !== 'courses' && kind !== 'networks') return undefined;
  return { kind, inside: relative(join(contentDir!, kind), path).split(sep) };
}

/**
 * A course or network file as the collections load it (src/content.config.ts: `*.{yaml,yml}`,
 * directly in `content/courses/` or `content/networks/`, not hidden): the only YAML the gate
 * reads as data.
 */
export function isDataFile(path: string): boolean {
  const place = dataPlace(path);
  return (
    place !== undefined &&
    place.inside.length === 1 &&
    !place.inside[0]!.startsWith('.') &&
    /\.ya?ml$/.test(path)
  );
}

/**
 * A course or network file the collections would not load: in a folder of its own
 * (`content/courses/2025/pln.yaml`, a teacher's archive) or as `.YAML`. It is left out of the
 * site without a word; the check lists it, to say so (`unreadDataProblem`).
 */
export function isUnreadDataFile(path: string): boolean {
  const place = dataPlace(path);
  return (
    place !== undefined && !isDataFile(path) && !place.inside.some((part) => part.startsWith('.'))
  );
}

/**
 * A collection folder's entry files as its loader lists them (src/lib/content/entries-loader.ts):
 * `.md` and `.mdx`, not hidden, no transcripts. The content index and the build's reference
 * check both list entries this way.
 */
export function entryFilesIn(dir: string): string[] {
  return visibleFilesMatching(dir, /\.mdx?$/).filter((file) => isEntryFile(basename(file)));
}

/** `content/courses/` or `content/networks/`'s files as the collections load them (isDataFile). */
export function dataFilesIn(dir: string): string[] {
  return filesMatching(dir, /\.ya?ml$/i).filter(isDataFile);
}

/** An Astro component, layout or page (`src/components/Footer.astro`): source/astro-file.ts. */
export function isAstroFile(path: string): boolean {
  return extname(path).toLowerCase() === '.astro';
}

/**
 * An HTML page published as it is written: a file of `public/`, which the build copies into the
 * output folder, or an `.html` page of `src/pages/`. Not one in a content folder, which the
 * collections do not publish.
 */
export function isHtmlPage(path: string): boolean {
  return isPage(path) && contentDirOf(path) === undefined;
}

/**
 * Whether the source layer checks a file of this name: Markdown and MDX, a content folder's
 * course and network files, entries the collections would not read, the site's `.astro`
 * files and the HTML pages it publishes as written. `npm run check`'s listing and the dev
 * server's watcher both ask it.
 */
export function isCheckedSource(path: string): boolean {
  return (
    SOURCE_EXTENSIONS.has(extname(path).toLowerCase()) ||
    isDataFile(path) ||
    isUnreadDataFile(path) ||
    isUnreadMarkdown(path) ||
    isAstroFile(path) ||
    isHtmlPage(path)
  );
}

/** Whether a path inside a walked folder passes through `node_modules/` or a hidden folder. */
function skippedFolder(inside: string): boolean {
  return /[\\/](?:node_modules|\.[^\\/]+)[\\/]/.test(inside);
}

/**
 * The Markdown, MDX and `.astro` files under the given files and folders, the content's data files
 * (`content/courses/*.yaml`, `content/networks/*.yaml`), and entries the collections would not
 * read (`isUnreadMarkdown`). Transcripts (`*.transcript.md`) beside
 * posts are read by the media components, not published as entries, so folders skip them.
 */
export async function sourceFiles(paths: string[], cwd = process.cwd()): Promise<string[]> {
  const found = new Set<string>();
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) throw new UsageError(`${path}: no such file or folder`);
    if (info.isFile()) {
      if (!isCheckedSource(absolute)) {
        throw new UsageError(
          `${path}: not a Markdown or MDX file (.md, .mdx), an Astro file (.astro), nor a course or network file of a content folder`,
        );
      }
      found.add(absolute);
      continue;
    }
    const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      // Concatenated, not path.join: readdir's parent paths are already normal (and join's
      // normalizing costs a warm check more than its reads at a thousand files).
      const file = `${entry.parentPath}${sep}${entry.name}`;
      if (!isCheckedSource(file)) continue;
      if (entry.name.endsWith('.transcript.md')) continue;
      // Hidden files too: the collections never load `.template.md` (as Astro's glob lists).
      if (skippedFolder(file.slice(absolute.length)) || entry.name.startsWith('.')) continue;
      found.add(file);
    }
  }
  return [...found].sort();
}

/**
 * What `npm run check`, the build and the dev server check beside `content/` when given no
 * paths: the site's own `.astro` files and `.html` pages under its source folder, and the HTML
 * pages of its public folder, which the build copies as they are and the built pages' check
 * then judges (`public/old/index.html` with an image without alt text stops the build, so the
 * check reports it first, at its line).
 */
export function siteFiles({ srcDir, publicDir }: { srcDir: string; publicDir: string }): string[] {
  return [...srcFiles(srcDir), ...filesUnder(publicDir, isPage)];
}

/** Whether `file` is one of siteFiles' (the dev server asks it of a file that changed). */
export function isSiteFile(
  file: string,
  { srcDir, publicDir }: { srcDir: string; publicDir: string },
): boolean {
  const inPublic = file.startsWith(resolve(publicDir) + sep);
  return isSrcFile(file, srcDir) || (inPublic && isPage(file));
}

/** An `.astro` file under the source folder, or a page of another kind in `src/pages/`. */
function isSrcFile(file: string, srcDir: string): boolean {
  if (!file.startsWith(resolve(srcDir) + sep)) return false;
  return isAstroFile(file) || (isInPages(file, srcDir) && PAGE.test(file));
}

/** Whether a file is in the `pages/` folder of the source folder: a page of the site's own. */
export function isInPages(file: string, srcDir: string): boolean {
  return file.startsWith(join(resolve(srcDir), 'pages') + sep);
}

/** Files Astro builds a page from in `src/pages/` besides `.astro` ones. */
const PAGE = /\.(?:html?|mdx?)$/i;

/** Files under a folder whose name passes `keep`, sorted; none when the folder is absent. */
function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  // Without a trailing slash (Astro gives its folders with one): a file's path has no `//`.
  const dir = resolve(folder);
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => `${entry.parentPath}${sep}${entry.name}`)
    .filter((file) => !skippedFolder(file.slice(dir.length)))
    .sort();
}

/**
 * The `.astro` files under the site's source folder (its layouts, components and pages), and the
 * pages Astro builds from other files of `src/pages/` (`.md`, `.mdx`, `.html`), which
 * `npm run check`, the build and the dev server check beside `content/` when given no paths:
 * only these, since Markdown or YAML elsewhere there is the code's data, not content. None when
 * it is absent.
 */
export function srcFiles(srcDir: string): string[] {
  return filesUnder(srcDir, (name) => isAstroFile(name) || PAGE.test(name)).filter((file) =>
    isSrcFile(file, srcDir),
  );
}
