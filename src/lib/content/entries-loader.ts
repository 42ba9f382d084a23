import { readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { entryId } from './slug.ts';
import { userError } from '../util/user-error.ts';
import { writtenDates } from './frontmatter-dates.ts';
import { site } from '../../site.config.ts';
import { duplicateUrlMessage, slugLine } from './duplicate-url.ts';
import { frontmatterProblems, type EntryKind } from './content-validation.ts';
import { misplacedFrontmatter } from './frontmatter-block.ts';
import { frontmatterSyntaxProblem } from './yaml-syntax.ts';
import { importAliases } from '../util/path-alias.ts';
import { formatLines } from '../../a11y/core/report.ts';
import type { Problem } from '../../a11y/core/types.ts';

/** Ids claimed by more than one file: `[id, files]` pairs, files sorted for stable messages. */
export function findDuplicateIds(claims: Map<string, Set<string>>): [string, string[]][] {
  return [...claims]
    .filter(([, files]) => files.size > 1)
    .map(([id, files]) => [id, [...files].sort()] as [string, string[]]);
}

/**
 * The report lines for ids that two files would share, one per file, as `npm run check`'s
 * `duplicate-url` rule prints them: each file, its `slug:` line (or 1), the other files.
 */
export function duplicateProblems(
  duplicates: [string, string[]][],
  collection: EntryKind,
  fileOf: (entry: string) => { shown: string; text: string },
): Problem[] {
  return duplicates.flatMap(([id, entries]) => {
    const files = entries.map(fileOf);
    return files.map((file) => ({
      file: file.shown,
      line: slugLine(file.text),
      column: 1,
      ruleId: 'duplicate-url',
      severity: 'error' as const,
      message: duplicateUrlMessage(
        collection,
        id,
        files.filter((other) => other !== file).map((other) => other.shown),
      ),
    }));
  });
}

/**
 * Astro's glob loader over `base` (`./content/posts`), minus transcript and caption files, with
 * ids from `entryId`. Three things would otherwise stop the build with Astro's words and no
 * line, or pass unnoticed; each is reported at its line with the same rule and words as
 * `npm run check`, every file at once:
 * - a date that is impossible or not ISO 8601: Astro's YAML 1.1 reader turns `2026-02-30` into
 *   2 March and `16:00+01:00` into UTC, so dates are read as written (src/lib/content/frontmatter-dates.ts);
 * - frontmatter the collection's schema rejects, at its field (src/lib/content/content-validation.ts);
 * - two entries with one id: Astro keeps the last, silently dropping a post, or reports the pair
 *   it happens to meet first; this loader names every file that shares a URL.
 */
export function entriesLoader(base: string, collection: EntryKind): Loader {
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
   *
   * An entry is stored as the file that now holds it. Astro 7.3's store keeps an entry whose text
   * is unchanged even when another file brings it: a post moved from `a.mdx` to `a/index.mdx`
   * (to keep its pictures beside it), or renamed to `a.md`, stayed stored as `a.mdx`, and every
   * build after that failed with "Rolldown failed to resolve import
   * astro:content-layer-deferred-module?…fileName=…a.mdx", until `.astro/` and
   * `node_modules/.astro/` were deleted by hand. Removing the old entry first also has Astro
   * write its list of MDX modules (`.astro/content-modules.mjs`) again.
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
    const set: DataStore['set'] = (entry) => {
      const stored = store.get(entry.id);
      if (stored?.filePath && entry.filePath && stored.filePath !== entry.filePath)
        store.delete(entry.id);
      return store.set(entry);
    };
    return { ...store, get: get as DataStore['get'], set };
  };
  return {
    name: 'commonplace-entries',
    load: async (context: LoaderContext) => {
      claims.clear();
      claimOf.clear();
      const root = fileURLToPath(context.config.root);
      const shown = (file: string) => relative(root, file).split(sep).join('/');
      // A cover may go through Vite's aliases, as Astro's image() resolves it.
      const aliases = importAliases(context.config.vite?.resolve?.alias, root);
      const rejected: Problem[] = [];
      const hint =
        'Fix each field above (npm run check lists them before any build); README "Frontmatter reference" lists the fields, and dates are YYYY-MM-DD or a time with its UTC offset (2027-04-21T16:00+01:00).';
      const problemsIn = (problems: Problem[]) => {
        const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
        return `Frontmatter problems in ${collection}: ${count}\n${formatLines(problems).join('\n')}`;
      };
      /**
       * The file's problems. While the collection syncs, every file's are gathered for one error
       * at the end, and the file's data is kept so loading goes on. A file edited later (the dev
       * server) is refused at once: Astro logs the error and keeps the entry as it was, where
       * storing unchecked data would crash the pages that read it.
       */
      const reject = (found: Problem[]) => {
        if (syncing) rejected.push(...found);
        else throw userError(problemsIn(found), hint);
      };
      const problem = (
        file: string,
        ruleId: string,
        line: number,
        message: string,
        column = 1,
      ): Problem => ({ file: shown(file), line, column, ruleId, severity: 'error', message });
      /**
       * Frontmatter Astro's reader cannot read stops its sync with js-yaml's words, a stack and a
       * line counted from the frontmatter (`title: Week 5: what I learned`). The entry types the
       * glob loader reads files with (a field of the loader's context Astro's own loader uses)
       * are wrapped so such a file is reported with the rest, in `parse-error`'s words and fix,
       * at its line in the file.
       */
      const entryTypes = readingFrontmatter(
        (context as { entryTypes?: unknown }).entryTypes,
        (file, contents) => {
          const found = frontmatterSyntaxProblem(contents);
          // `----` on the first line: Astro reads `---` and YAML starting with `-`.
          const misplaced = found ? undefined : misplacedFrontmatter(contents);
          if (!found && !misplaced) return false;
          // Outside a sync (an edit in the dev server) this throws: the entry stays as it was.
          reject([
            found
              ? problem(file, 'parse-error', found.line, found.message, found.column)
              : problem(file, 'content-schema', misplaced!.line, misplaced!.message),
          ]);
          return true;
        },
      );
      const parseData: LoaderContext['parseData'] = async (props) => {
        const file = props.filePath;
        if (!file) return context.parseData(props);
        // Its frontmatter could not be read: reported above, and nothing to validate.
        if (UNREAD.has(props.data)) return props.data;
        // Read again for where each date is written (Astro passes the parsed data only); a
        // synchronous read: it is in the page cache, and a promise read costs about three times
        // the CPU on the thread that syncs content.
        const text = readFileSync(file, 'utf8');
        // Astro reads a block after blank lines, or in TOML; the checks do not (README
        // "Frontmatter reference"), so the build says so here with the rest.
        const misplaced = misplacedFrontmatter(text);
        if (misplaced) {
          reject([problem(file, 'content-schema', misplaced.line, misplaced.message)]);
          return props.data;
        }
        // In the gate's frontmatter-date words, with the offset of the site's time zone.
        const dates = writtenDates(text, site.timeZone);
        if (dates.problems.length > 0) {
          reject([
            // At the value, as `npm run check` points.
            ...dates.problems.map((found) =>
              problem(
                file,
                'frontmatter-date',
                found.line,
                found.message,
                found.offset - text.lastIndexOf('\n', found.offset - 1),
              ),
            ),
            ...frontmatterProblems(collection, file, text, aliases).map((found) =>
              problem(file, 'content-schema', found.line, found.message),
            ),
          ]);
          return props.data; // keep loading: every file's problems are reported at once
        }
        try {
          return await context.parseData({ ...props, data: dates.apply(props.data) });
        } catch (error) {
          const found = frontmatterProblems(collection, file, text, aliases);
          if (!found.length) throw error; // not a schema problem this check can place
          reject(found.map((each) => problem(file, 'content-schema', each.line, each.message)));
          return props.data;
        }
      };
      syncing = true;
      try {
        await inner.load({
          ...context,
          store: ownEntriesOnly(context.store),
          parseData,
          ...(entryTypes && { entryTypes }),
        });
      } finally {
        syncing = false;
      }
      if (rejected.length > 0) throw userError(problemsIn(rejected), hint);
      const duplicates = findDuplicateIds(claims);
      if (duplicates.length > 0) {
        const baseDir = join(root, base);
        const problems = duplicateProblems(duplicates, collection, (entry) => {
          const file = join(baseDir, entry);
          return { shown: shown(file), text: readFileSync(file, 'utf8') };
        });
        throw userError(
          `Two entries would get the same URL:\n${formatLines(problems).join('\n')}`,
          'Rename one of the files, or give one a different `slug:` in its frontmatter.',
        );
      }
    },
  };
}

