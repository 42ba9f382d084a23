import { unknownFieldProblems } from '../../lib/content/content-validation.ts';
import { collectionOf, contentDirOf } from '../core/content-index.ts';
import { Locator, type Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `unknown-field` (a warning): a frontmatter field its collection's schema does not declare.
 * Astro's loader drops such a field without a word, so `darft: true` publishes the draft and
 * `updateDate:` never shows. Reported at the key, with the declared field it most likely means
 * (src/lib/content/unknown-fields.ts). Course and network files get the same check in
 * src/a11y/source/data-files.ts. A site that keeps fields of its own in frontmatter turns the
 * rule off: `a11y: { rules: { 'unknown-field': 'off' } }` in src/site.config.ts.
 */
export function checkUnknownFields(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file || !model.frontmatter || model.frontmatter.error) return;
  const contentDir = contentDirOf(ctx.file);
  const kind = contentDir ? collectionOf(ctx.file, contentDir) : undefined;
  if (kind !== 'posts' && kind !== 'guides' && kind !== 'pages') return;
  const locator = new Locator(model.text);
  for (const { line, column, message } of unknownFieldProblems(kind, model.text))
    report(locator.offset(line, column), message);
}

/**
 * `unknown-field` (a warning): a field the collection's schema does not declare, in an entry's frontmatter or a course or network file, which the build drops without a word: `darft: true` publishes the draft. Said with the field it most likely means.
 *
 * @fix Correct the name (the message suggests one), move an entry with guide fields to `content/guides/`, or remove the field; [Frontmatter reference](#frontmatter-reference-posts-and-guides) lists the fields. A site that keeps fields of its own sets the rule to `off`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   draft: true
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   darft: true
 *   network: f1-voices
 *   author: Sam
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   5:1: darft is not a field posts have, so the build ignores it: did you mean draft?
 *   6:1: network is a field guides have, not posts, so the build ignores it here: remove it, or move the entry to content/guides/
 *   7:1: author is not a field posts have, so the build ignores it: correct its name, or remove it
 */
const rule: GateRule = {
  id: 'unknown-field',
  severity: 'warning',
  source: checkUnknownFields,
};
export default rule;
