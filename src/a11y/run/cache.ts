import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDate } from '../../lib/content/publish.ts';
import {
  hashBytes,
  hashText,
  isFileExactly,
  readHead,
  realPath,
  type FileDep,
} from '../../lib/util/file-deps.ts';
import { astroConfigStamp } from '../core/astro-config-file.ts';
import type { GateConfig } from '../core/config.ts';
import { siteDigest } from '../core/site-digest.ts';
import { sourceFiles } from '../core/source-files.ts';
import type { Problem } from '../core/types.ts';
import type { RecordedCheck } from '../source/check.ts';

/**
 * The source layer's cache (README "The check's cache"): a file whose text, gate config, checker
 * code and everything else its check read are unchanged gets last run's problems back without
 * being parsed. When every file is cached, nothing here loads a parser: the parsers, rules and
 * schemas are imported only for the files that must really be checked.
 *
 * What a cached result depends on, so that it is never reused after any of it changed:
 * - the file's own text (its hash);
 * - the context: the gate config (levels, components, hosts, writing allow list, base), the
 *   working directory (problems name files relative to it), the checker's code (every file
 *   under src/, package.json and the lockfile, and Node's version) and `COMMONPLACE_*`
 *   environment variables (site URL, base path), but not the build date: every build sets it
 *   (run/worker.ts), so a key with it would never match the last build's;
 * - what the check read besides the file, recorded while it ran (src/lib/util/file-deps.ts): each
 *   transcript and other entry it read (by hash), each file whose existence it asked about,
 *   the content index (by src/a11y/core/site-digest.ts's digest), and, when its answer depended
 *   on the build's date (which entries are published, a date too far ahead), the span of dates
 *   it holds for.
 * A result is stored only when what the check read still holds after it ran, so a file edited
 * during a check is checked again next time.
 *
 * The cache is one JSON file per context in `node_modules/.cache/commonplace/`, written to a
 * temporary file and renamed, so two checks at once never see half a file (the last one to
 * finish wins; the other's new results are simply checked again next time). A file that cannot
 * be read or parsed, or an entry of the wrong shape, counts as not cached.
 */

export interface SourceCacheOptions {
  /** Use and update the cache. Default true; `npm run check -- --no-cache` passes false. */
  cache?: boolean;
  /** Where the cache lives. Default `<cwd>/node_modules/.cache/commonplace`. */
  dir?: string;
}

interface CacheEntry {
  hash: string;
  problems: Problem[];
  deps: FileDep[];
}

interface CacheFile {
  version: number;
  entries: Record<string, CacheEntry>;
  /**
   * The resolved gate config the entries were checked with (`settingsOf`), once a run has
   * resolved it. `npm run check` keys its file on the Astro config's text, not on what it
   * resolves to; this lets a build, which keys on the resolved config, tell that the check's
   * results are for its config too.
   */
  settings?: string;
  /** The warnings the config gave (`GateConfig.notices`), printed by a run the cache answers too. */
  notices?: string[];
}

/** Bumped when the file's shape changes. */
const VERSION = 1;
/** Cache files of other contexts (another base, an older version of the code) kept at most. */
const KEEP_FILES = 4;

/** The default cache folder of a project. */
export function defaultCacheDir(cwd: string): string {
  return join(cwd, 'node_modules', '.cache', 'commonplace');
}

/**
 * How the files the cache cannot answer are checked: spread over the cores on the main thread
 * (run/parallel.ts), in this one thread in a worker (run/worker.ts). The caller passes it, so
 * the cache never starts a worker itself, and a worker never loads the code that starts one.
 */
export interface SourceChecker {
  /**
   * Each file's problems, with what its check read besides the file. The config is resolved
   * by the checker, so it can start its workers while the project's config loads.
   */
  recorded(
    files: string[],
    config: () => Promise<GateConfig>,
    cwd: string,
  ): Promise<RecordedCheck[]>;
  /** Every file under `paths`, without the cache (`--no-cache`). */
  all(
    paths: string[],
    config: GateConfig,
    cwd: string,
  ): Promise<{ problems: Problem[]; files: number }>;
}

/**
 * The source layer over files and folders, with unchanged files answered from the cache and
 * the rest checked by `checker`. Problems come in file order.
 */
