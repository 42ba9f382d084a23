/**
 * Turns a title, file name or tag into a URL segment: "Formula 1 & Sustainability" →
 * "formula-1-sustainability", "Café Société" → "cafe-societe". Letters and digits of every
 * script are kept ("单反相机" → "单反相机", "سؤال واحد" → "سؤال-واحد"): a learner writing in
 * Chinese or Arabic names files and tags in their language, and browsers show such addresses
 * as written. Accents are dropped from Latin letters only, as English URLs expect; other
 * scripts keep their marks, which are part of their letters (Devanagari vowel signs). Forms
 * that only look different (full-width letters, ligatures) become the plain ones. A `#` or `+`
 * that ends a name is spelt out ("C#" → "c-sharp", "C++" → "c-plus-plus").
 */
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size >= SLUGS_KEPT) slugs.clear();
    slugs.set(text, (slug = slugOf(text)));
  }
  return slug;
}

/**
 * Slugs already made. A build asks for the same few tags' slugs tens of thousands of times (each
 * tag page finds its entries by slugging every tag of every entry, and each list labels its
 * entries' tags): made afresh, they took about 0.1 s of a 1,000-post render. Bounded, so a dev
 * server that runs for days does not keep every title it was ever given.
 */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 10_000;

function slugOf(text: string): string {
  return (
    text
      .normalize('NFKD')
      // An emoji's presentation marks (the variation selector of `🏎️`, the keycap of `1️⃣`) are
      // marks to Unicode, which the rest keeps: no word has them.
      .replace(/[\uFE00-\uFE0F\u20E3\u{E0100}-\u{E01EF}]/gu, '')
      .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
      // A sharp or plus that ends a name is part of it (`C#`, `F#`, `C# minor`, `C++`,
      // `Notepad++`, `A+`): dropped, `C#`, `C++` and `C` would be one tag on one page.
      .replace(/(?<![\p{L}\p{N}])(\p{L})#(?![\p{L}\p{N}])/gu, '$1 sharp ')
      .replace(/(?<=[\p{L}\p{N}])\++(?![\p{L}\p{N}])/gu, (plus) => ' plus'.repeat(plus.length))
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  );
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
