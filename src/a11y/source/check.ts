import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isMainThread } from 'node:worker_threads';
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { commonplaceSyntax } from './syntax.ts';
import { checkDataFile } from './data-files.ts';
import { isDataFile, sourceFiles } from '../core/source-files.ts';
import { rules } from '../rules/index.ts';
import type { GateConfig } from '../core/config.ts';
import type { GateRule } from '../core/rule.ts';
import type { Level, Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { awaitGateWorker, startGateWorker } from '../run/client.ts';
import { hashText, recordingDeps, type FileDep } from '../../lib/file-deps.ts';

export { commonplaceSyntax };
export { SOURCE_EXTENSIONS, UsageError, sourceFiles } from '../core/source-files.ts';

export function levelOf(rule: GateRule, config: GateConfig): Level {
  return config.levels[rule.id] ?? rule.severity;
}

/** The unified-lint-rule plugins of every source rule, with the configured severities. */
export function sourceRulePlugins(config: GateConfig, list: GateRule[] = rules) {
  return list.flatMap((rule) => {
    const level = levelOf(rule, config);
    if (!rule.source || level === 'off') return [];
    return [[rule.source, [level === 'error' ? 2 : 1, { config }]] as const];
  });
}

/** One reusable processor: parse with commonplaceSyntax, then every source rule. */
export function createSourceProcessor(config: GateConfig, list: GateRule[] = rules) {
  const processor = unified().use(commonplaceSyntax);
  // unified's types cannot follow a processor through a loop of `use` calls; the plugins are
  // unified-lint-rule plugins taking `[severity, options]`.
  for (const [plugin, options] of sourceRulePlugins(config, list)) {
    processor.use(plugin as Plugin<[unknown], Root>, options);
  }
  const frozen = processor.freeze();
  processorConfig.set(frozen, config);
  return frozen;
}

/** The config each processor was made with: data files are checked under it too. */
const processorConfig = new WeakMap<object, GateConfig>();

type SourceProcessor = ReturnType<typeof createSourceProcessor>;

/** Checks one file's text. Never throws: a file that cannot be parsed is a `parse-error`. */
export async function checkSource(
  processor: SourceProcessor,
  path: string,
  text: string,
  cwd = process.cwd(),
): Promise<Problem[]> {
  if (isDataFile(path)) return checkDataFile(path, text, processorConfig.get(processor)!, cwd);
  const file = new VFile({ path, value: text });
  const shown = displayPath(path, cwd);
  let tree: Root;
  try {
    tree = processor.parse(file) as Root;
  } catch (error) {
    return [parseProblem(error, shown)];
  }
  try {
    await processor.run(tree, file);
  } catch (error) {
    file.message(
      `The gate could not check this file (${(error as Error).message}): please report this`,
    );
  }
  return file.messages.map((message) => ({
    file: shown,
    line: message.line ?? 1,
    column: message.column ?? 1,
    ruleId: message.ruleId ?? 'parse-error',
    severity: message.fatal === false ? 'warning' : 'error',
    message: message.reason,
  }));
}

function parseProblem(error: unknown, file: string): Problem {
  const e = error as {
    reason?: string;
    message?: string;
    line?: number;
    column?: number;
    place?: unknown;
  };
  const place = e.place as
    { line?: number; column?: number; start?: { line?: number; column?: number } } | undefined;
  const line = e.line ?? place?.line ?? place?.start?.line ?? 1;
  const column = e.column ?? place?.column ?? place?.start?.column ?? 1;
  const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0]!.replace(/\.$/, '');
  return {
    file,
    line,
    column,
    ruleId: 'parse-error',
    severity: 'error',
    message: `MDX could not be parsed (${reason}): fix the syntax here; in MDX a literal < or { in text needs a backslash, \\< or \\{`,
  };
}

/** Checks the given files one at a time, in this thread. */
export async function checkFiles(
  files: string[],
  config: GateConfig,
  cwd = process.cwd(),
): Promise<Problem[]> {
  const processor = createSourceProcessor(config);
  // Read synchronously: the work is parsing, not waiting, and 32 reads in flight through the
  // thread pool cost twenty times more than plain reads of small files.
  const problems: Problem[] = [];
  for (const path of files)
    problems.push(...(await checkSource(processor, path, readFileSync(path, 'utf8'), cwd)));
  return problems;
}

