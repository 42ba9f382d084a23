import { aria } from 'aria-query';
import type { El, Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule, SourceInput } from '../core/rule.ts';
import type { Fix } from '../core/types.ts';
import { editDistanceWithin } from '../../lib/util/closest-name.ts';

/**
 * Every ARIA attribute: WAI-ARIA 1.2's states and properties as aria-query lists them, and those
 * ARIA 1.3 adds that it does not list yet.
 */
const ARIA = new Set<string>([...aria.keys(), 'aria-actions']);

/** Names people reach for that ARIA spells another way, or that are HTML's own. */
const MEANT: Record<string, string> = { 'aria-role': 'role' };

/** Each ARIA attribute by what follows `aria-`, hyphens dropped as a misspelling may drop them. */
const STEMS = new Map([...ARIA].map((name) => [name.slice(5), name]));

/**
 * The attribute the author meant, where only one can be: a letter or two away (`aria-hiden`,
 * `aria-labeledby`, `aria-labeled-by`), or its ending left off (`aria-expand`), or JSX's camel
 * case (`ariaLabel`, which reaches the page as `arialabel`). A short or far name (`aria-cat`,
 * `aria-name`) gets no guess: `--fix` makes this change, so it must be what was meant.
 */
function meant(name: string): string | undefined {
  if (MEANT[name]) return MEANT[name];
  const stem = name.replace(/^aria[-_]?/, '').replace(/[-_]/g, '');
  if (STEMS.has(stem)) return STEMS.get(stem);
  if (stem.length < 4) return undefined;
  const max = stem.length >= 8 ? 2 : 1;
  const near = [...STEMS].filter(
    ([known]) =>
      editDistanceWithin(stem, known, max) <= max ||
      (known.startsWith(stem) && known.length - stem.length <= 2),
  );
  return near.length === 1 ? near[0]![1] : undefined;
}

/** Where `name` is written in the element's start tag, as written (any letter case). */
function written(el: El, name: string, text: string): { at: number; as: string } | undefined {
  const tag = text.slice(el.offset, el.tagEnd ?? el.end ?? text.length);
  const found = new RegExp(`\\s(${name.replace(/[-]/g, '\\-')})(?=\\s*=|[\\s/>]|$)`, 'i').exec(tag);
  return found ? { at: el.offset + found.index + 1, as: found[1]! } : undefined;
}

/**
 * `aria-attribute` (a warning): an attribute that reads like ARIA but is none
 * (`aria-labeledby`, `aria-hiden`, JSX's `ariaLabel`), which every browser ignores. What it was
 * to do is then not done: the frame or region has no name, the icon is not hidden. A rule that
 * judges the outcome (`frame-title`, `link-name`) may report it too; this one says why. Sources
 * only, as the other warnings: an entry's raw HTML and JSX, and the site's `.astro` files.
 */
export function checkAriaAttribute(
  model: Model,
  _ctx: CheckContext,
  report: Report,
  input?: SourceInput,
): void {
  const text = input ? String(input.file.value ?? '') : undefined;
  for (const el of model.elements) {
    if (el.origin !== 'html') continue;
    for (const name of Object.keys(el.attrs)) {
      if (!/^aria/.test(name) || ARIA.has(name)) continue;
      const where = text === undefined ? undefined : written(el, name, text);
      const as = where?.as ?? name;
      const fix = meant(name);
      const already = fix !== undefined && el.attrs[fix] !== undefined;
      const message = already
        ? `${as} is not an ARIA attribute, so browsers ignore it, and the element has ${fix} already: remove ${as}`
        : fix
          ? `${as} is not an ${/^aria-/.test(name) ? 'ARIA attribute' : 'attribute HTML knows'}, so browsers ignore it: write ${fix}`
          : `${as} is not an ARIA attribute, so browsers ignore it: remove it, or write the ARIA attribute you meant (https://www.w3.org/TR/wai-aria/#state_prop_def)`;
      const change: Fix | undefined =
        where && fix && !already
          ? { range: [where.at, where.at + as.length], text: fix }
          : undefined;
      report(where?.at ?? el, message, change && { fix: change });
    }
  }
}

/**
 * `aria-attribute` (a warning): an attribute that reads like ARIA but is none: a misspelling (`aria-labeledby`, `aria-hiden`), JSX's camel case (`ariaLabel`, which reaches the page as `arialabel`) or `aria-role`. Browsers ignore it, so what it was to do is not done (axe-core's `aria-valid-attr`). In an entry's raw HTML and JSX, and the site's own `.astro` files.
 *
 * @fix Write the ARIA attribute meant: `aria-labelledby`, `aria-hidden`, `aria-label`, `role`. `npm run check -- --fix` writes it where one is plain.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <h2 id="map-title">Map of the circuit</h2>
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" aria-labelledby="map-title"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <h2 id="map-title">Map of the circuit</h2>
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" title="Map" aria-labeledby="map-title"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:75: aria-labeledby is not an ARIA attribute, so browsers ignore it: write aria-labelledby
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <button type="button" ariaLabel="Close the menu">×</button>
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:23: ariaLabel is not an attribute HTML knows, so browsers ignore it: write aria-label
 */
const rule: GateRule = { id: 'aria-attribute', severity: 'warning', source: checkAriaAttribute };
export default rule;