export async function checkSourcesWithCache(
  paths: string[],
  config: GateConfig | ProjectConfig,
  cwd: string,
  options: SourceCacheOptions,
  checker: SourceChecker,
): Promise<{ problems: Problem[]; files: number; cached: number; notices: string[] }> {
  let resolved: GateConfig | undefined;
  const resolveConfig = async () =>
    (resolved ??= typeof config === 'function' ? await config() : config);
  if (options.cache === false) {
    const config = await resolveConfig();
    return { ...(await checker.all(paths, config, cwd)), cached: 0, notices: config.notices ?? [] };
  }
  const files = await sourceFiles(paths, cwd);
  const dir = options.dir ?? defaultCacheDir(cwd);
  const storePath = join(dir, `source-${contextKey(config, cwd)}.json`);
  const store = loadStore(storePath);
  const before = new Probe();
  const results = new Map<string, Problem[]>();
  const answers = (entry: CacheEntry | undefined, file: string) => {
    const hash = before.hash(file);
    return (
      !!entry && hash !== null && entry.hash === hash && entry.deps.every((d) => before.holds(d))
    );
  };
  let misses = files.filter((file) => {
    const entry = store.entries[file];
    if (!answers(entry, file)) return true;
    results.set(file, entry!.problems);
    return false;
  });
  // A build after `npm run check` (a CI job runs both): the check's file answers what the
  // build's own does not, when the check resolved the same config the build has.
  let copied = false;
  if (misses.length && typeof config !== 'function') {
    const check = loadStore(join(dir, `source-${contextKey(async () => config, cwd)}.json`));
    if (check.settings !== undefined && check.settings === settingsOf(config))
      misses = misses.filter((file) => {
        const entry = check.entries[file];
        if (!answers(entry, file)) return true;
        results.set(file, entry!.problems);
        store.entries[file] = entry!;
        copied = true;
        return false;
      });
  }
  const cached = results.size;
  if (copied && !misses.length) saveStore(storePath, store);
  if (misses.length) {
    const recorded = await checker.recorded(misses, resolveConfig, cwd);
    // Stored only if what the check read is still so now: a file that changed while it was
    // being checked is checked again next time.
    const after = new Probe();
    for (const result of recorded) {
      results.set(result.file, result.problems);
      // A rule that failed on the file judged nothing: it runs again next time.
      const stable =
        !result.problems.some((problem) => problem.failed) &&
        result.hash === before.hash(result.file) &&
        result.hash === after.hash(result.file) &&
        result.deps.every((d) => after.holds(d));
      if (stable)
        store.entries[result.file] = {
          hash: result.hash,
          problems: result.problems,
          deps: result.deps,
        };
      else delete store.entries[result.file];
    }
    const listed = new Set(files);
    for (const file of Object.keys(store.entries))
      if (!listed.has(file) && !existsSync(file)) delete store.entries[file];
    // The check's file says what it resolved; a build's key holds its config already.
    if (resolved && typeof config === 'function') store.settings = settingsOf(resolved);
    if (resolved) store.notices = resolved.notices ?? [];
    saveStore(storePath, store);
  }
  return {
    problems: files.flatMap((file) => results.get(file) ?? []),
    files: files.length,
    cached,
    // A config given is known; a project's, loaded only when a file must be checked, is what
    // the last run that loaded it recorded (the key holds the site config's code).
    notices:
      typeof config === 'function'
        ? (resolved?.notices ?? store.notices ?? [])
        : (config.notices ?? []),
  };
}

/** What the files on disk are now, each read at most once per run. */
class Probe {
  private readonly texts = new Map<string, string | undefined>();
  private readonly hashes = new Map<string, string | null>();
  private readonly isFiles = new Map<string, boolean>();
  private readonly digests = new Map<string, string>();
  private now: number | undefined;

