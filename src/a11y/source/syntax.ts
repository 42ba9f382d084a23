import type { Root } from 'mdast';
import { unified, type Plugin, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { markdownToMdast, mdxToMdast } from 'satteri';
import type { VFile } from 'vfile';
import { Locator } from '../core/model.ts';

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

/**
 * The gate's syntax: `.mdx` files as MDX (JSX, expressions, ESM), everything else as Markdown
 * with raw HTML, both with YAML frontmatter and GFM. One plugin so editors (.remarkrc.mjs) and
 * the CLI parse every file the same way.
 */
export const commonplaceSyntax: Plugin<[], string, Root> = function (this: Processor) {
  this.parser = (_document: string, file: VFile) => parseSource(file);
};

/** A code fence's opening line: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A code span: a run of backticks and the next run of the same length, neither beside another. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[^`]*?(?<!`)\1(?!`)/g;

/**
 * The offsets of the braces (`{`, `}`) of MDX text outside its frontmatter, code fences and code
 * spans that no backslash escapes, and whether a line starts with `import` or `export`: where
 * its JavaScript may be. A cheap look at the text, meant to err towards finding some (a code
 * span over two lines, a fence in a list).
 */
function javaScriptMarks(text: string): { braces: number[]; esm: boolean } {
  const braces: number[] = [];
  let esm = false;
  let offset = 0;
  let fence: string | undefined;
  let frontmatter = /^---[ \t]*\r?$/.test(text.slice(0, text.indexOf('\n')));
  for (const [index, line] of text.split('\n').entries()) {
    const at = offset;
    offset += line.length + 1;
    if (frontmatter) {
      if (index > 0 && /^---[ \t]*\r?$/.test(line)) frontmatter = false;
      continue;
    }
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      const rest = marker ? line.slice(line.indexOf(marker) + marker.length) : '';
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !rest.trim())
        fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (/^(?:import|export)\b/.test(line)) esm = true;
    if (!line.includes('{') && !line.includes('}')) continue;
    const spans = [...line.matchAll(CODE_SPAN)].map((m) => [m.index, m.index + m[0].length]);
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '\\')
        i++; // an escape: the next character is text
      else if ((char === '{' || char === '}') && !spans.some(([from, to]) => i >= from! && i < to!))
        braces.push(at + i);
    }
  }
  return { braces, esm };
}

/**
 * Whether MDX text may hold JavaScript: a line starting `import` or `export`, or a `{` outside
 * the frontmatter, code fences and code spans that no backslash escapes. Meant to err towards
 * yes, which costs a micromark parse and nothing else; a file it misses is still read again below.
 */
export function mayHoldJavaScript(text: string): boolean {
  const { braces, esm } = javaScriptMarks(text);
  return esm || braces.some((offset) => text[offset] === '{');
}

/**
 * The offset of the `{` whose expression never closes, for "Unexpected end of file in
 * expression": micromark places that at the end of the file, where there is nothing to fix.
 */
export function unclosedBrace(text: string): number | undefined {
  const open: number[] = [];
  for (const offset of javaScriptMarks(text).braces) {
    if (text[offset] === '{') open.push(offset);
    else open.pop();
  }
  return open[0];
}

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
