import type { Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { closestName } from '../../lib/util/closest-name.ts';
import { FUNCTION, isJs, scopeNames, type Js } from '../core/estree.ts';
import { directiveAttributesFix } from '../core/template-tags.ts';
import { pandocAttributesFix } from '../core/pandoc-attributes.ts';

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
 * is first read, and the file's own names that its running code calls. A `typeof x` reads
 * nothing (it never throws). In an `import`/`export` block a function runs only if something
 * calls it, so only what runs as the module loads is read there, and the functions in `runs`:
 * the components the content renders and the functions running code calls.
 */
function freeNames(
  program: Js,
  known: (name: string) => boolean,
  module: boolean,
  runs: Set<string>,
): { found: Reference[]; calls: Set<string> } {
  const found = new Map<string, number>();
  // Names of the file's own scope that running code calls, renders or hands to a call
  // (`items.map(label)`): a function of that name in an export block runs with the page.
  const calls = new Set<string>();
  // Whether the code being read runs: an import/export block's functions run only when called.
  let running = !module;
  const runNodes = new Set<unknown>();
  const scopes: Set<string>[] = [];
  // `typeof x === 'undefined' ? … : x`: a name the script tests for is read only if it exists.
  const tested = new Set<string>();
  const bound = (name: string) =>
    known(name) || tested.has(name) || scopes.some((scope) => scope.has(name));
  const reference = (node: Js) => {
    const name = node.name as string;
    if (!bound(name) && !found.has(name)) found.set(name, node.start ?? 0);
  };
  // A call of the file's own name, not of a parameter or local of the same name. Only code
  // that runs is visited, so every call seen here is made.
  const call = (node: unknown) => {
    if (!isJs(node)) return;
    const name = (node.type === 'Identifier' || node.type === 'JSXIdentifier') && node.name;
    if (typeof name === 'string' && !scopes.slice(1).some((scope) => scope.has(name)))
      calls.add(name);
    // `helpers.label()`: that one method of an object the file defines (`helpers.label`).
    const object = node.type === 'MemberExpression' && !node.computed && (node.object as Js);
    if (
      object &&
      object.type === 'Identifier' &&
      !scopes.slice(1).some((s) => s.has(object.name as string))
    )
      calls.add(`${object.name as string}.${(node.property as Js).name as string}`);
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
        const called = isJs(node.id) && runs.has(node.id.name as string);
        if (!running && !runNodes.has(node) && !called) return;
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
        if (id.type === 'Identifier' && runs.has(id.name as string)) runNodes.add(node.init);
        // An object of functions: each method that running code calls runs.
        const init = node.init as Js | null;
        if (id.type === 'Identifier' && init?.type === 'ObjectExpression')
          for (const p of init.properties as Js[])
            if (p.type === 'Property' && !p.computed && isJs(p.key)) {
              const key = (p.key.name ?? p.key.value) as string;
              if (runs.has(`${id.name as string}.${key}`)) runNodes.add(p.value);
            }
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
        visit(node.declaration);
        return;
      case 'ExportDefaultDeclaration':
        // MDX renders its content inside the default export: it is the page's layout.
        runNodes.add(node.declaration);
        visit(node.declaration);
        return;
      case 'CallExpression':
      case 'NewExpression':
        call(node.callee);
        (node.arguments as Js[]).forEach(call);
        visit(node.callee);
        visit(node.arguments);
        return;
      case 'TaggedTemplateExpression':
        call(node.tag);
        visit(node.tag);
        visit(node.quasi);
        return;
      case 'ExportAllDeclaration':
        return;
      case 'JSXOpeningElement':
        // The element's name is `unknown-component`'s; its attributes are read here.
        call(node.name);
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
  return { found: [...found].map(([name, offset]) => ({ name, offset })), calls };
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
 * `{frontmatter.author.name}` where this file's frontmatter has no `author`: MDX's `frontmatter` is
 * the fields as written, without the schema's defaults (`tags` absent is no `[]` there), so
 * reading on from a field that is not there throws a TypeError when the page renders. Read where
 * it always runs: not behind a test (`&&`, `?:`, `if`) or in a function, which may guard it.
 */
function missingFields(
  program: Js,
  fields: Record<string, unknown>,
  report: (offset: number, message: string) => void,
): void {
  const keyOf = (member: Js): string | undefined =>
    !member.computed && isJs(member.property)
      ? (member.property.name as string)
      : isJs(member.property) && typeof member.property.value === 'string'
        ? member.property.value
        : undefined;
  const walk = (node: unknown, guarded: boolean): void => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, guarded));
    if (!isJs(node)) return;
    const guards =
      FUNCTION.has(node.type) ||
      node.type === 'LogicalExpression' ||
      node.type === 'ConditionalExpression' ||
      node.type === 'IfStatement';
    const field = isJs(node.object) ? (node.object as Js) : undefined;
    if (
      !guarded &&
      node.type === 'MemberExpression' &&
      !node.optional &&
      field?.type === 'MemberExpression' &&
      !field.optional &&
      isJs(field.object) &&
      field.object.type === 'Identifier' &&
      field.object.name === 'frontmatter'
    ) {
      const key = keyOf(field);
      const next = keyOf(node);
      if (key !== undefined && fields[key] == null) {
        const near = closestName(key, Object.keys(fields));
        report(
          field.start as number,
          `frontmatter.${key} is not in this file's frontmatter, so reading ${next === undefined ? 'on' : `.${next}`} from it stops the build when the page renders: ${near ? `did you mean frontmatter.${near}? Otherwise ` : ''}add ${key}: … to the frontmatter, or read it only where it is there (frontmatter.${key}?.${next ?? '…'})`,
        );
        return;
      }
    }
    for (const key in node)
      if (key !== 'loc' && key !== 'range') walk(node[key], guarded || guards);
  };
  walk(program, false);
}

