import { describe, expect, it } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { projectRoot } from '../helpers/build-fixture.ts';

/**
 * Every package the site's code and its commands import at run time is in package.json, at the
 * version the lockfile pins. One that came only through another package (esbuild, through
 * Astro's Vite) would vanish when that package stopped bringing it, and the build with it.
 * Type-only imports are erased before anything runs.
 */
describe('package.json', () => {
  it('declares every package src/ and scripts/ import at run time', async () => {
    const result = (await cruise(
      ['src', 'scripts'],
      {
        baseDir: projectRoot,
        tsPreCompilationDeps: true,
        doNotFollow: { path: 'node_modules' },
        // Not node_modules: an edge into it is what this test reads.
        exclude: { path: 'scripts/bench/\\.work' },
      },
      { extensions: ['.ts', '.mts', '.mjs', '.js'] },
    )) as { output: ICruiseResult };
    const undeclared = result.output.modules.flatMap((module) =>
      module.dependencies
        .filter(
          (dependency) =>
            dependency.dependencyTypes.includes('npm-no-pkg') &&
            !dependency.dependencyTypes.includes('type-only'),
        )
        .map((dependency) => `${module.source} imports ${dependency.module}`),
    );
    expect(result.output.modules.length).toBeGreaterThan(100);
    expect(undeclared).toEqual([]);
  });
});
