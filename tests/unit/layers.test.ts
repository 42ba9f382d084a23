import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-fixture.ts';
import { importCycles, importGraph, type ImportGraph } from '../helpers/import-graph.ts';

/**
 * The gate's layers (README "Architecture"): dependencies run one way, so a newcomer can read
 * the gate from the bottom up and change a layer without the ones below it noticing.
 * `core/` <- `writing/` <- `rules/` <- `source/`, `html/` <- `run/` <- the entries at the top of
 * src/a11y (cli.ts, site-config.ts …) and src/integrations/. Each layer may import its own
 * folder and the layers below it; `source/` and `html/` never import each other. Outside
 * src/a11y, only src/integrations/ may reach past `core/`.
 */
const LAYERS: Record<string, string[]> = {
  core: ['core'],
  writing: ['core', 'writing'],
  rules: ['core', 'writing', 'rules'],
  source: ['core', 'writing', 'rules', 'source'],
  html: ['core', 'writing', 'rules', 'html'],
  run: ['core', 'writing', 'rules', 'source', 'html', 'run'],
};
const GATE = 'src/a11y/';

/** The layer of a module under src/a11y: its folder, or `entry` for a file at the top. */
function layerOf(path: string): string {
  const rest = path.slice(GATE.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : 'entry';
}

/** Every import that goes against the layer order, as `importer -> imported: why`. */
export function layerProblems(graph: ImportGraph): string[] {
  const problems: string[] = [];
  for (const [from, imports] of graph) {
    const own = from.startsWith(GATE) ? layerOf(from) : undefined;
    if (own !== undefined && own !== 'entry' && !LAYERS[own]) {
      problems.push(`${from}: src/a11y/${own}/ is not a layer (README "Architecture")`);
      continue;
    }
    for (const to of imports) {
      if (!to.startsWith(GATE)) continue;
      const layer = layerOf(to);
      if (own === undefined) {
        // Outside the gate: the integrations run it; everything else may use its core only.
        if (!from.startsWith('src/integrations/') && layer !== 'core')
          problems.push(
            `${from} -> ${to}: outside src/a11y, only src/integrations/ may import past core/`,
          );
      } else if (own !== 'entry' && !LAYERS[own]!.includes(layer)) {
        problems.push(`${from} -> ${to}: ${own}/ may import ${LAYERS[own]!.join(', ')} only`);
      }
    }
  }
  return problems.sort();
}

const graphOf = (edges: Record<string, string[]>): ImportGraph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('the import graph of src/', async () => {
  const graph = await importGraph(projectRoot, 'src');

  it('reads every kind of import: type-only, dynamic, worker URLs, .astro components', () => {
    const deps = (file: string) => [...(graph.get(file) ?? [])];
    expect(graph.size).toBeGreaterThan(150);
    expect(deps('src/a11y/run/jobs.ts')).toContain('src/a11y/source/check.ts'); // import type
    expect(deps('src/a11y/run/worker.ts')).toContain('src/a11y/html/check.ts'); // import()
    expect(deps('src/a11y/run/client.ts')).toContain('src/a11y/run/worker.mjs'); // new URL
    expect(deps('src/a11y/run/worker.mjs')).toContain('src/a11y/run/worker.ts');
    expect(deps('src/a11y/cli.mjs')).toContain('src/a11y/cli.ts');
    expect(deps('src/components/mdx/index.ts')).toContain('src/components/mdx/Figure.astro');
    expect(deps('src/components/mdx/Video.astro').length).toBeGreaterThan(0); // its frontmatter
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('keeps the gate’s layers one way', () => {
    expect(layerProblems(graph)).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('find a cycle of any length, and a module importing itself', () => {
    expect(importCycles(graphOf({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'] }))).toEqual(
      ['a.ts -> b.ts -> c.ts -> a.ts'],
    );
    expect(importCycles(graphOf({ 'a.ts': ['a.ts'] }))).toEqual(['a.ts -> a.ts']);
    expect(
      importCycles(graphOf({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] })),
    ).toEqual([]);
  });

  it('find an import against the layer order, and a folder that is no layer', () => {
    expect(
      layerProblems(
        graphOf({
          'src/a11y/core/policy.ts': ['src/a11y/source/model.ts'],
          'src/a11y/source/check.ts': ['src/a11y/html/check.ts', 'src/a11y/rules/index.ts'],
          'src/a11y/rules/todo.ts': ['src/a11y/run/worker.ts'],
          'src/a11y/cli.ts': ['src/a11y/run/parallel.ts'],
          'src/a11y/misc/x.ts': [],
          'src/lib/x.ts': ['src/a11y/core/types.ts', 'src/a11y/html/check.ts'],
          'src/integrations/gate.ts': ['src/a11y/run/client.ts'],
        }),
      ),
    ).toEqual([
      'src/a11y/core/policy.ts -> src/a11y/source/model.ts: core/ may import core only',
      'src/a11y/misc/x.ts: src/a11y/misc/ is not a layer (README "Architecture")',
      'src/a11y/rules/todo.ts -> src/a11y/run/worker.ts: rules/ may import core, writing, rules only',
      'src/a11y/source/check.ts -> src/a11y/html/check.ts: source/ may import core, writing, rules, source only',
      'src/lib/x.ts -> src/a11y/html/check.ts: outside src/a11y, only src/integrations/ may import past core/',
    ]);
  });
});
