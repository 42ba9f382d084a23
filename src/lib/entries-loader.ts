import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { entryId } from './slug.ts';
import { userError } from './user-error.ts';

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
 * Astro's glob loader over `base`, minus transcript and caption files, with ids from
 * `entryId`. Astro keeps the last of two entries with one id (and may not warn when both load
 * concurrently), silently dropping a post; this loader fails the sync instead, naming both files.
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
      await inner.load(context);
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
