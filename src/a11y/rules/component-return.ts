import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { FUNCTION, isJs, moduleBindings, type Js } from '../core/estree.ts';

/**
 * What a component written in an MDX file returns that Astro cannot render. Astro's MDX renderer
 * takes a function component only when what it returns is JSX (an element or a fragment,
 * `@astrojs/mdx`'s `check`): anything else stops the build with `NoMatchingRenderer: Unable to
 * render Pic` and a stack trace through Astro's bundle. What the function returns is read where
 * that is known without running it: literals, `undefined`, arrays and objects, the falsy side of
 * `&&`, both sides of `?:`, the `children` it was given, and a body with no `return`. A call or a
 * variable may hold JSX, and is left to the build.
 */

interface Returned {
  node: Js;
  /** What it is, for the message: `null`, `text`, `its children as they are`. */
  what: string;
}

/** The `children` a component takes: `({ children })`, `({ children: kids })`, `props.children`. */
function childrenOf(fn: Js): (node: Js) => boolean {
  const param = (fn.params as Js[])[0];
  if (param?.type === 'ObjectPattern') {
    const property = (param.properties as Js[]).find(
      (p) => p.type === 'Property' && !p.computed && (p.key as Js).name === 'children',
    );
    const value = property?.value as Js | undefined;
    const name = value?.type === 'Identifier' ? (value.name as string) : undefined;
    return (node) => node.type === 'Identifier' && node.name === name;
  }
  if (param?.type === 'Identifier') {
    const props = param.name as string;
    return (node) =>
      node.type === 'MemberExpression' &&
      !node.computed &&
      (node.object as Js).type === 'Identifier' &&
      (node.object as Js).name === props &&
      (node.property as Js).name === 'children';
  }
  return () => false;
}

/** The values an expression can give that are not JSX, each with the node that gives it. */
function notJsx(node: Js, isChildren: (node: Js) => boolean): Returned[] {
  switch (node.type) {
    case 'JSXElement':
    case 'JSXFragment':
      return [];
    case 'Literal': {
      const value = node.value;
      const what =
        value === null
          ? 'null'
          : typeof value === 'string'
            ? 'text'
            : typeof value === 'number'
              ? 'a number'
              : typeof value === 'boolean'
                ? String(value)
                : 'a value';
      return [{ node, what }];
    }
    case 'TemplateLiteral':
      return [{ node, what: 'text' }];
    case 'ArrayExpression':
      return [{ node, what: 'an array' }];
    case 'ObjectExpression':
      return [{ node, what: 'an object' }];
    case 'Identifier':
      if (node.name === 'undefined') return [{ node, what: 'undefined' }];
      return isChildren(node) ? [{ node, what: 'its children as they are' }] : [];
    case 'MemberExpression':
      return isChildren(node) ? [{ node, what: 'its children as they are' }] : [];
    case 'UnaryExpression':
      return node.operator === 'void' ? [{ node, what: 'undefined' }] : [{ node, what: 'a value' }];
    case 'BinaryExpression':
      return [{ node, what: 'a value' }];
    case 'ConditionalExpression':
      return [
        ...notJsx(node.consequent as Js, isChildren),
        ...notJsx(node.alternate as Js, isChildren),
      ];
    case 'LogicalExpression': {
      const right = notJsx(node.right as Js, isChildren);
      // `show && <p />` gives `show` itself when it is falsy: false, 0, '' or null.
      if (node.operator === '&&')
        return [{ node: node.left as Js, what: 'the falsy value on the left of &&' }, ...right];
      return right;
    }
    case 'SequenceExpression':
      return notJsx((node.expressions as Js[]).at(-1)!, isChildren);
    default:
      return [];
  }
}

/** The `return` statements of a function body, not of the functions inside it. */
function returns(node: unknown, into: Js[] = []): Js[] {
  if (Array.isArray(node)) {
    for (const child of node) returns(child, into);
    return into;
  }
  if (!isJs(node) || FUNCTION.has(node.type) || node.type.startsWith('Class')) return into;
  if (node.type === 'ReturnStatement') into.push(node);
  for (const key in node) if (key !== 'loc' && key !== 'range') returns(node[key], into);
  return into;
}

/** What a component function can return that is not JSX. */
function nonJsxReturns(fn: Js): Returned[] {
  const isChildren = childrenOf(fn);
  const body = fn.body as Js;
  if (body.type !== 'BlockStatement') return notJsx(body, isChildren);
  const found = returns(body.body);
  if (!found.length) return [{ node: fn, what: 'nothing (it has no return)' }];
  return found.flatMap((statement) =>
    isJs(statement.argument)
      ? notJsx(statement.argument, isChildren)
      : [{ node: statement, what: 'nothing (return;)' }],
  );
}

export function checkComponentReturns(model: Model, ctx: CheckContext, report: Report): void {
  if (ctx.syntax !== 'mdx') return;
  // The functions the file defines, by name; `default` is its layout, which MDX always renders.
  const functions = new Map<string, Js>();
  for (const { name, fn } of moduleBindings(model.scripts ?? [])) if (fn) functions.set(name, fn);
  if (!functions.size) return;
  const rendered = new Set([
    'default',
    ...model.elements.filter((el) => el.origin === 'component').map((el) => el.name),
  ]);
  for (const name of rendered) {
    const fn = functions.get(name);
    if (!fn) continue;
    for (const { node, what } of nonJsxReturns(fn)) {
      const fix =
        what === 'its children as they are'
          ? `wrap them in a fragment: <>{${(node.type === 'Identifier' ? node.name : 'props.children') as string}}</>`
          : 'return JSX, such as <span>…</span>, and <></> for nothing';
      report(
        node.start ?? 0,
        `${name === 'default' ? 'The layout (export default)' : `<${name}>`} can return ${what}, which Astro cannot render as a component, so the build would stop when the page renders: ${fix}`,
      );
    }
  }
}

/**
 * `component-return`: a component an MDX file defines and renders (`export const Year = () => 2026` then `<Year />`), or its layout (`export default`, which MDX renders around the content), that can return something other than JSX: text, a number, `null`, an array, the falsy side of `show && <p />`, its `children` as they are, or nothing. Astro renders a function component only when it returns JSX; otherwise the build stops while rendering the page (`NoMatchingRenderer: Unable to render Year`), with a stack trace. What a call or a variable returns is left to the build.
 *
 * @fix Return JSX: `<span>{2026}</span>`, `<>{children}</>`, and `<></>` where the component renders nothing (`show ? <p>…</p> : <></>`).
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   export const Year = () => <span>2026</span>;
 *   export const Note = ({ show, children }) => (show ? <aside>{children}</aside> : <></>);
 *
 *   The <Year /> season. <Note show>Pit stops got faster.</Note>
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   export const Year = () => 2026;
 *
 *   The <Year /> season.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:27: <Year> can return a number, which Astro cannot render as a component, so the build would stop when the page renders: return JSX, such as <span>…</span>, and <></> for nothing
 */
const rule: GateRule = {
  id: 'component-return',
  severity: 'error',
  source: checkComponentReturns,
};
export default rule;
