import { calloutFor } from '../../components/mdx/other-tools.ts';

/**
 * Other blog tools' template tags, which this site does not read: Hugo's shortcodes
 * (`{{< youtube id >}}`, `{{% note %}}`) and Jekyll's Liquid (`{% include video.html %}`,
 * `{{ site.url }}`). A Markdown page shows them as text (`template-syntax`); MDX does not parse
 * them (`parse-error`). Both say what to write instead, from what is found here.
 */

const TAG =
  /\{\{[<%]\s*\/?[\w.-]+[^{}]*?[>%]\}\}|\{%-?\s*\w+[^{}]*?-?%\}|\{\{-?\s*[\w.]+(?:\s*\|[^{}]*?)?\s*-?\}\}/g;

/** A YouTube shortcode's video id: `{{< youtube dQw4w9WgXcQ >}}`, `{{< youtube id="…" >}}`. */
const YOUTUBE = /^\{\{[<%]\s*youtube\s+(?:id=)?["']?([\w-]{6,})/i;
/** The content file a Hugo `ref` or `relref` shortcode names: `{{< relref "posts/week-4.md" >}}`. */
const REF = /^\{\{[<%]\s*(?:rel)?ref\s+["']([^"'#]+)(?:#([^"']*))?["']/i;

export interface TemplateTag {
  /** The tag as written, and where it starts in the text searched. */
  text: string;
  index: number;
  tool: 'Hugo' | 'Jekyll';
  /** The video of a YouTube shortcode, which `<YouTube id>` embeds. */
  youTube?: string;
  /**
   * The entry a `ref`/`relref` shortcode names, by its file's name (`week-4` for
   * `posts/week-4.md` or `posts/week-4/index.md`), and the heading after its `#`.
   */
  ref?: { name: string; heading?: string };
}

/** Every template tag in some text, in order. */
export function templateTags(text: string): TemplateTag[] {
  return [...text.matchAll(TAG)].map((match) => {
    const tag = match[0];
    const youTube = YOUTUBE.exec(tag)?.[1];
    const ref = REF.exec(tag);
    const name = ref?.[1]
      ?.replace(/\/(?:_?index)?(?:\.\w+)?$/i, '')
      .replace(/\.\w+$/, '')
      .split('/')
      .pop();
    return {
      text: tag,
      index: match.index,
      tool: tag.startsWith('{{<') || tag.startsWith('{{%') ? 'Hugo' : 'Jekyll',
      ...(youTube && { youTube }),
      ...(name && { ref: { name, ...(ref?.[2] && { heading: ref[2] }) } }),
    };
  });
}

/**
 * A directive right before a `{` on a line: `:::tip{icon="heart"}` (Starlight's asides),
 * `::youtube[Video]{#id}`, `:abbr[F1]{title="Formula 1"}` (remark-directive's syntax). MDX reads
 * the braces as JavaScript, so the attributes either do not parse or name variables that do not
 * exist, and the page stops the build as it renders.
 */
const DIRECTIVE_BEFORE = /(?:^|[^\w:])(:+)([a-z][\w-]*)(?:\[([^\]\n]*)\])?$/i;

/**
 * What to write instead of a directive's attributes at `brace` (the offset of their `{` in
 * `lineText`), or undefined when no directive comes right before the brace.
 */
export function directiveAttributesFix(lineText: string, brace: number): string | undefined {
  const directive = brace < 0 ? null : DIRECTIVE_BEFORE.exec(lineText.slice(0, brace));
  if (!directive) return undefined;
  const [, colons, name, label] = directive;
  const written = `${colons}${name}${label === undefined ? '' : `[${label}]`}`;
  return colons!.length >= 3
    ? `the braces after ${written} hold a directive's attributes (Starlight's aside syntax), which MDX reads as JavaScript: write the aside as ${calloutFor(name, label)}`
    : `the braces after ${written} hold a directive's attributes (remark-directive's syntax), which MDX reads as JavaScript: write what it stands for in JSX (an HTML element, or one of the site's components: README "Components"), or write \\{ to show the braces`;
}
