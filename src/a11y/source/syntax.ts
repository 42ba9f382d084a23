import type { Root } from 'mdast';
import { unified, type Plugin, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { VFile } from 'vfile';
import { Locator } from '../core/model.ts';
import { mayHoldJavaScript } from './javascript-marks.ts';
import {
  headingAttributes,
  satteriFeatures,
  type MarkdownSyntax,
} from '../../lib/site/markdown-processor.ts';

/** micromark's parsers (remark-parse), for Markdown and for MDX, with GFM or without. */
function micromarkParser(mdx: boolean, gfm: boolean) {
  const parser = unified().use(remarkParse);
  if (mdx) parser.use(remarkMdx);
  parser.use(remarkFrontmatter, ['yaml']);
  if (gfm) parser.use(remarkGfm);
  return parser.freeze();
}
const markdownParser = micromarkParser(false, true);
const mdxParser = micromarkParser(true, true);
let withoutGfm: { markdown: typeof markdownParser; mdx: typeof mdxParser } | undefined;

/**
 * Parses one file's text the way the gate reads it (see commonplaceSyntax). Throws on bad MDX.
 *
 * Satteri, the parser Astro renders Markdown and MDX with (@astrojs/markdown-satteri), reads
 * the file first: the gate then sees the tree the page is built from, and in a native parser
 * that costs a twentieth of micromark's time (the largest part of the gate's CPU). micromark
 * (remark-mdx) still reads two kinds of file, so nothing the gate knew before is lost:
 * - MDX with JavaScript in it (`import`/`export`, `{expressions}`, `attr={…}`): remark-mdx checks
 *   that JavaScript with acorn and gives the estree the gate reads literals and imports from;
 * - a file satteri rejects: micromark's message names the problem more exactly (`<video
 *   transcript=./t.md>`: "unexpected `.` before attribute value", where satteri says only
 *   "unexpected character after `<`"). Over 60,000 random MDX documents the two parsers
 *   accepted and rejected the same ones, JavaScript aside.
 */
export function parseSource(file: VFile, syntax?: MarkdownSyntax): Root {
  const tree = parseWithSyntax(file, syntax);
  // The model slugs headings as the page does: with smart dashes, unless the site turns them off.
  if (syntax?.smartDashes === false)
    tree.data = { ...tree.data, smartDashes: false } as Root['data'];
  return tree;
}

function parseWithSyntax(file: VFile, syntax: MarkdownSyntax | undefined): Root {
  const mdx = file.extname?.toLowerCase() === '.mdx';
  const text = String(file.value ?? '');
  // Satteri's tree of such a file would be read again by micromark below; and over an
  // expression holding many unclosed tags (`{` in text, then an HTML table pasted with `<br>`s)
  // satteri takes time exponential in the tags: 0.3 s for 22 `<br>`, doubling with each more.
  if (mdx && mayHoldJavaScript(text)) return parseWithMicromark(file, true, syntax);
  let tree: Root;
  try {
    // The site's syntax, as its Sätteri reads it (README "Another Markdown syntax").
    const options = syntax && { features: satteriFeatures(syntax) };
    tree = (mdx ? mdxToMdast : markdownToMdast)(text, options) as Root;
  } catch {
    return parseWithMicromark(file, mdx, syntax);
  }
  if (!mdx) return tree;
  if (holdsJavaScript(tree as unknown as Node)) return parseWithMicromark(file, true, syntax);
  placeAttributes(tree as unknown as Node, text);
  return tree;
}

/**
 * micromark's reading of a file, with GFM or without as the site reads it, and a heading's
 * attributes (`## Plan {#plan}`) where it reads them: micromark knows none, and in MDX would take
 * `{#plan}` for JavaScript, so they are blanked out for it and their id given to the heading.
 * Other syntax a site may turn on (directives, wiki links, math) reads as text here.
 */
function parseWithMicromark(file: VFile, mdx: boolean, syntax: MarkdownSyntax | undefined): Root {
  const gfm = syntax?.gfm !== false;
  const parser = gfm
    ? mdx
      ? mdxParser
      : markdownParser
    : (withoutGfm ??= {
        markdown: micromarkParser(false, false),
        mdx: micromarkParser(true, false),
      })[mdx ? 'mdx' : 'markdown'];
  const parse = (from: VFile) => {
    const tree = parser.parse(from) as Root;
    if (mdx) unravel(tree as unknown as Node);
    return tree;
  };
  if (!syntax?.headingAttributes) return parse(file);
  const { text, ids } = blankHeadingAttributes(String(file.value ?? ''));
  if (ids.size === 0) return parse(file);
  const tree = parse(new VFile({ path: file.path, value: text }));
  const visit = (node: Node & { type: string; data?: Record<string, unknown> }) => {
    const id = node.type === 'heading' ? ids.get(node.position?.start.line ?? 0) : undefined;
    if (id) node.data = { ...node.data, hProperties: { id } };
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree as unknown as Node);
  return tree;
}

/**
 * A paragraph of nothing but JSX and `{expressions}` (`<summary>Transcript</summary>` on a line
 * of its own) is those elements themselves, not a paragraph holding them: the page has
 * `<details><summary>`, not `<details><p><summary>`, so the summary labels the disclosure. Both
 * MDX compilers do this (satteri, and @mdx-js/mdx in its remark-mark-and-unravel), micromark's
 * tree does not; done here as @mdx-js/mdx does it.
 */
function unravel(node: Node): void {
  const children = node.children;
  if (!children) return;
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const inside = child.children ?? [];
    const unravels =
      child.type === 'paragraph' &&
      inside.some((n) => n.type === 'mdxJsxTextElement' || n.type === 'mdxTextExpression') &&
      inside.every(
        (n) =>
          n.type === 'mdxJsxTextElement' ||
          n.type === 'mdxTextExpression' ||
          (n.type === 'text' && /^[\t\n\f\r ]*$/.test(String(n.value))),
      );
    if (!unravels) {
      unravel(child);
      continue;
    }
    const flow = inside.filter((n) => n.type !== 'text');
    for (const n of flow)
      n.type = n.type === 'mdxTextExpression' ? 'mdxFlowExpression' : 'mdxJsxFlowElement';
    children.splice(index, 1, ...flow);
    index--; // the elements now in its place may hold such paragraphs of their own
  }
}

