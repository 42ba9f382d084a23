import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { rebaseMarkdownLinks } from './base-links.ts';
import { emptyOutDirAtStart } from './unpublish.ts';

/**
 * astro:config:setup: tells the site's code where the project root is (media components resolve
 * transcript paths relative to entry files, which Astro stores relative to the root); gives
 * Markdown links the site's base (src/integrations/base-links.ts); installs the build log
 * (src/integrations/build-log.ts) unless the site has its own logger; and, for a build, empties
 * the output folder, so a build that fails early leaves no older site to publish.
 */
export async function setupCommonplace({
  command,
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
    ...(!config.logger && { logger: { entrypoint: new URL('./build-log.ts', import.meta.url) } }),
  });
  rebaseMarkdownLinks(config, updateConfig, logger);
  await emptyOutDirAtStart(command, config);
}
