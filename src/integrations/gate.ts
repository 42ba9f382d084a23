import { join, relative, resolve, sep } from 'node:path';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { fileURLToPath } from 'node:url';
// Satteri's native addon (Astro's parser, and the gate's: src/a11y/source/syntax.ts) is loaded
// here, on the main thread, before the build's source worker loads it, so the worker is never
// its only holder: napi-rs addons can crash a process when the last thread holding them ends
// (napi-rs/package-template#308). The crash the build did show came from elsewhere (WebAssembly
// code of an ended worker, see `untilExit` in src/a11y/run/jobs.ts); this costs about 50 ms,
// which Astro spends anyway on its first Markdown file.
import 'satteri';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import { site } from '../site.config.ts';
import { siteGateConfig } from '../a11y/site-config.ts';
import { capWarnings, displayPath, errorCount, summary } from '../a11y/core/report.ts';
import type { Problem } from '../a11y/core/types.ts';
import { forProject, type GateConfig } from '../a11y/core/config.ts';
import { isCheckedSource, isSiteFile, siteFiles } from '../a11y/core/source-files.ts';
import { importAliases, type ImportAlias } from '../lib/util/path-alias.ts';
import {
  markdownSyntax,
  type MarkdownSyntax,
  type WrittenMarkdownConfig,
} from '../lib/site/markdown-processor.ts';
import type { BuiltPagesJob, SourceFilesJob } from '../a11y/run/jobs.ts';
import {
  awaitGateWorker,
  sharedCompileCache,
  startGateWorker,
  type GateWorker,
} from '../a11y/run/client.ts';
import { startHeartbeat } from '../a11y/run/stalled-build.ts';
import { logPhase, timed } from './timing.ts';
import { serveGateToolbar } from './gate-toolbar.ts';
import { MDX_BUILT_INS, MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { userError } from '../lib/util/user-error.ts';
import { settledChecks } from '../lib/util/settled-check.ts';
import { unpublish } from './unpublish.ts';

/**
 * The accessibility gate in the build and the dev server (README "Accessibility gate"). One gate
 * per integration instance (createGate, called by src/integrations/commonplace.ts): its state,
 * where the site is and the source layer's running worker, belongs to that instance and to the
 * build it started, never to the module.
 *
 * The checks themselves (source/check.ts, html/check.ts, with unified, remark and retext) are
 * imported only where they run on this thread: in the dev server, or when a worker could not
 * run. A build checks in its workers, and loading the parsers here as well cost every build
 * half a second of startup.
 */

/**
 * The gate config for this project: the site's settings with Astro's `base`, Vite's aliases and
 * the site's folders, as `npm run check` builds it (src/a11y/core/config.ts).
 */
function projectConfig(config: GateConfig, paths: GatePaths): GateConfig {
  const { base, aliases, contentDir, srcDir, publicDir, redirects } = paths;
  const { markdownProcessor, markdownSyntax } = paths;
  // As `npm run check` reads them (src/a11y/astro-config.ts), so the two configs compare equal
  // and a build can take the check's cached results (src/a11y/run/cache.ts).
  const folders = { contentDir, srcDir, publicDir, ...(redirects.length && { redirects }) };
  return forProject(config, { base, aliases, folders, markdownProcessor, markdownSyntax });
}

/** What the source layer checks: the content, and the site's own layouts, components and pages. */
function sourcePaths({ contentDir, srcDir, publicDir }: GatePaths): string[] {
  return [contentDir, ...siteFiles({ srcDir, publicDir })];
}

interface GatePaths {
  root: string;
  /** Astro's output folder, absolute. */
  outDir: string;
  contentDir: string;
  /** Astro's `srcDir`: its `.astro` files are checked beside the content. */
  srcDir: string;
  /** Astro's `publicDir`: its HTML pages are published as written, so they are checked too. */
  publicDir: string;
  base: string;
  site?: string;
  /** The config's `vite.resolve.alias`, integrations' included: imports and images resolve through them. */
  aliases: ImportAlias[];
  /** The addresses the config's `redirects` write a page at: pages links may lead to. */
  redirects: string[];
  /** The name of the Markdown processor the site renders with (`satteri`, Astro's default). */
  markdownProcessor: string;
  /** The Markdown syntax its Sätteri reads beyond the defaults, when any. */
  markdownSyntax?: MarkdownSyntax;
}

/** What prints every warning a capped build log leaves out, per layer. */
const FULL_REPORT = { sources: 'npm run check', 'built pages': 'npm run check:html -- dist' };

/**
 * Prints the report through the integration logger; throws when there is an error. Every error
 * is listed, but one repeated on many built pages (a layout's) only on its first pages;
 * warnings at most WARNINGS_PER_RULE per rule, so a corpus that says "guys" a thousand times
 * does not bury the log (the summary still counts them all).
 */
function reportOrFail(
  logger: AstroIntegrationLogger,
  problems: Problem[],
  layer: keyof typeof FULL_REPORT,
  sources?: Problem[],
): void {
  if (problems.length === 0) return;
  const lines = capWarnings(problems, FULL_REPORT[layer], undefined, {
    pages: layer === 'built pages',
    sources,
  });
  const total = summary(problems);
  const failed = errorCount(problems) > 0;
  (failed ? logger.error : logger.warn).call(
    logger,
    `accessibility gate (${layer}):\n${lines.join('\n')}\n\n${total}`,
  );
  if (failed) {
    // The report above says where and how; the error itself stays one line, with no stack.
    throw userError(
      `Accessibility gate: ${total}.`,
      'Fix each problem listed above (README "Accessibility gate" explains every rule), then build again.',
    );
  }
}

/** One layer's check, as gatherProblems runs it: in a worker, or here when the worker cannot. */
interface LayerRun {
  /** The worker's run; undefined when none was started (the check runs here). */
  run: GateWorker | undefined;
  /** The phase in the build log and the timings file: `gate-source`, `gate`. */
  phase: string;
  unit: string;
  /** How the warning names the layer: `the source layer`. */
  layer: string;
  /** The same check on this thread. */
  here: () => Promise<{ files: number; problems: Problem[] }>;
}

/**
 * A layer's problems: waits for its worker (the phase line says how long the build waited,
 * beside the worker's own time); if the worker could not run, checks on the main thread
 * instead, so the gate never silently skips a layer.
 */
async function gatherProblems(
  logger: AstroIntegrationLogger,
  { run, phase, unit, layer, here }: LayerRun,
): Promise<Problem[]> {
  if (run) {
    const { outcome, waited } = await awaitGateWorker(run);
    if (outcome.ok) {
      logPhase(
        logger,
        {
          phase,
          count: outcome.files,
          unit,
          seconds: outcome.seconds,
          waited: waited / 1000,
          cached: outcome.cached,
        },
        'in a worker',
      );
      return outcome.problems;
    }
    logger.warn(
      `${layer} could not run in a worker (${outcome.message}); checking on the main thread`,
    );
  }
  return timed(logger, phase, unit, async () => {
    const result = await here();
    return { count: result.files, result: result.problems };
  });
}

/** The gate's hooks, bound to one integration instance's state. */
export interface Gate {
  /** astro:config:setup: for `astro build`, the Vite plugins that stop it on source errors. */
  addSourceGatePlugins(params: HookParameters<'astro:config:setup'>): void;
  /**
   * astro:config:done: remembers where the site is and is served, and for `astro build` starts
   * the source layer in a worker, with the config as every integration has left it.
   */
  configureGate(params: HookParameters<'astro:config:done'>): void;
  /**
   * astro:build:done, first: the source layer's report, taken before the render (errors stopped
   * the build there: failSourcesBeforeRender); its warnings print here.
   */
  runSourceGate(params: HookParameters<'astro:build:done'>): Promise<void>;
  /** astro:build:start: starts the built-HTML layer in a worker, checking pages as they come. */
  startBuildGate(): void;
  /**
   * astro:build:done, first: every page is written; the built-HTML layer checks what is left.
   * `laterFiles` are the files written after the check (the feeds): links to them are not broken.
   */
  pagesWritten(laterFiles: string[]): void;
  /** astro:build:done: the built-HTML layer's report; errors fail the build. */
  runBuildGate(params: HookParameters<'astro:build:done'>): Promise<void>;
  /** Drops a built-HTML check nobody will wait for (the source layer already failed the build). */
  cancelBuildGate(): void;
  /** astro:server:setup: source problems as warnings while you write. */
  watchSourceGate(params: HookParameters<'astro:server:setup'>): Promise<void>;
}

export function createGate(): Gate {
  const config = siteGateConfig(site);
  let paths: GatePaths | undefined;
  /** Whether this is `astro build` (from astro:config:setup's `command`). */
  let building = false;
  /** The source layer's worker for the build under way, started by configureGate. */
  let sourceRun: GateWorker | undefined;
  /** Its report, taken once per build: before the render, or when bundling fails. */
  let sourceReport: Promise<Problem[]> | undefined;
  /** That worker, kept for the built-HTML layer's job after the source layer's report is taken. */
  let buildWorker: GateWorker | undefined;
  /** The main thread's beat for the source worker (src/a11y/run/stalled-build.ts). */
  let heartbeat: ReturnType<typeof startHeartbeat> | undefined;
  /** The built-HTML layer's worker for the build under way, started by startBuildGate. */
  let pagesRun: GateWorker | undefined;
  /** The files written after the built-HTML check, told by pagesWritten. */
  let later: string[] = [];

  /** What the built-HTML layer is told, in its worker or, if that fails, on this thread. */
  function builtPages(laterFiles?: string[]): BuiltPagesJob['html'] {
    const { root, outDir, publicDir, srcDir, base, site: siteUrl, markdownProcessor } = where();
    const pagesDir = join(srcDir, 'pages');
    return {
      dir: outDir,
      options: {
        cwd: root,
        root,
        base,
        site: siteUrl,
        markdownProcessor,
        laterFiles,
        publicDir,
        pagesDir,
      },
    };
  }

  function where(): GatePaths {
    // Every caller runs after astro:config:done; guessing the folder would check the wrong site.
    if (!paths) throw new Error('the accessibility gate was used before astro:config:done');
    return paths;
  }

  /** The source layer's problems, from this build's worker (or checked here); asked once. */
  function sourceProblems(logger: AstroIntegrationLogger): Promise<Problem[]> {
    return (sourceReport ??= takeSourceProblems(logger));
  }

  async function takeSourceProblems(logger: AstroIntegrationLogger): Promise<Problem[]> {
    const paths = where();
    const run = sourceRun;
    sourceRun = undefined;
    // The report is taken: the worker no longer watches for a stalled build.
    heartbeat?.stop();
    heartbeat = undefined;
    return gatherProblems(logger, {
      run,
      phase: 'gate-source',
      unit: 'files',
      layer: 'the source layer',
      here: async () => {
        const { checkSourcesCached } = await import('../a11y/run/parallel.ts');
        // The same config as the worker's, base included (links are judged under it).
        return checkSourcesCached(sourcePaths(paths), projectConfig(config, paths), paths.root);
      },
    });
  }

  return {
    /**
     * For `astro build` only: adds the Vite plugins that stop the build on the source layer's
     * errors (before the render, or when bundling fails first). The source layer itself starts
     * in configureGate, once every integration has set up: their aliases are in the config then.
     * A run left over from an earlier build of this instance (one that failed before asking for
     * its report) is stopped: its report is of the files as they were then.
     */
    addSourceGatePlugins({ command, config: astro, logger, updateConfig }) {
      building = command === 'build';
      if (!building) return;
      void sourceRun?.worker?.terminate();
      sourceRun = undefined;
      sourceReport = undefined;
      heartbeat?.stop();
      heartbeat = undefined;
      const root = fileURLToPath(astro.root);
      updateConfig({
        vite: {
          plugins: [
            failOnUnknownComponents(root),
            reportSourcesWhenBundlingFails(logger, () =>
              sourceRun || sourceReport ? sourceProblems(logger) : undefined,
            ),
            failOnUnresolvedImports(root),
            failSourcesBeforeRender(logger, () => sourceProblems(logger)),
          ],
        },
      });
    },

    configureGate({ config: astro }) {
      const root = fileURLToPath(astro.root);
      paths = {
        root,
        outDir: fileURLToPath(astro.outDir),
        contentDir: resolve(root, 'content'),
        // Resolved: Astro gives its folders with a trailing slash.
        srcDir: resolve(fileURLToPath(astro.srcDir)),
        publicDir: resolve(fileURLToPath(astro.publicDir)),
        base: astro.base,
        site: astro.site,
        aliases: importAliases(astro.vite?.resolve?.alias, root),
        redirects: Object.keys(astro.redirects ?? {}),
        markdownProcessor: astro.markdown.processor.name,
        markdownSyntax: markdownSyntax(astro.markdown as WrittenMarkdownConfig),
      };
      if (!building) return;
      // `astro build`: the source layer starts now, in a worker thread, beside content sync,
      // bundling and rendering on the main thread instead of before them. Nothing is published
      // early: runSourceGate waits for its report before the built-HTML layer, the feeds and
      // the search index.
      const job: SourceFilesJob = {
        // The content, and the site's own layouts, components and pages.
        paths: sourcePaths(paths),
        // Vite's aliases as every integration has left them, as the bundler will resolve.
        config: projectConfig(config, paths),
        cwd: root,
        // At low priority: it uses what the build leaves of the cores, not what the build needs.
        background: true,
        // Unchanged files come from the check's cache (src/a11y/run/cache.ts), as in `npm run check`.
        cache: true,
        // Ended only with the build: see `untilExit`.
        untilExit: true,
        // A build stuck in Astro's own work still stops on the errors the worker found.
        heartbeat: (heartbeat = startHeartbeat()).buffer,
        // Astro's CLI keeps what it compiles on disk; the worker loads the parsers from there.
        compileCache: sharedCompileCache(),
      };
      sourceRun = buildWorker = startGateWorker(job);
    },

    async runSourceGate({ logger }) {
      reportOrFail(logger, await sourceProblems(logger), 'sources');
    },

    /**
     * Checks the pages on the second core while Astro renders on the first (html/watch.ts). The
     * job goes to the source layer's worker, which starts it once the source layer is done
     * (before the render at any size measured); pages written before that are checked at the
     * watch's first look, and any it never saw in its final pass. It loads the rules only when
     * the first page is written.
     */
    startBuildGate() {
      const job: BuiltPagesJob = {
        config,
        cwd: where().root,
        html: { ...builtPages(), watch: true },
        untilExit: true,
      };
      pagesRun = buildWorker ? buildWorker.queue(job) : startGateWorker(job);
      buildWorker = undefined;
    },

    pagesWritten(laterFiles) {
      later = laterFiles;
      // The worker checks what is left once it hears that every page is written.
      pagesRun?.worker?.postMessage({ laterFiles });
    },

    async runBuildGate({ logger }) {
      const run = pagesRun;
      pagesRun = undefined;
      const laterFiles = later;
      const problems = await gatherProblems(logger, {
        run,
        phase: 'gate',
        unit: 'pages',
        layer: 'the built-pages layer',
        here: async () => {
          const { checkHtmlDir } = await import('../a11y/html/check.ts');
          const { dir, options } = builtPages(laterFiles);
          return checkHtmlDir(dir, config, options);
        },
      });
      // The source layer's warnings, printed above: the same warning on an entry's page is not
      // printed again. Its report was taken before the render (the build stops without it).
      const sources = sourceReport ? await sourceReport : [];
      reportOrFail(logger, problems, 'built pages', sources);
    },

    cancelBuildGate() {
      // Left to end with the process, not terminated: a worker ended mid-build can crash it (see
      // `untilExit`). It is unref'd, so the failed build exits at once.
      pagesRun = undefined;
    },

    watchSourceGate: (params) => watchSourceGate(params, where(), config),
  };
}

/** Components a compiled MDX module leaves for the mapping to provide (`_missingMdxReference`). */
const PROVIDED_AT_RENDER = /_missingMdxReference\("([^"]+)",\s*(?:true|false)\)/g;

