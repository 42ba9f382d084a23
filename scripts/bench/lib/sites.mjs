// @ts-check
/**
 * The two sites the benchmark builds over one corpus, both under scripts/bench/.work/ (never
 * committed): `full` is Commonplace (this project's src/, config and public/, with the example
 * site's pages, guides, courses and networks so every page type renders) and `bare` is
 * scripts/bench/bare/ (Astro + MDX, one page template).
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');
export const benchDir = resolve(import.meta.dirname, '..');
export const workDir = join(benchDir, '.work');

/** The example content that gives the full site its other page types; posts come from the corpus. */
const EXAMPLE_COLLECTIONS = ['pages', 'guides', 'courses', 'networks'];

/**
 * A relative import specifier from `from` to `to`, with forward slashes.
 * @param {string} from
 * @param {string} to
 */
function specifier(from, to) {
  const path = relative(from, to).replace(/\\/g, '/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * A root whose astro.config.mjs reuses another config and its srcDir, as the test fixtures do
 * (tests/fixtures/drafts/astro.config.mjs).
 * @param {string} root
 * @param {string} configFile
 * @param {string} srcDir
 * @param {string} [publicDir]
 */
function writeConfig(root, configFile, srcDir, publicDir) {
  const extra = publicDir ? `, publicDir: '${specifier(root, publicDir)}'` : '';
  writeFileSync(
    join(root, 'astro.config.mjs'),
    [
      '// @ts-check',
      '// Written by scripts/bench/run.mjs: a benchmark root over the generated posts.',
      `import base from '${specifier(root, configFile)}';`,
      '',
      `export default { ...base, srcDir: '${specifier(root, srcDir)}'${extra} };`,
      '',
    ].join('\n'),
  );
}

/**
 * Sets up both sites with a copy of the posts in `postsDir`, replacing any earlier setup.
 * @param {string} postsDir
 * @returns {{ full: string, bare: string }} the two roots
 */
export function setUpSites(postsDir, base = workDir) {
  const full = join(base, 'full');
  const bare = join(base, 'bare');
  for (const root of [full, bare]) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(join(root, 'content'), { recursive: true });
    cpSync(postsDir, join(root, 'content/posts'), { recursive: true });
  }
  for (const name of EXAMPLE_COLLECTIONS) {
    const from = join(projectRoot, 'content', name);
    if (existsSync(from)) cpSync(from, join(full, 'content', name), { recursive: true });
  }
  writeConfig(
    full,
    join(projectRoot, 'astro.config.mjs'),
    join(projectRoot, 'src'),
    join(projectRoot, 'public'),
  );
  writeConfig(bare, join(benchDir, 'bare/astro.config.mjs'), join(benchDir, 'bare/src'));
  return { full, bare };
}

/**
 * Removes what a previous build left (output and caches), so every build starts cold.
 * @param {string} root
 */
export function cleanBuild(root) {
  for (const dir of ['dist', '.astro', 'node_modules'])
    rmSync(join(root, dir), { recursive: true, force: true });
}
