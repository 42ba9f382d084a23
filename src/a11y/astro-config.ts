import { readFileSync } from 'node:fs';
import module from 'node:module';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { configFile } from './core/astro-config-file.ts';
import type { SiteOptions } from './core/rule.ts';

/**
 * Where the project in `cwd` is served (`base`, `site`), read from its Astro config, so
 * `npm run check:html -- dist` judges a built site exactly as `npm run build` did. Outside an
 * Astro project (any other folder of HTML) there is no config: the site is at `/`.
 */
export async function astroSiteOptions(cwd = process.cwd()): Promise<SiteOptions> {
  const file = configFile(cwd);
  if (!file) return {};
  const url = pathToFileURL(file).href;
  const light = onlyDefineConfig(readFileSync(file, 'utf8'))
    ? module.registerHooks?.({
        resolve: (specifier, context, next) =>
          specifier === 'astro/config' && context.parentURL === url
            ? { url: DEFINE_CONFIG_ALONE, shortCircuit: true }
            : next(specifier, context),
      })
    : undefined;
  let config: { base?: string; site?: string | URL } | undefined;
  try {
    ({ default: config } = (await import(url)) as { default?: typeof config });
  } catch (error) {
    throw new ProjectConfigError(file, error, cwd);
  } finally {
    light?.deregister();
  }
  return {
    ...(config?.base && { base: config.base }),
    ...(config?.site && { site: String(config.site) }),
  };
}

/**
 * `defineConfig` from astro/config returns what it is given (it is there for the editor's
 * types), but importing astro/config loads Astro's config schemas, SVG optimizer and font
 * providers: 0.6 s at the start of every `npm run check`, before any file can be checked,
 * to read two fields. A config that takes only `defineConfig` from it, as Astro's own templates
 * and this project's do, gets that function alone; a config that takes anything else from
 * astro/config (or names it in any other way, even in a comment) loads Astro's own module.
 */
const DEFINE_CONFIG_ALONE =
  'data:text/javascript,export function defineConfig(config){return config}';

/** Whether every mention of astro/config in a config file is `import { defineConfig } from 'astro/config'`. */
export function onlyDefineConfig(source: string): boolean {
  const mentions = source.match(/astro\/config/g)?.length ?? 0;
  const plain =
    source.match(
      /^[ \t]*import[ \t]*\{[ \t]*defineConfig[ \t]*,?[ \t]*\}[ \t]*from[ \t]*(['"])astro\/config\1[ \t]*;?[ \t\r]*$/gm,
    )?.length ?? 0;
  return mentions > 0 && mentions === plain;
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
