import { unknownFieldProblems } from '../../lib/content/content-validation.ts';
import { entryCollectionOf } from '../core/content-index.ts';
import { Locator, type Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { componentProps } from '../../schemas/components.ts';
import { closestName } from '../../lib/util/closest-name.ts';
import { keyRemoved, keyRenamed } from '../core/fixes.ts';
import { escapeRegExp } from '../../lib/util/escape-regexp.ts';

/**
 * `unknown-field` (a warning): a frontmatter field its collection's schema does not declare, or
 * a prop of one of the MDX components (src/schemas/components.ts) that the component does not
 * take. Astro's loader drops such a field without a word, so `darft: true` publishes the draft
 * and `updateDate:` never shows; a component ignores a prop it does not read, so
 * `<Figure captoin="…">` has no caption. Reported at the key or the element, with the declared
 * name it most likely means (src/lib/content/unknown-fields.ts). Course and network files get
 * the same check in src/a11y/source/data-files.ts. A site that keeps fields of its own in
 * frontmatter turns the rule off: `a11y: { rules: { 'unknown-field': 'off' } }` in
 * src/site.config.ts. An MDX file that reads a field of its own (`alt={frontmatter.photoAlt}`:
 * MDX's `frontmatter` keeps every field) uses it, and is not told the build ignores it.
 */
export function checkUnknownFields(model: Model, ctx: CheckContext, report: Report): void {
  const kind = entryCollectionOf(ctx.file);
  if (kind && model.frontmatter && !model.frontmatter.error) {
    const locator = new Locator(model.text);
    for (const problem of unknownFieldProblems(kind, model.text)) {
      const at = locator.offset(problem.line, problem.column);
      if (ctx.syntax === 'mdx' && readInText(model.text, at)) continue;
      const removed = problem.remove && at === locator.offset(problem.line);
      report(
        at,
        problem.message,
        removed ? keyRemoved(model.text, at) : keyRenamed(model.text, at, problem.rename),
      );
    }
  }
  if (ctx.syntax === 'mdx') checkUnknownProps(model, report);
}

/**
 * Whether the MDX file's text reads the field whose key is written at `at`
 * (`alt={frontmatter.photoAlt}`): its `frontmatter` keeps every field the schema drops.
 */
function readInText(text: string, at: number): boolean {
  const key = /^[\w$-]+/.exec(text.slice(at))?.[0];
  if (!key) return false;
  const name = escapeRegExp(key);
  // `frontmatter.photoAlt`, `frontmatter?.photoAlt`, `frontmatter['photo-alt']`.
  const dot = `(?:\\?\\.|\\.)${name}(?![\\w$])`;
  const bracket = `\\[\\s*(['"\`])${name}\\1\\s*\\]`;
  return new RegExp(`\\bfrontmatter(?:${dot}|${bracket})`).test(text);
}

/** Props, by their lower-cased names as the model keeps attributes, of each checked component. */
const PROPS = new Map(
  Object.entries(componentProps).map(([name, schema]) => [
    name,
    new Map(Object.keys(schema.shape).map((prop) => [prop.toLowerCase(), prop])),
  ]),
);

/** Only in MDX: in a `.md` file `<Figure>` is plain HTML, published as written. */
function checkUnknownProps(model: Model, report: Report): void {
  for (const el of model.elements) {
    const props = el.origin === 'component' ? PROPS.get(el.name) : undefined;
    if (!props) continue;
    // Written in another case than the component takes it (source/miscased-props.ts).
    for (const [written, meant] of Object.entries(el.miscased ?? {}))
      report(
        el,
        `${written} is not a prop of <${el.name}>, so the page ignores it: write ${meant} (a component's props are matched with their case)`,
      );
    for (const name of Object.keys(el.attrs)) {
      // Astro's own, on any component: the named slot it fills (`slot="preview"`, as Starlight's
      // docs place components), and directives (`server:defer`, `transition:name`).
      if (props.has(name) || name === 'slot' || name.includes(':')) continue;
      const meant = closestName(name, props.keys());
      report(
        el,
        `${name} is not a prop of <${el.name}>, so the page ignores it: ${meant ? `did you mean ${props.get(meant)}?` : `remove it (<${el.name}> takes ${[...props.values()].join(', ')})`}`,
      );
    }
  }
}

/**
 * `unknown-field` (a warning): a field the collection's schema does not declare, in an entry's frontmatter or a course or network file, which the build drops without a word (`darft: true` publishes the draft; a field an MDX file reads itself, `alt={frontmatter.photoAlt}`, is kept in its `frontmatter`, and left alone), or a prop that one of the site's MDX components (`Figure`, `Video`, `Callout`, …) does not take (`captoin=`, so no caption) or that is written in another case than it takes it (`ALT=`: props are passed with their case, so the image has no alt, which `image-alt` then reports), or a whole entry written as `.markdown` (Jekyll's default; `.mdown`, `.mkd` too) or as `.MD`, `.Mdx` in capitals, and a course or network file in a folder of its own or written `.YAML`, which the collections do not read. Said with the name it most likely means, and, for a name another blog tool gives the field (`date`, `lastmod`, `summary`, `categories`, Astro's starter's `heroImage`: `src/lib/content/other-tools.ts`), with this site's name for it, and what its value becomes there (`permalink: /2022/week-one.html` is `slug: week-one`; a `heroImage` in `public/` moves beside the entry as `cover: ./hero.jpg`, with `coverAlt`).
 *
 * @fix Correct the name (the message suggests one; `npm run check -- --fix` renames another tool's name for a field, `categories` as `tags`, and removes one the site decides elsewhere, `layout: post`), move an entry with guide fields to `content/guides/`, or remove the field; [Frontmatter reference](#frontmatter-reference-posts-and-guides) lists the fields, `src/schemas/components.ts` the props. A site that keeps fields of its own sets the rule to `off`.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   draft: true
 *   ---
 *
 *   <Figure src="/media/laps.png" alt="Lap times by stint" caption="Stint two was faster." />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   darft: true
 *   network: f1-voices
 *   mood: hopeful
 *   ---
 *
 *   <Figure src="/media/laps.png" alt="Lap times by stint" captoin="Stint two was faster." />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   5:1: darft is not a field posts have, so the build ignores it: did you mean draft?
 *   6:1: network is a field guides have, not posts, so the build ignores it here: remove it, or move the entry to content/guides/
 *   7:1: mood is not a field posts have, so the build ignores it: correct its name, or remove it
 *   10:1-10:90: captoin is not a prop of <Figure>, so the page ignores it: did you mean caption?
 */
const rule: GateRule = {
  id: 'unknown-field',
  severity: 'warning',
  source: checkUnknownFields,
};
export default rule;
