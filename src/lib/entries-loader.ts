import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { entryId } from './slug.ts';
import { userError } from './user-error.ts';
import { duplicateUrlMessage, slugLine } from './duplicate-url.ts';
import { frontmatterProblems, type EntryKind } from './content-validation.ts';
import { formatLines } from '../a11y/report.ts';
import type { Problem } from '../a11y/types.ts';

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
 * ids from `entryId`. Two things would otherwise stop the build with Astro's words and no line:
 * - frontmatter the collection's schema rejects: each is reported at its field's line, with the
 *   same messages as `npm run check` (src/lib/content-validation.ts), every file at once;
 * - two entries with one id: Astro keeps the last (and may not warn when both load
 *   concurrently), silently dropping a post; this loader fails instead, naming both files.
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
  return {
    name: 'commonplace-entries',
    load: async (context: LoaderContext) => {
      claims.clear();
      claimOf.clear();
      const root = fileURLToPath(context.config.root);
      const shown = (file: string) => relative(root, file).split(sep).join('/');
      const rejected: Problem[] = [];
      const parseData: LoaderContext['parseData'] = async (props) => {
        try {
          return await context.parseData(props);
        } catch (error) {
          const file = props.filePath;
          const found = file
            ? frontmatterProblems(collection, file, readFileSync(file, 'utf8'))
            : [];
          if (!found.length) throw error; // not a schema problem this check can place
          for (const problem of found)
            rejected.push({
              file: shown(file!),
              line: problem.line,
              column: 1,
              ruleId: 'content-schema',
              severity: 'error',
              message: problem.message,
            });
          // Keep loading: every file's problems are reported at once, below.
          return props.data as typeof props.data;
        }
      };
      await inner.load({ ...context, parseData });
      if (rejected.length > 0) {
        const count = rejected.length === 1 ? '1 problem' : `${rejected.length} problems`;
        throw userError(
          `Frontmatter that the ${collection} schema rejects: ${count}\n${formatLines(rejected).join('\n')}`,
          'Fix each field above (npm run check lists them before any build); README "Frontmatter reference" lists the fields.',
        );
      }
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
