import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';

/**
 * Tells the site's code where the project root is: media components resolve transcript paths
 * relative to entry files, which Astro stores relative to the root.
 */
export function setupCommonplace({ config, updateConfig }: HookParameters<'astro:config:setup'>) {
  updateConfig({
    vite: {
      define: {
        'import.meta.env.COMMONPLACE_ROOT': JSON.stringify(fileURLToPath(config.root)),
      },
    },
  });
}
