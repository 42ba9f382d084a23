import type { Model } from '../core/model.ts';
import {
  accessibleName,
  isHidden,
  isNamedSvgGraphic,
  role,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `svg-name`: an `svg` (or a shape inside one) with `role="img"`, `graphics-document` or
 * `graphics-symbol` needs a name: `aria-labelledby`, `aria-label`, a `<title>` child or a `title`
 * attribute. An svg without such a role, or with `aria-hidden="true"`, is decorative and passes.
 */
export function checkSvgName(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (!isNamedSvgGraphic(el) || isHidden(el)) continue;
    const name = accessibleName(el, model, { svgTitle: true, title: true });
    if (name.status !== 'empty') continue;
    const r = String(role(el));
    report(
      el,
      name.brokenRef
        ? `<${el.name} role="${r}"> has aria-labelledby="${name.brokenRef}" but no element with that id has text: point it at text, or add a <title>`
        : `<${el.name} role="${r}"> has no accessible name: add a <title> as its first child or aria-label; if it is decorative, remove the role and add aria-hidden="true"`,
    );
  }
}

/**
 * `svg-name`: an `svg` (or a shape in one) with `role="img"`, `graphics-document` or `graphics-symbol` and no `<title>`, `title` attribute, `aria-label` or `aria-labelledby`.
 *
 * @fix Add `<title>` as its first child. A decorative svg needs no role; add `aria-hidden="true"`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <svg role="img"><title>Track map of Monza</title><path d="M0 0h10"/></svg>
 *
 *   <svg aria-hidden="true"><path d="M0 0h10"/></svg>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <svg role="img"><path d="M0 0h10"/></svg>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:42: <svg role="img"> has no accessible name: add a <title> as its first child or aria-label; if it is decorative, remove the role and add aria-hidden="true"
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <svg role="img" aria-label="Track map of Monza"><path d="M0 0h10"/></svg>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <svg role="graphics-document"><path d="M0 0h10"/></svg>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:56: <svg role="graphics-document"> has no accessible name: add a <title> as its first child or aria-label; if it is decorative, remove the role and add aria-hidden="true"
 */
const rule: GateRule = {
  id: 'svg-name',
  severity: 'error',
  source: checkSvgName,
  html: checkSvgName,
};
export default rule;
