import { frontmatterProblems } from '../../lib/content/content-validation.ts';
import { entryCollectionOf } from '../core/content-index.ts';
import { Locator, type Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import { levelOf, type GateRule } from '../core/rule.ts';
import imageAlt from './image-alt.ts';
import { keyRenamed } from '../core/fixes.ts';

/**
 * `content-schema`: an entry's frontmatter must match its collection's schema (src/schemas/), or
 * the build stops while loading content. Checked here with the same schemas and words, at the
 * field's line: a date Astro cannot read, a missing title, a slug with spaces, a cover image that
 * is not there. Data files (`content/courses/*.yaml`, `content/networks/*.yaml`) are checked by
 * the same rule in src/a11y/source/data-files.ts. Files outside a `content/posts|guides|pages` folder
 * have no schema and are skipped.
 */
export function checkContentSchema(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file || model.frontmatter?.error) return;
  const kind = entryCollectionOf(ctx.file);
  if (!kind) return;
  const locator = new Locator(model.text);
  // A cover without coverAlt is image-alt's, at the same line, when that rule stops the build
  // too: said once. At a lower level the build's content sync still stops on it, so it is said here.
  const cover = model.frontmatter?.data.cover;
  const coverAltSaid =
    typeof cover === 'string' && cover !== '' && levelOf(imageAlt, ctx.config) === 'error';
  for (const problem of frontmatterProblems(kind, ctx.file, model.text, ctx.config.aliases)) {
    if (problem.field === 'coverAlt' && coverAltSaid) continue;
    const at = locator.offset(problem.line);
    report(
      at,
      problem.message,
      problem.edit ? { fix: problem.edit } : keyRenamed(model.text, at, problem.rename),
    );
  }
}

/**
 * `content-schema`: frontmatter the collection's schema (`src/schemas/`) rejects — a date such as `30/11/2026`, a missing `title`, a `slug` with spaces, a `cover` that is not there or is written as other tools take one (`/hero.jpg` from `public/`, a web address: the message says how to write it), `cover` without `coverAlt` (at the cover's line, and left to `image-alt` when that rule is an error), a required field written under another tool's name (`date:` for `pubDate:`, at that key: rename it), a title written as the text's first heading (`# Week 4`, as Obsidian, Word and Notion write a page; under it, Notion's properties as lines of text, `Created: November 30, 2026`), frontmatter written as a list (`- title: …`) or as one line of text where fields are wanted — and course and network files that do not match theirs, each at the field's line. The build stops on the same problems while loading content, with the same lines.
 *
 * @fix What the message says about the field (`npm run check -- --fix` renames a required field written under another tool's name, `date` as `pubDate`, and moves a title written as the first heading into the frontmatter, with the Notion properties under it that have a field here); [Frontmatter reference](#frontmatter-reference-posts-and-guides) and [Guides, networks and courses](#guides-networks-and-courses) list the fields.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   tags: [pln, f1]
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   slug: week three
 *   ---
 *
 *   Text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: title is required: add title: … to the frontmatter
 *   4:1: slug: slug must be lower-case words joined by hyphens, not "week three": write slug: week-three
 *
 * @example
 *   {"name": "not-ok-heading.md", "label": "input", "movesLines": true}
 *
 *   # Week 4 reflection
 *
 *   Created: November 30, 2026 10:42 AM
 *   Tags: PLN, Sustainability
 *
 *   This week I looked past the paddock.
 *
 * @example
 *   {"name": "not-ok-heading.md", "label": "output"}
 *
 *   1:1: title is required: the page shows its title above the text, and this file's is its first heading, # Week 4 reflection: write title: Week 4 reflection in a frontmatter block (--- at the top of the file), in place of the heading; the lines under it are Notion's page properties, shown as text: write pubDate: 2026-11-30 and tags: [PLN, Sustainability] there too, in place of those lines
 *   1:1: description is required: add description: … to a frontmatter block (--- at the top of the file)
 *   3:1: pubDate is required: it is written as text under the title, Created: November 30, 2026 10:42 AM (Created is its name in Obsidian and Notion exports), which the page shows as a line of text: write pubDate: 2026-11-30 in a frontmatter block (--- at the top of the file), in place of that line
 */
const rule: GateRule = {
  id: 'content-schema',
  severity: 'error',
  source: checkContentSchema,
};
export default rule;