  text(path: string): string | undefined {
    if (!this.texts.has(path)) {
      let text: string | undefined;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = undefined;
      }
      this.texts.set(path, text);
    }
    return this.texts.get(path);
  }

  hash(path: string): string | null {
    let hash = this.hashes.get(path);
    if (hash === undefined) {
      const text = this.text(path);
      hash = text === undefined ? null : hashText(text);
      this.hashes.set(path, hash);
    }
    return hash;
  }

  holds(dep: FileDep): boolean {
    switch (dep.kind) {
      case 'text':
        return this.hash(dep.path) === dep.hash;
      case 'bytes':
        return hashBytes(readHead(dep.path, dep.length)) === dep.hash;
      case 'isFile': {
        let value = this.isFiles.get(dep.path);
        if (value === undefined) {
          // As the check asked it: the name, case included.
          value = isFileExactly(dep.path);
          this.isFiles.set(dep.path, value);
        }
        return value === dep.value;
      }
      case 'realPath':
        return realPath(dep.path) === dep.value;
      case 'site': {
        const key = `${dep.dir}\0${dep.publicDir}\0${dep.pagesDir}`;
        let digest = this.digests.get(key);
        if (digest === undefined)
          this.digests.set(key, (digest = siteDigest(dep.dir, (p) => this.text(p), dep)));
        return digest === dep.digest;
      }
      case 'clock': {
        try {
          this.now ??= buildDate().getTime();
        } catch {
          return false;
        }
        return this.now >= dep.since && (dep.until === null || this.now < dep.until);
      }
      default:
        return false;
    }
  }
}

/**
 * The gate config of the project's own `src/site.config.ts`, loaded only if a file must really
 * be checked (`npm run check`). Its settings are then known from the code and the environment
 * (both in the context key) without loading it: the site config reads the environment only
 * through src/lib/site/env.ts, which reads `COMMONPLACE_*` variables.
 */
export type ProjectConfig = () => Promise<GateConfig>;

/**
 * Variables no result depends on as a whole run: the phase timings' switch, and the build's
 * date, which a build sets to its own clock for its worker (run/worker.ts). A result that read
 * the date records the span it holds for (a `clock` dependency), as under `npm run check`.
 */
const OUTSIDE_KEY = new Set(['COMMONPLACE_TIMINGS', 'COMMONPLACE_BUILD_DATE']);

/** One key for everything a whole run's results depend on besides the files themselves. */
export function contextKey(config: GateConfig | ProjectConfig, cwd: string): string {
  const env = Object.keys(process.env)
    .filter((name) => name.startsWith('COMMONPLACE_') && !OUTSIDE_KEY.has(name))
    .sort()
    .map((name) => [name, process.env[name]]);
  // The project's config is read only when a file must be checked; its Astro config's `base`
  // comes into the key as what it depends on (the file's text, the variables it reads).
  const settings =
    typeof config === 'function'
      ? `the project config: ${astroConfigStamp(cwd)}`
      : settingsOf(config);
  return createHash('sha1')
    .update(JSON.stringify([VERSION, codeHash(), resolve(cwd), settings, env]))
    .digest('hex')
    .slice(0, 20);
}

/** A resolved gate config as text: the same config, the same text. */
function settingsOf(config: GateConfig): string {
  return JSON.stringify(config, (_key, value: unknown) =>
    value instanceof Set
      ? [...(value as Set<string>)].sort()
      : value instanceof RegExp
        ? String(value) // an alias's `find`, which JSON would write as {}
        : value,
  );
}

let code: string | undefined;

