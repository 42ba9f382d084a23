import { resolve, sep } from 'node:path';
import { displayPath } from '../core/report.ts';
import { DYNAMIC, Locator, type El, type Model, type Node } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { ModelCheck } from '../core/rule.ts';
import { resolveImport } from '../core/modules.ts';
import { isJs, type Js } from '../core/estree.ts';
import { readTracked } from '../../lib/util/file-deps.ts';
import { lastFew } from '../../lib/util/last-few.ts';
import { allOf } from '../../lib/util/word-list.ts';
import { isSiteFile } from '../core/source-files.ts';
import { throughAlias } from '../../lib/util/path-alias.ts';
import { ASTRO_FILE_RULES, astroModel } from './astro-model.ts';
import { givenProps, tracedProp, tracedProps } from './jsx.ts';
import { componentProps } from '../../schemas/components.ts';
import { escapeRegExp } from '../../lib/util/escape-regexp.ts';

/**
 * What one of the site's own `.astro` components renders where an entry or another `.astro` file
 * uses it, with the props written there. `Pic.astro` writing `<img src={src} alt={alt} />` and a
 * post writing `<Pic src="/lap.png" />` publish an image with no alt text: the built page fails
 * `image-alt`, and `npm run check` has to say so first, at the `<Pic>` (README "Accessibility
 * gate": check reports what the build fails on).
 *
 * The component's template is read as its own check reads it (astro-model.ts), with
 * `Astro.props` the props of that use: a prop not written there is `undefined`, so `alt={alt}`
 * renders no alt, `{caption && <figcaption>…}` nothing, and `const { alt = '' } = Astro.props`
 * its default. The rules of ASTRO_FILE_RULES judge what it renders. A problem the component's
 * own check has anyway (with its props unknown) is its file's, reported there, so only what these
 * props bring is reported at the use; a component the check does not read itself (one outside
 * `src/` and `content/`) has all of its problems reported at each use.
 *
 * Not read: a use that spreads props (`<Pic {...photo} />`, which may give any of them), what
 * the use writes between its tags (the component's `<slot />` stays unknown), components that
 * are not `.astro` files or are found through a package, components used by components deeper
 * than DEPTH, and the site's own MDX components (`Figure`, `Video`, …), whose props
 * `component-props` judges by their schemas.
 */

/** One use of a component, and what the component renders there. */
interface Rendering {
  /** The use: `<Pic src="/lap.png" />`. */
  use: El;
  /** The component's file, and its text. */
  file: string;
  text: string;
  /** What it renders with the props of this use. */
  given: Model;
  /** What it renders with unknown props: what its own check judges. */
  any: Model;
  /**
   * Whether the check reads the component's own file (an `.astro` file of the site's `src/` or
   * `content/`), which reports there what it has whatever its props.
   */
  checked: boolean;
}

const renderingsOf = new WeakMap<Model, Rendering[]>();

/** Every use of an imported `.astro` component in a file's model, with what it renders there. */
function renderings(model: Model, ctx: CheckContext): Rendering[] {
  let found = renderingsOf.get(model);
  if (!found) renderingsOf.set(model, (found = findRenderings(model, ctx)));
  return found;
}

function findRenderings(model: Model, ctx: CheckContext): Rendering[] {
  const from = ctx.file;
  if (!from || !model.scripts) return [];
  const imported = componentImports(model.scripts);
  if (imported.size === 0) return [];
  const found: Rendering[] = [];
  for (const use of model.elements) {
    const source = use.origin === 'component' ? imported.get(use.name) : undefined;
    // The site's own MDX components are judged by their props' schemas (`component-props`),
    // by name, imported or not: rendering them would say the same thing again.
    if (source === undefined || use.spread || Object.hasOwn(componentProps, use.name)) continue;
    const file = componentFile(source, from, ctx);
    const text = file && readTracked(file);
    if (!file || text === undefined) continue;
    const given = astroModel(text, givenProps(use));
    const any = anyProps(text);
    // One that does not parse: its own check, or the build, says so.
    if (!any || 'error' in given) continue;
    found.push({ use, file, text, given, any, checked: checkedItself(file, ctx) });
  }
  return found;
}

/**
 * What a component renders at one use, with the props written there (CheckContext.rendered):
 * its template's top-level nodes. Undefined where that is not read whole: a component that
 * renders what the use writes between its tags (its `<slot />`), which the rules then read at
 * the use as written.
 */
