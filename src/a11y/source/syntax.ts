import type { Root } from 'mdast';
import { unified, type Plugin, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { VFile } from 'vfile';
import { Locator } from '../core/model.ts';
import { mayHoldJavaScript } from './javascript-marks.ts';

const markdownParser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();
const mdxParser = unified()
  .use(remarkParse)
  .use(remarkMdx)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkGfm)
  .freeze();

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
export function parseSource(file: VFile): Root {
  const mdx = file.extname?.toLowerCase() === '.mdx';
  const text = String(file.value ?? '');
  // Satteri's tree of such a file would be read again by micromark below; and over an
  // expression holding many unclosed tags (`{` in text, then an HTML table pasted with `<br>`s)
  // satteri takes time exponential in the tags: 0.3 s for 22 `<br>`, doubling with each more.
  if (mdx && mayHoldJavaScript(text)) return mdxParser.parse(file) as Root;
  let tree: Root;
  try {
    tree = (mdx ? mdxToMdast : markdownToMdast)(text) as Root;
  } catch {
    return (mdx ? mdxParser : markdownParser).parse(file) as Root;
  }
  if (!mdx) return tree;
  if (holdsJavaScript(tree as unknown as Node)) return mdxParser.parse(file) as Root;
  placeAttributes(tree as unknown as Node, text);
  return tree;
}

/** MDX read by micromark (remark-mdx), which rejects bad JavaScript in linear time. Throws on bad MDX. */
export function parseMdx(file: VFile): Root {
  return mdxParser.parse(file) as Root;
}

/**
 * The gate's syntax: `.mdx` files as MDX (JSX, expressions, ESM), everything else as Markdown
 * with raw HTML, both with YAML frontmatter and GFM. One plugin so editors (.remarkrc.mjs) and
 * the CLI parse every file the same way.
 */
export const commonplaceSyntax: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (_document: string, file: VFile) => parseSource(file);
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