/** One file's check, with what it read besides the file (for src/a11y/source-cache.ts). */
export interface RecordedCheck {
  file: string;
  /** Hash of the text that was checked. */
  hash: string;
  problems: Problem[];
  deps: FileDep[];
}

/** Checks the given files one at a time, in this thread, recording each one's dependencies. */
export async function checkFilesRecorded(
  files: string[],
  config: GateConfig,
  cwd = process.cwd(),
): Promise<RecordedCheck[]> {
  const processor = createSourceProcessor(config);
  const results: RecordedCheck[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // gone since it was listed: nothing to check, nothing to cache
    }
    const { value: problems, deps } = await recordingDeps(() =>
      checkSource(processor, file, text, cwd),
    );
    results.push({ file, hash: hashText(text), problems, deps });
  }
  return results;
}

/**
 * checkFilesRecorded over the machine's cores, as checkSources spreads a check: on the main
 * thread with enough files, worker threads take shares; a worker that fails leaves its share to
 * this thread.
 */
export async function checkFilesRecordedInParallel(
  files: string[],
  config: GateConfig,
  cwd = process.cwd(),
): Promise<RecordedCheck[]> {
  const threads = isMainThread
    ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD))
    : 1;
  if (threads <= 1) return checkFilesRecorded(files, config, cwd);
  const shares = Array.from({ length: threads }, (_, t) =>
    files.filter((_, i) => i % threads === t),
  );
  const [own, ...others] = shares;
  const inWorkers = others.map(async (share) => {
    const { outcome } = await awaitGateWorker(
      startGateWorker({ files: share, config, cwd, record: true }),
    );
    return outcome.ok && outcome.recorded
      ? outcome.recorded
      : checkFilesRecorded(share, config, cwd);
  });
  const mine = await checkFilesRecorded(own!, config, cwd);
  return [...mine, ...(await Promise.all(inWorkers)).flat()];
}

/** Below this many files per thread, starting a worker (loading unified and retext) costs more than it saves. */
const FILES_PER_THREAD = 150;

/**
 * The same check over `files`, spread over the machine's cores: this thread takes a share and
 * worker threads (src/a11y/worker.ts) the rest. A worker that fails leaves its share to this
 * thread, so every file is checked whatever happens.
 */
async function checkFilesInParallel(
  files: string[],
  config: GateConfig,
  cwd: string,
  threads: number,
): Promise<Problem[]> {
  // Interleaved shares, so each thread gets a like mix of long and short files.
  const shares = Array.from({ length: threads }, (_, t) =>
    files.filter((_, i) => i % threads === t),
  );
  const [own, ...others] = shares;
  const inWorkers = others.map(async (share) => {
    const { outcome } = await awaitGateWorker(startGateWorker({ files: share, config, cwd }));
    // A worker that could not do its share leaves it to this thread: every file is checked.
    return outcome.ok ? outcome.problems : checkFiles(share, config, cwd);
  });
  const mine = await checkFiles(own!, config, cwd);
  return [...mine, ...(await Promise.all(inWorkers)).flat()];
}

/**
 * The source layer over files and folders: every problem in every file, never just the first.
 * On the main thread (`npm run check`, the dev server) a large set of files is spread over the
 * cores; inside a worker (the build's source layer) it stays on that one thread, leaving the
 * other core to Astro.
 */
export async function checkSources(
  paths: string[],
  config: GateConfig,
  cwd = process.cwd(),
): Promise<{ problems: Problem[]; files: number }> {
  const files = await sourceFiles(paths, cwd);
  const threads = isMainThread
    ? Math.min(availableParallelism(), Math.floor(files.length / FILES_PER_THREAD))
    : 1;
  const problems =
    threads > 1
      ? await checkFilesInParallel(files, config, cwd, threads)
      : await checkFiles(files, config, cwd);
  return { problems, files: files.length };
}
