import { calloutFor, isAsideKind } from '../../components/mdx/other-tools.ts';

/**
 * Pandoc's attributes in braces, `{#fig-grid .wide width="80%"}`, as Quarto, R Markdown and
 * Pandoc's conversion of a Word file write them: after an image (`![…](…){width="6.5in"}`,
 * which every Word picture gets), a link (`{target="_blank"}`), code (`` `x`{.python} ``), a
 * bracketed span (`[key point]{.mark}`), a heading (`{.unnumbered}`, `{-}`) and a fenced div's
 * `:::` (`::: {.callout-note}`); and kramdown's, as Jekyll posts write them (`{: .notice}` on
 * the line under a paragraph, `{:toc}`). Neither Markdown nor MDX reads them here: a Markdown
 * page shows them as text, and MDX takes the braces for JavaScript, which does not parse or
 * names variables that do not exist. `template-syntax` (Markdown), `heading-syntax`,
 * `parse-error` and `undefined-name` (MDX) say what to write instead, from what the braces
 * follow.
 */
export interface PandocAttributes {
  /** The braces as written. */
  written: string;
  id?: string;
  classes: string[];
  /** `key=value` pairs, their quotes taken off. */
  values: Map<string, string>;
  /** `{-}` or `{.unnumbered}`: a heading Pandoc leaves out of its numbering. */
  unnumbered: boolean;
  /**
   * Written as kramdown writes them, after a colon (`{: .notice}`, `{:toc}`), as Jekyll posts do;
   * with the names of any attribute definitions it refers to (`toc`).
   */
  kramdown?: { names: string[] };
}

/** One attribute: `#id`, `.class`, `key=value` (value quoted or bare), or `-` (unnumbered). */
const TOKEN =
  /^(?:#([A-Za-z_][\w:.-]*)|\.([A-Za-z_][\w-]*)|([A-Za-z_][\w-]*)=(?:"([^"\n]*)"|'([^'\n]*)'|([^\s"'{};,]+))|(-))(?=[\s}])/;

/**
 * The Pandoc attributes whose `{` is at `brace` in `text`, on one line; undefined when the braces
 * hold anything else (JavaScript, a set `{a, b}`, a word).
 */
export function pandocAttributes(text: string, brace: number): PandocAttributes | undefined {
  if (brace < 0 || text[brace] !== '{') return undefined;
  const found: PandocAttributes = {
    written: '',
    classes: [],
    values: new Map(),
    unnumbered: false,
  };
  let at = brace + 1;
  let tokens = 0;
  // kramdown's attribute list opens with a colon, and may name a definition (`{:toc}`).
  if (text[at] === ':') {
    found.kramdown = { names: [] };
    at++;
  }
  for (;;) {
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] === '}') break;
    const name = found.kramdown && /^[A-Za-z_][\w-]*(?=[\s}])/.exec(text.slice(at, at + 200));
    if (name) {
      found.kramdown!.names.push(name[0]);
      at += name[0].length;
      tokens++;
      continue;
    }
    const token = TOKEN.exec(text.slice(at, at + 500));
    if (!token) return undefined;
    const [all, id, className, key, double, single, bare, dash] = token;
    if (id) found.id = id;
    if (className) found.classes.push(className);
    if (key) found.values.set(key, double ?? single ?? bare ?? '');
    if (dash || className === 'unnumbered') found.unnumbered = true;
    at += all.length;
    tokens++;
  }
  if (!tokens) return undefined;
  found.written = text.slice(brace, at + 1);
  return found;
}

/** What the braces follow on their line, read from the text before them. */
type Before =
  | { kind: 'image'; written: string; alt: string; url: string }
  | { kind: 'link' | 'code'; written: string }
  | { kind: 'span'; written: string; text: string }
  | { kind: 'div'; fence: string }
  | { kind: 'block' };

const IMAGE = /!\[([^\]\n]*)\]\(\s*(<[^>\n]*>|[^\s)]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)$/;
const LINK = /(?<!!)\[[^\]\n]*\]\([^)\n]*\)$/;
const CODE = /(`+)[^`\n]+?\1$/;
const SPAN = /(?<![!\]])\[([^\]\n]+)\]$/;
const FENCE = /^\s{0,3}(:{3,})\s*$/;

