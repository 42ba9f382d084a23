import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import { addMarkdownPlugins } from './markdown-plugins.ts';
import { emptyOutDirAtStart } from './unpublish.ts';
import { serveFeedsInDev } from './dev-feeds.ts';
import { site } from '../site.config.ts';
import { loadReflectionModels } from '../lib/reflection/reflection-model-files.ts';
import { buildFormatPosition, buildFormatProblem } from '../lib/site/build-format.ts';
import { configFile } from '../a11y/core/astro-config-file.ts';
import { userError } from '../lib/util/user-error.ts';
import { siteUrlPathProblem } from '../lib/site/urls.ts';

/**
 * astro:config:setup: tells the site's code where the project root and its pages are (media
 * components resolve transcript paths relative to the entry or page that uses them, and Astro
 * stores entries' paths relative to the root) and which
 * reflection models exist (the bundled pages no longer sit beside the model files, so they are
 * read here, once; a model file with a problem is left out here and reported by the content
 * check, with its line); adds the Markdown plugins (src/integrations/markdown-plugins.ts: task-list
 * labels, and the site's base on Markdown links);
 * installs the build log (src/integrations/build-log.ts) unless the site has its own logger;
 * serves the feeds in the dev server (src/integrations/dev-feeds.ts); and, for a build, empties
 * the output folder, so a build that fails early leaves no older site to publish, then refuses a
 * `build.format` whose pages the site's links miss (src/lib/site/build-format.ts; the dev
 * server, which serves pages by route whatever the format, only warns).
 */
export async function setupCommonplace(params: HookParameters<'astro:config:setup'>) {
  const { command, config, updateConfig, logger } = params;
  const root = fileURLToPath(config.root);
  const { models } = loadReflectionModels(site.reflectionModels, root);
  updateConfig({
    vite: {
      define: {
        'import.meta.env.COMMONPLACE_ROOT': JSON.stringify(root),
        'import.meta.env.COMMONPLACE_PAGES': JSON.stringify(
          fileURLToPath(new URL('pages/', config.srcDir)),
        ),
        'import.meta.env.COMMONPLACE_REFLECTION_MODELS': JSON.stringify(JSON.stringify(models)),
      },
    },
    ...(!config.logger && { logger: { entrypoint: new URL('./build-log.ts', import.meta.url) } }),
  });
  addMarkdownPlugins(config, updateConfig, logger);
  serveFeedsInDev(params);
  await emptyOutDirAtStart(command, config);
  const format = buildFormatProblem(config.build.format);
  if (format) {
    const file = configFile(root);
    const at = file && buildFormatPosition(readFileSync(file, 'utf8'));
    const where = at ? `${relative(root, file!)}:${at.line}:${at.column}: ` : '';
    if (command === 'build') throw userError(`${where}${format.message}`, format.hint);
    logger.warn(`${where}${format.message}. ${format.hint}`);
  }
  // `config.site` is src/site.config.ts's url, or COMMONPLACE_SITE_URL.
  const served = siteUrlPathProblem(config.site, config.base);
  if (served) {
    if (command === 'build') throw userError(`src/site.config.ts: ${served.message}`, served.hint);
    logger.warn(`src/site.config.ts: ${served.message}. ${served.hint}`);
  }
}
