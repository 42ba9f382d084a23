import type { El, Model } from '../core/model.ts';
import {
  altNames,
  attr,
  blankAriaLabel,
  isHidden,
  unsetAttribute,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import { isLink } from '../core/controls.ts';
import { missingName } from '../core/content-name.ts';
import type { GateRule } from '../core/rule.ts';

/** The link as a message names it: its tag and where it goes, shortened. */
function described(el: El): string {
  const href = attr(el, 'href');
  if (el.name !== 'a' || typeof href !== 'string') return `<${el.name} role="link">`;
  const shown = href.length > 60 ? `${href.slice(0, 57)}…` : href;
  return `<a href="${shown}">`;
}

/**
 * `link-name`: every link has a name a reader hears: text inside it, an image inside it with alt
 * text, `aria-label`, `aria-labelledby` pointing at text, or a `title`. A screen reader announces
 * a link with no name by its address, or as "link" alone, and a list of the page's links shows
 * it blank (WCAG 2.4.4, 4.1.2). A link whose content only the build knows (an expression, a
 * component) passes here; the built page is checked again.
 */
export function checkLinkName(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (!isLink(el) || altNames(el)) continue;
    // Hidden is asked last: it walks every ancestor, and a page's links nearly all have a name.
    const missing = missingName(el, model, ctx.config, { title: true });
    if (!missing || isHidden(el)) continue;
    if (missing.why === 'broken-ref') {
      report(
        el,
        `${described(el)} has aria-labelledby="${missing.ref}" but no element with that id has text: point it at text, or put text inside the link saying where it goes`,
      );
    } else if (el.note === 'markdown') {
      report(el, 'Link has no text: write where it goes between the brackets, [where it goes](…)');
    } else if (missing.why === 'decorative') {
      const { marker } = missing;
      report(
        el,
        missing.hidesAlt
          ? `${described(el)} has no text: its only image has alt text, but ${marker} hides it: remove ${marker}`
          : `${described(el)} has no text, only an image marked decorative (${marker}): write where the link goes as the image's alt text, e.g. alt="Home"`,
      );
    } else {
      report(
        el,
        blankAriaLabel(el)
          ? `${described(el)} has no text a reader hears, and its aria-label is empty: write where it goes in it, aria-label="where it goes", or put text inside the link`
          : unsetAttribute(el, 'aria-label')
            ? `${described(el)} has no text a reader hears, and ${unsetAttribute(el, 'aria-label')}: write aria-label="where it goes", or put text inside the link`
            : `${described(el)} has no text a reader hears: put text inside it saying where it goes, or add aria-label="where it goes" (an icon link's icon stays aria-hidden)`,
      );
    }
  }
}

/**
 * `link-name`: a link with no text a reader hears: `[](url)`, `[ ](url)`, `<a href>` around nothing, around an icon that is `aria-hidden` or an `<svg>` with no `<title>`, or around only an image marked decorative (`alt=""`); `aria-labelledby` pointing at nothing. A link's content written as an expression or a component passes the source layer and is checked in the built page.
 *
 * @fix Put text inside the link saying where it goes. For an icon link, add `aria-label="GitHub profile"` to the `<a>` and keep the icon `aria-hidden="true"`; for a linked image, write the link's purpose as its alt text.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Read [last week's reflection](/posts/week-1/), or follow me on
 *   <a href="https://social.example/@me" aria-label="Mastodon profile"><svg aria-hidden="true"></svg></a>.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   [](/posts/week-1/)
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:19: Link has no text: write where it goes between the brackets, [where it goes](…)
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <a href="https://social.example/@me"><svg aria-hidden="true"></svg><span class="sr-only">Mastodon profile</span></a>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <a href="https://social.example/@me"><svg aria-hidden="true"></svg></a>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:72: <a href="https://social.example/@me"> has no text a reader hears: put text inside it saying where it goes, or add aria-label="where it goes" (an icon link's icon stays aria-hidden)
 */
const rule: GateRule = {
  id: 'link-name',
  severity: 'error',
  source: checkLinkName,
  html: checkLinkName,
};
export default rule;
