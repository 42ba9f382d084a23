import { relative, sep } from 'node:path';
import { contentIndexFor } from '../core/content-index.ts';
import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { duplicateUrlMessage } from '../../lib/content/duplicate-url.ts';

/**
 * `duplicate-url`: two entries of a collection that would get the same URL (the same file name
 * in two folders, `week-1.mdx` beside `week-1/index.mdx`, or the same `slug:`) stop the build.
 * Reported in each of the files, at its `slug:` line when it has one.
 */
export function checkDuplicateUrl(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file) return;
  const index = contentIndexFor(ctx.file, ctx.config.folders);
  const entry = index?.byFile.get(ctx.file);
  if (!index || !entry) return;
  const others = (index.byUrl.get(`${entry.collection}/${entry.id}`) ?? []).filter(
    (other) => other !== entry,
  );
  if (!others.length) return;
  const rel = (file: string) => relative(index.root, file).split(sep).join('/');
  const at = model.frontmatter?.data.slug !== undefined ? model.frontmatter.offsetOf('slug') : 0;
  report(
    at,
    duplicateUrlMessage(
      entry.collection,
      entry.id,
      others.map((o) => rel(o.file)),
    ),
  );
}

/**
 * `duplicate-url`: two entries that would get the same URL (`week-1.md` and `week-1/index.mdx`, or the same `slug:`), reported in both files.
 *
 * @fix Rename one file, or give one a different `slug:`.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/posts/week-1.md": "---\ntitle: Week 1\ndescription: D.\npubDate: 2026-10-05\n---\n\nText.\n"}}
 *
 *   ---
 *   title: Week 1, again
 *   description: A second look.
 *   pubDate: 2026-10-12
 *   slug: week-1-revisited
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/posts/week-1.md": "---\ntitle: Week 1\ndescription: D.\npubDate: 2026-10-05\n---\n\nText.\n"}}
 *
 *   ---
 *   title: Week 1, again
 *   description: A second look.
 *   pubDate: 2026-10-12
 *   slug: week-1
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:1: This entry and content/posts/week-1.md would both be published at /posts/week-1/: rename one of the files, or give one a different slug: in its frontmatter
 */
const rule: GateRule = {
  id: 'duplicate-url',
  severity: 'error',
  source: checkDuplicateUrl,
};
export default rule;
