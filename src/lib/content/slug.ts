/** Turns a title or tag into a URL segment: "Formula 1 & Sustainability" -> "formula-1-sustainability". */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The id (and URL slug) of an entry: its `slug` frontmatter, else its file name, else, for
 * `index.md(x)`, its folder's name, so `posts/week-1/index.mdx` and `posts/week-1.mdx` collide
 * on purpose and the build names both files.
 */
export function entryId(relativePath: string, data: Record<string, unknown>): string {
  if (typeof data.slug === 'string' && data.slug) return data.slug;
  const parts = relativePath.replace(/\\/g, '/').split('/');
  let name = parts.pop() ?? '';
  name = name.replace(/\.(md|mdx)$/i, '');
  if (name.toLowerCase() === 'index' && parts.length > 0) name = parts.pop() ?? name;
  return slugify(name);
}
