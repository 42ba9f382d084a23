import type { Model } from '../core/model.ts';
import { isHidden, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `moving-text`: a `<marquee>`, which every browser still scrolls, forever by default, with no
 * control to pause or stop it (WCAG 2.2.2, axe-core's `marquee`). Text on the move is hard to read
 * at all for many readers, and the motion pulls every reader's eye from the rest of the page.
 * `<blink>` is left alone: no browser blinks it any more, so the page shows still text.
 */
export function checkMovingText(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'html' || el.name !== 'marquee' || isHidden(el)) continue;
    report(
      el,
      '<marquee> scrolls its text across the page, and a reader cannot pause or stop it: remove the <marquee> tags and write the text as a paragraph that stays still',
    );
  }
}

/**
 * `moving-text`: a `<marquee>`, which browsers scroll with no way to pause or stop it (WCAG 2.2.2, axe-core's `marquee`), in an entry, a built page or the site's own `.astro` files. `<blink>`, which no browser blinks any more, passes.
 *
 * @fix Remove the `<marquee>` tags and write the text as a paragraph that stays still.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   **New this week:** the campaign plan for the Grand Prix weekend.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <marquee>New this week: the campaign plan for the Grand Prix weekend.</marquee>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:80: <marquee> scrolls its text across the page, and a reader cannot pause or stop it: remove the <marquee> tags and write the text as a paragraph that stays still
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <p><strong>Welcome to my learning journal.</strong> <blink>New</blink> posts every Friday.</p>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <marquee behavior="alternate" scrollamount="3">Welcome to my learning journal</marquee>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:88: <marquee> scrolls its text across the page, and a reader cannot pause or stop it: remove the <marquee> tags and write the text as a paragraph that stays still
 */
const rule: GateRule = {
  id: 'moving-text',
  severity: 'error',
  source: checkMovingText,
  html: checkMovingText,
};
export default rule;
