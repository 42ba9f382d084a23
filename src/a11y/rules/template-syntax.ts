import { visit } from 'unist-util-visit';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck, SourceInput } from '../core/rule.ts';
import type { CheckContext } from '../core/policy.ts';
import { addressOf, entryNamed } from '../core/entry-named.ts';
import {
  templateTags,
  wordpressShortcodes,
  mayHoldWordPress,
  type TemplateTag,
  type WordPressShortcode,
} from '../core/template-tags.ts';
import { basename } from 'node:path';
import { calloutFor, isAsideKind } from '../../components/mdx/other-tools.ts';
import { pandocAttributesFix, quartoCallout } from '../core/pandoc-attributes.ts';
import { withFix } from '../core/fixes.ts';
import type { Fix } from '../core/types.ts';

/** The alerts GitHub renders; Obsidian reads these and more as callouts. */
const GITHUB_ALERTS = new Set(['note', 'tip', 'important', 'warning', 'caution']);

/**
 * `template-syntax` (sources, a warning): another blog tool's template tags in a Markdown (`.md`)
 * file, which nothing here reads: Hugo's shortcodes (`{{< youtube id >}}`, `{{% note %}}`) and
 * Jekyll's Liquid (`{% include video.html %}`, `{{ site.url }}`). An author who moves posts from
 * Hugo or Jekyll gets a page that shows the tags as text and has no video where one was meant,
 * and every check passes. In MDX the same tags do not parse, and `parse-error` says what to
 * write. In both, asides written as other tools take them (`:::note`, GitHub's `> [!NOTE]`),
 * and Obsidian's callouts (`> [!question] Why pit early?`), which the page shows as text, with the
 * `<Callout>` that says the same; Pandoc's attributes (src/a11y/core/pandoc-attributes.ts); and
 * WordPress's shortcodes.
 * Code, inline or in blocks, is left alone: a post about Hugo shows its shortcodes there.
 */

function message(tag: TemplateTag, ctx: CheckContext): string {
  const what = tag.tool === 'Hugo' ? "Hugo's shortcode" : 'Liquid tag';
  const shown = tag.text.length > 60 ? `${tag.text.slice(0, 57)}…` : tag.text;
  // A `ref` stands for the address of the entry it names, which this site knows.
  const entry = tag.ref && entryNamed(tag.ref.name, ctx);
  const fix = tag.youTube
    ? `rename the file to .mdx and write <YouTube id="${tag.youTube}" title="What the video is" /> with its transcript`
    : entry
      ? `write the address it stands for, ${addressOf(entry, tag.ref?.heading)}`
      : tag.ref
        ? `write the address of the page it names (a post's is /posts/ and its file's name: /posts/${tag.ref.name}/)`
        : "write what it stands for (for an include, rename the file to .mdx and use one of the site's components), or put it in backticks to show it as code";
  return `${what} ${shown} is not read here, so the page shows it as text: ${fix}`;
}

/** What to write for an aside, in the file's syntax. */
function calloutFix(kind: string, syntax: string, title?: string): string {
  const callout = calloutFor(kind, title);
  return syntax === 'mdx' ? `write ${callout}` : `rename the file to .mdx and write ${callout}`;
}

/**
 * Asides written as other tools take them, which neither Markdown nor MDX reads here: a
 * directive (`:::note` … `:::`, as Starlight, Docusaurus, VitePress and Astro themes write
 * them) and GitHub's alert (`> [!NOTE]`). The page shows the markers as text.
 */
