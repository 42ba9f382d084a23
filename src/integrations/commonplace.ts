import type { AstroIntegration } from 'astro';
import { setupCommonplace } from './setup.ts';

/**
 * Commonplace's Astro integration. It only wires hooks; each hook's work lives in its own file
 * (see README "Architecture").
 */
export default function commonplace(): AstroIntegration {
  return {
    name: 'commonplace',
    hooks: {
      'astro:config:setup': (params) => setupCommonplace(params),
    },
  };
}