/**
 * An MDX component nothing provides (`<Vidoe>`) compiles, then fails the render with a stack
 * trace through Astro's bundle and no line of the source. This plugin looks at each compiled MDX
 * module for names it leaves to the component mapping and stops the bundling at the first one
 * the mapping does not have, with the gate's own line: `content/x.mdx:8  Unknown component
 * <Vidoe>: did you mean <Video>?`. The gate's report follows (reportSourcesWhenBundlingFails),
 * listing the same problem as `npm run check` does, with every other one.
 */
function failOnUnknownComponents(root: string): VitePlugin {
  const known = new Set<string>([...MDX_COMPONENT_NAMES, ...MDX_BUILT_INS]);
  return {
    name: 'commonplace:unknown-components',
    apply: 'build',
    enforce: 'post',
    async transform(code, id) {
      if (!/\.mdx(?:\?|$)/.test(id)) return null;
      const missing = [...code.matchAll(PROVIDED_AT_RENDER)].map((match) => match[1]!);
      if (missing.every((name) => known.has(name))) return null;
      // The parsers load only when a name is unknown: the build's main thread stays light.
      const [
        { parseSource },
        { sourceModel },
        { Locator },
        { unknownComponentMessage, unknownComponents },
      ] = await Promise.all([
        import('../a11y/source/syntax.ts'),
        import('../a11y/source/model.ts'),
        import('../a11y/core/model.ts'),
        import('../a11y/rules/unknown-component.ts'),
      ]);
      const file = id.split('?')[0]!;
      const text = readFileSync(file, 'utf8');
      const vfile = new VFile({ path: file, value: text });
      const model = sourceModel(parseSource(vfile), vfile);
      const locator = new Locator(text);
      const shown = relative(root, file).split(sep).join('/');
      const lines = unknownComponents(model).map(
        (unknown) =>
          `${shown}:${locator.point(unknown.el.offset).line}  ${unknownComponentMessage(unknown)}`,
      );
      throw userError(
        lines.join('\n') || `${shown}: a component in this file is not defined`,
        'Fix the name, or import the component at the top of the file.',
      );
    },
  };
}