export function renderedAt(use: El, model: Model, ctx: CheckContext): Node[] | undefined {
  const rendering = renderings(model, ctx).find((each) => each.use === use);
  if (!rendering) return undefined;
  const slots = rendering.given.root.children.some(function holdsSlot(node: Node): boolean {
    return node.kind === 'text' ? node.slot === true : node.children.some(holdsSlot);
  });
  return slots ? undefined : rendering.given.root.children;
}

const withRenderedIds = new WeakSet<Model>();

/**
 * Adds to an entry's ids those the components it uses render there (`<Chart />` writing
 * `<h2 id="chart-title">`), so a link to `#chart-title`, or an `aria-labelledby` naming it,
 * holds before any build as it does on the built page. An id only the render knows marks the
 * model (`renderedIdsUnknown`).
 */
export function addRenderedIds(model: Model, ctx: CheckContext): void {
  if (!model.scripts || withRenderedIds.has(model)) return;
  withRenderedIds.add(model);
  for (const { given } of renderings(model, ctx)) {
    for (const [id, el] of given.byId) if (!model.byId.has(id)) model.byId.set(id, el);
    if (given.elements.some((el) => el.attrs.id === DYNAMIC)) model.renderedIdsUnknown = true;
  }
}

/**
 * The elements a component writes around its `<slot />` at one use (CheckContext.aroundSlot):
 * where what the use holds renders, as a layout's `<main>`. Undefined when the check cannot read
 * the component, or it renders no slot.
 */
export function aroundSlot(use: El, model: Model, ctx: CheckContext): El[] | undefined {
  const rendering = renderings(model, ctx).find((each) => each.use === use);
  if (!rendering) return undefined;
  const around = new Set<El>();
  let found = false;
  const walk = (node: Node, path: El[]): void => {
    if (node.kind === 'text') {
      if (node.slot !== true) return;
      found = true;
      for (const el of path) around.add(el);
      return;
    }
    for (const child of node.children) walk(child, [...path, node]);
  };
  for (const child of rendering.given.root.children) walk(child, []);
  return found ? [...around] : undefined;
}