function checkAsides(
  tree: SourceInput['tree'],
  syntax: string,
  say: (message: string, offset: number) => void,
) {
  visit(tree, 'paragraph', (node, _index, parent) => {
    const first = node.children[0];
    const start = node.position?.start.offset;
    if (first?.type !== 'text' || start === undefined) return;
    // Pandoc's fenced div with attributes, `::: {.callout-note}`.
    const fenced = /^:{3,}[^\S\n]*\{/.exec(first.value);
    const line = first.value.split('\n', 1)[0]!;
    const div = fenced && pandocAttributesFix(line, fenced[0].length - 1, syntax);
    if (div) {
      say(div, start);
      return;
    }
    // `:::caution[Hot brakes]`: Starlight's title in brackets.
    const directive = /^:::\s*([a-z][\w-]*)(?:\[([^\]\n]*)\])?/i.exec(first.value);
    const quarto = directive && quartoCallout(directive[1]!.toLowerCase());
    if (quarto) {
      say(
        `Quarto's callout ::: ${directive[1]} is not read here, so the page shows its ::: lines as text: ${calloutFix(quarto, syntax)} in place of its ::: lines`,
        start,
      );
      return;
    }
    if (directive) {
      say(
        `The aside :::${directive[1]} is another tool's syntax (Starlight's, Docusaurus's), not read here, so the page shows its ::: lines as text: ${calloutFix(directive[1]!, syntax, directive[2])}`,
        start,
      );
      return;
    }
    // GitHub's five alerts, and Obsidian's callouts: more kinds, a fold mark and a title.
    const alert = /^\[!([a-z]+)\]([-+]?)[^\S\n]*([^\n]*)/i.exec(first.value);
    if (!alert || !isAsideKind(alert[1]!)) return;
    if (parent?.type !== 'blockquote' || parent.children[0] !== node) return;
    const kind = alert[1]!;
    const github = GITHUB_ALERTS.has(kind.toLowerCase()) && !alert[2] && !alert[3];
    const marker = `[!${github ? kind.toUpperCase() : kind}]${alert[2]}`;
    say(
      github
        ? `GitHub's alert ${marker} is not read here, so the quote shows it as text: ${calloutFix(kind, syntax)}, or remove the ${marker} line to keep a plain quote`
        : `Obsidian's callout ${marker} is not read here, so the quote shows it as text: ${calloutFix(kind, syntax, alert[3])}, or remove ${marker} to keep a plain quote`,
      start,
    );
  });
}

/** Obsidian's comment, `%%…%%` (within a paragraph, or opening one of its own). */
const OBSIDIAN_COMMENT = /%%([^%]*(?:%(?!%)[^%]*)*)(%%)?/;
/** Obsidian's highlight, `==words==`, apart from other words (`a==b` is code written as prose). */
const OBSIDIAN_HIGHLIGHT = /(?<![\w=])==(?=\S)([^=\n]*?\S)==(?![\w=])/g;

/**
 * Obsidian's own marks in text, which neither Markdown nor MDX reads: a comment (`%%Note to
 * self%%`), which Obsidian hides and the page shows, so what the author kept to themselves is
 * published; and a highlight (`==key point==`), whose marks the page shows. Said once per text.
 */
function checkObsidianMarks(
  tree: SourceInput['tree'],
  say: (message: string, offset: number) => void,
) {
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    if (start === undefined || (!node.value.includes('%%') && !node.value.includes('=='))) return;
    const comment = OBSIDIAN_COMMENT.exec(node.value);
    if (comment) {
      const words = comment[1]!.trim().replace(/\s+/g, ' ');
      const shown = words.length > 40 ? `${words.slice(0, 39)}…` : words;
      say(
        `Obsidian's comment %%${shown}${comment[2] ? '%%' : ''} is not hidden here: the page shows it, and publishes what you kept to yourself: delete it${comment[2] ? '' : ', from this %% to the closing %%'}`,
        start + comment.index,
      );
    }
    for (const highlight of node.value.matchAll(OBSIDIAN_HIGHLIGHT))
      say(
        `Obsidian's highlight ${highlight[0]} is not read here, so the page shows its == marks: write <mark>${highlight[1]}</mark>`,
        start + highlight.index,
      );
  });
}

/**
 * Pandoc's attributes right after an image, a link, code or a `[span]` in Markdown
 * (`![Pit lane](pit.png){width="6.5in"}`), which the page shows as text. In MDX the braces are
 * JavaScript, and `parse-error` or `undefined-name` says the same. Headings' are
 * `heading-syntax`'s, fenced divs' are asides (checkAsides).
 */
function checkPandocAttributes(
  tree: SourceInput['tree'],
  text: string,
  say: (message: string, offset: number) => void,
) {
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    for (let brace = text.indexOf('{', start); brace !== -1 && brace < end;) {
      const lineStart = text.lastIndexOf('\n', brace - 1) + 1;
      const lineEnd = text.indexOf('\n', brace);
      const line = text.slice(lineStart, lineEnd === -1 ? undefined : lineEnd);
      // A fenced div's line (`::: {.callout-note}`) is an aside's, said where its paragraph starts.
      const message = !/^\s*:::/.test(line) && pandocAttributesFix(line, brace - lineStart, 'md');
      if (message) say(message, brace);
      brace = text.indexOf('{', brace + 1);
    }
  });
}

/** Pandoc's superscript against a word, `x^2^`, `1^st^`: no space or caret inside. */
const PANDOC_SUPERSCRIPT = /(?<=[\p{L}\p{N})\]])\^([^\s^]+)\^/gu;