/**
 * Unparseable MDX stops Vite's MDX compile before astro:build:done: when bundling fails, the
 * gate's report comes first (it names every problem, not only the first file Vite met) and its
 * one-line error replaces the compiler's stack trace. A failure the gate does not explain
 * (a broken import) is left to Vite's error. `problems` is undefined when no source run is
 * under way.
 */
function reportSourcesWhenBundlingFails(
  logger: AstroIntegrationLogger,
  problems: () => Promise<Problem[]> | undefined,
): VitePlugin {
  const explain = async (error: unknown) => {
    // Our own one-line error (an unknown component, a package nobody installed, with its
    // line) says it best; the bundler wraps errors, in `errors` or `cause`.
    const wrapped = [error, ...((error as { errors?: unknown[] }).errors ?? [])];
    const causes = wrapped.flatMap((cause) => [cause, (cause as Error)?.cause]);
    const ours = causes.find((cause) => (cause as Error)?.name === 'CommonplaceError');
    const pending = problems();
    const found = pending ? await pending : [];
    if (errorCount(found) > 0) {
      try {
        reportOrFail(logger, found, 'sources');
      } catch (gateError) {
        // Otherwise the gate's summary replaces the compiler's stack trace.
        throw ours ?? gateError;
      }
    }
    if (ours) throw ours;
  };
  return {
    name: 'commonplace:gate-sources-on-bundle-error',
    apply: 'build',
    async buildEnd(error) {
      if (error) await explain(error);
    },
    // Errors of linking the modules (an import of a name a module does not export) come after
    // buildEnd, as the bundle is generated.
    async renderError(error) {
      await explain(error);
    },
  };
}

