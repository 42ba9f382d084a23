import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { syncFolder, type FolderFile } from '../../src/lib/util/sync-folder.ts';
import { listFiles } from '../../src/lib/util/files.ts';

const file = (path: string, text: string): FolderFile => ({
  path,
  content: new TextEncoder().encode(text),
});

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sync-folder-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Every file under `dir` with its text, as a plain object: what a reader of the folder sees. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    listFiles(dir).map((path) => [path, readFileSync(join(dir, path), 'utf8')]),
  );
}

describe('syncFolder', () => {
  it('leaves the folder holding exactly the new files, as writing them into an empty one would', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, 'fragment'), { recursive: true });
    mkdirSync(join(dir, 'gone/deeper'), { recursive: true });
    writeFileSync(join(dir, 'entry.json'), '{"pages":2}');
    writeFileSync(join(dir, 'fragment/a.pf'), 'page a');
    writeFileSync(join(dir, 'fragment/b.pf'), 'page b');
    writeFileSync(join(dir, 'gone/deeper/old.pf'), 'a removed page');
    const files = [
      file('entry.json', '{"pages":3}'), // changed, same length
      file('fragment/a.pf', 'page a'), // unchanged
      file('fragment/c.pf', 'page c'), // new
      file('index/new/chunk.pf', 'a new folder'),
    ];

    const changes = await syncFolder(dir, files);

    expect(contents(dir)).toEqual({
      'entry.json': '{"pages":3}',
      'fragment/a.pf': 'page a',
      'fragment/c.pf': 'page c',
      'index/new/chunk.pf': 'a new folder',
    });
    // The folder that only held removed files is gone too, not left empty.
    expect(() => statSync(join(dir, 'gone'))).toThrow();
    expect(changes).toEqual({ written: 3, removed: 2 });
  });

  it('does not rewrite a file that already holds the same bytes', async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, 'same.pf'), 'unchanged');
    writeFileSync(join(dir, 'longer.pf'), 'short');
    const before = statSync(join(dir, 'same.pf'));
    const changes = await syncFolder(dir, [
      file('same.pf', 'unchanged'),
      file('longer.pf', 'short, then longer'),
    ]);
    const after = statSync(join(dir, 'same.pf'));
    expect(after.ino).toBe(before.ino);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(readFileSync(join(dir, 'longer.pf'), 'utf8')).toBe('short, then longer');
    expect(changes).toEqual({ written: 1, removed: 0 });
  });

  it('creates the folder when it is not there', async () => {
    const dir = join(tempFolder(), 'new');
    await syncFolder(dir, [file('a/b.pf', 'x')]);
    expect(contents(dir)).toEqual({ 'a/b.pf': 'x' });
    const empty = join(tempFolder(), 'empty');
    await syncFolder(empty, []);
    expect(contents(empty)).toEqual({});
  });
});
