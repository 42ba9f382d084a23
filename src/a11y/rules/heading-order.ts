import { entryCollectionOf } from '../core/content-index.ts';
import { inFileComponent, type El, type Model } from '../core/model.ts';
import { textOf, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `heading-order` (sources, a warning): an entry's headings as the outline screen reader users
 * move by. The page's title is its one level-1 heading (src/layouts/EntryLayout.astro, the About
 * and page templates), so a `#` heading in the text is a second title, and a level that skips
 * one (`##` then `####`) leaves a gap the reader cannot tell from a missing section. Checked in
 * the entries that render under their title: posts, guides and pages.
 */

const LEVEL = /^h([1-6])$/;

/** The heading as the author would write it at `depth`: `## Results` or `<h2>Results</h2>`. */
function written(el: El, model: Model, depth: number): string {
  const { text, dynamic } = textOf(el);
  const words = dynamic || !text ? '…' : text.length > 40 ? `${text.slice(0, 39)}…` : text;
  return model.text[el.offset] === '<'
    ? `<h${depth}>${words}</h${depth}>`
    : `${'#'.repeat(depth)} ${words}`;
}

/** Whether a heading says what the entry's `title` says, case and spacing aside. */
function repeatsTitle(el: El, model: Model): boolean {
  const title = model.frontmatter?.data.title;
  const { text, dynamic } = textOf(el);
  const same = (words: string) => words.replace(/\s+/g, ' ').trim().toLowerCase();
  return typeof title === 'string' && !dynamic && !!text && same(text) === same(title);
}

export function checkHeadingOrder(model: Model, ctx: CheckContext, report: Report): void {
  if (!entryCollectionOf(ctx.file)) return;
  // The title above the text is level 1.
  let previous = 1;
  for (const el of model.elements) {
    const level = el.origin === 'component' ? undefined : LEVEL.exec(el.name)?.[1];
    // A component the file defines renders its headings wherever it is used, not where written.
    if (!level || inFileComponent(el)) continue;
    const depth = Number(level);
    if (depth === 1 && repeatsTitle(el, model)) {
      // As a post moved from another tool starts: the layout already shows the title above it.
      report(
        el,
        `${written(el, model, 1)} repeats the title, which the page already shows above the text as its level-1 heading: delete this line`,
      );
    } else if (depth === 1) {
      report(
        el,
        `${written(el, model, 1)} is a second level-1 heading: the page's title is its level-1 heading. Write ${written(el, model, 2)}, and the headings under it one level down`,
      );
    } else if (depth > previous + 1) {
      report(
        el,
        `${written(el, model, depth)} skips from level ${previous} to level ${depth}: write ${written(el, model, previous + 1)}, so the outline screen reader users move by has no gap`,
      );
    }
    previous = depth;
  }
}

/**
 * `heading-order` (a warning): in a post, guide or page, a level-1 heading in the text (the page's title is its level-1 heading; one that repeats the entry's `title`, as a post moved from another tool starts, is to be deleted) or a heading that skips a level (`##` then `####`), which leaves a gap in the outline screen reader users move by.
 *
 * @fix Write the level the message gives: `##` for the text's top sections, then one level down at a time; delete a first heading that repeats the title.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## What I tried
 *
 *   ### The first week
 *
 *   ## What changed
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   # Week 3
 *
 *   ## What I tried
 *
 *   #### The first week
 *
 *   ## What changed
 *
 *   <h4>Results</h4>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:9: # Week 3 is a second level-1 heading: the page's title is its level-1 heading. Write ## Week 3, and the headings under it one level down
 *   5:1-5:20: #### The first week skips from level 2 to level 4: write ### The first week, so the outline screen reader users move by has no gap
 *   9:1-9:17: <h4>Results</h4> skips from level 2 to level 4: write <h3>Results</h3>, so the outline screen reader users move by has no gap
 */
const rule: GateRule = {
  id: 'heading-order',
  severity: 'warning',
  source: checkHeadingOrder,
};
export default rule;