/**
 * An entry that imports a package nobody installed (`import Chart from 'chart-kit'`) stopped
 * the bundler with its own message and a stack trace through it, and no line. This plugin asks
 * the other resolvers (Vite's, its aliases, Astro's virtual modules) for each import of a content
 * file; when none can resolve it, the build stops with the file, the import's line and the fix.
 * A relative import of a missing file is the gate's `asset-target` error, already reported.
 */
function failOnUnresolvedImports(root: string): VitePlugin {
  const content = resolve(root, 'content') + sep;
  return {
    name: 'commonplace:unresolved-imports',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer?.startsWith(content) || !/\.mdx?(?:\?|$)/.test(importer)) return null;
      if (/^[./]/.test(source) || source.includes('\0')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (resolved) return resolved;
      const file = importer.split('?')[0]!;
      // A Markdown image's path beside the entry written without ./ (`pit.png`, as Pandoc and
      // Notion write one): no plugin resolves it, and the bundler's own resolution, after them,
      // finds the file, as in a site without this plugin.
      const { fileBeside } = await import('../a11y/core/site-urls.ts');
      if (fileBeside(source, file)) return null;
      const lines = readFileSync(file, 'utf8').split('\n');
      const line =
        lines.findIndex((text) => /^\s*import\b/.test(text) && text.includes(source)) + 1;
      const { missingPackageMessage, packageName } = await import('../a11y/core/packages.ts');
      throw userError(
        `${relative(root, file).split(sep).join('/')}${line ? `:${line}` : ''}  ${missingPackageMessage(source, packageName(source))}`,
      );
    },
  };
}

