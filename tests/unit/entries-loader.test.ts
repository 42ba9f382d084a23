import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DataStore, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { entriesLoader } from '../../src/lib/content/entries-loader.ts';

/**
 * entriesLoader runs Astro's real glob loader over real files. The content layer around it is a
 * small stand-in because the bug it guards against is one of timing: files load concurrently,
 * and which one is stored first decides what Astro's own duplicate check sees. The stand-in lets
 * a test hold one file back until the other is stored, which a real build cannot force (there it
 * happened in about 1 build in 20 on a busy machine; tests/build/content-model.test.ts covers the
 * real build).
 */

const HELLO_MD = '---\ntitle: Hello\n---\nOne.\n';
const HELLO_MDX = '---\ntitle: Hello again\n---\nTwo.\n';

/** A site whose posts are other.md and, unless `unique`, hello.md and 2026/hello.mdx. */
function site({ unique = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'entries-loader-'));
  mkdirSync(join(root, 'content/posts/2026'), { recursive: true });
  if (!unique) {
    writeFileSync(join(root, 'content/posts/hello.md'), HELLO_MD);
    writeFileSync(join(root, 'content/posts/2026/hello.mdx'), HELLO_MDX);
  }
  writeFileSync(join(root, 'content/posts/other.md'), '---\ntitle: Other\n---\nThree.\n');
  return pathToFileURL(`${root}/`);
}

const posixRelative = (root: URL, path: string) =>
  relative(fileURLToPath(root), path).replaceAll('\\', '/');

type Entry = NonNullable<ReturnType<DataStore['get']>>;

/**
 * A content layer whose files of extension `later` are read only once another entry is stored;
 * `stored` are entries left from an earlier build. `parsed` lists the files parsed.
 */
function contentLayer(root: URL, later?: '.md' | '.mdx', stored: Entry[] = []) {
  const entries = new Map(stored.map((entry) => [entry.id, entry]));
  const parsed: string[] = [];
  let storedOne!: () => void;
  const oneStored = new Promise<void>((resolve) => (storedOne = resolve));
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => {
      entries.set(entry.id, entry);
      storedOne();
      return true;
    },
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    entries: () => [...entries],
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    has: (id: string) => entries.has(id),
    addModuleImport: () => {},
  } as unknown as DataStore;
  const entryType = (ext: string) => ({
    contentModuleTypes: '',
    getEntryInfo: async ({ contents }: { contents: string }) => {
      if (ext === later) await oneStored;
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(contents) ?? [];
      return { data: parse(yaml) ?? {}, body };
    },
  });
  const context = {
    collection: 'posts',
    store,
    config: { root, srcDir: new URL('src/', root), prerenderConflictBehavior: 'error' },
    logger: { info() {}, warn() {}, error() {} },
    parseData: async ({ data, filePath }: { data: unknown; filePath: string }) => {
      parsed.push(posixRelative(root, filePath));
      return data;
    },
    generateDigest: (text: string) => text,
    entryTypes: new Map([
      ['.md', entryType('.md')],
      ['.mdx', entryType('.mdx')],
    ]),
  } as unknown as LoaderContext;
  return { context, entries, parsed };
}

/** Each file of the pair, at its line, in the words `npm run check` uses (rule duplicate-url). */
const DUPLICATE = `Two entries would get the same URL:
content/posts/2026/hello.mdx:1:1  error  This entry and content/posts/hello.md would both be published at /posts/hello/: rename one of the files, or give one a different slug: in its frontmatter  duplicate-url
content/posts/hello.md:1:1  error  This entry and content/posts/2026/hello.mdx would both be published at /posts/hello/: rename one of the files, or give one a different slug: in its frontmatter  duplicate-url`;

describe('entriesLoader', () => {
  it.each([['.md'], ['.mdx'], [undefined]] as const)(
    'names both files of a duplicate URL whichever loads first (held back: %s)',
    async (later) => {
      const { context } = contentLayer(site(), later);
      await expect(entriesLoader('./content/posts', 'posts').load(context)).rejects.toThrow(
        expect.objectContaining({ name: 'CommonplaceError', message: DUPLICATE }),
      );
    },
  );

  it('names both files when the last build stored the id from the other one', async () => {
    const root = site();
    const fromLastBuild: Entry = {
      id: 'hello',
      data: {},
      filePath: 'content/posts/hello.md',
      digest: HELLO_MD,
    };
    const { context } = contentLayer(root, '.md', [fromLastBuild]);
    await expect(entriesLoader('./content/posts', 'posts').load(context)).rejects.toThrow(
      expect.objectContaining({ name: 'CommonplaceError', message: DUPLICATE }),
    );
  });

  it('keeps an unchanged entry from the last build without parsing its file again', async () => {
    const root = site({ unique: true });
    const fromLastBuild: Entry = {
      id: 'other',
      data: { title: 'Other' },
      filePath: 'content/posts/other.md',
      digest: '---\ntitle: Other\n---\nThree.\n',
    };
    const { context, entries, parsed } = contentLayer(root, undefined, [fromLastBuild]);
    await entriesLoader('./content/posts', 'posts').load(context);
    expect(parsed).toEqual([]);
    expect(entries.get('other')).toBe(fromLastBuild);
  });
});