/**
 * Pandoc's subscript and superscript (`CO~2~`, `x^2^`), as a Word file converted by Pandoc, a
 * Quarto or R Markdown document and a chemistry or maths student write them. Here `~2~` is GFM's
 * strikethrough, so the page shows the 2 of CO~2~ crossed out, and `^2^` is text with its
 * carets. Only against a word, as Pandoc reads them: `~gone~` between spaces is a strikethrough
 * meant as one. The fix writes the HTML element, which `.md` and MDX both read.
 */
function checkPandocScripts(
  tree: SourceInput['tree'],
  text: string,
  say: (message: string, offset: number, fix: Fix) => void,
) {
  const wordBefore = (offset: number) =>
    /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, offset - 20), offset))?.[0] ?? '';
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'delete') {
      const sub = /^~([^~\s]+)~$/.exec(text.slice(start, end));
      const word = wordBefore(start);
      if (!sub || !word) return;
      say(
        `${word}${sub[0]} is Pandoc's subscript, which the page shows as crossed-out text (${word} with ${sub[1]} struck through): write ${word}<sub>${sub[1]}</sub>`,
        start,
        { range: [start, end], text: `<sub>${sub[1]}</sub>` },
      );
      return;
    }
    if (node.type !== 'text' || !node.value.includes('^')) return;
    for (const sup of node.value.matchAll(PANDOC_SUPERSCRIPT)) {
      // Where the text is written as it reads (no escape or entity before it in the node).
      const at = start + sup.index;
      if (text.slice(at, at + sup[0].length) !== sup[0]) continue;
      const word = wordBefore(at);
      say(
        `${word}${sup[0]} is Pandoc's superscript, which the page shows as text with its carets: write ${word}<sup>${sup[1]}</sup>`,
        at,
        { range: [at, at + sup[0].length], text: `<sup>${sup[1]}</sup>` },
      );
    }
  });
}

