import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { rebaseMarkdownLinks } from './base-links.ts';

/**
 * Tells the site's code where the project root is (media components resolve transcript paths
 * relative to entry files, which Astro stores relative to the root), and gives Markdown links
 * the site's base (src/integrations/base-links.ts).
 */
export function setupCommonplace({
  config,
  updateConfig,
  logger,
}: HookParameters<'astro:config:setup'>) {
  updateConfig({
    vite: {
      define: {
        'import.meta.env.COMMONPLACE_ROOT': JSON.stringify(fileURLToPath(config.root)),
      },
    },
  });
  rebaseMarkdownLinks(config, updateConfig, logger);
}
