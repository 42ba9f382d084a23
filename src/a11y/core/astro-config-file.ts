import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Which file is a project's Astro config, and what the `base` and `site` read from it depend
 * on, without importing it: `npm run check` imports it (src/a11y/astro-config.ts) only when a
 * file must be checked, while its cache (src/a11y/run/cache.ts) needs the key on every run.
 */

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/** The project's Astro config file, as Astro looks for it. */
export function configFile(cwd: string): string | undefined {
  return CONFIG_FILES.map((name) => join(cwd, name)).find((path) => existsSync(path));
}

/**
 * What the `base` and `site` a check reads from the Astro config depend on, without importing
 * it: the text of the config file and of each module it imports by a relative path (a shared
 * config, `./site.config.mjs`), followed through their own relative imports, and the
 * environment variables any of them names (`process.env.BASE_PATH`, `import.meta.env.SITE`).
 * The check's cache keys its results by it (src/a11y/run/cache.ts), so a warm check sees a new
 * `base`, alias or `srcDir` as the build does. Modules under the checker's `src/` are its
 * code, which the cache keys by too; packages the config imports are keyed by the lockfile.
 */
export function astroConfigStamp(cwd = process.cwd()): string {
  const file = configFile(cwd);
  if (!file) return 'no Astro config';
  const names = new Set<string>();
  const texts: [string, string][] = [];
  const seen = new Set<string>();
  const read = (path: string) => {
    if (seen.has(path) || path.startsWith(CHECKER_CODE)) return;
    seen.add(path);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return; // a module that is not there: the import fails the config as it loads
    }
    texts.push([relative(cwd, path), text]);
    for (const [, dotted, bracketed] of text.matchAll(ENV_NAME)) names.add((dotted ?? bracketed)!);
    for (const [, specifier] of text.matchAll(RELATIVE_IMPORT))
      read(resolve(dirname(path), specifier!.split('?')[0]!));
  };
  read(file);
  const env = [...names].sort().map((name) => [name, process.env[name] ?? null]);
  return JSON.stringify([texts, env]);
}

/** The checker's own src/, which the cache keys by as code (codeHash in src/a11y/run/cache.ts). */
const CHECKER_CODE = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..') + sep;

const ENV_NAME =
  /\b(?:process|import\.meta)\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"`]([^'"`]+)['"`]\s*\])/g;

/** A relative specifier after `from` (an import or a re-export), or in a dynamic `import()`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