/** The `.astro` components a file imports by their default export: local name → import source. */
function componentImports(scripts: NonNullable<Model['scripts']>): Map<string, string> {
  const imported = new Map<string, string>();
  for (const { program, kind } of scripts) {
    if (kind !== 'module' || !isJs(program)) continue;
    for (const statement of (program.body as Js[] | undefined) ?? []) {
      const source = (statement.source as Js | undefined)?.value;
      if (statement.type !== 'ImportDeclaration' || typeof source !== 'string') continue;
      if (!/\.astro$/i.test(source.split(/[?#]/)[0]!)) continue;
      for (const specifier of statement.specifiers as Js[])
        if (specifier.type === 'ImportDefaultSpecifier')
          imported.set((specifier.local as Js).name as string, source);
    }
  }
  return imported;
}

/** The file an import of a component names: relative to the file, or through an alias. */
function componentFile(source: string, from: string, ctx: CheckContext): string | undefined {
  const file = /^\.{1,2}\//.test(source)
    ? resolveImport(source, from)
    : throughAlias(source, from, ctx.config.aliases)?.file;
  return file && /\.astro$/i.test(file) ? file : undefined;
}

/**
 * Whether the check reads the component's own file: the site's `.astro` files under its source
 * folder and those under its content folder (core/source-files.ts), and, where the gate is not
 * told the site's folders, any file in a `src/` or `content/` folder.
 */
function checkedItself(file: string, ctx: CheckContext): boolean {
  const folders = ctx.config.folders;
  if (!folders) return /[\\/](?:src|content)[\\/]/.test(file);
  return isSiteFile(file, folders) || file.startsWith(resolve(folders.contentDir) + sep);
}

/** What a component's template renders, by its text: once per component, however often used. */
const modelOf = (built: ReturnType<typeof astroModel>) => ('error' in built ? undefined : built);
/** With unknown props: what its own check judges. */
const anyProps = lastFew((text) => modelOf(astroModel(text)), 64);
/** With `tracedProps`: which prop each attribute is. */
const tracedModel = lastFew((text) => modelOf(astroModel(text, tracedProps())), 64);

/**
 * Where a rule reports on a component's model with unknown props (offsets in the component),
 * once per rule and model. By place, not message: a message may quote a value a use gives.
 */
const ownProblems = new WeakMap<Model, Map<ModelCheck, Set<number>>>();

const offsetOf = (at: El | number) => (typeof at === 'number' ? at : at.offset);

function ownPlaces(check: ModelCheck, any: Model, ctx: CheckContext): Set<number> {
  let byCheck = ownProblems.get(any);
  if (!byCheck) ownProblems.set(any, (byCheck = new Map()));
  let own = byCheck.get(check);
  if (!own) {
    const places = new Set<number>();
    check(any, ctx, (at) => places.add(offsetOf(at)));
    byCheck.set(check, (own = places));
  }
  return own;
}

/** How deep components used by components are followed: a layout, a card, an image. */
const DEPTH = 3;

/**
 * Runs a rule of ASTRO_FILE_RULES over what each component used in the model renders with the
 * props written at that use, and reports at the use what those props bring: the rule's message,
 * then where the component writes the element and which prop it lacks. A component that passes
 * its props on to another (`<Pic alt={alt}>` in `Card.astro`) is followed into that one, and
 * what it brings is reported at the first use too, with both places.
 */
export function judgeRenderings(
  ruleId: string,
  check: ModelCheck,
  model: Model,
  ctx: CheckContext,
  report: Report,
  depth = 0,
): void {
  if (!ASTRO_FILE_RULES.has(ruleId)) return;
  for (const rendering of renderings(model, ctx)) {
    const own = ownPlaces(check, rendering.any, ctx);
    // Once per use and rule: both branches of a condition the sources cannot settle are read
    // (`typeof src === 'string' ? <img …> : <Image …>`), and the fix at the use is one.
    let said = false;
    const atUse: Report = (at, message, how) => {
      const anyProps = own.has(offsetOf(at));
      if ((anyProps && rendering.checked) || said) return;
      said = true;
      report(rendering.use, message + whereRendered(rendering, at, message, anyProps, ctx), how);
    };
    check(rendering.given, ctx, atUse);
    // Its own uses of components resolve from its own file.
    if (depth + 1 < DEPTH)
      judgeRenderings(
        ruleId,
        check,
        rendering.given,
        { ...ctx, file: rendering.file },
        atUse,
        depth + 1,
      );
  }
}

/**
 * The end of a message reported at a use: the component's file and line, and the props its
 * element takes an attribute from that this use does not write (`alt` of `<img alt={alt}>`), or
 * that the component has the problem whatever it is given.
 */
function whereRendered(
  rendering: Rendering,
  at: El | number,
  message: string,
  anyProps: boolean,
  ctx: CheckContext,
): string {
  const { use, file, text } = rendering;
  const where = `${displayPath(file, ctx.cwd ?? process.cwd())}:${new Locator(text).point(offsetOf(at)).line}`;
  const tag = `<${use.name}>`;
  if (anyProps) return ` (in what ${tag} renders whatever its props, ${where}: fix it there)`;
  // The props behind the attributes the message is about (`alt`), not every one not given.
  const missing = (typeof at === 'number' ? [] : propsNotGiven(rendering, at)).filter(
    ([attribute]) => new RegExp(`\\b${escapeRegExp(attribute)}\\b`).test(message),
  );
  if (missing.length === 0) return ` (in what ${tag} renders with the props given here, ${where})`;
  const props = missing.map(([, prop]) => prop);
  const list = allOf(props);
  const attributes = allOf(missing.map(([attribute]) => attribute));
  return ` (the <${(at as El).name}> that ${tag} renders, ${where}, takes ${attributes} from its ${list} prop${props.length > 1 ? 's' : ''}, which this ${tag} does not give: write ${props.map((p) => `${p}="…"`).join(' ')} on it)`;
}

/** `[attribute, prop]` for each attribute of `el` that is a prop as given, and not given here. */
function propsNotGiven(rendering: Rendering, el: El): [string, string][] {
  const traced = tracedModel(rendering.text)?.elements.find((e) => e.offset === el.offset);
  if (!traced) return [];
  const missing: [string, string][] = [];
  for (const [attribute, value] of Object.entries(traced.attrs)) {
    const prop = tracedProp(value);
    if (prop !== undefined && el.attrs[attribute] === undefined) missing.push([attribute, prop]);
  }
  return missing;
}
