import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
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
 * Astro's glob loader over `base`, minus transcript and caption files, with ids from `entryId`
 * and dates read as written (`checkedParseData`). Astro keeps the last of two entries with one
 * id (and may not warn when both load concurrently), silently dropping a post; this loader fails
 * the sync instead, naming both files.
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
  return {
    name: 'commonplace-entries',
    load: async (context) => {
      claims.clear();
      claimOf.clear();
      await inner.load({ ...context, parseData: checkedParseData(context) });
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
