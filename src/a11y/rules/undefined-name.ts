import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { closestName } from '../../lib/util/closest-name.ts';
import { isJs, scopeNames, type Js } from '../core/estree.ts';

/**
 * Names an MDX page has without defining them: the content function's `props`, and what
 * @astrojs/mdx exports from every MDX module (`frontmatter`, `file`, `url`, `getHeadings`,
 * `Content`). `props` exists only inside the content, not in `import`/`export` blocks.
 */
const MDX_MODULE_NAMES = ['frontmatter', 'file', 'url', 'getHeadings', 'Content'];
const MDX_CONTENT_NAMES = ['props', ...MDX_MODULE_NAMES];

interface Reference {
  name: string;
  offset: number;
}

/**
 * The names a piece of JavaScript reads that nothing around it binds, each once, with where it
 * is first read. A `typeof x` reads nothing (it never throws). In an `import`/`export` block a
 * function runs only if something calls it, so only what runs as the module loads is read
 * there, and the components the content renders.
 */
function freeNames(
  program: Js,
  known: (name: string) => boolean,
  module: boolean,
  rendered: Set<string>,
): Reference[] {
  const found = new Map<string, number>();
  // Whether the code being read runs: an import/export block's functions run only when called,
  // except the components the content renders (`<Pic />`), which run with the page.
  let running = !module;
  const runs = new Set<unknown>();
  const scopes: Set<string>[] = [];
  // `typeof x === 'undefined' ? … : x`: a name the script tests for is read only if it exists.
  const tested = new Set<string>();
  const bound = (name: string) =>
    known(name) || tested.has(name) || scopes.some((scope) => scope.has(name));
  const reference = (node: Js) => {
    const name = node.name as string;
    if (!bound(name) && !found.has(name)) found.set(name, node.start ?? 0);
  };

  const pattern = (node: Js | null | undefined): void => {
    if (!node) return;
    if (node.type === 'ObjectPattern')
      for (const p of node.properties as Js[]) {
        if (p.type === 'RestElement') pattern(p.argument as Js);
        else {
          if (p.computed) visit(p.key);
          pattern(p.value as Js);
        }
      }
    else if (node.type === 'ArrayPattern') (node.elements as (Js | null)[]).forEach(pattern);
    else if (node.type === 'RestElement') pattern(node.argument as Js);
    else if (node.type === 'AssignmentPattern') {
      pattern(node.left as Js);
      visit(node.right);
    } else if (node.type !== 'Identifier') visit(node); // `[a.b] = …` assigns to a member
  };

  const enter = (names: Set<string>, inside: () => void) => {
    scopes.push(names);
    inside();
    scopes.pop();
  };

  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isJs(node)) return;
    switch (node.type) {
      case 'Identifier':
        reference(node);
        return;
      case 'ArrowFunctionExpression':
      case 'FunctionExpression':
      case 'FunctionDeclaration': {
        const component = isJs(node.id) && rendered.has(node.id.name as string);
        if (!running && !runs.has(node) && !component) return;
        const was = running;
        running = true;
        enter(scopeNames(node), () => {
          (node.params as Js[]).forEach(pattern);
          visit(node.body);
        });
        running = was;
        return;
      }
      case 'ClassExpression':
      case 'ClassDeclaration': {
        const names = new Set<string>(isJs(node.id) ? [node.id.name as string] : []);
        enter(names, () => {
          visit(node.superClass);
          visit(node.body);
        });
        return;
      }
      case 'VariableDeclarator': {
        pattern(node.id as Js);
        const id = node.id as Js;
        if (id.type === 'Identifier' && rendered.has(id.name as string)) runs.add(node.init);
        visit(node.init);
        return;
      }
      case 'CatchClause':
        pattern(node.param as Js);
        visit(node.body);
        return;
      case 'MemberExpression':
        visit(node.object);
        if (node.computed) visit(node.property);
        return;
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
        if (node.computed) visit(node.key);
        visit(node.value);
        return;
      case 'AssignmentExpression':
        pattern(node.left as Js);
        if ((node.left as Js).type === 'Identifier') reference(node.left as Js);
        visit(node.right);
        return;
      case 'UnaryExpression':
        if (node.operator === 'typeof' && (node.argument as Js).type === 'Identifier') {
          tested.add((node.argument as Js).name as string);
          found.delete((node.argument as Js).name as string);
          return;
        }
        visit(node.argument);
        return;
      case 'LabeledStatement':
        visit(node.body);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'MetaProperty':
      case 'ImportDeclaration':
        return;
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
        visit(node.declaration);
        return;
      case 'ExportAllDeclaration':
        return;
      case 'JSXOpeningElement':
        // The element's name is `unknown-component`'s; its attributes are read here.
        visit(node.attributes);
        return;
      case 'JSXClosingElement':
        return;
      case 'JSXAttribute':
        visit(node.value);
        return;
      default:
        for (const key in node) if (key !== 'loc' && key !== 'range') visit(node[key]);
    }
  };

  scopes.push(scopeNames(program));
  visit(program.body);
  return [...found].map(([name, offset]) => ({ name, offset }));
}

