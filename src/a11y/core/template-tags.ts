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

export interface TemplateTag {
  /** The tag as written, and where it starts in the text searched. */
  text: string;
  index: number;
  tool: 'Hugo' | 'Jekyll';
  /** The video of a YouTube shortcode, which `<YouTube id>` embeds. */
  youTube?: string;
}

/** Every template tag in some text, in order. */
export function templateTags(text: string): TemplateTag[] {
  return [...text.matchAll(TAG)].map((match) => {
    const tag = match[0];
    const youTube = YOUTUBE.exec(tag)?.[1];
    return {
      text: tag,
      index: match.index,
      tool: tag.startsWith('{{<') || tag.startsWith('{{%') ? 'Hugo' : 'Jekyll',
      ...(youTube && { youTube }),
    };
  });
}