function before(line: string): Before | undefined {
  // kramdown's list for the block above, on a line of its own (`{: .notice}`).
  if (!line.trim()) return { kind: 'block' };
  const fence = FENCE.exec(line)?.[1];
  if (fence) return { kind: 'div', fence };
  const image = IMAGE.exec(line);
  if (image) return { kind: 'image', written: image[0], alt: image[1]!, url: image[2]! };
  const link = LINK.exec(line)?.[0];
  if (link) return { kind: 'link', written: link };
  const code = CODE.exec(line)?.[0];
  if (code) return { kind: 'code', written: code };
  const span = SPAN.exec(line);
  if (span) return { kind: 'span', written: span[0], text: span[1]! };
  return undefined;
}

/** Quarto's callouts: `::: {.callout-note}`, `::: callout-tip`. */
const QUARTO_CALLOUT = /^callout-([a-z]+)$/;

/** The kind of aside a Quarto callout's class names (`callout-note`), if it is one. */
export function quartoCallout(className: string): string | undefined {
  const kind = QUARTO_CALLOUT.exec(className)?.[1];
  return kind && isAsideKind(kind) ? kind : undefined;
}

/**
 * The problem and its fix for Pandoc attributes at `brace` of `line`, in a file of `syntax`
 * (`md` or `mdx`): a message, or undefined when the braces hold no Pandoc attributes or follow
 * nothing they would apply to.
 */
export function pandocAttributesFix(
  line: string,
  brace: number,
  syntax: string,
): string | undefined {
  const attributes = pandocAttributes(line, brace);
  const on = attributes && before(line.slice(0, brace));
  if (!attributes || !on) return undefined;
  const mdx = syntax === 'mdx';
  const { written, kramdown } = attributes;
  const read = mdx
    ? 'which MDX reads as JavaScript'
    : 'which are not read here, so the page shows them as text';
  if (on.kind === 'block') {
    if (!kramdown || line.slice(brace + written.length).trim()) return undefined;
    // `* TOC` then `{:toc}`: kramdown's table of contents in place of the list item.
    const toc = kramdown.names.includes('toc')
      ? ', and the list item above it, which kramdown made the table of contents'
      : '';
    return `${written} holds kramdown attributes (from Jekyll) for the block above it, ${read}: remove the line${toc}`;
  }
  if (on.kind === 'div') {
    const kind = attributes.classes.map(quartoCallout).find(Boolean);
    const shown = `${on.fence} ${written}`;
    const notRead = mdx
      ? 'is not read here, and MDX reads its braces as JavaScript'
      : 'is not read here, so the page shows its ::: lines as text';
    if (kind) {
      const callout = calloutFor(kind, attributes.values.get('title'));
      return `Quarto's callout ${shown} ${notRead}: ${mdx ? '' : 'rename the file to .mdx and '}write ${callout} in place of its ::: lines`;
    }
    return `Pandoc's fenced div ${shown} ${notRead}: remove the ::: lines, and keep the text between them`;
  }
  const what = { image: 'the image', link: 'the link', code: 'the code', span: on.written }[
    on.kind
  ];
  const from = kramdown
    ? 'kramdown attributes (from Jekyll)'
    : 'Pandoc attributes (from Quarto, R Markdown or a Word file converted by Pandoc)';
  const said = `${written} after ${what} holds ${from}, ${read}`;
  if (on.kind === 'image') {
    // Quarto's fig-alt is the alt text, and the brackets the caption under the figure.
    const alt = attributes.values.get('fig-alt')?.trim();
    if (alt && alt !== on.alt.trim()) {
      const caption = on.alt.trim() ? `, and its caption, ${on.alt.trim()}, as text under it` : '';
      return `${said}: write ![${alt}](${on.url}), with its fig-alt as the alt text${caption}`;
    }
    const sized = attributes.values.has('width') || attributes.values.has('height');
    // A Word picture with no alt text comes without words in its brackets: the fix asks for them.
    const image = on.alt.trim() ? on.written : `![what it shows](${on.url})`;
    return `${said}: write ${image}${on.alt.trim() ? ' alone' : ''}${sized ? ' (the page fits a picture to its column)' : ''}`;
  }
  if (on.kind === 'span') {
    const lang = attributes.values.get('lang');
    const fix = attributes.classes.includes('mark')
      ? `<mark>${on.text}</mark>`
      : lang
        ? `<span lang="${lang}">${on.text}</span>`
        : `${on.text}, without the brackets`;
    return `${said}: write ${fix}`;
  }
  return `${said}: write ${on.written} alone`;
}
