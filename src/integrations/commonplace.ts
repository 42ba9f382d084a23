import type { AstroIntegration } from 'astro';
import { setupCommonplace } from './setup.ts';
import {
  configureGate,
  runBuildGate,
  runSourceGate,
  startSourceGate,
  watchSourceGate,
} from './gate.ts';
import { startSearchIndex } from './search-index.ts';
import { plannedFeedFiles, writeFeeds } from './feeds.ts';
import { checkContentReferences } from './content-check.ts';

/**
 * Commonplace's Astro integration. It only wires hooks; each hook's work lives in its own file
 * (see README "Architecture").
 */
export default function commonplace(): AstroIntegration {
  return {
    name: 'commonplace',
    hooks: {
      'astro:config:setup': (params) => {
        setupCommonplace(params);
        // The gate's source layer starts now, in a worker, beside Astro's own work.
        startSourceGate(params);
      },
      // Before content loads, so a dangling course or network name fails with file and line.
      'astro:config:done': (params) => {
        configureGate(params);
        return checkContentReferences(params);
      },
      // While writing, the gate's source problems print as warnings.
      'astro:server:setup': (params) => watchSourceGate(params),
      'astro:build:done': async (params) => {
        // Pagefind indexes in its own process while the gate and feeds run here. Order matters
        // for what is written: a build the gate fails gets no feeds and no search index. The
        // gate checks links to the feeds, which do not exist yet, so it is told they are coming.
        const search = startSearchIndex(params);
        try {
          await runSourceGate(params);
          await runBuildGate(params, await plannedFeedFiles(params));
          await writeFeeds(params);
          await search.write();
        } finally {
          await search.close();
        }
      },
    },
  };
}