/** What to write for a WordPress shortcode (`shown` as the message shows it), in a file of `syntax`. */
function wordpressFix(code: WordPressShortcode, shown: string, syntax: string): string {
  const mdx = syntax === 'mdx' ? '' : 'rename the file to .mdx and ';
  const tags = `${shown}${code.closed ? ` and [/${code.name}]` : ''}`;
  if (code.youTube)
    return `${mdx}write <YouTube id="${code.youTube}" title="What the video is" /> in place of ${tags}, with its transcript`;
  if (code.name === 'caption' || code.name === 'wp_caption')
    return `remove ${tags}, and keep the picture, with its caption as text under it`;
  if (code.name === 'gallery')
    return 'write each of its pictures as an image, ![what it shows](./name.jpg), with the file saved beside this entry: the gallery named pictures in the old site’s media library';
  if (code.media) {
    const name = basename(code.media.src.split(/[?#]/)[0]!);
    return `save ${name} into public/media/ and write <${code.media.kind} controls src="/media/${name}"></${code.media.kind}> in place of ${tags}, with its transcript after it`;
  }
  if (code.address) return `write a link to it, [what it is](${code.address}), in place of ${tags}`;
  return `write what it stands for in place of ${tags}, or delete it`;
}

/**
 * WordPress's shortcodes in a paragraph, a heading or a table cell, read from the source, as
 * Markdown splits one across nodes (`[youtube https://…]` holds an autolink); code in it is
 * skipped.
 */
function checkWordPress(
  tree: SourceInput['tree'],
  text: string,
  syntax: string,
  say: (message: string, offset: number) => void,
) {
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const code: [number, number][] = [];
    visit(node, 'inlineCode', (inline) => {
      const { start: from, end: to } = inline.position ?? {};
      if (from?.offset !== undefined && to?.offset !== undefined)
        code.push([from.offset, to.offset]);
    });
    for (const found of wordpressShortcodes(text, start, end)) {
      if (code.some(([from, to]) => found.index < to && found.index + found.text.length > from))
        continue;
      const shown = found.text.length > 60 ? `${found.text.slice(0, 57)}…` : found.text;
      const gone =
        found.youTube || found.media || found.address ? ', and what it played is not there' : '';
      say(
        `WordPress's shortcode ${shown} is not read here, so the page shows it as text${gone}: ${wordpressFix(found, shown, syntax)}`,
        found.index,
      );
    }
    return 'skip';
  });
}

export const checkTemplateSyntax: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  const asides = text.includes(':::') || text.includes('[!');
  const tags = ctx.syntax === 'md' && (text.includes('{{') || text.includes('{%'));
  const obsidian = text.includes('%%') || text.includes('==');
  const pandoc = ctx.syntax === 'md' && /[)\]`]\{|\{:/.test(text);
  const wordpress = mayHoldWordPress(text);
  const scripts = /[\p{L}\p{N}]~[^~\s]+~|\^[^\s^]+\^/u.test(text);
  if (!asides && !tags && !obsidian && !pandoc && !wordpress && !scripts) return;
  const locator = new Locator(text);
  const say = (message: string, offset: number) => file.message(message, locator.point(offset));
  if (asides) checkAsides(tree, ctx.syntax, say);
  if (obsidian) checkObsidianMarks(tree, say);
  if (pandoc) checkPandocAttributes(tree, text, say);
  if (wordpress) checkWordPress(tree, text, ctx.syntax, say);
  if (tags)
    visit(tree, 'text', (node) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      for (const tag of templateTags(text.slice(start, end)))
        file.message(message(tag, ctx), locator.point(start + tag.index));
    });
  if (scripts)
    checkPandocScripts(tree, text, (message, offset, fix) =>
      withFix(file.message(message, locator.point(offset)), fix),
    );
};

/**
 * `template-syntax` (a warning): Hugo's shortcodes (`{{< youtube id >}}`; a `ref` or `relref`'s message gives the address of the entry it names) and Jekyll's Liquid tags (`{% include … %}`, `{{ site.url }}`) in a Markdown (`.md`) file, which nothing here reads: the page shows them as text, and a shortcode's video is not there (in MDX they do not parse, and `parse-error` says what to write). In `.md` and `.mdx`, asides written as other tools take them: a directive (`:::note` … `:::`, as Starlight, Docusaurus and VitePress write them) or GitHub's alert (`> [!NOTE]`) and Obsidian's callout (`> [!question] Why pit early?`), whose markers the page shows as text; and, in both, Obsidian's comment (`%%Note to self%%`), which Obsidian hides and the page publishes, and highlight (`==key point==`, for which `<mark>key point</mark>`). Pandoc's attributes in braces, as Quarto, R Markdown and a Word file converted by Pandoc write them, right after a picture (`![Pit lane](media/image1.png){width="6.5in"}`, Quarto's `{fig-alt="…"}`), a link (`{target="_blank"}`), code (`` `x`{.python} ``) or a bracketed span (`[key point]{.mark}`), in a `.md` file, and their fenced divs in both (`::: {.callout-note}`, `::: {custom-style="Caption"}`); and kramdown's, as Jekyll posts write them, after a picture or on the line under a block (`{: .notice}`, `{:toc}`): the page shows them as text. In both, Pandoc's subscript and superscript against a word (`CO~2~`, `x^2^`), which the page shows crossed out (`~2~` is GFM's strikethrough) and with its carets. In both, WordPress's shortcodes, as a post exported from WordPress or Edublogs keeps them (`[caption …]`, `[embed]https://…[/embed]`, `[youtube …]`, `[gallery ids="…"]`, `[audio mp3="…"]`; only those names, with attributes or a closing tag, so a word in brackets is left alone): the page shows them as text, and the video, sound or pictures they stood for are not there. Code, inline or in blocks, is skipped.
 *
 * @fix For a YouTube shortcode, rename the file to `.mdx` and write `<YouTube id="…" title="…" />` with its transcript; for other tags, write what they stand for, or put them in backticks to show them as code. Delete an Obsidian comment; write a highlight as `<mark>…</mark>`. For an aside or a Quarto callout, write `<Callout type="note">…</Callout>` (`tip`, `warning`; in a `.md` file, rename it to `.mdx` first). Remove Pandoc's attributes: a picture takes `fig-alt`'s words as its alt text, a span is `<mark>…</mark>` or `<span lang="fr">…</span>` or its text, and a div is its text without the `:::` lines; remove a kramdown line under a block (with `* TOC` above `{:toc}`); write a subscript or superscript as `CO<sub>2</sub>`, `x<sup>2</sup>` (`npm run check -- --fix` writes them). For a WordPress shortcode, write what it played: `<YouTube id="…">` with its transcript, the picture with its caption under it, an image for each picture of a gallery, `<audio controls>` of the file saved into `public/`, or a link.
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
 *   Its CO~2~ fell.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:1: Hugo's shortcode {{< youtube dQw4w9WgXcQ >}} is not read here, so the page shows it as text: rename the file to .mdx and write <YouTube id="dQw4w9WgXcQ" title="What the video is" /> with its transcript
 *   5:9: Liquid tag {{ site.title }} is not read here, so the page shows it as text: write what it stands for (for an include, rename the file to .mdx and use one of the site's components), or put it in backticks to show it as code
 *   7:7: CO~2~ is Pandoc's subscript, which the page shows as crossed-out text (CO with 2 struck through): write CO<sub>2</sub>
 */
const rule: GateRule = { id: 'template-syntax', severity: 'warning', source: checkTemplateSyntax };
export default rule;