/**
 * The text with each heading's attributes blanked out (spaces, so every offset stays), and the
 * id each sets, by line: what Sätteri's `headingAttributes` reads.
 */
function blankHeadingAttributes(text: string): { text: string; ids: Map<number, string> } {
  const ids = new Map<number, string>();
  const lines = text.split('\n').map((line, index) => {
    const found = headingAttributes(line.replace(/\r$/, ''));
    if (!found) return line;
    if (found.id) ids.set(index + 1, found.id);
    return found.heading + ' '.repeat(line.length - found.heading.length);
  });
  return { text: lines.join('\n'), ids };
}

/** MDX read by micromark (remark-mdx), which rejects bad JavaScript in linear time. Throws on bad MDX. */
export function parseMdx(file: VFile): Root {
  return mdxParser.parse(file) as Root;
}

/**
 * The gate's syntax: `.mdx` files as MDX (JSX, expressions, ESM), everything else as Markdown
 * with raw HTML, both with YAML frontmatter and GFM, or the syntax the site's Sätteri reads
 * (`syntax`, from its Astro config). One plugin so editors (.remarkrc.mjs) and the CLI parse every
 * file the same way.
 */
export const commonplaceSyntax: Plugin<[MarkdownSyntax?], string, Root> = function (
  this: Processor,
  syntax?: MarkdownSyntax,
) {
  this.parser = (_document: string, file: VFile) => parseSource(file, syntax);
};

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  children?: Node[];
  attributes?: Node[];
  position?: { start: Point; end: Point };
}
interface Point {
  line: number;
  column: number;
  offset: number;
}

const JAVASCRIPT = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxExpressionAttribute',
]);

function holdsJavaScript(node: Node): boolean {
  if (JAVASCRIPT.has(node.type)) return true;
  for (const attribute of node.attributes ?? [])
    if (JAVASCRIPT.has(attribute.type) || (attribute.value && typeof attribute.value === 'object'))
      return true;
  for (const child of node.children ?? []) if (holdsJavaScript(child)) return true;
  return false;
}

/**
 * Satteri gives JSX attributes no position; the rules place a finding in an attribute's value
 * (`alt="…"`), so each is found in the element's start tag, in order. Only string and
 * valueless attributes reach here (JavaScript goes to micromark), and a JSX string has no
 * escapes, so the value ends at the next quote of its kind. An attribute that cannot be found
 * keeps no position, and the rules then point at its element.
 */
function placeAttributes(tree: Node, text: string): void {
  let locator: Locator | undefined;
  const point = (offset: number): Point => ({
    ...(locator ??= new Locator(text)).point(offset),
    offset,
  });
  const visit = (node: Node) => {
    if (node.attributes?.length && node.name && node.position) {
      let at = node.position.start.offset + 1 + node.name.length;
      for (const attribute of node.attributes) {
        const name = attribute.name ?? '';
        const found = ATTRIBUTE.exec(text.slice(at, at + 4096));
        if (!found || found[1] !== name) break;
        const start = at + found.index + found[0].length - found[1].length;
        let end = start + name.length;
        const quote = QUOTE.exec(text.slice(end, end + 64));
        if (quote) {
          const close = text.indexOf(quote[1]!, end + quote[0].length);
          if (close === -1) break;
          end = close + 1;
        }
        attribute.position = { start: point(start), end: point(end) };
        at = end;
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
}

/** Whitespace, then an attribute name: up to whitespace, `=`, `/`, `>`, a brace or a quote. */
const ATTRIBUTE = /^\s+([^\s=/>{}"']+)/;
/** `=` and the opening quote of a string value. */
const QUOTE = /^\s*=\s*(["'])/;
