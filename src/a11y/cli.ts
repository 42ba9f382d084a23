#!/usr/bin/env node
import { UsageError } from '../lib/util/usage-error.ts';
import { ProjectConfigError } from './astro-config.ts';
import { checkSourcesCached } from './run/parallel.ts';
import { errorCount, formatAnnotations, formatJson, formatText } from './core/report.ts';
import type { SiteOptions } from './core/rule.ts';

/**
 * `npm run check -- [paths...] [--fix] [--format json] [--no-cache]` (source layer, default
 * `content/` and the `.astro` files under Astro's `srcDir`, `src/` unless the Astro config moves
 * it; unchanged files come from the cache in node_modules/.cache/commonplace/, see run/cache.ts;
 * `--fix` makes the fixes the gate is certain of, run/fix.ts, and reports what is left) and
 * `npm run check:html -- <dir> [--base /my-blog/] [--site https://…] [--format json]` (built-HTML
 * layer; `--base` and `--site` default to the Astro config's `base` and `site` when run in an
 * Astro project, else `/` and none).
 * Exit 0: no errors (warnings allowed); 1: errors; 2: bad usage. Only what a run needs is
 * imported: a fully cached `check` loads no parser.
 */
const USAGE = `usage: npm run check -- [file-or-folder...] [--fix] [--format text|json] [--no-cache]
       npm run check:html -- <folder> [--base /my-blog/] [--site https://example.org] [--format text|json]`;

async function main(argv: string[]): Promise<number> {
  const [layer, ...rest] = argv;
  let format = 'text';
  const paths: string[] = [];
  const site: SiteOptions = {};
  let cache = true;
  let fix = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const option = /^--(base|site)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? rest[++i];
      if (!value || value.startsWith('--'))
        throw new UsageError(`--${option[1]} needs a value, e.g. --base /my-blog/`);
      site[option[1] as 'base' | 'site'] = value;
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      format = arg.includes('=') ? arg.slice('--format='.length) : (rest[++i] ?? '');
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format must be text or json, not "${format}"`);
    } else if (arg === '--no-cache') {
      cache = false;
    } else if (arg === '--fix') {
      fix = true;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      paths.push(arg);
    }
  }

  let result;
  /** Warnings about the site as a whole (`GateConfig.notices`), from the source layer's run. */
  let notices: string[] = [];
  if (layer === 'source') {
    if (Object.keys(site).length)
      throw new UsageError('--base and --site apply to check:html (built pages) only');
    // What the build refuses before it reads a file, the check refuses first too.
    await (await import('./astro-config.ts')).refuseUnsupportedConfig();
    // The config is loaded only if a file must be checked (it loads the schemas), with the base
    // the build will use (a link that misses it fails the build, so `check` reports it too) and
    // Vite's aliases, through which the build resolves imports and images.
    const projectConfig = async () => {
      const [config, { astroSourceOptions }, { forProject }, { siteUrlPathProblem }] =
        await Promise.all([
          import('./site-config.ts').then(({ loadGateConfig }) => loadGateConfig()),
          import('./astro-config.ts'),
          import('./core/config.ts'),
          import('../lib/site/urls.ts'),
        ]);
      const options = await astroSourceOptions();
      // The build refuses a url whose path is not the base (src/integrations/setup.ts).
      const served = siteUrlPathProblem(options.site, options.base);
      if (served)
        throw new ProjectConfigError(`src/site.config.ts: ${served.message}\n${served.hint}`);
      return forProject(config, options);
    };
    // With no paths: the content, the site's own layouts, components and pages, and the HTML
    // pages of public/, from the folders the build reads (Astro's `srcDir` and `publicDir` may
    // be others than src/ and public/).
    const defaults = async () => {
      const [{ siteFiles }, { astroSourceFolders }] = await Promise.all([
        import('./core/source-files.ts'),
        import('./astro-config.ts'),
      ]);
      const { contentDir, ...folders } = await astroSourceFolders();
      return [contentDir, ...siteFiles(folders)];
    };
    const files = paths.length ? paths : await defaults();
    const check = () => checkSourcesCached(files, projectConfig, process.cwd(), { cache });
    result = await check();
    notices = result.notices;
    if (fix) {
      // A fix may uncover another (a heading fixed, then its level), or overlap one left for
      // the next round: check again, until no fix is left or ten rounds have run.
      const { fixFiles } = await import('./run/fix.ts');
      let applied = 0;
      const changed = new Set<string>();
      for (let round = 0; round < 10; round++) {
        const made = fixFiles(result.problems, process.cwd());
        if (made.applied === 0) break;
        applied += made.applied;
        for (const file of made.files) changed.add(file);
        result = await check();
      }
      // To stderr: with --format json, stdout stays the report alone.
      const left = result.problems.length ? '; what is left needs your words' : '';
      process.stderr.write(
        applied
          ? `Fixed ${applied} ${applied === 1 ? 'problem' : 'problems'} in ${changed.size} ${changed.size === 1 ? 'file' : 'files'}${left}.\n`
          : `Nothing to fix by itself${left}.\n`,
      );
    }
  } else if (layer === 'html') {
    if (paths.length !== 1)
      throw new UsageError('check:html needs exactly one folder, e.g. npm run check:html -- dist');
    if (!cache) throw new UsageError('--no-cache applies to check (sources) only');
    if (fix) throw new UsageError('--fix applies to check (sources) only: a built page is rebuilt');
    const [{ checkHtmlDir }, { astroSiteOptions }, { loadGateConfig }] = await Promise.all([
      import('./html/check.ts'),
      import('./astro-config.ts'),
      import('./site-config.ts'),
    ]);
    // Options given on the command line win; the rest come from the project's Astro config.
    result = await checkHtmlDir(paths[0]!, await loadGateConfig(), {
      ...(await astroSiteOptions()),
      ...site,
    });
  } else {
    throw new UsageError(`unknown layer "${layer ?? ''}"`);
  }

  const { problems, files } = result;
  // Warnings about the site as a whole, to stderr: with --format json, stdout stays the report.
  for (const notice of notices) console.warn(notice);
  if (format === 'json') process.stdout.write(`${formatJson(problems)}\n`);
  else process.stdout.write(`${formatText(problems, files)}\n`);
  if (process.env.GITHUB_ACTIONS === 'true' && problems.length) {
    // Annotations go to stderr with --format json, so stdout stays pure JSON.
    const out = format === 'json' ? process.stderr : process.stdout;
    out.write(`${formatAnnotations(problems).join('\n')}\n`);
  }
  return errorCount(problems) > 0 ? 1 : 0;
}

// `npm run check | head` closes the pipe before the report ends: the reader has what it wanted,
// so the rest of the report goes nowhere, quietly, as with other command-line tools, instead of
// a stack (EPIPE), and the check still ends with its own exit code.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
    } else if (error instanceof ProjectConfigError) {
      process.stderr.write(`${error.message}\n`);
    } else if ((error as Error)?.name === 'CommonplaceError') {
      // A problem in the site's own files (src/lib/util/user-error.ts), such as a misspelt setting
      // in src/site.config.ts: its message and what to do, as the build prints them, no stack.
      const { message, hint } = error as Error & { hint?: string };
      process.stderr.write(`${message}\n${hint ? `${hint}\n` : ''}`);
    } else {
      process.stderr.write(
        `The accessibility gate failed unexpectedly: ${(error as Error)?.stack ?? String(error)}\n`,
      );
    }
    process.exitCode = 2;
  },
);
