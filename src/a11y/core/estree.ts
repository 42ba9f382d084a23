/**
 * What the gate reads of MDX's JavaScript (estree, as acorn gives it with offsets into the file):
 * the loose node shape and which names a scope binds. The source layer's model evaluates
 * constants with them (source/jsx.ts); the `undefined-name` rule finds names nothing binds.
 */

/** The loose shape of an estree node. */
export interface Js {
  type: string;
  start?: number;
  end?: number;
  [key: string]: unknown;
}

export const isJs = (value: unknown): value is Js =>
  typeof value === 'object' && value !== null && typeof (value as Js).type === 'string';

/** Nodes whose body is a scope of its own, run only when called. */
export const FUNCTION = new Set([
  'ArrowFunctionExpression',
  'FunctionExpression',
  'FunctionDeclaration',
]);

/** Every name a pattern binds: `x`, `{ a, b: [c] }`, `...rest`, `d = 1`. */
export function patternNames(pattern: Js | null | undefined, into: Set<string>): void {
  if (!pattern) return;
  if (pattern.type === 'Identifier') into.add(pattern.name as string);
  else if (pattern.type === 'ObjectPattern')
    for (const p of pattern.properties as Js[])
      patternNames((p.type === 'RestElement' ? p.argument : p.value) as Js, into);
  else if (pattern.type === 'ArrayPattern')
    for (const p of pattern.elements as (Js | null)[]) patternNames(p, into);
  else if (pattern.type === 'RestElement') patternNames(pattern.argument as Js, into);
  else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left as Js, into);
}

/**
 * The names a program, or a function with its parameters, declares anywhere in its body, blocks
 * flattened: `var`, `let`, `const`, imports, functions, classes and `catch` parameters. Nested
 * functions' own names stay theirs. Flattening a block into its function only ever makes a name
 * more bound, so a check built on it never reports a name that is defined.
 */
export function scopeNames(node: Js): Set<string> {
  const names = new Set<string>();
  for (const param of (node.params as Js[] | undefined) ?? []) patternNames(param, names);
  if (node.type === 'FunctionExpression' && isJs(node.id)) names.add(node.id.name as string);
  const declared = (child: unknown): void => {
    if (Array.isArray(child)) return child.forEach(declared);
    if (!isJs(child)) return;
    if (child.type === 'VariableDeclarator') patternNames(child.id as Js, names);
    else if (child.type === 'CatchClause') patternNames(child.param as Js, names);
    else if (child.type === 'ImportDeclaration')
      for (const s of child.specifiers as Js[]) patternNames(s.local as Js, names);
    if (
      (child.type === 'FunctionDeclaration' || child.type === 'ClassDeclaration') &&
      isJs(child.id)
    )
      names.add(child.id.name as string);
    if (FUNCTION.has(child.type)) return;
    for (const key in child) if (key !== 'loc' && key !== 'range') declared(child[key]);
  };
  declared(node.body);
  return names;
}

/** A name an MDX file's import/export blocks bind at their top level, with what binds it. */
export interface ModuleBinding {
  /** `default` for the default export (MDX's layout, which it renders around the content). */
  name: string;
  /** What the name's code is written in: a function declaration, a declarator, the export. */
  node: Js;
  /** The function it is bound to, when it is one (`function Pic() {}`, `const Pic = () => …`). */
  fn?: Js;
}

/**
 * The names the top level of an MDX file's import/export blocks (its `module` scripts) binds to
 * code (functions, `const`/`let`/`var` with a plain name, the default export), exported or not,
 * in order.
 */
export function moduleBindings(
  scripts: Iterable<{ program: unknown; kind: string }>,
): ModuleBinding[] {
  const bindings: ModuleBinding[] = [];
  for (const { program, kind } of scripts) {
    if (kind !== 'module' || !isJs(program)) continue;
    for (const statement of program.body as Js[]) {
      if (statement.type === 'ExportDefaultDeclaration' && isJs(statement.declaration)) {
        const fn = FUNCTION.has(statement.declaration.type) ? statement.declaration : undefined;
        bindings.push({ name: 'default', node: statement, fn });
        continue;
      }
      const declaration =
        statement.type === 'ExportNamedDeclaration' ? (statement.declaration as Js) : statement;
      if (declaration?.type === 'FunctionDeclaration' && isJs(declaration.id))
        bindings.push({ name: declaration.id.name as string, node: declaration, fn: declaration });
      if (declaration?.type === 'VariableDeclaration')
        for (const d of declaration.declarations as Js[])
          if ((d.id as Js).type === 'Identifier')
            bindings.push({
              name: (d.id as Js).name as string,
              node: d,
              fn: isJs(d.init) && FUNCTION.has(d.init.type) ? d.init : undefined,
            });
    }
  }
  return bindings;
}
