import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import ts from 'typescript';

/**
 * The import graph of a folder, for tests/unit/layers.test.ts: every edge one module has to
 * another, whatever its kind. dependency-cruiser reads the TypeScript and JavaScript modules
 * (static imports, `import type`, `export … from`, dynamic `import('…')`); two kinds of edge it
 * does not see are added here: a worker or entrypoint named by `new URL('./x.ts', import.meta.url)`
 * (the file runs, so it is a dependency), and the imports of `.astro` components (their
 * frontmatter and `<script>`s, read with TypeScript's own import scanner).
 */

/** Module path (relative to the root, forward slashes) to the modules it imports. */
export type ImportGraph = Map<string, Set<string>>;

const CODE = /\.(?:ts|mts|mjs|js)$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const posix = (path: string) => path.split(sep).join('/');

/** `new URL('./worker.ts', import.meta.url)`: a module this one starts or hands to a tool. */
const URL_IMPORT = /new\s+URL\(\s*(['"`])(\.{1,2}\/[^'"`]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The relative specifiers a piece of TS/JS imports (static, type-only, re-exports, dynamic). */
function scannedImports(code: string): string[] {
  return ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName);
}

/** The script parts of an `.astro` file: its frontmatter and its `<script>` elements. */
function astroScripts(text: string): string[] {
  const parts: string[] = [];
  const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (frontmatter) parts.push(frontmatter[1]!);
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(match[1]!);
  return parts;
}

/** The graph of every module under `dir` (a path relative to `root`). */
export async function importGraph(root: string, dir: string): Promise<ImportGraph> {
  const graph: ImportGraph = new Map();
  const files = walk(join(root, dir)).map((path) => posix(relative(root, path)));
  const known = new Set(files);
  const edge = (from: string, to: string) => {
    if (!graph.has(from)) graph.set(from, new Set());
    // Only modules inside the folder: packages and Node's built-ins cannot import ours back.
    if (known.has(to)) graph.get(from)!.add(to);
  };
  for (const file of files)
    if (CODE.test(file) || file.endsWith('.astro')) graph.set(file, new Set());

  const result = (await cruise(
    [dir],
    {
      baseDir: root,
      tsPreCompilationDeps: true,
      doNotFollow: { path: 'node_modules' },
      exclude: { path: 'node_modules' },
    },
    { extensions: ['.ts', '.mts', '.mjs', '.js'] },
  )) as { output: ICruiseResult };
  for (const module of result.output.modules)
    for (const dependency of module.dependencies)
      if (dependency.resolved) edge(posix(module.source), posix(dependency.resolved));

  const relativeTo = (from: string, spec: string) =>
    posix(relative(root, resolve(root, dirname(from), spec.replace(/[?#].*$/, ''))));
  for (const file of files) {
    const isAstro = file.endsWith('.astro');
    if (!isAstro && !CODE.test(file)) continue;
    const text = readFileSync(join(root, file), 'utf8');
    for (const [, , spec] of text.matchAll(URL_IMPORT)) edge(file, relativeTo(file, spec!));
    if (!isAstro) continue;
    for (const script of astroScripts(text))
      for (const spec of scannedImports(script))
        if (spec.startsWith('.')) edge(file, relativeTo(file, spec));
  }
  return graph;
}

/**
 * Every import cycle in the graph, each as a path that returns to its start
 * (`a.ts -> b.ts -> a.ts`): one per strongly connected group of modules (Tarjan's algorithm).
 */
export function importCycles(graph: ImportGraph): string[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || graph.get(node)?.has(node)) groups.push(group);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return groups.map((group) => cyclePath(graph, new Set(group)));
}

/** One cycle through a group of modules that all reach each other, found breadth-first. */
function cyclePath(graph: ImportGraph, group: Set<string>): string {
  const start = [...group].sort()[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift()!;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!group.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let at = node; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
        return [...path, start].join(' -> ');
      }
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...group].join(' -> ');
}