/** The hash of this checker's code (hashCode of the src/ folder this module is in), once per process. */
export function codeHash(): string {
  return (code ??= hashCode(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')));
}

/**
 * The checker's code: every file under `src` (rules, schemas, the site config), the project's
 * package.json beside it, the lockfile that says which parser versions are installed, and Node's
 * version.
 */
export function hashCode(src: string): string {
  const root = dirname(src);
  const hash = createHash('sha1').update(process.version);
  const add = (path: string) => {
    hash.update(path);
    hash.update('\0');
    try {
      hash.update(readFileSync(path));
    } catch {
      hash.update('\u0001');
    }
    hash.update('\0');
  };
  let files: string[];
  try {
    if (!statSync(join(src, 'a11y', 'run', 'cache.ts')).isFile()) throw new Error('moved');
    files = readdirSync(src, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort();
  } catch {
    // The code cannot be found where this module says it is (a bundler moved it): a key that
    // matches nothing, so every file is checked and nothing stale is ever reused.
    return randomBytes(16).toString('hex');
  }
  for (const file of files) add(file);
  // Reflection models the site config names by path (`reflectionModels: { mine: 'models/x.yaml' }`)
  // live outside src/: their text is part of the rules' input (README "Reflection models").
  for (const path of modelFilesNamed(join(src, 'site.config.ts'))) add(resolve(root, path));
  // Where the site is served (`base` in the Astro config) is part of a link's meaning.
  for (const name of ['astro.config.mjs', 'astro.config.js', 'astro.config.ts', 'astro.config.mts'])
    add(join(root, name));
  add(join(root, 'package.json'));
  const lockfile = findLockfile(root);
  if (lockfile) add(lockfile);
  return hash.digest('hex');
}

/** The YAML paths a site config's text names (string literals ending in .yaml or .yml). */
export function modelFilesNamed(siteConfig: string): string[] {
  let text: string;
  try {
    text = readFileSync(siteConfig, 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/['"`]([^'"`\n]+\.ya?ml)['"`]/g)].map((match) => match[1]!).sort();
}

/** The nearest lockfile at or above the project: the installed packages' versions. */
function findLockfile(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    for (const name of ['package-lock.json', 'node_modules/.package-lock.json']) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function loadStore(path: string): CacheFile {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (!isRecord(data) || data.version !== VERSION || !isRecord(data.entries)) throw new Error();
    const entries: Record<string, CacheEntry> = {};
    for (const [file, entry] of Object.entries(data.entries))
      if (isEntry(entry)) entries[file] = entry;
    const settings = typeof data.settings === 'string' ? data.settings : undefined;
    const notices = Array.isArray(data.notices)
      ? data.notices.filter((n: unknown): n is string => typeof n === 'string')
      : undefined;
    return {
      version: VERSION,
      entries,
      ...(settings !== undefined && { settings }),
      ...(notices !== undefined && { notices }),
    };
  } catch {
    // Missing, unreadable or corrupt: start empty; the next write replaces it.
    return { version: VERSION, entries: {} };
  }
}

function saveStore(path: string, store: CacheFile): void {
  const dir = dirname(path);
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, JSON.stringify(store));
    renameSync(temp, path);
    pruneOtherContexts(dir, path);
  } catch {
    // A read-only or full disk: the check's result stands, only the next run is not faster.
    rmSync(temp, { force: true });
  }
}

/** Keeps the newest few cache files; older contexts (code since changed) are removed. */
function pruneOtherContexts(dir: string, keep: string): void {
  const files = readdirSync(dir)
    .filter((name) => /^source-[0-9a-f]+\.json$/.test(name))
    .map((name) => join(dir, name))
    .filter((path) => path !== keep)
    .map((path) => ({ path, time: statSync(path).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { path } of files.slice(KEEP_FILES - 1)) rmSync(path, { force: true });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEntry(value: unknown): value is CacheEntry {
  return (
    isRecord(value) &&
    typeof value.hash === 'string' &&
    Array.isArray(value.problems) &&
    value.problems.every(isProblem) &&
    Array.isArray(value.deps) &&
    value.deps.every(isDep)
  );
}

function isProblem(value: unknown): value is Problem {
  return (
    isRecord(value) &&
    typeof value.file === 'string' &&
    typeof value.line === 'number' &&
    typeof value.column === 'number' &&
    typeof value.ruleId === 'string' &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.message === 'string'
  );
}

function isDep(value: unknown): value is FileDep {
  if (!isRecord(value)) return false;
  switch (value.kind) {
    case 'text':
      return (
        typeof value.path === 'string' && (typeof value.hash === 'string' || value.hash === null)
      );
    case 'isFile':
      return typeof value.path === 'string' && typeof value.value === 'boolean';
    case 'realPath':
      return typeof value.path === 'string' && typeof value.value === 'string';
    case 'bytes':
      return (
        typeof value.path === 'string' &&
        typeof value.length === 'number' &&
        (typeof value.hash === 'string' || value.hash === null)
      );
    case 'site':
      return typeof value.dir === 'string' && typeof value.digest === 'string';
    case 'clock':
      return (
        typeof value.since === 'number' && (typeof value.until === 'number' || value.until === null)
      );
    default:
      return false;
  }
}