/**
 * Between bundling and the render, the source layer's errors stop the build, before a page is
 * rendered. A mistake it knows of can otherwise crash the render with a stack trace through
 * Astro's bundle and no line of the source: `{caption}` in an MDX file that defines no
 * `caption` is a ReferenceError at render. Stopped here, the build prints the gate's report,
 * every problem with its file and line, and renders nothing it would throw away. The worker
 * runs beside content sync and bundling and has finished by now at every size measured, so
 * the build seldom waits (the `gate-source` phase line says how long it did). Warnings wait for
 * the end of the build, as before.
 *
 * Vite runs `buildApp` hooks of order `post` after every environment is bundled, in plugin
 * order; Astro renders in its own, from a plugin enforced `post`, so this one runs first.
 */
function failSourcesBeforeRender(
  logger: AstroIntegrationLogger,
  problems: () => Promise<Problem[]>,
): VitePlugin {
  return {
    name: 'commonplace:gate-sources-before-render',
    apply: 'build',
    buildApp: {
      order: 'post',
      async handler() {
        const found = await problems();
        if (errorCount(found) === 0) return;
        try {
          reportOrFail(logger, found, 'sources');
        } finally {
          await unpublish(logger);
        }
      },
    },
  };
}

/**
 * astro:server:setup: the same source problems as warnings, at start and whenever a content
 * file changes, and in the dev toolbar's gate app for the page you look at (gate-toolbar.ts).
 * Never throws: the dev server keeps running while you fix things.
 */
