import type { Model } from '../core/model.ts';
import { DYNAMIC } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { oneOf } from '../../lib/util/word-list.ts';
import { astroImageNames } from '../core/astro-images.ts';
import {
  choiceProps,
  componentProps,
  requiredProps,
  textProps,
  type RequiredProp,
  type TextProp,
} from '../../schemas/components.ts';

/**
 * `component-props` (sources): the MDX components' required props, from their schemas
 * (src/schemas/components.ts), are enforced like frontmatter: `<YouTube id="…">` without a
 * `title` would build a player announced as "Play video: ". So are props that take one of a
 * few words: `<Callout type="danger">` would render a note with no label. A prop set by an expression
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

/** Props whose value is one of a few words (`<Callout type>`), by lower-cased name, per component. */
const choices = new Map<string, Map<string, { name: string; options: string[] }>>(
  Object.entries(componentProps).map(([name, schema]) => [
    name,
    new Map(choiceProps(schema).map((prop) => [prop.name.toLowerCase(), prop] as const)),
  ]),
);

/** Props written as text, by lower-cased name, per component. */
const texts = new Map<string, Map<string, TextProp>>(
  Object.entries(componentProps).map(([name, schema]) => [
    name,
    new Map(textProps(schema).map((prop) => [prop.name.toLowerCase(), prop] as const)),
  ]),
);

/** `https://…`, `//…` or `/…`: an image by its address, remote or a file of `public/`. */
const BY_ADDRESS = /^\s*(?:https?:\/\/|\/)/i;

export function checkComponentProps(model: Model, _ctx: CheckContext, report: Report): void {
  const images = model.esm ? astroImageNames(model) : undefined;
  for (const el of model.elements) {
    if (el.origin !== 'component') continue;
    // Astro's <Image> or <Picture> of an image by its address (remote, or in public/) needs its
    // size, or the render stops on MissingImageDimension, with a stack, once the check passed.
    // A relative path is asset-target's: it is published as written.
    if (images?.has(el.name) && !el.spread) {
      const src = el.attrs.src;
      const sized = el.attrs.width !== undefined && el.attrs.height !== undefined;
      if (
        typeof src === 'string' &&
        BY_ADDRESS.test(src) &&
        !sized &&
        el.attrs.infersize === undefined
      )
        report(
          el,
          `<${el.name}> shows an image by its address with no width and height, whose size Astro cannot read, so the build would stop as it renders it (Astro's MissingImageDimension): add the image's size in pixels, width={800} height={600}`,
        );
    }
    // A word the component does not know renders as nothing it means: `<Callout type="danger">`
    // has no label, for readers or for screen readers.
    for (const [attr, prop] of choices.get(el.name) ?? []) {
      const value = el.attrs[attr];
      if (typeof value !== 'string' || prop.options.includes(value)) continue;
      report(
        el,
        `<${el.name}> ${prop.name} must be ${oneOf(prop.options)}, not "${value}": write ${prop.name}="${prop.options[0]}" or another of those`,
      );
    }
    // Text the schema refuses, such as a `<YouTube id>` that names no video (an empty value is
    // the required check's, below).
    for (const [attr, prop] of texts.get(el.name) ?? []) {
      const value = el.attrs[attr];
      if (typeof value !== 'string' || !value.trim()) continue;
      const result = prop.schema.safeParse(value);
      if (!result.success)
        report(el, `<${el.name}> ${prop.name}="${value}" ${result.error.issues[0]!.message}`);
    }
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
 * `component-props`: a required prop of `Figure`, `Video`, `Audio` or `YouTube` that is missing or empty (`<YouTube>` without `title`), a prop that takes one of a few words given another (`<Callout type="danger">`, which renders with no label), or text a prop refuses (a `<YouTube id>` that is neither a video id nor a video's address); the schemas in `src/schemas/components.ts` say which. And Astro's own `<Image>` or `<Picture>` (from `astro:assets`) of an image by its address (remote, or a file of `public/`) without `width` and `height` or `inferSize`, on which the build stops as it renders the page (`MissingImageDimension`).
 *
 * @fix Add the prop the message names, e.g. `title="What the video is"`, or write one of the words it lists.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   <YouTube id="dQw4w9WgXcQ" title="Season review" />
 *
 *   <YouTube id="https://youtu.be/dQw4w9WgXcQ" title="Season review" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <YouTube id="dQw4w9WgXcQ" />
 *
 *   <Figure src="" alt="Lap chart" />
 *
 *   <Callout type="danger">Check the tyre rules first.</Callout>
 *
 *   <YouTube id="season review" title="Season review" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:1-1:29: <YouTube> needs title: add title="What the video is", which names the player and its play button
 *   3:1-3:34: <Figure> has an empty src: write src={image} (an imported image) or src="/media/photo.png"
 *   5:1-5:61: <Callout> type must be note, tip or warning, not "danger": write type="note" or another of those
 *   7:1-7:53: <YouTube> id="season review" names no YouTube video: write the video’s id, id="dQw4w9WgXcQ", or its address, id="https://www.youtube.com/watch?v=dQw4w9WgXcQ"
 */
const rule: GateRule = {
  id: 'component-props',
  severity: 'error',
  source: checkComponentProps,
};
export default rule;
