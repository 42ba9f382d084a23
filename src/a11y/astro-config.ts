import { readFileSync } from 'node:fs';
import module from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { configFile } from './core/astro-config-file.ts';
import type { SiteOptions } from './core/rule.ts';
import type { SiteFolders } from './core/config.ts';
import { importAliases, type ImportAlias } from '../lib/util/path-alias.ts';
import { errorSite } from '../lib/util/error-site.ts';
import { buildFormatPosition, buildFormatProblem } from '../lib/site/build-format.ts';
import {
  markdownPluginsRun,
  markdownSyntax,
  writtenMarkdownProcessor,
  type MarkdownSyntax,
  type WrittenMarkdownConfig,
} from '../lib/site/markdown-processor.ts';

/** The fields of an Astro config the checks read. */
interface AstroConfigFields {
  base?: string;
  site?: string | URL;
  root?: string | URL;
  srcDir?: string | URL;
  publicDir?: string | URL;
  redirects?: Record<string, unknown>;
  build?: { format?: unknown };
  vite?: { resolve?: { alias?: unknown } };
  markdown?: WrittenMarkdownConfig;
}

/**
 * Where the project in `cwd` is served (`base`, `site`), read from its Astro config, so
 * `npm run check:html -- dist` judges a built site exactly as `npm run build` did. Outside an
 * Astro project (any other folder of HTML) there is no config: the site is at `/`.
 */
export async function astroSiteOptions(
  cwd = process.cwd(),
): Promise<SiteOptions & { pagesDir?: string }> {
  const config = await readAstroConfig(cwd);
  return {
    ...(config?.base && { base: config.base }),
    ...(config?.site && { site: String(config.site) }),
    ...markdownOf(config),
    // Where the pages no entry built come from, for their problems to name (html/check.ts).
    ...(config && { pagesDir: join(foldersOf(config, projectRoot(config, cwd)).srcDir, 'pages') }),
  };
}

/**
 * What `npm run check` reads from the project's Astro config: the `base` links are judged under,
 * `vite.resolve.alias`, through which imports and images resolve as in the build, the site's
 * folders, where its pages and public files are, and its Markdown processor, when it is not
 * Sätteri (Commonplace's Markdown plugins then do not run). Aliases, or a processor, that
 * integrations set while the build runs are not in the file, so the check cannot see them.
 */
export async function astroSourceOptions(cwd = process.cwd()): Promise<{
  base?: string;
  site?: string;
  aliases: ImportAlias[];
  folders: SiteFolders;
  markdownProcessor?: string;
  markdownSyntax?: MarkdownSyntax;
}> {
  const config = await readAstroConfig(cwd);
  const root = projectRoot(config, cwd);
  const syntax = markdownSyntax(config?.markdown);
  return {
    ...(config?.base && { base: config.base }),
    ...(config?.site && { site: String(config.site) }),
    aliases: importAliases(config?.vite?.resolve?.alias, root),
    folders: foldersOf(config, root),
    ...markdownOf(config),
    ...(syntax && { markdownSyntax: syntax }),
  };
}

/** The config's Markdown processor, when it is not Sätteri (src/lib/site/markdown-processor.ts). */
function markdownOf(config: AstroConfigFields | undefined): { markdownProcessor?: string } {
  const processor = writtenMarkdownProcessor(config?.markdown);
  return markdownPluginsRun(processor) ? {} : { markdownProcessor: processor };
}

function foldersOf(config: AstroConfigFields | undefined, root: string): SiteFolders {
  return {
    contentDir: resolve(root, 'content'),
    srcDir: resolve(root, asPath(config?.srcDir ?? 'src')),
    publicDir: resolve(root, asPath(config?.publicDir ?? 'public')),
    // None written as none, as the build writes it (src/integrations/gate.ts).
    ...(config?.redirects &&
      Object.keys(config.redirects).length > 0 && { redirects: Object.keys(config.redirects) }),
  };
}

/**
 * The folders `npm run check` reads when given no paths, as the build reads them: `content/` and
 * Astro's `srcDir` (default `src/`), both under the config's `root` (default the project).
 * A config that plainly keeps the defaults (see mayMoveFolders) is not imported for them, so a
 * warm check still loads no config; any other config is imported to read them.
 */
export async function astroSourceFolders(cwd = process.cwd()): Promise<SiteFolders> {
  const file = configFile(cwd);
  const config =
    file && mayMoveFolders(readFileSync(file, 'utf8')) ? await readAstroConfig(cwd) : undefined;
  return foldersOf(config, projectRoot(config, cwd));
}

/**
 * Refuses an Astro config the build refuses before it starts (src/integrations/setup.ts): a
 * `build.format` other than `'directory'` (src/lib/site/build-format.ts), at its line. A
 * config whose text never says `format` and takes no fields from elsewhere keeps Astro's
 * default and is not imported for it, so a warm check still loads no config.
 */
export async function refuseUnsupportedConfig(cwd = process.cwd()): Promise<void> {
  const file = configFile(cwd);
  if (!file) return;
  const text = readFileSync(file, 'utf8');
  if (!/\bformat\b/.test(text) && !mergesFields(text) && isPlainObject(text)) return;
  const problem = buildFormatProblem((await readAstroConfig(cwd))?.build?.format);
  if (!problem) return;
  const { line, column } = buildFormatPosition(text);
  throw new ProjectConfigError(
    `${relative(cwd, file)}:${line}:${column}: ${problem.message}\n${problem.hint}`,
  );
}

/**
 * Whether a config's text could set `srcDir`, `publicDir` or `root`. Only a config that plainly
 * keeps Astro's defaults is known not to: its default export is an object written in the file
 * (`export default defineConfig({ … })`) that writes none of them and takes no fields from
 * elsewhere (no spread, `Object.assign` or `mergeConfig`). Anything else might, so it is read.
 */
export function mayMoveFolders(source: string): boolean {
  const writesFolders =
    /\b(?:srcDir|publicDir|root)\s*:|[{,]\s*(?:srcDir|publicDir|root)\s*[,}]/.test(source);
  return !isPlainObject(source) || mergesFields(source) || writesFolders;
}

/** Whether a config's default export is an object written in the file. */
const isPlainObject = (source: string) =>
  /\bexport\s+default\s+(?:defineConfig\s*\(\s*)?\{/.test(source);
/** Whether a config takes fields from elsewhere: a spread, `Object.assign`, `mergeConfig`. */
const mergesFields = (source: string) => /\.\.\.|\bObject\.assign\b|\bmergeConfig\b/.test(source);

const asPath = (path: string | URL) => (path instanceof URL ? fileURLToPath(path) : path);
const projectRoot = (config: AstroConfigFields | undefined, cwd: string) =>
  config?.root ? resolve(cwd, asPath(config.root)) : cwd;

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
    throw ProjectConfigError.loading(file, error, cwd);
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
 * The project's Astro config threw as it loaded, or sets what the build refuses: `npm run check`
 * says which file and where, without a stack through the checker (`npm run build` stops on the
 * same error).
 */
export class ProjectConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProjectConfigError';
  }

  /** The config threw as it loaded: where in the file, from its stack (a syntax error's too). */
  static loading(file: string, cause: unknown, cwd: string): ProjectConfigError {
    const at = errorSite(cause, file);
    const position = at ? `:${at.line}:${at.column}` : '';
    return new ProjectConfigError(
      `${relative(cwd, file)}${position}: the Astro config failed to load: ${(cause as Error)?.message ?? String(cause)}\n` +
        'Fix it, then run the check again (npm run build stops on it too).',
    );
  }
}
