import type { AstroIntegration } from 'astro';
import { setupCommonplace } from './setup.ts';
import { configureGate, startSourceGate, watchSourceGate } from './gate.ts';
import { checkContentReferences } from './content-check.ts';
import { finishBuild } from './finish-build.ts';
import { markPhase } from './timing.ts';

/**
 * Commonplace's Astro integration. It only wires hooks; each hook's work lives in its own file
 * (see README "Architecture"). `markPhase` records when each hook ran, for the benchmark.
 */
export default function commonplace(): AstroIntegration {
  return {
    name: 'commonplace',
    hooks: {
      'astro:config:setup': (params) => {
        markPhase('astro:config:setup');
        setupCommonplace(params);
        // The gate's source layer starts now, in a worker, beside Astro's own work.
        startSourceGate(params);
      },
      // Before content loads, so a dangling course or network name fails with file and line.
      'astro:config:done': (params) => {
        markPhase('astro:config:done');
        configureGate(params);
        return checkContentReferences(params);
      },
      // Content is synced; bundling starts.
      'astro:build:start': () => markPhase('astro:build:start'),
      // Every page is written.
      'astro:build:generated': () => markPhase('astro:build:generated'),
      // While writing, the gate's source problems print as warnings.
      'astro:server:setup': (params) => watchSourceGate(params),
      // The gate's two layers, the feeds and the search index, in the order that is safe.
      'astro:build:done': async (params) => {
        markPhase('astro:build:done');
        await finishBuild(params);
        markPhase('finished');
      },
    },
  };
}
