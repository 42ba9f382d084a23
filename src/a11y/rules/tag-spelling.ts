import { contentIndexFor, perIndex } from '../core/content-index.ts';
import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { tagSlug, tagVariantOf } from '../../lib/content/tag-variants.ts';
import { countTags, tagText } from '../../lib/content/tags.ts';

/** The strings of a frontmatter list, as the schema would take them. */
const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** How many entries use each tag, by slug, counted as the tag pages count them. */
const tagUses = perIndex((index) => {
  const tagged = index.entries.map((entry) => ({
    data: { tags: stringsIn(entry.data.tags).map(tagText) },
  }));
  return new Map(countTags(tagged, new Map()).map(({ slug, count }) => [slug, count]));
});

/**
 * `tag-spelling`: a tag this entry alone uses that is another tag written another way, a typo,
 * a plural or a spelling away from one at least two other entries use
 * (src/lib/content/tag-variants.ts). Each way gets its own tag page and search filter, so a
 * reader following the tag misses this entry. Reported at the entry's `tags`.
 */
export function checkTagSpelling(model: Model, ctx: CheckContext, report: Report): void {
  const tags = model.frontmatter?.data.tags;
  if (!ctx.file || !Array.isArray(tags) || !tags.length) return;
  const index = contentIndexFor(ctx.file, ctx.config.folders);
  if (!index?.byFile.has(ctx.file)) return;
  const uses = tagUses(index);
  const written = stringsIn(tags);
  const own = new Set(written.map(tagSlug));
  for (const tag of new Set(written)) {
    const meant = tagVariantOf(tagSlug(tag), uses, own);
    if (!meant) continue;
    report(
      model.frontmatter!.offsetOf('tags'),
      `tag "${tag}" is used by this entry alone, and "${meant.slug}" by ${meant.uses} others, so each has its own tag page and readers following one miss the other: if they are one tag, write ${meant.slug}`,
    );
  }
}

/**
 * `tag-spelling`: a tag one entry alone uses that is a typo, a plural or a spelling away from a tag at least two other entries use (`accesibility` beside `accessibility`, `podcast` beside `podcasts`, `colour` beside `color`): each gets its own tag page, and readers following the tag miss the entry. Tags shorter than five letters, tags that differ only in digits (`week-1`, `week-2`), and tags that differ in one word of a letter or two (`C#` and `F#`, `unit-a` and `unit-b`) are left alone.
 *
 * @fix Write the tag the other entries use, if it is the same tag.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/posts/a.md": "---\ntitle: A\ndescription: D.\npubDate: 2026-10-05\ntags: [accessibility]\n---\n\nText.\n", "content/posts/b.md": "---\ntitle: B\ndescription: D.\npubDate: 2026-10-06\ntags: [accessibility]\n---\n\nText.\n"}}
 *
 *   ---
 *   title: Week 7
 *   description: Alt text on every image.
 *   pubDate: 2026-10-12
 *   tags: [accessibility, week-7]
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/posts/a.md": "---\ntitle: A\ndescription: D.\npubDate: 2026-10-05\ntags: [accessibility]\n---\n\nText.\n", "content/posts/b.md": "---\ntitle: B\ndescription: D.\npubDate: 2026-10-06\ntags: [accessibility]\n---\n\nText.\n"}}
 *
 *   ---
 *   title: Week 7
 *   description: Alt text on every image.
 *   pubDate: 2026-10-12
 *   tags: [accesibility]
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:1: tag "accesibility" is used by this entry alone, and "accessibility" by 2 others, so each has its own tag page and readers following one miss the other: if they are one tag, write accessibility
 */
const rule: GateRule = {
  id: 'tag-spelling',
  severity: 'warning',
  source: checkTagSpelling,
};
export default rule;
