// @ts-check
/**
 * The two sites the benchmark builds over one corpus, both under scripts/bench/.work/ (never
 * committed), each a project a user would build with `npm run build`:
 * - `full` is a copy of this project (src/, public/, astro.config.mjs, tsconfig.json,
 *   package.json) with all of its example content, plus the corpus in content/posts;
 * - `bare` is scripts/bench/bare/ (Astro + MDX, one page template) with the corpus alone.
 * Their packages come from this project's node_modules, which Node and npm find by walking up
 * from scripts/bench/.work/.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');
export const benchDir = resolve(import.meta.dirname, '..');
export const workDir = join(benchDir, '.work');

/** What makes this project a site: copied into the full benchmark site as they are. */
const PROJECT_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];
/** The bare site's own files, in scripts/bench/bare/. */
const BARE_FILES = ['src', 'astro.config.mjs'];

/**
 * Sets up both sites with a copy of the posts in `postsDir`, replacing any earlier setup.
 * @param {string} postsDir
 * @returns {{ full: string, bare: string }} the two roots
 */
export function setUpSites(postsDir, base = workDir) {
  const full = join(base, 'full');
  const bare = join(base, 'bare');
  for (const root of [full, bare]) rmSync(root, { recursive: true, force: true });

  for (const name of PROJECT_FILES)
    cpSync(join(projectRoot, name), join(full, name), { recursive: true });
  const content = join(projectRoot, 'content');
  if (existsSync(content)) cpSync(content, join(full, 'content'), { recursive: true });
  cpSync(postsDir, join(full, 'content/posts'), { recursive: true });

  for (const name of BARE_FILES)
    cpSync(join(benchDir, 'bare', name), join(bare, name), { recursive: true });
  mkdirSync(join(bare, 'content'), { recursive: true });
  cpSync(postsDir, join(bare, 'content/posts'), { recursive: true });
  // Built with `npm run build` too, so both builds pay npm's start alike; a bare Astro site's
  // build script is `astro build` (this project's adds its search step after it).
  writeFileSync(
    join(bare, 'package.json'),
    `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module', scripts: { build: 'astro build' } }, null, 2)}\n`,
  );
  return { full, bare };
}

/**
 * Removes what a previous build left (output and caches: dist/, .astro/, and node_modules/
 * with Vite's and Astro's caches and Commonplace's check cache), so a build starts cold.
 * @param {string} root
 */
export function cleanBuild(root) {
  for (const dir of ['dist', '.astro', 'node_modules'])
    rmSync(join(root, dir), { recursive: true, force: true });
}

/**
 * Removes the caches a `npm run check` could reuse (node_modules/.cache/ under the site), so
 * the check starts cold; the build's own output is left alone.
 * @param {string} root
 */
export function cleanCheckCache(root) {
  rmSync(join(root, 'node_modules/.cache'), { recursive: true, force: true });
}

/** The post the rebuild changes, and how: one sentence added at its end. */
export const EDITED_POST = 'content/posts/bench-00001.mdx';
const EDIT = '\nEdited after the first build: one more sentence, to time a rebuild.\n';

/**
 * Changes one post as an author would between two builds; returns a function that puts it back.
 * @param {string} root
 */
export function editOnePost(root) {
  const file = join(root, EDITED_POST);
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, before + EDIT);
  return () => writeFileSync(file, before);
}
