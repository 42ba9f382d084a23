import type { El, Model } from '../core/model.ts';
import { attr, isNotRendered, type CheckContext, type Report } from '../core/policy.ts';
import { missingName } from '../core/content-name.ts';
import type { GateRule } from '../core/rule.ts';

/** Roles that make a `<summary>` something else; `none` and `presentation` do not hold on it. */
function ownRole(el: El): boolean {
  const role = attr(el, 'role');
  return typeof role === 'string' && !!role.trim() && !/^(?:none|presentation)$/i.test(role.trim());
}

/**
 * `summary-name`: a `<details>` has a summary a reader hears. Its first `<summary>` is the button
 * that opens it; an empty one is announced as a button with no name, and the reader cannot tell
 * what it opens (WCAG 4.1.2, ACT rule 2t702h). A FAQ or a "show the answer" written with
 * `<details>` is the usual case in a reflection.
 */
export function checkSummaryName(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'html' || el.name !== 'details' || isNotRendered(el)) continue;
    const summary = el.children.find(
      (child): child is El => child.kind === 'element' && child.name === 'summary',
    );
    if (!summary || ownRole(summary)) continue;
    const missing = missingName(summary, model, ctx.config, { title: true });
    if (!missing) continue;
    report(
      summary,
      missing.why === 'broken-ref'
        ? `<summary> has aria-labelledby="${missing.ref}" but no element with that id has text: point it at text, or write in the summary what the section holds`
        : '<summary> has no text a reader hears, so the button that opens this <details> has no name: write in it what the section holds, e.g. <summary>Opening times</summary>',
    );
  }
}

/**
 * `summary-name`: the first `<summary>` of a `<details>` with no text, `aria-label`, `aria-labelledby` pointing at text or `title` (WCAG 4.1.2, ACT rule 2t702h; a title names it, as it names a button): the button that opens the section has no name. `role="none"` does not hold on it; a summary with a role of its own (`role="button"`) is `button-name`'s.
 *
 * @fix Write in the summary what the section holds: `<summary>Opening times</summary>`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <details><summary>What I would change next time</summary>Start the survey a week earlier.</details>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <details><summary></summary>Start the survey a week earlier.</details>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:10-1:29: <summary> has no text a reader hears, so the button that opens this <details> has no name: write in it what the section holds, e.g. <summary>Opening times</summary>
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <details><summary aria-label="Opening times"></summary><p>Open every day.</p></details>
 *   <details><summary title="Closing times"></summary><p>Closed on Sundays.</p></details>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <details><summary role="none"></summary><p>Open every day.</p></details>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:10-1:41: <summary> has no text a reader hears, so the button that opens this <details> has no name: write in it what the section holds, e.g. <summary>Opening times</summary>
 */
const rule: GateRule = {
  id: 'summary-name',
  severity: 'error',
  source: checkSummaryName,
  html: checkSummaryName,
};
export default rule;
