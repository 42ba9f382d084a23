import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * What a check read besides the file it checked, so a cached result can be trusted only while
 * all of it is unchanged (src/a11y/run/cache.ts). Every read of another file by a source rule
 * goes through these functions; outside a recording they just read. A rule that reads a file any
 * other way would let the cache hide a problem: tests/unit/a11y/source-cache.test.ts lists the
 * modules of the source layer that touch the file system, and each must use these.
 */
export type FileDep =
  /** A file's text was read: its hash, or null when it could not be read. */
  | { kind: 'text'; path: string; hash: string | null }
  /** Whether a path is a file was asked. */
  | { kind: 'isFile'; path: string; value: boolean }
  /** Where a path leads, its symbolic links followed (realPath), was asked. */
  | { kind: 'realPath'; path: string; value: string }
  /** A file's first `length` bytes were read (an image's signature): their hash, or null. */
  | { kind: 'bytes'; path: string; length: number; hash: string | null }
  /**
   * The site's content index was read (src/a11y/core/content-index.ts): its digest when read,
   * over the content folder and the site's public and pages folders.
   */
  | { kind: 'site'; dir: string; publicDir: string; pagesDir: string; digest: string }
  /**
   * The build's date was read (which entries are published, whether a date is too far ahead):
   * the answer, found at `since` (ms since the epoch), holds until `until` (the next future
   * `pubDate`, say), or for ever (null), and not before `since`: a build date set back
   * (COMMONPLACE_BUILD_DATE) may unpublish an entry. The date is not part of the cache's key.
   */
  | { kind: 'clock'; since: number; until: number | null };

const recorder = new AsyncLocalStorage<Map<string, FileDep>>();

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

/** Runs `fn`, returning what it returned and every dependency it recorded. */
export async function recordingDeps<T>(
  fn: () => Promise<T>,
): Promise<{ value: T; deps: FileDep[] }> {
  const deps = new Map<string, FileDep>();
  const value = await recorder.run(deps, fn);
  return { value, deps: [...deps.values()] };
}

/**
 * Runs `fn` (synchronous) and returns what it recorded, as well as recording it in any recording
 * under way: for a result kept across checks, whose every later use must depend on the same
 * reads (noteDeps).
 */
export function recordingDepsSync<T>(fn: () => T): { value: T; deps: FileDep[] } {
  const deps = new Map<string, FileDep>();
  const value = recorder.run(deps, fn);
  const recorded = [...deps.values()];
  noteDeps(recorded);
  return { value, deps: recorded };
}

/** Records each of these dependencies (noteDep). */
export function noteDeps(deps: readonly FileDep[]): void {
  for (const dep of deps) noteDep(dep);
}

/** Whether a recording is under way in this async context. */
export function isRecording(): boolean {
  return recorder.getStore() !== undefined;
}

function depKey(dep: FileDep): string {
  switch (dep.kind) {
    case 'text':
    case 'isFile':
    case 'realPath':
      return `${dep.kind}:${dep.path}`;
    case 'bytes':
      return `bytes:${dep.length}:${dep.path}`;
    case 'site':
      return `site:${dep.dir}:${dep.publicDir}:${dep.pagesDir}`;
    case 'clock':
      return 'clock';
  }
}

/**
 * Records a dependency (for the clock, the narrowest time: the latest `since`, the earliest
 * `until`).
 */
export function noteDep(dep: FileDep): void {
  const deps = recorder.getStore();
  if (!deps) return;
  const key = depKey(dep);
  const before = deps.get(key);
  if (dep.kind === 'clock' && before?.kind === 'clock') {
    const until =
      before.until === null
        ? dep.until
        : dep.until === null
          ? before.until
          : Math.min(before.until, dep.until);
    deps.set(key, { kind: 'clock', since: Math.max(before.since, dep.since), until });
    return;
  }
  deps.set(key, dep);
}

/** Reads a file's text (undefined when it cannot be read), recording what was read. */
export function readTracked(path: string): string | undefined {
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    text = undefined;
  }
  noteDep({ kind: 'text', path, hash: text === undefined ? null : hashText(text) });
  return text;
}

/** The first `length` bytes of a file (fewer when it is shorter; undefined when unreadable). */
export function readHead(path: string, length: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buffer = Buffer.alloc(length);
    return buffer.subarray(0, readSync(fd, buffer, 0, length, 0));
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function hashBytes(bytes: Buffer | undefined): string | null {
  return bytes === undefined ? null : createHash('sha1').update(bytes).digest('base64url');
}

/** Reads a file's first `length` bytes (an image's signature), recording what was read. */
export function readHeadTracked(path: string, length: number): Buffer | undefined {
  const bytes = readHead(path, length);
  noteDep({ kind: 'bytes', path, length, hash: hashBytes(bytes) });
  return bytes;
}

/**
 * Whether `path` is a file under this very name, case included. A Mac's or Windows' disk finds
 * `cover.jpg` for `Cover.JPG`; the build runs where names are case-sensitive (Linux, every CI
 * runner and host), and there it finds nothing. So where a name in the other case finds the
 * same file, the folder's listing decides.
 */
export function isFileExactly(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
  } catch {
    return false;
  }
  const name = basename(path);
  const swapped = [...name]
    .map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))
    .join('');
  if (swapped === name || !existsSync(join(dirname(path), swapped))) return true;
  try {
    return readdirSync(dirname(path)).includes(name);
  } catch {
    return true;
  }
}

/** Whether `path` is a file (isFileExactly), recording that it was asked. */
export function isFileTracked(path: string): boolean {
  const value = isFileExactly(path);
  noteDep({ kind: 'isFile', path, value });
  return value;
}

/** A path with its symbolic links followed; for one that does not exist, its folder's. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    return parent === path ? path : join(realPath(parent), basename(path));
  }
}

/** Where a path leads (realPath), recording that it was asked: a link may be re-pointed. */
export function realPathTracked(path: string): string {
  const value = realPath(path);
  noteDep({ kind: 'realPath', path, value });
  return value;
}
