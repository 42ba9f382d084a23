import { visit } from 'unist-util-visit';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { templateTags, type TemplateTag } from '../core/template-tags.ts';

/**
 * `template-syntax` (sources, a warning): another blog tool's template tags in a Markdown (`.md`)
 * file, which nothing here reads: Hugo's shortcodes (`{{< youtube id >}}`, `{{% note %}}`) and
 * Jekyll's Liquid (`{% include video.html %}`, `{{ site.url }}`). An author who moves posts from
 * Hugo or Jekyll gets a page that shows the tags as text and has no video where one was meant,
 * and every check passes. In MDX the same tags do not parse, and `parse-error` says what to
 * write. Code, inline or in blocks, is left alone: a post about Hugo shows its shortcodes there.
 */

function message(tag: TemplateTag): string {
  const what = tag.tool === 'Hugo' ? "Hugo's shortcode" : 'Liquid tag';
  const shown = tag.text.length > 60 ? `${tag.text.slice(0, 57)}…` : tag.text;
  const fix = tag.youTube
    ? `rename the file to .mdx and write <YouTube id="${tag.youTube}" title="What the video is" /> with its transcript`
    : "write what it stands for (for an include, rename the file to .mdx and use one of the site's components), or put it in backticks to show it as code";
  return `${what} ${shown} is not read here, so the page shows it as text: ${fix}`;
}

export const checkTemplateSyntax: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  if (ctx.syntax !== 'md') return;
  const text = String(file.value ?? '');
  if (!text.includes('{{') && !text.includes('{%')) return;
  const locator = new Locator(text);
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (const tag of templateTags(text.slice(start, end)))
      file.message(message(tag), locator.point(start + tag.index));
  });
};

/**
 * `template-syntax` (a warning): Hugo's shortcodes (`{{< youtube id >}}`) and Jekyll's Liquid tags (`{% include … %}`, `{{ site.url }}`) in a Markdown (`.md`) file, which nothing here reads: the page shows them as text, and a shortcode's video is not there. Code, inline or in blocks, is skipped. In MDX they do not parse, and `parse-error` says what to write.
 *
 * @fix For a YouTube shortcode, rename the file to `.mdx` and write `<YouTube id="…" title="…" />` with its transcript; for other tags, write what they stand for, or put them in backticks to show them as code.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Hugo embeds a video with `{{< youtube id >}}`; this site uses a component.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   Watch the pit stop:
 *
 *   {{< youtube dQw4w9WgXcQ >}}
 *
 *   More on {{ site.title }}.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:1: Hugo's shortcode {{< youtube dQw4w9WgXcQ >}} is not read here, so the page shows it as text: rename the file to .mdx and write <YouTube id="dQw4w9WgXcQ" title="What the video is" /> with its transcript
 *   5:9: Liquid tag {{ site.title }} is not read here, so the page shows it as text: write what it stands for (for an include, rename the file to .mdx and use one of the site's components), or put it in backticks to show it as code
 */
const rule: GateRule = { id: 'template-syntax', severity: 'warning', source: checkTemplateSyntax };
export default rule;