async function watchSourceGate(
  { server, logger, toolbar }: HookParameters<'astro:server:setup'>,
  paths: GatePaths,
  config: GateConfig,
): Promise<void> {
  const { contentDir, srcDir, publicDir, root } = paths;
  const [
    { checkSource, createSourceProcessor },
    { checkSourcesCached },
    { forgetContentIndexes },
    { forgetContentIds },
  ] = await Promise.all([
    import('../a11y/source/check.ts'),
    import('../a11y/run/parallel.ts'),
    import('../a11y/core/content-index.ts'),
    import('../a11y/source/content-ids.ts'),
  ]);
  // Links, references and slugs depend on the other files: after a change, read the site afresh.
  const forgetSite = () => {
    forgetContentIndexes();
    forgetContentIds();
  };
  // Links are judged under the site's base, and imports resolved through Vite's aliases, as in
  // `npm run check` and the build.
  const devConfig = projectConfig(config, paths);
  const processor = createSourceProcessor(devConfig);
  // One check at a time per file, of the text it settled on (a save can fire mid-write).
  const checks = settledChecks(
    (file) => readFile(file, 'utf8'),
    (file, text, changed) => {
      // The site's indexes may hold this file as an earlier check read it (mid-save).
      if (changed) forgetSite();
      return checkSource(processor, file, text, root);
    },
  );
  const panel = serveGateToolbar(toolbar, {
    root,
    contentDir,
    check: checks.check,
    watcher: server.watcher,
  });
  const lastCount = new Map<string, number>();
  const warn = (problems: Problem[]) => {
    if (!problems.length) return;
    const note = errorCount(problems) ? ' (npm run build stops on the errors)' : '';
    logger.warn(
      `accessibility gate:\n${capWarnings(problems, 'npm run check').join('\n')}\n\n${summary(problems)}${note}`,
    );
  };

  // Through the check's cache, sharing `npm run check`'s results: both use the project's own
  // config and its Astro config's base (which the cache's key covers).
  checkSourcesCached(sourcePaths(paths), async () => devConfig, root).then(
    ({ problems }) => {
      for (const problem of problems)
        lastCount.set(
          resolve(root, problem.file),
          (lastCount.get(resolve(root, problem.file)) ?? 0) + 1,
        );
      warn(problems);
    },
    (error: Error) =>
      logger.warn(`accessibility gate could not check ${contentDir}: ${error.message}`),
  );

  /**
   * The watcher drops a file's change that comes within 50 ms of the one before (chokidar's
   * throttle), so the end of a save can go unheard: once it has been quiet, look again.
   */
  const quiet = new Map<string, NodeJS.Timeout>();
  const lookAgain = (file: string) => {
    clearTimeout(quiet.get(file));
    const timer = setTimeout(() => {
      quiet.delete(file);
      void checks.moved(file).then((moved) => (moved ? onChange(file) : undefined));
    }, 200);
    timer.unref();
    quiet.set(file, timer);
  };

  const onChange = async (file: string) => {
    // The content, the site's own .astro files (a layout's problem shows on every page) and
    // the HTML pages it publishes as written.
    if (!file.startsWith(contentDir) && !isSiteFile(file, { srcDir, publicDir })) return;
    forgetSite();
    // A `.markdown` post too: the site leaves it out, and the warning says so as it is saved.
    if (!isCheckedSource(file)) return;
    if (file.endsWith('.transcript.md')) return;
    lookAgain(file);
    try {
      const problems = await checks.check(file);
      panel.publish(file, problems);
      const before = lastCount.get(file) ?? 0;
      lastCount.set(file, problems.length);
      if (problems.length) warn(problems);
      else if (before) logger.info(`accessibility gate: ${displayPath(file, root)} is clean now`);
    } catch {
      // Deleted or unreadable between the event and the read: the next event catches up.
    }
  };
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
}
