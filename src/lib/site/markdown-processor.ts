/**
 * Which Markdown processor a build renders `.md` and `.mdx` with, and what syntax it reads, as
 * far as Commonplace cares: its plugins (src/integrations/markdown-plugins.ts: task-list labels,
 * the base in root-relative links) are Sätteri's, so under any other processor the pages show
 * Markdown as that renders it; and Sätteri's syntax is what the gate's source layer parses with.
 * The build reads both from Astro's resolved config; `npm run check` from the config file
 * (src/a11y/astro-config.ts) (README "Writing", "Another Markdown processor", "Another Markdown
 * syntax").
 */

/** Astro's default processor, the one Commonplace's Markdown plugins run in. */
export const SATTERI = 'satteri';

/** The `markdown` part of an Astro config as its file writes it. */
export interface WrittenMarkdownConfig {
  processor?: { name?: unknown; options?: { features?: unknown } };
  remarkPlugins?: unknown[];
  rehypePlugins?: unknown[];
  remarkRehype?: object;
  gfm?: unknown;
  smartypants?: unknown;
}

/**
 * The Markdown syntax a site's Sätteri reads beyond its defaults, as its config turns it on or
 * off: `markdown.gfm: false`, or `satteri({ features: { headingAttributes: true, … } })`. The
 * gate's source layer parses with the same, so it judges the tree the pages are built from
 * (`## Plan {#plan}` has the id `plan` only where the site reads heading attributes).
 */
export interface MarkdownSyntax {
  /** GFM: tables, task lists, footnotes, strikethrough, autolinks. Default on. */
  gfm?: false;
  /** `## Heading {#id .class}`. Default off. */
  headingAttributes?: true;
  /** `:::note` … `:::` directives. Default off. */
  directive?: true;
  /** `[[Note]]` wiki links. Default off. */
  wikilinks?: true;
  /** `$…$` and `$$…$$`. Default off. */
  math?: true;
  /** A term, then `: its definition`. Default off. */
  definitionList?: true;
  /** `^super^`. Default off. */
  superscript?: true;
  /** `~sub~`. Default off. */
  subscript?: true;
  /**
   * Smart punctuation's dashes (`--` a dash –, `---` a dash —), which change a heading's id
   * (`## Week 1 -- the plan` is `#week-1--the-plan`). Default on, as Astro sets Sätteri's
   * `smartPunctuation`; off with `markdown.smartypants: false`, or Sätteri's `smartPunctuation`
   * false or `{ dashes: false }`.
   */
  smartDashes?: false;
}

/** The features Sätteri's parser takes for a syntax (smart punctuation is not the parser's). */
export function satteriFeatures({ smartDashes: _, ...features }: MarkdownSyntax) {
  return features;
}

/** An ATX heading's attributes at its end: `## Plan {#plan .wide}`, as Sätteri reads them. */
const HEADING_ATTRIBUTES = /^( {0,3}#{1,6}[ \t].*?)([ \t]+\{([^{}\n]*)\})[ \t]*$/;
const ATTRIBUTE_TOKEN = /^(?:#[^\s#.]+|\.[^\s#.]+|[\w-]+=(?:"[^"]*"|'[^']*'|\S+))$/;

/**
 * A heading line's attributes (`{#plan .wide}`) where Sätteri's `headingAttributes` would read
 * them: the heading before them, them as written, and the id they give.
 */
export function headingAttributes(
  line: string,
): { heading: string; written: string; id?: string } | undefined {
  const found = HEADING_ATTRIBUTES.exec(line);
  const tokens = found?.[3]!.trim().split(/\s+/) ?? [];
  if (!found || !found[3]!.trim() || !tokens.every((token) => ATTRIBUTE_TOKEN.test(token)))
    return undefined;
  const id = tokens.find((token) => token.startsWith('#'))?.slice(1);
  return { heading: found[1]!, written: found[2]!.trim(), ...(id && { id }) };
}

/** The features of Sätteri's that are off by default and change what a file's tree holds. */
const OPT_IN = [
  'headingAttributes',
  'directive',
  'wikilinks',
  'math',
  'definitionList',
  'superscript',
  'subscript',
] as const;

/**
 * The syntax a config's Markdown reads that differs from Sätteri's defaults; undefined when none
 * does, or when the processor is not Sätteri (another processor's syntax is its own).
 */
export function markdownSyntax(
  markdown: WrittenMarkdownConfig | undefined,
): MarkdownSyntax | undefined {
  if (writtenMarkdownProcessor(markdown) !== SATTERI) return undefined;
  const features = markdown?.processor?.options?.features;
  const set = (typeof features === 'object' && features ? features : {}) as Record<string, unknown>;
  const syntax: MarkdownSyntax = {};
  // Astro turns GFM off with `markdown.gfm: false`; Sätteri's own feature has the last word.
  if (('gfm' in set ? set.gfm : markdown?.gfm) === false) syntax.gfm = false;
  for (const feature of OPT_IN) if (set[feature]) syntax[feature] = true;
  const smart = 'smartPunctuation' in set ? set.smartPunctuation : markdown?.smartypants !== false;
  if (!smart || (typeof smart === 'object' && (smart as { dashes?: unknown }).dashes === false))
    syntax.smartDashes = false;
  return Object.keys(syntax).length > 0 ? syntax : undefined;
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
