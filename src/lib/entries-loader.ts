import { readFile } from 'node:fs/promises';
import { posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { entryId } from './slug.ts';
import { userError } from './user-error.ts';
import { writtenDates } from './frontmatter-dates.ts';

/** Ids claimed by more than one file: `[id, files]` pairs, files sorted for stable messages. */
export function findDuplicateIds(claims: Map<string, Set<string>>): [string, string[]][] {
  return [...claims]
    .filter(([, files]) => files.size > 1)
    .map(([id, files]) => [id, [...files].sort()] as [string, string[]]);
}

/** The message for ids that two files would share; the URL prefix says where readers see it. */
export function duplicateIdMessage(
  duplicates: [string, string[]][],
  base: string,
  urlPrefix: string,
) {
  const lines = duplicates.map(
    ([id, files]) => `  ${urlPrefix}${id}/ ← ${files.map((f) => `${base}/${f}`).join(' and ')}`,
  );
  return `Two entries would get the same URL:\n${lines.join('\n')}`;
}

/**
 * The schema's input for one entry, with its dates as the author wrote them: Astro's YAML 1.1
 * reader has already turned `2026-02-30` into 2 March and `16:00+01:00` into UTC. A date that
 * is impossible or not ISO 8601 stops the build here, at its line (src/lib/frontmatter-dates.ts).
 */
export function checkedParseData(context: LoaderContext): LoaderContext['parseData'] {
  return async (props) => {
    const path = props.filePath;
    if (!path) return context.parseData(props);
    const text = await readFile(path, 'utf8');
    const dates = writtenDates(text);
    const { problems } = dates;
    if (problems.length > 0) {
      const file = relative(fileURLToPath(context.config.root), path).replace(/\\/g, '/');
      throw userError(
        `Dates in ${file}:\n${problems.map((p) => `  ${file}:${p.line}  ${p.message}`).join('\n')}`,
        'Write dates as YYYY-MM-DD, or with a time and its UTC offset (2027-04-21T16:00+01:00); README "Writing" has the frontmatter reference.',
      );
    }
    return context.parseData({ ...props, data: dates.apply(props.data) });
  };
}

/**
 * Astro's glob loader over `base`, minus transcript and caption files, with ids from
 * `entryId`, and dates read as written (`checkedParseData`). Astro keeps the last of two
 * entries with one id, silently dropping a post, or reports the pair it happens to meet first;
 * this loader fails the sync instead, naming every file that shares a URL.
 */
export function entriesLoader(base: string, urlPrefix: string): Loader {
  const claims = new Map<string, Set<string>>();
  // Which id each file claims now, so a file whose id changes (dev) leaves its old claim.
  const claimOf = new Map<string, string>();
  const inner = glob({
    // Transcripts and captions live beside the posts that use them but are never entries.
    pattern: ['**/*.{md,mdx}', '!**/*.transcript.md', '!**/*.transcript.txt', '!**/*.vtt'],
    base,
    generateId: ({ entry, data }) => {
      const id = entryId(entry, data);
      const previous = claimOf.get(entry);
      if (previous !== undefined && previous !== id) claims.get(previous)?.delete(entry);
      claimOf.set(entry, id);
      if (!claims.has(id)) claims.set(id, new Set());
      claims.get(id)!.add(entry);
      return id;
    },
  });
  /**
   * The store the glob loader sees. While this loader syncs, an entry is visible only to the one
   * file that claims its id: the glob loader compares each file with the entry stored under its
   * id and, with `prerenderConflictBehavior: 'error'`, throws its own error naming two files.
   * Files load concurrently, so whether the other file's entry is stored yet is a matter of
   * timing (and an entry left from the last build may name a file whose id has changed since).
   * With it hidden, duplicates are left to the check below, which names them all, every time;
   * an unchanged file still finds its own entry and is not parsed again. After the sync (a later
   * edit in the dev server) the store is Astro's own again.
   */
  let syncing = false;
  const ownEntriesOnly = (store: DataStore): DataStore => {
    const get = (id: string) => {
      const entry = store.get(id);
      if (!syncing || !entry) return entry;
      const files = claims.get(id);
      const owner = files?.size === 1 ? posix.join(base, [...files][0]!) : undefined;
      return entry.filePath === owner ? entry : undefined;
    };
    return { ...store, get: get as DataStore['get'] };
  };
  return {
    name: 'commonplace-entries',
    load: async (context) => {
      claims.clear();
      claimOf.clear();
      syncing = true;
      try {
        await inner.load({
          ...context,
          store: ownEntriesOnly(context.store),
          parseData: checkedParseData(context),
        });
      } finally {
        syncing = false;
      }
      const duplicates = findDuplicateIds(claims);
      if (duplicates.length > 0) {
        throw userError(
          duplicateIdMessage(duplicates, base.replace(/^\.\//, ''), urlPrefix),
          'Rename one of the files, or give one a different `slug:` in its frontmatter.',
        );
      }
    },
  };
}
