import { extname, relative, resolve, sep } from 'node:path';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { VFile } from 'vfile';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import type { Plugin as VitePlugin } from 'vite';
import { site } from '../site.config.ts';
import { siteGateConfig } from '../a11y/site-config.ts';
import { capWarnings, displayPath, errorCount, summary } from '../a11y/core/report.ts';
import type { Problem } from '../a11y/core/types.ts';
import type { BuiltPagesJob, SourceFilesJob } from '../a11y/run/jobs.ts';
import { awaitGateWorker, startGateWorker, type GateWorker } from '../a11y/run/client.ts';
import { logPhase, timed } from './timing.ts';
import { serveGateToolbar } from './gate-toolbar.ts';
import { MDX_COMPONENT_NAMES } from '../components/mdx/names.ts';
import { userError } from '../lib/user-error.ts';

/**
 * The accessibility gate in the build and the dev server (README "Accessibility gate"):
 * astro:config:setup starts the source layer in a worker thread (for `astro build`),
 * astro:config:done remembers where things are, astro:build:done waits for the source layer's
 * report and then runs the built-HTML layer, astro:server:setup warns while you write.
 *
 * The checks themselves (source/check.ts, html/check.ts, with unified, remark and retext) are
 * imported only where they run on this thread: in the dev server, or when a worker could not
 * run. A build checks in its workers, and loading the parsers here as well cost every build
 * half a second of startup.
 */

interface GatePaths {
  root: string;
  contentDir: string;
  base: string;
  site?: string;
}
let paths: GatePaths | undefined;
const config = siteGateConfig(site);

export function configureGate({ config: astro }: HookParameters<'astro:config:done'>): void {
  const root = fileURLToPath(astro.root);
  paths = { root, contentDir: resolve(root, 'content'), base: astro.base, site: astro.site };
}

function where(): GatePaths {
  const root = process.cwd();
  return paths ?? { root, contentDir: resolve(root, 'content'), base: '/' };
}

/** What prints every warning a capped build log leaves out, per layer. */
const FULL_REPORT = { sources: 'npm run check', 'built pages': 'npm run check:html -- dist' };

/**
 * Prints the report through the integration logger; throws when there is an error. Every error
 * is listed; warnings at most WARNINGS_PER_RULE per rule, so a corpus that says "host" a
 * thousand times does not bury the log (the summary still counts them all).
 */
