import type { Model } from '../core/model.ts';
import { DYNAMIC } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { componentProps, requiredProps, type RequiredProp } from '../../schemas/components.ts';

/**
 * `component-props` (sources): the MDX components' required props, from their schemas
 * (src/schemas/components.ts), are enforced like frontmatter: `<YouTube id="…">` without a
 * `title` would build a player announced as "Play video: ". A prop set by an expression
 * (`src={image}`) or a spread (`{...props}`) counts as given; only the build sees its value.
 */

/** Props another rule reports with better advice: a missing `alt` is `image-alt`'s. */
const OWNED_ELSEWHERE = new Set(['alt']);

const required = new Map<string, RequiredProp[]>(
  Object.entries(componentProps).map(([name, schema]) => [
    name,
    requiredProps(schema).filter((prop) => !OWNED_ELSEWHERE.has(prop.name)),
  ]),
);

export function checkComponentProps(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'component') continue;
    for (const prop of required.get(el.name) ?? []) {
      const value = el.attrs[prop.name.toLowerCase()];
      if (value === DYNAMIC || (value === undefined && el.spread)) continue;
      if (value === undefined) {
        report(el, `<${el.name}> needs ${prop.name}: add ${prop.fix}`);
      } else if (!prop.emptyAllowed && !value.trim()) {
        report(el, `<${el.name}> has an empty ${prop.name}: write ${prop.fix}`);
      }
    }
  }
}

/**
 * `component-props`: a required prop of `Figure`, `Video`, `Audio` or `YouTube` that is missing or empty (`<YouTube>` without `title`); the schemas in `src/schemas/components.ts` say which.
 *
 * @fix Add the prop the message names, e.g. `title="What the video is"`.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   <YouTube id="dQw4w9WgXcQ" title="Season review" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <YouTube id="dQw4w9WgXcQ" />
 *
 *   <Figure src="" alt="Lap chart" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:1-1:29: <YouTube> needs title: add title="What the video is", which names the player and its play button
 *   3:1-3:34: <Figure> has an empty src: write src={image} (an imported image) or src="/media/photo.png"
 */
const rule: GateRule = {
  id: 'component-props',
  severity: 'error',
  source: checkComponentProps,
};
export default rule;
