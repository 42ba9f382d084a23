import { createRequire } from 'node:module';
import type * as CompilerRs from '@astrojs/compiler-rs';
import { emptyModel, type Model, type TemplateSpans } from '../core/model.ts';
import { lastFew } from '../../lib/util/last-few.ts';
import { GLOBAL_SCOPE, appendJsxWithin, moduleScope, type Js, type Scope } from './jsx.ts';

/**
 * How the gate reads an `.astro` file's template: as the JSX the source model reads
 * (source/jsx.ts), with what its frontmatter's constants hold. The site's `.astro` files are
 * checked this way (astro-file.ts), and a component an entry uses is read this way with the
 * props that use gives it (passed-props.ts).
 */

/**
 * The rules that judge an `.astro` template: those whose verdict the element and what the file
 * writes around it settle. A player's transcript may stand where the component is used, a link's
 * page or an asset's file depends on the site being built, and what `{expressions}`, props and
 * `<slot />` bring is unknown (DYNAMIC) until the page renders: the built pages judge all of
 * those.
 */
export const ASTRO_FILE_RULES = new Set([
  'image-alt',
  'svg-name',
  'object-alt',
  'frame-title',
  'link-name',
  'link-purpose',
  'media-autoplay',
  'moving-text',
  'button-name',
  'summary-name',
  'field-name',
  'aria-attribute',
  'hidden-focus',
  'nested-interactive',
  'heading-name',
  'heading-order',
  'table-header',
  'page-lang',
  'page-title',
  'lang-tag',
  'page-zoom',
  'page-refresh',
]);

/** A component's `<slot />`: what each use writes between its tags renders there. */
const SLOT: Js = { type: 'Identifier', name: 'children' };

/** What the compiler makes of a file's text: its tree, or the error the build would stop on. */
type Parsed = { ast: Js } | { error: { line: number; column: number; message: string } };

/** Parsed component files, by text: a component used on many pages is parsed once per thread. */
const parseAstro = lastFew((text): Parsed => {
  // Loaded at the first .astro file: a check of Markdown alone never needs the compiler. The
  // build's own: resolved from Astro's package, wherever npm put it, not declared twice.
  const astro = createRequire(import.meta.url).resolve('astro/package.json');
  const { parse } = createRequire(astro)('@astrojs/compiler-rs') as typeof CompilerRs;
  const { ast, diagnostics } = parse(text);
  // The build's compiler (the same one's transform) stops on the same errors.
  const error = diagnostics.find((d) => d.severity === 'error');
  const label = error?.labels[0];
  return error
    ? { error: { line: label?.line ?? 1, column: (label?.column ?? 0) + 1, message: error.text } }
    : { ast: ast as unknown as Js };
}, 64);

/**
 * The model of an `.astro` file's template, with its frontmatter's constants known. Given the
 * props of one use of the component (`givenProps`), `Astro.props` is those props, and what the
 * template renders from them is known as that use renders it (source/passed-props.ts).
 */
export function astroModel(
  text: string,
  props?: Record<string, unknown>,
): Model | { error: { line: number; column: number; message: string } } {
  const result = parseAstro(text);
  if ('error' in result) return result;
  const { ast } = result;
  const model = emptyModel(text);
  const program = (ast.frontmatter as Js | null | undefined)?.program as Js | undefined;
  const astro: Scope | undefined = props && {
    names: new Map([['Astro', { props }]]),
    parent: GLOBAL_SCOPE,
  };
  const scope = moduleScope(program ? [program] : [], astro);
  // Its imports, as an MDX file's: what components it uses are (passed-props.ts).
  if (program) model.scripts = [{ program, kind: 'module' }];
  model.template = templateSpansOf(ast.body as Js[]);
  model.partOfPage = 'component';
  const body = rewrite(ast.body as Js[]);
  appendJsxWithin(model, model.root, { type: 'JSXFragment', children: body }, scope);
  return model;
}

/**
 * Astro's template as the JSX the model reads: `<slot />` is a component's slot, an element with
 * `set:html` or `set:text` holds what they set, `<Fragment>` holds its children, and comments,
 * the doctype, scripts and styles render nothing a rule reads.
 */