/**
 * `undefined-name`: a name an MDX expression reads that the file never defines. MDX compiles it;
 * the page then stops the build while rendering (`ReferenceError: caption is not defined`),
 * with a stack trace through Astro's bundle. Braces meant as text are the usual cause: in MDX,
 * `{caption}` is JavaScript.
 */
export function checkUndefinedNames(model: Model, ctx: CheckContext, report: Report): void {
  if (ctx.syntax !== 'mdx') return;
  const scripts = model.scripts ?? [];
  // Components the content renders run with the page, wherever defined, and so does every
  // function that running code calls: read again until no new function is found to run.
  const runs = new Set(
    model.elements.filter((el) => el.origin === 'component').map((el) => el.name.split('.')[0]!),
  );
  let read: { found: Reference[]; calls: Set<string> }[];
  for (;;) {
    read = scripts.map(({ program, kind }) =>
      freeNames(program as Js, knownNames(model, kind === 'module'), kind === 'module', runs),
    );
    const size = runs.size;
    for (const { calls } of read) for (const name of calls) runs.add(name);
    if (runs.size === size) break;
  }
  // What the content reads from a field its frontmatter does not have: broken YAML is
  // parse-error's, and a `frontmatter` of the file's own (declared again) is no MDX's.
  // A file without frontmatter has none of it: MDX gives it an empty `frontmatter`.
  const fields = model.frontmatter
    ? model.frontmatter.error
      ? undefined
      : model.frontmatter.data
    : {};
  if (fields && !model.esm?.names.has('frontmatter'))
    for (const { program, kind } of scripts)
      if (kind !== 'module') missingFields(program as Js, fields, report);
  for (const [i, { kind, attribute }] of scripts.entries()) {
    // `:::tip{icon="heart"}`, `[the FIA](…){target="_blank"}`: another tool's attributes, which
    // MDX reads as this expression.
    // Said once, with what to write instead, where the braces open.
    if (kind === 'content' && read[i]!.found.length) {
      const { offset } = read[i]!.found[0]!;
      const lineStart = model.text.lastIndexOf('\n', offset - 1) + 1;
      const line = model.text.slice(lineStart, offset);
      const brace = line.lastIndexOf('{');
      const lineEnd = model.text.indexOf('\n', offset);
      const whole = model.text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      const fix = directiveAttributesFix(line, brace) ?? pandocAttributesFix(whole, brace, 'mdx');
      if (fix) {
        const names = read[i]!.found.map(({ name }) => name).join(', ');
        report(
          lineStart + brace,
          `${names} ${read[i]!.found.length > 1 ? 'are' : 'is'} not defined, so the page would stop the build when it renders: ${fix}`,
        );
        continue;
      }
    }
    for (const { name, offset } of read[i]!.found) {
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
 * `undefined-name`: a name an MDX file's JavaScript reads that nothing defines: not imported, exported or declared in the file, not one MDX gives every page (`props`, `frontmatter`), not a global. Rendering the page would throw a `ReferenceError`; the build stops before the render, at this line. Braces meant as text (`{caption}`) are the usual cause; another tool's directive attributes (Starlight's `:::tip{icon="heart"}`) are said as such, with the `<Callout>` to write, and so are Pandoc's attributes after a link or picture (`[the FIA](…){target="_blank"}`), with the link or picture alone. A function in an `import`/`export` block is read when it runs with the page: a component the content renders (`<Pic />`), a function that running code calls or hands to a call (`{label(x)}`, `items.map(label)`), a method of an object the file defines that running code calls (`{helpers.label()}`), and the default export, MDX's layout. Others run only if something calls them. And reading on from a frontmatter field the file does not have (`{frontmatter.author.name}` with no `author`, `{frontmatter.tags.length}` with no `tags`: MDX's `frontmatter` is the fields as written, without the schema's defaults), which throws a `TypeError` as the page renders, where it always runs (not behind `&&`, `?:`, `if` or in a function).
 *
 * @fix Define or import the name, or write `\{` for a brace that is text. For a field, add it to the frontmatter, or read it with `?.` (`frontmatter.author?.name`).
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
