import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { defaultFolders, type SiteFolders } from './config.ts';
import { FRONTMATTER } from './source-files.ts';

/**
 * One digest of everything the content index (src/a11y/core/content-index.ts) is made from, so a
 * cached check that read the index is trusted only while the digest is the same. It covers more
 * than the index reads, never less: the name of every file under the content folder, the
 * frontmatter of every Markdown/MDX file (ids, slugs, drafts, dates, tags), the whole text of
 * every YAML file (courses, networks), and the name of every file under `public/` and
 * `src/pages/`. An entry's
 * body is not in it: a rule that reads another entry's body (link-target's heading ids) records
 * that file itself (src/lib/util/file-deps.ts), so editing a paragraph re-checks only what links to it.
 */
export function siteDigest(
  contentDir: string,
  read: (path: string) => string | undefined = readOrUndefined,
  { publicDir, pagesDir }: SiteDirs = siteDirsOf(contentDir),
): string {
  const hash = createHash('sha1');
  hash.update('content\0');
  for (const path of filesUnder(contentDir)) {
    hash.update(path.slice(contentDir.length));
    hash.update('\0');
    if (/\.mdx?$/i.test(path)) {
      const text = read(path);
      hash.update(text === undefined ? '\u0001' : (FRONTMATTER.exec(text)?.[0] ?? ''));
    } else if (/\.ya?ml$/i.test(path)) {
      hash.update(read(path) ?? '\u0001');
    }
    hash.update('\0');
  }
  // The names of the files the build publishes as they are, and of the site's own routes (a page
  // added to src/pages/ is a page links may lead to).
  for (const [folder, dir] of [
    ['public', publicDir],
    ['pages', pagesDir],
  ] as const) {
    hash.update(`${folder}\0`);
    for (const path of filesUnder(dir)) {
      hash.update(path.slice(dir.length));
      hash.update('\0');
    }
  }
  return hash.digest('base64url');
}

/**
 * Where a site's public files and its pages' routes are (`publicDir`, `srcDir`/pages), and the
 * addresses its Astro config redirects from (SiteFolders.redirects).
 */
export interface SiteDirs {
  publicDir: string;
  pagesDir: string;
  redirects?: readonly string[];
}

/**
 * The site folders of a content folder: those of the project's Astro config when the gate was
 * told them (GateConfig.folders) for this content folder, else `public/` and `src/pages/` beside it.
 */
export function siteDirsOf(contentDir: string, folders?: SiteFolders): SiteDirs {
  const told = folders && resolve(folders.contentDir) === resolve(contentDir);
  const { publicDir, srcDir, redirects } = told ? folders : defaultFolders(dirname(contentDir));
  return {
    publicDir: resolve(publicDir),
    pagesDir: join(resolve(srcDir), 'pages'),
    ...(redirects?.length && { redirects }),
  };
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function filesUnder(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return (
    entries
      .filter((entry) => entry.isFile())
      // Plain concatenation: readdir's parent paths are already normal, and path.join's
      // normalizing is most of this function's time at a thousand files.
      .map((entry) => `${entry.parentPath}${sep}${entry.name}`)
      .sort()
  );
}
