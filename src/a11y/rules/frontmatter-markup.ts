import { stringify } from 'yaml';
import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { entryCollectionOf } from '../core/source-files.ts';
import { frontmatterMarkup } from '../../lib/content/frontmatter-markup.ts';
import { allOf } from '../../lib/util/word-list.ts';

/** Fields the site shows as text: on the page, in its head, the feeds and search. */
const FIELDS = ['title', 'description', 'coverAlt'];

/**
 * `frontmatter-markup` (sources): Markdown in an entry's title, description or cover alt text,
 * which the site shows as written (src/lib/content/frontmatter-markup.ts). The fix is the value
 * without its marks, written as YAML writes it (in quotes where it needs them).
 */
export function checkFrontmatterMarkup(model: Model, ctx: CheckContext, report: Report): void {
  const frontmatter = model.frontmatter;
  if (!frontmatter || !entryCollectionOf(ctx.file)) return;
  for (const field of FIELDS) {
    const value = frontmatter.data[field];
    if (typeof value !== 'string') continue;
    const found = frontmatterMarkup(value);
    if (!found || !found.plain) continue;
    const written = stringify({ [field]: found.plain }, { lineWidth: 0 }).trim();
    report(
      frontmatter.offsetOf(field),
      `${field} holds Markdown (${allOf(found.marks)}), which the site shows as written, on the page, in feeds and in search, and a screen reader reads the marks aloud: write ${written}`,
    );
  }
}

/**
 * `frontmatter-markup`: Markdown in a post's, guide's or page's `title`, `description` or `coverAlt` (`**bold**`, `*italics*`, `` `code` ``, `[a link](…)`, `~~struck~~`, a heading's `#` copied with the title): the site shows these as text, so the page, the feeds, search results and social cards show the marks, and a screen reader reads them aloud.
 *
 * @fix Write the words without the marks: `title: "Week 9: what I learned about alt text"`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: "Week 9: what I learned about alt text"
 *   description: A guide to better alt text, with snake_case names left alone.
 *   pubDate: 2026-11-20
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: "# Week 9: **what** I learned about `alt` text"
 *   description: A [guide](https://example.org) to *better* alt text.
 *   pubDate: 2026-11-20
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:1: title holds Markdown (#, ** and `), which the site shows as written, on the page, in feeds and in search, and a screen reader reads the marks aloud: write title: "Week 9: what I learned about alt text"
 *   3:1: description holds Markdown ([…](…) and *), which the site shows as written, on the page, in feeds and in search, and a screen reader reads the marks aloud: write description: A guide to better alt text.
 */
const rule: GateRule = {
  id: 'frontmatter-markup',
  severity: 'warning',
  source: checkFrontmatterMarkup,
};
export default rule;
