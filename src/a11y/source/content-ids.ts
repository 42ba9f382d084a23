import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { hashText, noteDep, readTracked } from '../../lib/util/file-deps.ts';
import { pageIds } from '../core/site-urls.ts';
import { parseSource } from './syntax.ts';
import { sourceModel } from './model.ts';

/**
 * Another entry's ids, for `link-target`'s `#fragment`s: reading them means parsing that file,
 * which only the source layer can do, so it hands this to the rules on the check context
 * (CheckContext.contentIds, core/policy.ts).
 */

/** Ids read from other entries, with the hash of the text they were read from. */
const idsByFile = new Map<string, { ids: Set<string>; hash: string | null }>();

/** The ids an entry's own content gives its page: heading ids and explicit `id`s. */
export function contentIds(file: string): Set<string> {
  let known = idsByFile.get(file);
  if (!known) {
    let ids = new Set<string>();
    const text = readTracked(file);
    if (text !== undefined) {
      const vfile = new VFile({ path: file, value: text });
      try {
        ids = pageIds(sourceModel(parseSource(vfile) as Root, vfile));
      } catch {
        // Unparseable: its own parse-error says so; links into it are not judged.
      }
    }
    known = { ids, hash: text === undefined ? null : hashText(text) };
    idsByFile.set(file, known);
  } else {
    // Read once per process, but every check that relies on it depends on it (run/cache.ts).
    noteDep({ kind: 'text', path: file, hash: known.hash });
  }
  return known.ids;
}

/** Forgets the ids read from other files (the dev server, after a change). */
export function forgetContentIds(): void {
  idsByFile.clear();
}
