import { slug } from 'github-slugger';
import type { CheckContext } from './policy.ts';
import { sourceSite } from './site-urls.ts';
import { linkedPath } from './site-paths.ts';
import type { IndexedEntry } from './content-index.ts';

/**
 * The entry another tool's link names, and the address a Markdown link writes for it: a wiki
 * link's note (`[[Week one]]`, `link-syntax`) or a Hugo `ref` shortcode's file
 * (`{{< relref "week-1.md" >}}`, `template-syntax`).
 */

/** The entry named by its title, or by its file name as another tool wrote it (`week-1`). */
export function entryNamed(name: string, ctx: CheckContext): IndexedEntry | undefined {
  const found = sourceSite(ctx.file, ctx.config);
  if (!found) return undefined;
  const wanted = name.trim().toLowerCase();
  const bySlug = slug(name.trim());
  const matches = found.index.entries.filter(
    (entry) =>
      entry.page &&
      entry.file !== ctx.file &&
      (String(entry.data.title ?? '')
        .trim()
        .toLowerCase() === wanted ||
        entry.id.split('/').pop() === bySlug),
  );
  return matches.find((entry) => entry.published) ?? matches[0];
}

/** The address a Markdown link writes for an entry (the build adds the site's base). */
export const addressOf = (entry: IndexedEntry, heading?: string): string =>
  `/${linkedPath(entry.page!)}${heading ? `#${slug(heading.trim())}` : ''}`;
