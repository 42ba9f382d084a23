import { readFileSync } from 'node:fs';
import module from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configFile } from './core/astro-config-file.ts';
import type { SiteOptions } from './core/rule.ts';
import { importAliases, type ImportAlias } from '../lib/util/path-alias.ts';

/** The fields of an Astro config the checks read. */
interface AstroConfigFields {
  base?: string;
  site?: string | URL;
  root?: string | URL;
  vite?: { resolve?: { alias?: unknown } };
}

/**
 * Where the project in `cwd` is served (`base`, `site`), read from its Astro config, so
 * `npm run check:html -- dist` judges a built site exactly as `npm run build` did. Outside an
 * Astro project (any other folder of HTML) there is no config: the site is at `/`.
 */
export async function astroSiteOptions(cwd = process.cwd()): Promise<SiteOptions> {
  const config = await readAstroConfig(cwd);
  return {
    ...(config?.base && { base: config.base }),
    ...(config?.site && { site: String(config.site) }),
  };
}

/**
 * What `npm run check` reads from the project's Astro config: the `base` links are judged under,
 * and `vite.resolve.alias`, through which imports and images resolve as in the build. Aliases
 * that integrations add while the build runs are not in the file, so the check cannot see them.
 */
export async function astroSourceOptions(
  cwd = process.cwd(),
): Promise<{ base?: string; aliases: ImportAlias[] }> {
  const config = await readAstroConfig(cwd);
  const root = config?.root
    ? resolve(cwd, config.root instanceof URL ? fileURLToPath(config.root) : config.root)
    : cwd;
  return {
    ...(config?.base && { base: config.base }),
    aliases: importAliases(config?.vite?.resolve?.alias, root),
  };
}

async function readAstroConfig(cwd: string): Promise<AstroConfigFields | undefined> {
  const file = configFile(cwd);
  if (!file) return undefined;
  const url = pathToFileURL(file).href;
  const light = onlyDefineConfig(readFileSync(file, 'utf8'))
    ? module.registerHooks?.({
        resolve: (specifier, context, next) =>
          specifier === 'astro/config' && context.parentURL === url
            ? { url: DEFINE_CONFIG_ALONE, shortCircuit: true }
            : next(specifier, context),
      })
    : undefined;
  try {
    return ((await import(url)) as { default?: AstroConfigFields }).default;
  } catch (error) {
    throw new ProjectConfigError(file, error, cwd);
  } finally {
    light?.deregister();
  }
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
