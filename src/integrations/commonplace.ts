import type { AstroIntegration } from 'astro';
import { createGate } from './gate.ts';
import { addGateToolbar } from './gate-toolbar.ts';
import { rememberSiteAddress } from './site-address.ts';
import { explainingErrors } from './build-log.ts';
import { guardMdxExpressions } from './mdx-guard.ts';
import { markPhase } from './timing.ts';

/**
 * Commonplace's Astro integration. It only wires hooks; each hook's work lives in its own file
 * (see README "Architecture"). The larger ones (setup, the content check, the end of the build)
 * are imported when their hook runs: `npm run check` imports astro.config.mjs for its `base`
 * and runs no hook, and loading them with the config cost every check about 0.25 s.
 */
const setup = () => import('./setup.ts');
const contentCheck = () => import('./content-check.ts');
const finish = () => import('./finish-build.ts');

export default function commonplace(): AstroIntegration {
  // The gate's state (where the site is, the source layer's worker) belongs to this instance.
  const gate = createGate();
  return {
    name: 'commonplace',
    hooks: {
      'astro:config:setup': async (params) => {
        markPhase('astro:config:setup');
        await (await setup()).setupCommonplace(params);
        // For a build: the Vite plugins that stop it on the gate's source problems.
        gate.addSourceGatePlugins(params);
        // In `astro dev`, the gate's problems of the current page in the dev toolbar.
        addGateToolbar(params);
        // MDX that Astro's parser would read for hours is refused first, at its line.
        guardMdxExpressions(params);
      },
      // Before content loads, so a dangling course or network name fails with file and line.
      // The gate's source layer starts here, in a worker, beside Astro's own work, with the
      // config every integration has set up (their Vite aliases included).
      'astro:config:done': (params) => {
        markPhase('astro:config:done');
        rememberSiteAddress(params);
        gate.configureGate(params);
        return explainingErrors(async () => (await contentCheck()).checkContentReferences(params));
      },
      // Content is synced; bundling starts. The built pages' gate starts watching for pages.
      'astro:build:start': () => {
        markPhase('astro:build:start');
        gate.startBuildGate();
      },
      // Every page is written.
      'astro:build:generated': () => markPhase('astro:build:generated'),
      // While writing, the gate's source problems print as warnings and show in the toolbar.
      'astro:server:setup': (params) => gate.watchSourceGate(params),
      // The gate's two layers, the feeds and the search index, in the order that is safe.
      'astro:build:done': async (params) => {
        markPhase('astro:build:done');
        await explainingErrors(async () => (await finish()).finishBuild(gate, params));
        markPhase('finished');
      },
    },
  };
}
