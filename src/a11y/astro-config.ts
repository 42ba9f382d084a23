import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
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
  let config: { base?: string; site?: string | URL } | undefined;
  try {
    ({ default: config } = (await import(pathToFileURL(file).href)) as { default?: typeof config });
  } catch (error) {
    throw new ProjectConfigError(file, error, cwd);
  }
  return {
    ...(config?.base && { base: config.base }),
    ...(config?.site && { site: String(config.site) }),
  };
}

/**
 * The project's Astro config threw as it loaded: `npm run check` says which file and where,
 * without a stack through the checker (`npm run build` stops on the same error).
 */
export class ProjectConfigError extends Error {
  constructor(file: string, cause: unknown, cwd: string) {
    const url = pathToFileURL(file).href;
    // The config's own line and column, from the first frame of the stack in the file.
    const frame = String((cause as Error)?.stack ?? '')
      .split('\n')
      .find((line) => line.includes(url));
    const position = frame?.slice(frame.indexOf(url) + url.length).match(/^:\d+:\d+/)?.[0] ?? '';
    super(
      `${relative(cwd, file)}${position}: the Astro config failed to load: ${(cause as Error)?.message ?? String(cause)}\n` +
        'Fix it, then run the check again (npm run build stops on it too).',
    );
    this.name = 'ProjectConfigError';
  }
}
