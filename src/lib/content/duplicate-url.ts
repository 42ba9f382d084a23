import { FRONTMATTER } from './frontmatter-block.ts';

/**
 * The message for an entry whose URL another entry would take too: the build's content loader
 * (src/lib/content/entries-loader.ts) and the gate's `duplicate-url` rule say the same thing.
 */
export function duplicateUrlMessage(
  collection: 'posts' | 'guides' | 'pages',
  id: string,
  others: string[],
): string {
  const url = collection === 'pages' ? `/${id}/` : `/${collection}/${id}/`;
  return `This entry and ${others.join(' and ')} would both be published at ${url}: rename one of the files, or give one a different slug: in its frontmatter`;
}

/** The line of a top-level `slug:` in a file's frontmatter, else 1 (the file itself). */
export function slugLine(text: string): number {
  const frontmatter = FRONTMATTER.exec(text)?.[1];
  if (frontmatter === undefined) return 1;
  const index = frontmatter.split(/\r?\n/).findIndex((line) => /^slug\s*:/.test(line));
  return index === -1 ? 1 : index + 2;
}
