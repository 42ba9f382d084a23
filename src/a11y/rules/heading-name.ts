import type { Model } from '../core/model.ts';
import { isHeading, isHidden, type CheckContext, type Report } from '../core/policy.ts';
import { missingName } from '../core/content-name.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `heading-name`: every heading has text a reader hears. Screen reader users move through a page
 * by its headings; an empty one is announced as "heading level 2" and nothing, a section with no
 * title (ACT rule ffd0e9). A heading whose content only the build knows passes here; the built
 * page is checked again.
 */
export function checkHeadingName(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (!isHeading(el) || isHidden(el)) continue;
    const missing = missingName(el, model, ctx.config);
    if (!missing) continue;
    const tag = `<${el.name}>`;
    if (missing.why === 'broken-ref') {
      report(
        el,
        `${tag} has aria-labelledby="${missing.ref}" but no element with that id has text: point it at text, or write the section's title in the heading`,
      );
    } else if (missing.why === 'decorative') {
      const { marker } = missing;
      report(
        el,
        missing.hidesAlt
          ? `${tag} has no text: its only image has alt text, but ${marker} hides it: remove ${marker}`
          : `${tag} has no text, only an image marked decorative (${marker}): write the section's title in the heading, or give the image alt text that says it`,
      );
    } else if (el.note === 'markdown') {
      report(el, "Heading has no text: write the section's title after the #, or remove the line");
    } else {
      report(
        el,
        `${tag} has no text a reader hears: write the section's title in it, or remove it`,
      );
    }
  }
}

/**
 * `heading-name`: a heading with no text a reader hears: `##` alone on its line, `<h2></h2>`, a heading holding only an image marked decorative (`alt=""`) or only text that is `aria-hidden`, `aria-labelledby` pointing at nothing.
 *
 * @fix Write the section's title in the heading, or remove the empty heading.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## What I learned this week
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   Intro.
 *
 *   ##
 *
 *   More text.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:1-3:3: Heading has no text: write the section's title after the #, or remove the line
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <h2><img src="/logo.png" alt="Week three"></h2>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <h2><img src="/logo.png" alt=""></h2>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:38: <h2> has no text, only an image marked decorative (alt=""): write the section's title in the heading, or give the image alt text that says it
 */
const rule: GateRule = {
  id: 'heading-name',
  severity: 'warning',
  source: checkHeadingName,
  html: checkHeadingName,
};
export default rule;