/** What a thrown ReferenceError is: a name that is not defined here, nor globally in Node. */
function knownNames(model: Model, module: boolean): (name: string) => boolean {
  const own = new Set([
    ...(model.esm?.names ?? []),
    ...(module ? MDX_MODULE_NAMES : MDX_CONTENT_NAMES),
  ]);
  return (name) => own.has(name) || name in globalThis;
}

/**
 * `undefined-name`: a name an MDX expression reads that the file never defines. MDX compiles it;
 * the page then stops the build while rendering (`ReferenceError: caption is not defined`),
 * with a stack trace through Astro's bundle. Braces meant as text are the usual cause: in MDX,
 * `{caption}` is JavaScript.
 */
export function checkUndefinedNames(model: Model, ctx: CheckContext, report: Report): void {
  if (ctx.syntax !== 'mdx') return;
  // Components the content renders: their functions run with the page, wherever defined.
  const rendered = new Set(
    model.elements.filter((el) => el.origin === 'component').map((el) => el.name.split('.')[0]!),
  );
  for (const { program, kind, attribute } of model.scripts ?? []) {
    const module = kind === 'module';
    const found = freeNames(program as Js, knownNames(model, module), module, rendered);
    for (const { name, offset } of found) {
      const near = closestName(name, model.esm?.names ?? []);
      const mean = near ? `did you mean ${near}? Otherwise ` : '';
      const or = {
        content: ', or, for braces meant as text, write \\{ instead of {',
        attribute: attribute ? `, or write the value as text: ${attribute}="…"` : '',
        module: '',
      }[kind];
      report(
        offset,
        name === 'Astro'
          ? // What .astro files have; MDX content does not, and authors reach for it first.
            'Astro is not available in MDX, so the page would stop the build when it renders: read this entry’s own fields from frontmatter (frontmatter.title), or move the code into an .astro component and import it'
          : `${name} is not defined in this file, so the page would stop the build when it renders: ${mean}import it or define it (export const ${name} = …)${or}`,
      );
    }
  }
}

/**
 * `undefined-name`: a name an MDX file's JavaScript reads that nothing defines: not imported, exported or declared in the file, not one MDX gives every page (`props`, `frontmatter`), not a global. Rendering the page would throw a `ReferenceError`; the build stops before the render, at this line. Braces meant as text (`{caption}`) are the usual cause. Functions in `import`/`export` blocks are read only when the content renders them as components (`<Pic />`): others run only if something calls them.
 *
 * @fix Define or import the name, or write `\{` for a brace that is text.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   export const team = 'the pit crew';
 *
 *   Thanks to {team}, and to {frontmatter.title}. The set \{a, b} has two members.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   The set {a, b} has two members.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:10: a is not defined in this file, so the page would stop the build when it renders: import it or define it (export const a = …), or, for braces meant as text, write \{ instead of {
 *   1:13: b is not defined in this file, so the page would stop the build when it renders: import it or define it (export const b = …), or, for braces meant as text, write \{ instead of {
 */
const rule: GateRule = {
  id: 'undefined-name',
  severity: 'error',
  source: checkUndefinedNames,
};
export default rule;
