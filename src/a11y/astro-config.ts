import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SiteOptions } from './core/rule.ts';

const CONFIG_FILES = ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'];

/**
 * Where the project in `cwd` is served (`base`, `site`), read from its Astro config, so
 * `npm run check:html -- dist` judges a built site exactly as `npm run build` did. Outside an
 * Astro project (any other folder of HTML) there is no config: the site is at `/`.
 */
export async function astroSiteOptions(cwd = process.cwd()): Promise<SiteOptions> {
  const file = CONFIG_FILES.map((name) => join(cwd, name)).find((path) => existsSync(path));
  if (!file) return {};
  const { default: config } = (await import(pathToFileURL(file).href)) as {
    default?: { base?: string; site?: string | URL };
  };
  return {
    ...(config?.base && { base: config.base }),
    ...(config?.site && { site: String(config.site) }),
  };
}
