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

const rule: GateRule = {
  id: 'svg-name',
  severity: 'error',
  source: checkSvgName,
  html: checkSvgName,
};
export default rule;
