import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

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
 * it: the config file's text and the environment variables it names (`process.env.BASE_PATH`,
 * `import.meta.env.SITE`). The check's cache keys its results by it (src/a11y/run/cache.ts), so
 * a warm check sees a new `base` as the build does. Modules the config imports from `src/` are
 * part of the checker's code, which the cache keys by too.
 */
export function astroConfigStamp(cwd = process.cwd()): string {
  const file = configFile(cwd);
  if (!file) return 'no Astro config';
  const text = readFileSync(file, 'utf8');
  const names = new Set<string>();
  for (const [, dotted, bracketed] of text.matchAll(
    /\b(?:process|import\.meta)\.env(?:\.([A-Za-z_$][\w$]*)|\[\s*['"`]([^'"`]+)['"`]\s*\])/g,
  ))
    names.add((dotted ?? bracketed)!);
  const env = [...names].sort().map((name) => [name, process.env[name] ?? null]);
  return JSON.stringify([relative(cwd, file), text, env]);
}
