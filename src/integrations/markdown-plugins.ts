import type { AstroConfig, AstroIntegrationLogger } from 'astro';
import { isSatteriProcessor, satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './base-links.ts';
import { tableScrollPlugin } from './table-scroll.ts';
import { taskLabelsPlugin } from './task-labels.ts';
import { normalizeBase } from '../lib/site/urls.ts';

/**
 * astro:config:setup: adds Commonplace's plugins to the site's Markdown processor (Astro's
 * default, Sätteri, which `@astrojs/mdx` also uses for `.mdx`), in one update: task-list
 * checkboxes get their task as a label (task-labels.ts), each table scrolls in a region a
 * keyboard can reach (table-scroll.ts), and on a site served from a sub-path, root-relative
 * Markdown links get the base (base-links.ts).
 */
export function addMarkdownPlugins(
  config: AstroConfig,
  updateConfig: (config: Partial<AstroConfig>) => unknown,
  logger: AstroIntegrationLogger,
): void {
  const base = normalizeBase(config.base);
  const processor = config.markdown.processor;
  if (!isSatteriProcessor(processor)) {
    const missed = [
      'task-list checkboxes get no label',
      ...(base === '/' ? [] : [`root-relative links in Markdown do not get the base ${base}`]),
    ];
    logger.warn(
      `markdown.processor "${processor.name}" is not Sätteri: ${missed.join(', and ')}; npm run check and the gate report each one at its line. Its wide tables also scroll out of a keyboard's reach in Safari, with no region around them. Sätteri, Astro's default, does all of this (README "Writing")`,
    );
    return;
  }
  const { options } = processor;
  updateConfig({
    markdown: {
      ...config.markdown,
      processor: satteri({
        ...options,
        hastPlugins: [
          ...options.hastPlugins,
          taskLabelsPlugin(),
          tableScrollPlugin(),
          ...(base === '/' ? [] : [baseLinksPlugin(base)]),
        ],
      }),
    },
  });
}