function rewrite(nodes: Js[]): Js[] {
  return nodes.flatMap((node) => {
    const type = node.type as string;
    if (type.startsWith('Astro')) return [];
    if (type === 'JSXExpressionContainer')
      return [{ ...node, expression: rewriteWithin(node.expression) }];
    if (type === 'JSXFragment') return [{ ...node, children: rewrite(node.children as Js[]) }];
    if (type !== 'JSXElement') return [node];
    const opening = node.openingElement as Js;
    const name = (opening.name as Js).type === 'JSXIdentifier' ? (opening.name as Js).name : '';
    if (name === 'script' || name === 'style') return [];
    const at = { start: node.start, end: node.end };
    if (name === 'slot') return [{ type: 'JSXExpressionContainer', expression: SLOT, ...at }];
    const attributes: Js[] = (opening.attributes as Js[]).map((attribute) =>
      attribute.type === 'JSXAttribute'
        ? { ...attribute, value: rewriteWithin(attribute.value) }
        : { ...attribute, argument: rewriteWithin(attribute.argument) },
    );
    // Astro's directives (`set:html`, `class:list`, `client:load`) are written `name:rest`; the
    // model reads `set:html` and `set:text` as the element's content (jsx.ts, appendSetContent).
    const written = (attribute: Js) => String((attribute.name as Js).name);
    const sets = (attribute: Js) =>
      attribute.type === 'JSXAttribute' && /^set:(?:html|text)$/.test(written(attribute));
    const directive = (attribute: Js) =>
      attribute.type === 'JSXAttribute' && written(attribute).includes(':') && !sets(attribute);
    const setsContent = attributes.some(sets);
    const children: Js[] = setsContent ? [] : rewrite(node.children as Js[]);
    if (name === 'Fragment' && !setsContent) return [{ type: 'JSXFragment', children, ...at }];
    return [
      {
        ...node,
        openingElement: {
          ...opening,
          attributes: attributes.filter((attribute) => !directive(attribute)),
        },
        children,
      },
    ];
  });
}

/** JSX written inside an expression (`{items.map((item) => <li>…</li>)}`), rewritten too. */
function rewriteWithin(node: unknown): Js {
  if (Array.isArray(node)) return node.map(rewriteWithin) as unknown as Js;
  if (!node || typeof node !== 'object') return node as Js;
  const js = node as Js;
  if (js.type === 'JSXElement' || js.type === 'JSXFragment') {
    const [rewritten] = rewrite([js]);
    return rewritten ?? { type: 'JSXFragment', children: [] };
  }
  const copy: Js = { ...js };
  for (const key of Object.keys(copy)) copy[key] = rewriteWithin(copy[key]);
  return copy;
}

/** Whether a JSX element's name is a component's (`Card`, `ui.Card`), not an HTML tag's. */
function isComponentName(name: Js): boolean {
  return name.type !== 'JSXIdentifier' || /^[A-Z]/.test(String(name.name));
}

/** Whether JSX is written anywhere inside a node (an attribute's value, an expression). */
function holdsJsx(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(holdsJsx);
  if (!node || typeof node !== 'object') return false;
  const js = node as Js;
  if (js.type === 'JSXElement' || js.type === 'JSXFragment') return true;
  return Object.values(js).some(holdsJsx);
}

/**
 * Each parsed template's spans, found once: a component is read again for every use that passes
 * it props (passed-props.ts), from the same parse.
 */
const spansOfBody = new WeakMap<Js[], TemplateSpans>();
function templateSpansOf(body: Js[]): TemplateSpans {
  let spans = spansOfBody.get(body);
  if (!spans) spansOfBody.set(body, (spans = templateSpans(body)));
  return spans;
}

/** The template's spans whose rendering the file does not settle (Model.template). */
function templateSpans(body: Js[]): TemplateSpans {
  const spans: TemplateSpans = { expressions: [], groups: [], barriers: [] };
  const span = (node: Js) => ({ start: node.start as number, end: node.end as number });
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const js = node as Js;
    if (js.type === 'JSXExpressionContainer') {
      // One without JSX renders text: Astro escapes a string, and frontmatter writes no JSX.
      if (holdsJsx(js.expression)) spans.expressions.push(span(js));
    } else if (js.type === 'JSXFragment') {
      spans.groups.push(span(js));
    } else if (js.type === 'JSXElement') {
      const opening = js.openingElement as Js;
      const name = opening.name as Js;
      const attributes = opening.attributes as Js[];
      const named = (attribute: Js, test: RegExp) =>
        attribute.type === 'JSXAttribute' && test.test(String((attribute.name as Js).name));
      spans.groups.push(span(js));
      const fragment = name.type === 'JSXIdentifier' && name.name === 'Fragment';
      if (
        (isComponentName(name) && !fragment) ||
        (name.type === 'JSXIdentifier' && name.name === 'slot') ||
        attributes.some((attribute) => named(attribute, /^(?:set:html|slot)$/)) ||
        attributes.some(
          (attribute) => attribute.type !== 'JSXAttribute' || holdsJsx(attribute.value),
        )
      )
        spans.barriers.push(span(js));
      visit(js.children);
      return;
    }
    for (const value of Object.values(js)) if (value && typeof value === 'object') visit(value);
  };
  visit(body);
  return spans;
}
