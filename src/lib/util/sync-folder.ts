import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One file of a folder's new contents: its path inside the folder, `/`-separated. */
export interface FolderFile {
  path: string;
  content: Uint8Array;
}

export interface FolderChanges {
  /** Files created or rewritten: missing, or different byte for byte. */
  written: number;
  /** Files removed: in the folder but not in the new contents. */
  removed: number;
}

const same = (a: Uint8Array, b: Uint8Array) =>
  a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;

/**
 * Makes `folder` hold exactly `files`, touching only what differs: a file that already holds the
 * same bytes is left as it is (its inode and time too), any other is written, and every file
 * and folder not among `files` is removed. Afterwards the folder is byte for byte what writing
 * `files` into an empty folder would give. Why: creating a search index's thousand files right
 * after a build takes longer than building the index (README "Performance", round 10); a
 * rebuild changes a handful of them.
 */
export async function syncFolder(folder: string, files: FolderFile[]): Promise<FolderChanges> {
  const wanted = new Set(files.map((file) => file.path));
  await mkdir(folder, { recursive: true });
  let written = 0;
  // In parallel: libuv's threads read and compare while others wait on the disk.
  await Promise.all(
    files.map(async ({ path, content }) => {
      const target = join(folder, ...path.split('/'));
      const old = await readFile(target).catch(() => undefined);
      if (old && same(old, content)) return;
      if (!old) await mkdir(dirname(target), { recursive: true });
      await writeFile(target, content);
      written += 1;
    }),
  );
  const removed = await removeUnwanted(folder, '', wanted);
  return { written, removed };
}

/** Removes what `wanted` does not list under `dir`; a folder left empty goes too. */
async function removeUnwanted(folder: string, dir: string, wanted: Set<string>): Promise<number> {
  let removed = 0;
  const entries = await readdir(join(folder, dir), { withFileTypes: true });
  for (const entry of entries) {
    const path = dir ? `${dir}/${entry.name}` : entry.name;
    const full = join(folder, ...path.split('/'));
    if (entry.isDirectory()) {
      removed += await removeUnwanted(folder, path, wanted);
      if ((await readdir(full)).length === 0) await rmdir(full);
    } else if (!wanted.has(path)) {
      await rm(full, { force: true });
      removed += 1;
    }
  }
  return removed;
}