function reportOrFail(
  logger: AstroIntegrationLogger,
  problems: Problem[],
  layer: keyof typeof FULL_REPORT,
): void {
  if (problems.length === 0) return;
  const lines = capWarnings(problems, FULL_REPORT[layer]);
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

/** The source layer's worker, started by startSourceGate and awaited by runSourceGate. */
let sourceRun: GateWorker | undefined;

/**
 * astro:config:setup, for `astro build` only: starts the source layer in a worker thread at
 * once, so it runs beside content sync, bundling and rendering on the main thread instead of
 * before them. Nothing is published early: runSourceGate waits for its report before the
 * built-HTML layer, the feeds and the search index.
 */
export function startSourceGate({
  command,
  config: astro,
  logger,
  updateConfig,
}: HookParameters<'astro:config:setup'>): void {
  if (command !== 'build' || sourceRun) return;
  const root = fileURLToPath(astro.root);
  // At low priority: it uses what the build leaves of the cores, not what the build needs.
  const job: SourceFilesJob = {
    paths: [resolve(root, 'content')],
    config: { ...config, base: astro.base },
    cwd: root,
    background: true,
    // Unchanged files come from the check's cache (src/a11y/run/cache.ts), as in `npm run check`.
    cache: true,
  };
  sourceRun = startGateWorker(job);
  updateConfig({
    vite: { plugins: [failOnUnknownComponents(root), reportSourcesWhenBundlingFails(logger)] },
  });
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
  const known = new Set<string>(MDX_COMPONENT_NAMES);
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
 * (a broken import) is left to Vite's error.
 */
function reportSourcesWhenBundlingFails(logger: AstroIntegrationLogger): VitePlugin {
  return {
    name: 'commonplace:gate-sources-on-bundle-error',
    apply: 'build',
    async buildEnd(error) {
      if (!error || !sourceRun) return;
      const problems = await sourceProblems(logger);
      if (errorCount(problems) === 0) return;
      try {
        reportOrFail(logger, problems, 'sources');
      } catch (gateError) {
        // Our own one-line error (an unknown component, with its line) says it best; otherwise
        // the gate's summary replaces the compiler's stack trace. The bundler wraps errors.
        const causes = [error, ...((error as { errors?: unknown[] }).errors ?? [])];
        const ours = causes.find((cause) => (cause as Error)?.name === 'CommonplaceError');
        throw ours ?? gateError;
      }
    },
  };
}

/**
 * The source layer's problems: waits for the worker (the phase line says how long the build
 * waited, beside the worker's own time); if the worker could not run, checks on the main thread
 * instead, so the gate never silently skips its source layer.
 */
async function sourceProblems(logger: AstroIntegrationLogger): Promise<Problem[]> {
  const { contentDir, root, base } = where();
  const { outcome, waited } = sourceRun
    ? await awaitGateWorker(sourceRun)
    : { outcome: undefined, waited: 0 };
  sourceRun = undefined;
  if (outcome?.ok) {
    logPhase(
      logger,
      {
        phase: 'gate-source',
        count: outcome.files,
        unit: 'files',
        seconds: outcome.seconds,
        waited: waited / 1000,
      },
      'in a worker',
    );
    return outcome.problems;
  }
  if (outcome)
    logger.warn(
      `the source layer could not run in a worker (${outcome.message}); checking on the main thread`,
    );
  const { checkSourcesCached } = await import('../a11y/run/parallel.ts');
  const { problems } = await timed(logger, 'gate-source', 'files', async () => {
    // The same config as the worker's, base included (links are judged under it).
    const result = await checkSourcesCached([contentDir], { ...config, base }, root);
    return { count: result.files, result };
  });
  return problems;
}

/** astro:build:done, first: the source layer's report; errors fail the build here. */
export async function runSourceGate({ logger }: HookParameters<'astro:build:done'>): Promise<void> {
  reportOrFail(logger, await sourceProblems(logger), 'sources');
}

/** The built-HTML layer, running in a worker: what startBuildGate returns to runBuildGate. */
export interface BuildGateRun extends GateWorker {
  job: BuiltPagesJob;
}

/**
 * astro:build:done: starts the built-HTML layer in a worker thread, so it checks the pages on
 * one core while the main thread writes the feeds and Pagefind indexes in its own process.
 * `laterFiles` are the files written after the check (the feeds): links to them are not broken.
 */
export function startBuildGate(
  { dir }: HookParameters<'astro:build:done'>,
  laterFiles: string[],
): BuildGateRun {
  const { root, base, site: siteUrl } = where();
  const job = {
    config,
    cwd: root,
    html: {
      dir: fileURLToPath(dir),
      options: { cwd: root, root, base, site: siteUrl, laterFiles },
    },
  };
  return { ...startGateWorker(job), job };
}

/**
 * astro:build:done: waits for the built-HTML layer and prints its report, throwing (failing the
 * build) on any error. If the worker could not run, checks on the main thread instead: the gate
 * never silently skips a layer. The phase line gives the check's own time and how long the
 * build waited for it.
 */
export async function runBuildGate(
  { logger }: HookParameters<'astro:build:done'>,
  run: BuildGateRun,
): Promise<void> {
  const { outcome, waited } = await awaitGateWorker(run);
  let problems: Problem[];
  if (outcome.ok) {
    logPhase(
      logger,
      {
        phase: 'gate',
        count: outcome.files,
        unit: 'pages',
        seconds: outcome.seconds,
        waited: waited / 1000,
      },
      'in a worker',
    );
    problems = outcome.problems;
  } else {
    logger.warn(
      `the built-pages layer could not run in a worker (${outcome.message}); checking on the main thread`,
    );
    const { checkHtmlDir } = await import('../a11y/html/check.ts');
    ({ problems } = await timed(logger, 'gate', 'pages', async () => {
      const result = await checkHtmlDir(run.job.html.dir, config, run.job.html.options);
      return { count: result.files, result };
    }));
  }
  reportOrFail(logger, problems, 'built pages');
}

/** Stops a built-HTML check nobody will wait for (the source layer already failed the build). */
export async function cancelBuildGate(run: BuildGateRun): Promise<void> {
  await run.worker?.terminate();
}

/**
 * astro:server:setup: the same source problems as warnings, at start and whenever a content
 * file changes, and in the dev toolbar's gate app for the page you look at (gate-toolbar.ts).
 * Never throws: the dev server keeps running while you fix things.
 */
export async function watchSourceGate({
  server,
  logger,
  toolbar,
}: HookParameters<'astro:server:setup'>): Promise<void> {
  const { contentDir, root, base } = where();
  const [{ SOURCE_EXTENSIONS }, { checkSource, createSourceProcessor }, { checkSourcesCached }] =
    await Promise.all([
      import('../a11y/core/source-files.ts'),
      import('../a11y/source/check.ts'),
      import('../a11y/run/parallel.ts'),
    ]);
  // Links are judged under the site's base, as in `npm run check` and the build.
  const devConfig = { ...config, base };
  const processor = createSourceProcessor(devConfig);
  const checkFile = async (file: string) =>
    checkSource(processor, file, await readFile(file, 'utf8'), root);
  const panel = serveGateToolbar(toolbar, {
    root,
    contentDir,
    check: checkFile,
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
  checkSourcesCached([contentDir], async () => devConfig, root).then(
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

  const onChange = async (file: string) => {
    if (!file.startsWith(contentDir)) return;
    // Links, references and slugs depend on the other files: read the site afresh.
    const [{ forgetContentIndexes }, { forgetContentIds }, { isDataFile }] = await Promise.all([
      import('../a11y/core/content-index.ts'),
      import('../a11y/source/content-ids.ts'),
      import('../a11y/source/data-files.ts'),
    ]);
    forgetContentIndexes();
    forgetContentIds();
    if (!SOURCE_EXTENSIONS.has(extname(file).toLowerCase()) && !isDataFile(file)) return;
    if (file.endsWith('.transcript.md')) return;
    try {
      const problems = await checkFile(file);
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