/** The data of each entry `readingFrontmatter` read as empty: the glob loader passes it on as is. */
const UNREAD = new WeakSet<object>();

type EntryType = {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
};

/**
 * The glob loader's entry types (a Map from extension to type), each reading a file as before
 * unless that throws and `unread` takes the file (it returns true: said, and the sync goes on),
 * when the entry is read as empty data (in `UNREAD`, which the loader's `parseData` does not
 * validate). Undefined where Astro passes no such map.
 */
export function readingFrontmatter(
  entryTypes: unknown,
  unread: (file: string, contents: string) => boolean,
): Map<string, EntryType> | undefined {
  if (!(entryTypes instanceof Map)) return undefined;
  const wrapped = new Map<string, EntryType>();
  for (const [ext, type] of entryTypes as Map<string, EntryType>) {
    // The type itself underneath: its other methods (rendering) are its own, with their `this`.
    const reading: EntryType = Object.create(type);
    reading.getEntryInfo = async (params) => {
      try {
        return await type.getEntryInfo(params);
      } catch (error) {
        if (!unread(fileURLToPath(params.fileUrl), params.contents)) throw error;
        const data = {};
        UNREAD.add(data);
        return { data, body: '', slug: '', rawData: '' };
      }
    };
    wrapped.set(ext, reading);
  }
  return wrapped;
}
