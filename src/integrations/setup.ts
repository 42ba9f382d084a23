import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { site } from '../site.config.ts';
import { loadReflectionModels } from '../lib/reflection-models.ts';

/**
 * Tells the site's code where the project root is (media components resolve transcript paths
 * relative to entry files, which Astro stores relative to the root) and which reflection models
 * exist: the bundled pages no longer sit beside the model files, so they are read here, once.
 * A model file with a problem is left out here and reported by the content check, with its line.
 */
export function setupCommonplace({ config, updateConfig }: HookParameters<'astro:config:setup'>) {
  const root = fileURLToPath(config.root);
  const { models } = loadReflectionModels(site.reflectionModels, root);
  updateConfig({
    vite: {
      define: {
        'import.meta.env.COMMONPLACE_ROOT': JSON.stringify(root),
        'import.meta.env.COMMONPLACE_REFLECTION_MODELS': JSON.stringify(JSON.stringify(models)),
      },
    },
  });
}
