import { parse } from '@astrojs/compiler-rs';
import { Locator, emptyModel, type Model } from '../core/model.ts';
import { checkContext } from '../core/context.ts';
import type { GateConfig } from '../core/config.ts';
import { modelProblems, type ModelCheck } from '../core/rule.ts';
import type { Problem } from '../core/types.ts';
import { displayPath } from '../core/report.ts';
import { rules } from '../rules/index.ts';
import { appendJsxWithin, moduleScope, type Js } from './jsx.ts';

/**
 * The site's own `.astro` files (layouts, components, pages under `src/`), read before any
 * build: an element whose problem the file alone decides (`<img>` with no alt text in the
 * footer) stops the build on every page, so `npm run check` reports it once, at its line.
 *
 * Only rules whose verdict the element and what the file writes around it settle run here.
 * A player's transcript may stand where the component is used, a link's page or an asset's
 * file depends on the site being built, and what `{expressions}`, props and `<slot />` bring
 * is unknown (DYNAMIC) until the page renders: the built pages judge all of those.
 */
export const ASTRO_FILE_RULES = new Set([
  'image-alt',
  'svg-name',
  'object-alt',
  'frame-title',
  'link-name',
  'link-purpose',
  'media-autoplay',
  'button-name',
  'summary-name',
  'hidden-focus',
  'heading-name',
  'page-lang',
  'page-title',
  'lang-tag',
  'page-zoom',
  'page-refresh',
]);

/** What an `{expression}` holds that no static reading knows: a name nothing binds. */
const UNKNOWN_VALUE: Js = { type: 'Identifier', name: '\u0000astro' };
/** A component's `<slot />`: what each use writes between its tags renders there. */
const SLOT: Js = { type: 'Identifier', name: 'children' };

/** The model of an `.astro` file's template, with its frontmatter's constants known. */
export function astroModel(
  text: string,
): Model | { error: { line: number; column: number; message: string } } {
  const { ast, diagnostics } = parse(text);
  // The build's compiler (the same one's transform) stops on the same errors.
  const error = diagnostics.find((d) => d.severity === 'error');
  if (error) {
    const label = error.labels[0];
    return {
      error: { line: label?.line ?? 1, column: (label?.column ?? 0) + 1, message: error.text },
    };
  }
  const model = emptyModel(text);
  const program = (ast.frontmatter as Js | null | undefined)?.program as Js | undefined;
  const scope = moduleScope(program ? [program] : []);
  const body = rewrite(ast.body as Js[]);
  appendJsxWithin(model, model.root, { type: 'JSXFragment', children: body }, scope);
  return model;
}

/**
 * Astro's template as the JSX the model reads: `<slot />` is a component's slot, an element with
 * `set:html` or `set:text` holds unknown text, `<Fragment>` holds its children, and comments,
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
    // Astro's directives (`set:html`, `class:list`, `client:load`) are written `name:rest`.
    const directive = (attribute: Js) =>
      attribute.type === 'JSXAttribute' && String((attribute.name as Js).name).includes(':');
    const sets = attributes.some(
      (attribute) => directive(attribute) && String((attribute.name as Js).name).startsWith('set:'),
    );
    const children: Js[] = sets
      ? [{ type: 'JSXExpressionContainer', expression: UNKNOWN_VALUE, ...at }]
      : rewrite(node.children as Js[]);
    if (name === 'Fragment') return [{ type: 'JSXFragment', children, ...at }];
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

/** The problems of one `.astro` file under the rules that run on it (ASTRO_FILE_RULES). */
export function checkAstroFile(
  path: string,
  text: string,
  config: GateConfig,
  cwd: string,
): Problem[] {
  const file = displayPath(path, cwd);
  const locator = new Locator(text);
  const built = astroModel(text);
  if ('error' in built) {
    const { line, column } = built.error;
    return [
      {
        file,
        line,
        column,
        ruleId: 'parse-error',
        severity: 'error',
        message: `This .astro file cannot be parsed (${built.error.message}): fix the markup here (the build stops on it too)`,
      },
    ];
  }
  // Written as JSX, like MDX: the messages' fixes (`alt="…"`, `aria-label="…"`) work here too.
  const ctx = checkContext({ config, layer: 'source', syntax: 'mdx', file: path, from: path });
  const checks = rules.flatMap((rule) => {
    // No rule of ASTRO_FILE_RULES reads the Markdown tree (a source check's fourth argument):
    // an .astro file has none.
    const check = (rule.source ?? rule.html) as ModelCheck | undefined;
    return ASTRO_FILE_RULES.has(rule.id) && check ? [{ rule, check }] : [];
  });
  const problems = modelProblems(built, ctx, locator, checks, config, { file });
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
