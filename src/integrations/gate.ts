import { extname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { site } from '../site.config.ts';
import { gateConfig } from '../a11y/config.ts';
import { SOURCE_EXTENSIONS, checkSource, checkSources, createSourceProcessor } from '../a11y/source-check.ts';
import { checkHtmlDir } from '../a11y/html-check.ts';
import { displayPath, errorCount, formatLines, summary } from '../a11y/report.ts';
import type { Problem } from '../a11y/types.ts';
import { timed } from './timing.ts';
import { userError } from '../lib/user-error.ts';

/**
 * The accessibility gate in the build and the dev server (README "Accessibility gate"):
 * astro:config:done remembers where things are, astro:build:start runs the source layer,
 * astro:build:done runs the built-HTML layer, astro:server:setup warns while you write.
 */

interface GatePaths {
  root: string;
  contentDir: string;
  base: string;
  site?: string;
}
let paths: GatePaths | undefined;
const config = gateConfig(site.a11y, site.writing);

export function configureGate({ config: astro }: HookParameters<'astro:config:done'>): void {
  const root = fileURLToPath(astro.root);
  paths = { root, contentDir: resolve(root, 'content'), base: astro.base, site: astro.site };
}

function where(): GatePaths {
  const root = process.cwd();
  return paths ?? { root, contentDir: resolve(root, 'content'), base: '/' };
}

/** Prints the report through the integration logger; throws when there is an error. */
function reportOrFail(logger: AstroIntegrationLogger, problems: Problem[], layer: string): void {
  if (problems.length === 0) return;
  const lines = formatLines(problems);
  const total = summary(problems);
  const failed = errorCount(problems) > 0;
  (failed ? logger.error : logger.warn).call(logger, `accessibility gate (${layer}):\n${lines.join('\n')}\n\n${total}`);
  if (failed) {
    // The report above says where and how; the error itself stays one line, with no stack.
    throw userError(
      `Accessibility gate: ${total}.`,
      'Fix each problem listed above (README "Accessibility gate" explains every rule), then build again.',
    );
  }
}

/** astro:build:start: the source layer over content/, before any page is rendered. */
export async function runSourceGate({ logger }: HookParameters<'astro:build:start'>): Promise<void> {
  const { contentDir, root } = where();
  const { problems } = await timed(logger, 'gate-source', 'files', async () => {
    const result = await checkSources([contentDir], config, root);
    return { count: result.files, result };
  });
  reportOrFail(logger, problems, 'sources');
}

/**
 * astro:build:done, first: the built-HTML layer. Throws (failing the build) after printing the
 * report when any error is found, so nothing later in the build (search index, feeds) runs.
 * `laterFiles` are written only once the gate passes (the feeds): links to them are not broken.
 */
export async function runBuildGate(
  { dir, logger }: HookParameters<'astro:build:done'>,
  laterFiles: string[] = [],
): Promise<void> {
  const { root, base, site: siteUrl } = where();
  const { problems } = await timed(logger, 'gate', 'pages', async () => {
    const options = { cwd: root, root, base, site: siteUrl, laterFiles };
    const result = await checkHtmlDir(fileURLToPath(dir), config, options);
    return { count: result.files, result };
  });
  reportOrFail(logger, problems, 'built pages');
}

/**
 * astro:server:setup: the same source problems as warnings, at start and whenever a content
 * file changes. Never throws: the dev server keeps running while you fix things.
 */
export function watchSourceGate({ server, logger }: HookParameters<'astro:server:setup'>): void {
  const { contentDir, root } = where();
  const processor = createSourceProcessor(config);
  const lastCount = new Map<string, number>();
  const warn = (problems: Problem[]) => {
    if (!problems.length) return;
    const note = errorCount(problems) ? ' (npm run build stops on the errors)' : '';
    logger.warn(`accessibility gate:\n${formatLines(problems).join('\n')}\n\n${summary(problems)}${note}`);
  };

  checkSources([contentDir], config, root).then(
    ({ problems }) => {
      for (const problem of problems) lastCount.set(resolve(root, problem.file), (lastCount.get(resolve(root, problem.file)) ?? 0) + 1);
      warn(problems);
    },
    (error: Error) => logger.warn(`accessibility gate could not check ${contentDir}: ${error.message}`),
  );

  const onChange = async (file: string) => {
    if (!file.startsWith(contentDir) || !SOURCE_EXTENSIONS.has(extname(file).toLowerCase())) return;
    if (file.endsWith('.transcript.md')) return;
    try {
      const problems = await checkSource(processor, file, await readFile(file, 'utf8'), root);
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
