import { calloutFor } from '../../components/mdx/other-tools.ts';
import { youTubeId } from '../../lib/media/youtube-id.ts';

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

/**
 * WordPress's shortcodes, as a post exported from WordPress (and Edublogs, which course blogs
 * run on) keeps them: the core ones (`[caption]`, `[embed]`, `[gallery]`, `[audio]`, `[video]`,
 * `[playlist]`) and Jetpack's embeds (`[youtube https://…]`, `[vimeo …]`). Neither Markdown
 * nor MDX reads them: the page shows them as text, and the picture, video or sound they stood for
 * is not there. Only these names are taken, with attributes or a closing `[/name]` in the file,
 * so a Markdown link's text or a note in brackets (`[video]`) is never one.
 */
const WORDPRESS =
  /\[(caption|wp_caption|embed|gallery|audio|video|playlist|youtube|vimeo|soundcloud|spotify|dailymotion|ted|wpvideo|googlemaps|slideshare|instagram|twitter|tweet)(\s[^\]\n]*|=[^\]\n]*)?\]/gi;

const WORDPRESS_ANY = new RegExp(WORDPRESS.source, 'i');

/** Whether `text` may hold a WordPress shortcode: a quick look before the tree is walked. */
export function mayHoldWordPress(text: string): boolean {
  return WORDPRESS_ANY.test(text);
}

export interface WordPressShortcode {
  /** The shortcode's opening tag as written (`[youtube https://…]`), and where it starts. */
  text: string;
  index: number;
  name: string;
  /** The video a YouTube embed names, which `<YouTube id>` embeds. */
  youTube?: string;
  /** Whether a closing tag (`[/embed]`) follows it in the file. */
  closed: boolean;
  /** The web address an embed names (`[embed]https://…[/embed]`, `[vimeo https://…]`). */
  address?: string;
  /** The file an `[audio]` or `[video]` plays (`mp3="…"`, `src="…"`). */
  media?: { kind: 'audio' | 'video'; src: string };
}

/**
 * Every WordPress shortcode's opening tag in the part of `text` from `from` to `to` (a text
 * node's, so that code is skipped), with its place in `text`.
 */
export function wordpressShortcodes(
  text: string,
  from = 0,
  to = text.length,
): WordPressShortcode[] {
  const found: WordPressShortcode[] = [];
  for (const match of text.slice(from, to).matchAll(WORDPRESS)) {
    const index = from + match.index;
    const name = match[1]!.toLowerCase();
    const rest = match[2] ?? '';
    const after = text.slice(index + match[0].length);
    const closed = new RegExp(`\\[/${name}\\]`, 'i').test(after);
    if (!rest.trim() && !closed) continue;
    // `[embed]https://…[/embed]`: the address between the tags; else the one in the tag.
    const between = rest.trim()
      ? rest
      : (new RegExp(`^([^\\[]*)\\[/${name}\\]`, 'i').exec(after)?.[1] ?? '');
    const address = /https?:\/\/[^\s"'\]]+/.exec(between)?.[0];
    const youTube = address ? youTubeId(address) : undefined;
    const src = /\b(?:src|mp3|m4a|ogg|wav|mp4|m4v|webm|ogv)\s*=\s*["']?([^"'\s\]]+)/i.exec(
      rest,
    )?.[1];
    const kind = name === 'audio' || name === 'video' ? name : undefined;
    found.push({
      text: match[0],
      index,
      name,
      closed,
      ...(youTube && { youTube }),
      ...(address && { address }),
      ...(kind && src && { media: { kind, src } }),
    });
  }
  return found;
}
