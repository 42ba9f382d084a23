import type { Model } from '../core/model.ts';
import {
  accessibleName,
  attr,
  isBooleanText,
  isHidden,
  unsetAttribute,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/** `frame-title`: every `<iframe>` (video player, map, code pen) needs a title or aria name. */
export function checkFrameTitle(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'html' || el.name !== 'iframe' || isHidden(el)) continue;
    const name = accessibleName(el, model, { title: true });
    if (name.status !== 'empty') continue;
    // `title={true}` in MDX renders title="true": a word no reader learns the frame from.
    const title = attr(el, 'title');
    report(
      el,
      name.brokenRef
        ? `<iframe> has aria-labelledby="${name.brokenRef}" but no element with that id has text: point it at text, or add title="what the frame shows"`
        : typeof title === 'string' && isBooleanText(title)
          ? `<iframe> has title="${title.trim()}", which is not a title: write title="what the frame shows", e.g. title="Map of the venue"`
          : unsetAttribute(el, 'title')
            ? `<iframe> has no title: ${unsetAttribute(el, 'title')}: write title="what the frame shows", e.g. title="Map of the venue"`
            : '<iframe> has no title: add title="what the frame shows", e.g. title="Map of the venue"',
    );
  }
}

/**
 * `frame-title`: an `<iframe>` (video player, map, code pen) without a `title` or aria name.
 *
 * @fix `title="Map of the venue"` — say what the frame shows.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" title="Map of the circuit"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <iframe src="https://www.openstreetmap.org/export/embed.html"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:72: <iframe> has no title: add title="what the frame shows", e.g. title="Map of the venue"
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <h2 id="map">Map of the circuit</h2>
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" aria-labelledby="map"></iframe>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" aria-labelledby="nowhere"></iframe>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:98: <iframe> has aria-labelledby="nowhere" but no element with that id has text: point it at text, or add title="what the frame shows"
 */
const rule: GateRule = {
  id: 'frame-title',
  severity: 'error',
  source: checkFrameTitle,
  html: checkFrameTitle,
};
export default rule;
