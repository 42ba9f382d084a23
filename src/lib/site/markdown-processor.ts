/**
 * Which Markdown processor a build renders `.md` and `.mdx` with, as far as Commonplace cares:
 * its plugins (src/integrations/markdown-plugins.ts: task-list labels, the base in root-relative
 * links) are Sätteri's, so under any other processor the pages show Markdown as that renders it.
 * The build reads the processor from Astro's resolved config; `npm run check` from the config
 * file (src/a11y/astro-config.ts), and both hand the gate its name (README "Writing", "Another Markdown processor").
 */

/** Astro's default processor, the one Commonplace's Markdown plugins run in. */
export const SATTERI = 'satteri';

/** The `markdown` part of an Astro config as its file writes it. */
export interface WrittenMarkdownConfig {
  processor?: { name?: unknown };
  remarkPlugins?: unknown[];
  rehypePlugins?: unknown[];
  remarkRehype?: object;
}

/**
 * The processor an Astro config's build renders with: its `markdown.processor`'s name; where it
 * names none but sets remark or rehype plugins the older way (`markdown.remarkPlugins`,
 * `rehypePlugins`, `remarkRehype`), `unified`, which Astro then runs them on
 * (`@astrojs/markdown-remark`); else Sätteri. An integration that swaps the processor while the
 * build sets up is not in the file, so only the build sees it.
 */
export function writtenMarkdownProcessor(markdown: WrittenMarkdownConfig | undefined): string {
  const name = markdown?.processor?.name;
  if (typeof name === 'string' && name) return name;
  const legacy =
    !!markdown?.remarkPlugins?.length ||
    !!markdown?.rehypePlugins?.length ||
    Object.keys(markdown?.remarkRehype ?? {}).length > 0;
  return legacy ? 'unified' : SATTERI;
}

/** Whether Commonplace's Markdown plugins run under a processor (undefined: Astro's default). */
export const markdownPluginsRun = (processor: string | undefined): boolean =>
  processor === undefined || processor === SATTERI;
