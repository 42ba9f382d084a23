import { relative, sep } from 'node:path';
import { contentIndexFor, perIndex, type IndexedEntry } from '../core/content-index.ts';
import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { allOf } from '../../lib/util/word-list.ts';

/** What a reader tells apart: case, spacing and a full stop at the end aside. */
function sameKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.!?…:;,]+$/u, '');
}

/** Entries by their title. */
const entriesByTitle = perIndex((index) => {
  const map = new Map<string, IndexedEntry[]>();
  for (const entry of index.entries) {
    const title = entry.data.title;
    if (typeof title !== 'string' || !sameKey(title)) continue;
    const key = sameKey(title);
    map.set(key, [...(map.get(key) ?? []), entry]);
  }
  return map;
});

/** The files named, a few of them when there are many (a site whose every post has one title). */
const SHOWN = 3;

/**
 * `duplicate-title`: an entry with another entry's title, word for word. A post copied from last
 * week's to start this week's keeps it until it is changed, and then lists, feeds, search results
 * and the pages' own titles show entries a reader cannot tell apart. Drafts count: the copy being
 * written is often one. Reported in each of the files. Descriptions are left alone: a course may
 * give every reflection the same one on purpose, and the title already tells them apart.
 */
export function checkDuplicateTitle(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file) return;
  const index = contentIndexFor(ctx.file, ctx.config.folders);
  const entry = index?.byFile.get(ctx.file);
  const title = model.frontmatter?.data.title;
  if (!index || !entry || typeof title !== 'string' || !sameKey(title)) return;
  const others = (entriesByTitle(index).get(sameKey(title)) ?? []).filter(
    (other) => other.file !== entry.file,
  );
  if (!others.length) return;
  const rel = (file: string) => relative(index.root, file).split(sep).join('/');
  const files = others.map((other) => rel(other.file)).sort();
  const named =
    files.length > SHOWN
      ? `${files.slice(0, SHOWN).join(', ')} and ${files.length - SHOWN} more`
      : allOf(files);
  report(
    model.frontmatter!.offsetOf('title'),
    `title "${title.trim()}" is also the title of ${named}, so lists, feeds and search results show entries a reader cannot tell apart: give each its own title`,
  );
}

/**
 * `duplicate-title`: an entry whose `title` is another entry's, word for word (case, spacing and a final full stop aside), as a post copied from last week's to start this one keeps it: lists, feeds and search results then show entries a reader cannot tell apart. Reported in each of the files; drafts count.
 *
 * @fix Give each entry its own title.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/posts/week-5.md": "---\ntitle: Week 5, the first poll\ndescription: What the first poll told me.\npubDate: 2026-10-05\n---\n\nText.\n"}}
 *
 *   ---
 *   title: Week 6, the second poll
 *   description: What changed when I asked again.
 *   pubDate: 2026-10-12
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/posts/week-5.md": "---\ntitle: Week 5, the first poll\ndescription: What the first poll told me.\npubDate: 2026-10-05\n---\n\nText.\n"}}
 *
 *   ---
 *   title: Week 5, the first poll
 *   description: What the first poll told me.
 *   pubDate: 2026-10-12
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:1: title "Week 5, the first poll" is also the title of content/posts/week-5.md, so lists, feeds and search results show entries a reader cannot tell apart: give each its own title
 */
const rule: GateRule = {
  id: 'duplicate-title',
  severity: 'warning',
  source: checkDuplicateTitle,
};
export default rule;
