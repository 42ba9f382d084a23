import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { Parser, type Node as AcornNode } from 'acorn';
import jsx from 'acorn-jsx';
import { readTracked } from '../../lib/util/file-deps.ts';
import { isJs, patternNames, type Js } from './estree.ts';
import { fileBeside } from './site-urls.ts';

/**
 * What an MDX file's relative `import` reaches, as the build's bundler sees it: which file Vite
 * resolves it to, and which names that file exports. The bundler stops on an import of a name a
 * module does not export (`import { Figure } from './Figure.astro'`: a component is its file's
 * default export); `asset-target` reports it at its line before the build. Every read is recorded
 * (file-deps.ts), so a cached result goes when the imported file changes.
 */

/** Vite's default `resolve.extensions`, tried in this order for an import written without one. */
const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'];

/**
 * The file a relative import names, resolved as Vite does: as written, then with each of its
 * extensions, then as a folder's `index` file. A folder with its own `package.json` is resolved
 * by its entry point, which the gate does not read: its path is returned, with no exports known.
 */
export function resolveImport(source: string, from: string): string | undefined {
  const path = source.split(/[?#]/)[0]!;
  const folder = path.replace(/\/$/, '');
  const candidates = [
    path,
    ...EXTENSIONS.map((ext) => path + ext),
    ...EXTENSIONS.map((ext) => `${folder}/index${ext}`),
  ];
  for (const candidate of candidates) {
    const file = fileBeside(candidate, from);
    if (file) return file;
  }
  const manifest = fileBeside(`${folder}/package.json`, from);
  return manifest && manifest.slice(0, -'/package.json'.length);
}

/**
 * The names a module exports (`default` for its default export), or undefined when the gate cannot
 * tell: a file it does not read (`.md`, `.mdx`, `.cjs`, `.svelte`, a folder), one that does not
 * parse (the bundler reports that), one that re-exports everything of another (`export * from`).
 */
export function exportsOf(file: string): Set<string> | undefined {
  const ext = extname(file).toLowerCase();
  const reader = READERS[ext];
  if (!reader) return undefined;
  const text = readTracked(file);
  if (text === undefined) return undefined;
  try {
    return reader(text);
  } catch {
    return undefined;
  }
}

const JsParser = Parser.extend(jsx());

/** JavaScript, with JSX: the exports acorn reads in the module's top level. */
function javascriptExports(text: string): Set<string> | undefined {
  const program = JsParser.parse(text, {
    ecmaVersion: 'latest',
    sourceType: 'module',
    allowHashBang: true,
  }) as AcornNode as unknown as Js;
  const names = new Set<string>();
  for (const statement of program.body as Js[]) {
    if (statement.type === 'ExportDefaultDeclaration') names.add('default');
    else if (statement.type === 'ExportAllDeclaration') {
      if (!isJs(statement.exported)) return undefined;
      names.add(exportedName(statement.exported));
    } else if (statement.type === 'ExportNamedDeclaration') {
      const declaration = statement.declaration as Js | null;
      if (declaration?.type === 'VariableDeclaration')
        for (const d of declaration.declarations as Js[]) patternNames(d.id as Js, names);
      else if (isJs(declaration?.id)) names.add(declaration.id.name as string);
      for (const specifier of statement.specifiers as Js[])
        names.add(exportedName(specifier.exported as Js));
    }
  }
  return names;
}

/** `export { a as "a b" }`: a name may be a string. */
const exportedName = (node: Js): string =>
  node.type === 'Literal' ? String(node.value) : (node.name as string);

type TypeScript = typeof import('typescript');
let typescript: TypeScript | null | undefined;

/**
 * TypeScript's own parser, loaded only when an entry imports a TypeScript module or an `.astro`
 * component that exports from its frontmatter; null where TypeScript is not installed.
 */
function loadTypeScript(): TypeScript | null {
  if (typescript === undefined) {
    try {
      typescript = createRequire(import.meta.url)('typescript') as TypeScript;
    } catch {
      typescript = null;
    }
  }
  return typescript;
}

/**
 * TypeScript: the exports that exist when the module runs. Types and interfaces, `declare`d names
 * and `export type { … }` are gone by then: the bundler stops on an import of one from MDX.
 */
function typescriptExports(text: string, tsx = false): Set<string> | undefined {
  const ts = loadTypeScript();
  if (!ts) return undefined;
  const source = ts.createSourceFile(
    tsx ? 'module.tsx' : 'module.ts',
    text,
    ts.ScriptTarget.Latest,
    false,
    tsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const names = new Set<string>();
  const has = (node: import('typescript').Node, kind: import('typescript').SyntaxKind) =>
    ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
  const bind = (name: import('typescript').BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else
      for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of source.statements) {
    if (ts.isExportAssignment(statement)) {
      if (statement.isExportEquals) return undefined;
      names.add('default');
    } else if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const clause = statement.exportClause;
      if (!clause) return undefined; // export * from '…'
      if (ts.isNamespaceExport(clause)) names.add(clause.name.text);
      else for (const e of clause.elements) if (!e.isTypeOnly) names.add(e.name.text);
    } else if (
      has(statement, ts.SyntaxKind.ExportKeyword) &&
      !has(statement, ts.SyntaxKind.DeclareKeyword)
    ) {
      if (has(statement, ts.SyntaxKind.DefaultKeyword)) names.add('default');
      else if (ts.isVariableStatement(statement))
        for (const d of statement.declarationList.declarations) bind(d.name);
      else if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isEnumDeclaration(statement) ||
          ts.isModuleDeclaration(statement)) &&
        statement.name &&
        ts.isIdentifier(statement.name)
      )
        names.add(statement.name.text);
    }
  }
  return names;
}

/**
 * An `.astro` component: its default export, and what its frontmatter exports (Astro hoists those
 * into the module). Most frontmatter exports nothing, and then TypeScript is not loaded.
 */
function astroExports(text: string): Set<string> | undefined {
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  if (!/\bexport\b/.test(frontmatter)) return new Set(['default']);
  const names = typescriptExports(frontmatter);
  return names && new Set(['default', ...names]);
}

/**
 * JSON: Vite exports the whole value, and top-level keys by name. Every key is taken as one: the
 * bundler leaves out a few (reserved words, names of globals), and missing one of those only
 * leaves the report to the build.
 */
function jsonExports(text: string): Set<string> {
  const value: unknown = JSON.parse(text);
  const names = new Set(['default']);
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const key of Object.keys(value)) names.add(key);
  return names;
}

const READERS: Record<string, (text: string) => Set<string> | undefined> = {
  '.js': javascriptExports,
  '.mjs': javascriptExports,
  '.jsx': javascriptExports,
  '.ts': (text) => typescriptExports(text),
  '.mts': (text) => typescriptExports(text),
  '.tsx': (text) => typescriptExports(text, true),
  '.astro': astroExports,
  '.json': jsonExports,
};
