import type { Model } from '../core/model.ts';
import { metaContent, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * A viewport value as browsers read it (CSS Device Adaptation's translation of the meta
 * element): `yes` is 1, `no` 0, `device-width` and `device-height` 10, a number its leading
 * digits, and anything else 0.
 */
function viewportNumber(value: string): number {
  const text = value.trim().toLowerCase();
  if (text === 'yes') return 1;
  if (text === 'no') return 0;
  if (text === 'device-width' || text === 'device-height') return 10;
  const number = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)/.exec(text);
  return number ? Number.parseFloat(number[0]) : 0;
}

/**
 * `page-zoom`: the page lets a reader zoom. A `<meta name="viewport">` with
 * `user-scalable=no` or a `maximum-scale` under 2 stops a reader with low vision from enlarging
 * the text on a phone, where the page is read most (WCAG 1.4.4, ACT rule b4f0c3).
 */
export function checkPageZoom(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const content = metaContent(el, 'name', 'viewport');
    if (content === undefined) continue;
    const stops: string[] = [];
    for (const part of content.split(/[,;]/)) {
      const [key = '', value = ''] = part.split('=');
      const property = key.trim().toLowerCase();
      const n = viewportNumber(value);
      if (property === 'user-scalable' && n > -1 && n < 1) stops.push(part.trim());
      if (property === 'maximum-scale' && n >= 0 && n < 2) stops.push(part.trim());
    }
    // `user-scalable='yes'`: browsers take the quotes as part of the value, which then reads as
    // no (Chromium's viewport parser), however right it looks.
    const quoted = stops.some((part) => /=\s*['"]/.test(part));
    if (stops.length)
      report(
        el,
        `<meta name="viewport"> has ${stops.join(' and ')}, which stops a reader zooming in to read the text${quoted ? ' (a browser does not read quotes inside content, so a quoted value counts as no zoom)' : ''}: remove ${stops.length > 1 ? 'them' : 'it'}, and keep content="width=device-width, initial-scale=1"`,
      );
  }
}

/**
 * `page-zoom`: a `<meta name="viewport">` that stops a reader zooming: `user-scalable=no` (or a value below 1) or a `maximum-scale` under 2 (WCAG 1.4.4, ACT rule b4f0c3). Checked on built pages, the HTML pages the site publishes as written and the site's own `.astro` files.
 *
 * @fix Remove `user-scalable` and `maximum-scale`; `content="width=device-width, initial-scale=1"` is all a page needs.
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="en"><head><title>Week three</title><meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main><h1>Week three</h1></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="en"><head><title>Week three</title><meta name="viewport" content="width=device-width, maximum-scale=1, user-scalable=no"></head><body><main><h1>Week three</h1></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:63-1:149: <meta name="viewport"> has maximum-scale=1 and user-scalable=no, which stops a reader zooming in to read the text: remove them, and keep content="width=device-width, initial-scale=1"
 */
const rule: GateRule = {
  id: 'page-zoom',
  severity: 'error',
  html: checkPageZoom,
};
export default rule;
