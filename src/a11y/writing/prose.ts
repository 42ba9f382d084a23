import type { Root } from 'mdast';
import type { Root as NlcstRoot } from 'nlcst';
import type { VFile } from 'vfile';
import remarkRetext from 'remark-retext';
import { ParseEnglish } from 'parse-english';
import { toString } from 'mdast-util-to-string';
import { isMap, isPair, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { coreYaml, frontmatterDocument } from '../../lib/content/frontmatter-yaml.ts';
import { otherLanguage } from './language.ts';
import type { El, Model } from '../core/model.ts';

/**
 * What a reader reads in one Markdown/MDX file, as natural-language trees for retext: the body
 * text (headings, paragraphs, lists, quotes, tables, JSX children) and the prose that lives in
 * attributes and frontmatter (alt text, captions, titles, coverAlt). Code, URLs, ESM, MDX
 * expressions and frontmatter keys are never part of it.
 */
export interface Prose {
  /** nlcst of the body, converted by remark-retext; positions are file offsets. */
  body: NlcstRoot;
  /** Prose outside the body text: each has its own text and the source range it came from. */
  segments: Segment[];
}

export interface Segment {
  /** The text as a reader gets it (entities and escapes decoded). */
  text: string;
  /** File offset where `text` starts, when the source spells it literally. */
  offset: number;
  /** Source range the text was written in, to place words when escapes shift them. */
  start: number;
  end: number;
  /** nlcst of `text`, offsets shifted into the file. */
  tree: NlcstRoot;
}

/** One English parser for every file: parsing is synchronous, so sharing it is safe. */
const parser = new ParseEnglish();

/**
 * mdast → nlcst (mdast-util-to-nlcst through remark-retext's mutate mode). Image alt text is
 * left out of the body and checked as a segment of its own, so its words never run into the
 * surrounding sentence and escapes in it cannot shift positions.
 */
const bodyToNlcst = remarkRetext(parser as never, {
  ignore: ['image', 'imageReference'],
}) as unknown as (tree: unknown, file: VFile) => NlcstRoot;

/** Elements whose content is code or not prose at all. */
export const NOT_PROSE = new Set([
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'script',
  'style',
  'template',
  'svg',
  'math',
]);

/** Attributes whose value a reader reads or hears (JSX and HTML). */
export const PROSE_ATTRIBUTES = new Set([
  'alt',
  'title',
  'caption',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'label',
  'summary',
  'description',
  'placeholder',
]);

/** Frontmatter fields that hold paths, ids or settings, not prose. `allowWords` quotes words on purpose. */
export const NOT_PROSE_KEYS = new Set([
  'allowWords',
  'slug',
  'cover',
  'url',
  'href',
  'src',
  'image',
  'course',
  'module',
  'network',
  'layout',
  'lang',
  'draft',
]);

/** Values that are addresses or file paths even when they sit in a prose field. */
const PATHLIKE = /^(?:[a-z][a-z0-9+.-]*:\S|\.{0,2}\/|#|[^\s]+\.[a-z0-9]{2,5}$)/i;

/**
 * Markup against a hyphen or an apostrophe, across which retext joins two text pieces into one
 * word (`*able*-bodied`, `[able](…)-bodied`, `**k**'ings`).
 */
const JOINED_ACROSS_MARKUP = /[*_~>\])}][-'\u2019]|[-'\u2019][*_~<[{]/;

/**
 * A block's text as retext reads it: its text run together, with no markup between the pieces
 * (raw HTML and MDX expressions give nothing; inline code, which is not read, a space).
 */
function textPieces(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  if (node.type === 'inlineCode') return ' ';
  return node.children ? node.children.map(textPieces).join('') : '';
}

interface MdNode {
  type: string;
  name?: string | null;
  title?: string | null;
  value?: string;
  children?: MdNode[];
  attributes?: { type: string; name?: string; value?: unknown }[];
  position?: { start: { offset?: number; line?: number }; end: { offset?: number; line?: number } };
}

/** An element whose text is in another language (`lang="fr"`): the checks read English. */
const inOtherLanguage = (el: El) => otherLanguage(el.attrs.lang);
const isCode = (el: El) => NOT_PROSE.has(el.name.toLowerCase());

/**
 * Collects the prose of one parsed file. `file.value` must be the text `tree` was parsed from,
 * and `model` the gate's model of it (src/a11y/source/model.ts), which the other rules share:
 * attributes, alt text and raw HTML's text come from it, so HTML is parsed once per file. The
 * body text comes from the Markdown tree, which retext's converter needs.
 * `mayMatch` is a cheap test of a piece of source text; paragraphs, headings, cells and
 * segments it rejects are never tokenized (tokenizing is most of retext's cost). Paragraphs
 * that start at an offset in `skipped` are left out (text in another language, unmarked).
 */
export function collectProse(
  tree: Root,
  file: VFile,
  model: Model,
  mayMatch: (text: string) => boolean = () => true,
  skipped: ReadonlySet<number> = new Set(),
): Prose {
  const text = String(file.value ?? '');
  const segments: Segment[] = [];

  const mayAdd = (value: string) => /\p{L}/u.test(value) && mayMatch(value);
  const add = (value: string, offset: number, start = offset, end = offset + value.length) => {
    if (!mayAdd(value)) return;
    const root = parser.parse(value);
    shift(root, offset);
    segments.push({ text: value, offset, start, end, tree: root });
  };

  // Attributes, alt text and raw HTML's text, from the model. What another language's element
  // holds is left out, attributes included; what code holds is left out, except the code
  // element's own attributes (`<code title="…">`), which a reader may hear.
  const walk = (el: El, inCode: boolean) => {
    if (el !== model.root && inOtherLanguage(el)) return;
    if (!inCode) {
      if (el.origin === 'markdown') {
        if (el.name === 'img' && typeof el.attrs.alt === 'string' && el.attrs.alt && el.end)
          add(el.attrs.alt, el.offset + 2, el.offset, el.end);
      } else if (el.tagEnd !== undefined) {
        // Raw HTML: each value is placed at its value in the start tag.
        const tag = text.slice(el.offset, el.tagEnd);
        for (const [name, value] of Object.entries(el.attrs)) {
          if (!PROSE_ATTRIBUTES.has(name) || typeof value !== 'string' || !value) continue;
          const match = new RegExp(`\\s${name}\\s*=\\s*(["']?)`, 'i').exec(tag);
          const at = match ? el.offset + match.index + match[0].length : el.offset;
          add(value, at, el.offset, el.tagEnd);
        }
      } else if (el.attrRanges) {
        for (const [name, [from, to]] of Object.entries(el.attrRanges)) {
          const value = el.attrs[name];
          if (PROSE_ATTRIBUTES.has(name) && typeof value === 'string') add(value, from, from, to);
        }
      }
    }
    const code = inCode || (el !== model.root && isCode(el));
    for (const child of el.children) {
      if (child.kind === 'element') walk(child, code);
      else if (!code && child.offset !== undefined && typeof child.value === 'string')
        add(child.value, child.offset, child.offset, child.end);
    }
  };
  walk(model.root, false);

  /** Whether raw HTML left open around this Markdown node is code or in another language. */
  const enclosed = (node: MdNode) => {
    for (let el = model.placedIn?.get(node); el && el !== model.root; el = el.parent)
      if (isCode(el) || inOtherLanguage(el)) return true;
    return false;
  };

  /**
   * The quick test of a block's source text; where a character reference or an escape may
   * spell a word differently (`gu&#121;s`, `gu\-ys`), of its text as read too; and where
   * markup may split a word retext reads whole (`*able*-bodied`, `[deaf](…)-mute`,
   * `<em>able</em>-bodied`: retext joins the pieces), of its text pieces run together.
   */
  const mayMatchBlock = (node: MdNode, start: number, end: number) => {
    const source = text.slice(start, end);
    if (mayMatch(source)) return true;
    if (/[&\\]/.test(source) && mayMatch(toString(node as never))) return true;
    return JOINED_ACROSS_MARKUP.test(source) && mayMatch(textPieces(node));
  };

  /**
   * Returns the node as toNlcst should see it: JSX code elements, text in another language and
   * what raw code encloses dropped, tables turned into plain blocks (toNlcst always skips
   * tables). Unchanged subtrees are returned as they are, so a file without such nodes costs no
   * copying.
   */
  const visit = (node: MdNode): MdNode | undefined => {
    switch (node.type) {
      case 'yaml':
        // A YAML escape (`"gu\x79s"`) hides a word from the quick test; each value is tested
        // again as it reads.
        if (/\\/.test(node.value ?? '') || mayMatch(node.value ?? ''))
          frontmatterSegments(node, text, add, mayAdd);
        return node;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        if (
          node.attributes?.some(
            (a) => a.type === 'mdxJsxAttribute' && a.name === 'lang' && otherLanguage(a.value),
          )
        )
          return undefined; // text in another language
        if (node.name && NOT_PROSE.has(node.name.toLowerCase())) return undefined;
        break;
      case 'link':
      case 'image':
      case 'definition':
        // `[text](url "title")`, `[ref]: url "title"`: the tooltip readers see, and screen
        // readers may read, placed at its last occurrence in the node's source.
        if (node.title) {
          const from = node.position?.start.offset;
          const to = node.position?.end.offset;
          const at = from === undefined ? -1 : text.slice(from, to).lastIndexOf(node.title);
          if (from !== undefined && to !== undefined && at >= 0)
            add(node.title, from + at, from, to);
        }
        break;
      case 'table':
        return visitChildren({
          ...node,
          type: 'tableBlock',
          children: node.children?.map(tableRow),
        });
      case 'paragraph':
      case 'heading':
      case 'tableCellBlock': {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (start !== undefined && end !== undefined && !mayMatchBlock(node, start, end))
          return undefined;
        if (node.type === 'paragraph' && start !== undefined && skipped.has(start))
          return undefined;
      }
    }
    return node.children ? visitChildren(node) : node;
  };

  const visitChildren = (node: MdNode): MdNode => {
    const children = node.children!;
    let out: MdNode[] | undefined;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      const result = child.type !== 'html' && enclosed(child) ? undefined : visit(child);
      if (result !== child && !out) out = children.slice(0, i);
      if (out && result) out.push(result);
    }
    return out ? { ...node, children: out } : node;
  };

  const body = bodyToNlcst(visit(tree as unknown as MdNode), file);
  separateFinalStops(body);
  return { body, segments };
}

/**
 * toNlcst tokenizes the whole document as one run before splitting it into blocks, so
 * parse-latin takes a full stop before a block that starts in lower case ("More guys." then a
 * list item "- guys") for an abbreviation and keeps it in the word: `guys.` then matches
 * nothing. A stop that ends a sentence's last word is a sentence end; this moves it out.
 */
function separateFinalStops(root: NlcstRoot): void {
  for (const paragraph of root.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const last = sentence.children[sentence.children.length - 1];
      if (last?.type !== 'WordNode' || last.children.length < 2) continue;
      const moved = [];
      while (last.children.length > 1) {
        const end = last.children[last.children.length - 1]!;
        if (end.type !== 'PunctuationNode' || !/^[.!?\u2026]+$/.test(end.value)) break;
        moved.unshift(last.children.pop()!);
      }
      sentence.children.push(...(moved as never[]));
    }
  }
}

/** A table row as a block whose cells are separated, so words of two cells never join. */
function tableRow(row: MdNode): MdNode {
  const children: MdNode[] = [];
  for (const cell of row.children ?? []) {
    if (children.length) children.push({ type: 'break' });
    children.push({ ...cell, type: 'tableCellBlock' });
  }
  return { ...row, type: 'tableRowBlock', children };
}

/** Moves nlcst positions of a separately parsed text to where the text sits in the file. */
function shift(
  node: {
    position?: { start: { offset?: number }; end: { offset?: number } };
    children?: unknown[];
  },
  by: number,
) {
  if (node.position) {
    // Line and column are recomputed from the offset when reported; unist needs them set.
    node.position = {
      start: { line: 1, column: 1, offset: (node.position.start.offset ?? 0) + by },
      end: { line: 1, column: 1, offset: (node.position.end.offset ?? 0) + by },
    } as never;
  }
  for (const child of node.children ?? []) shift(child as never, by);
}

/** Prose values of the frontmatter, each placed at its value in the file. */
function frontmatterSegments(
  node: MdNode,
  text: string,
  add: (value: string, offset: number, start: number, end: number) => void,
  mayAdd: (value: string) => boolean,
): void {
  const yaml = node.value ?? '';
  // Most frontmatter has no value worth a segment: when its quick read shows none, the document
  // (parsed only for the values' ranges) is not needed.
  const read = coreYaml(yaml);
  if (read && !proseValues(read.data).some((value) => mayAdd(value))) return;
  const start = node.position?.start.offset ?? 0;
  const yamlStart = text.indexOf('\n', start) + 1 || start;
  const doc = frontmatterDocument(yaml);
  if (doc.errors.length) return; // broken YAML is parse-error's to report
  const walk = (value: unknown) => {
    if (isMap(value)) {
      for (const pair of value.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!NOT_PROSE_KEYS.has(key)) walk(pair.value);
      }
    } else if (isSeq(value)) {
      value.items.forEach(walk);
    } else if (isScalar(value) && typeof value.value === 'string' && value.range) {
      const string = value.value;
      if (PATHLIKE.test(string.trim())) return;
      const [from, to] = value.range as [number, number, number];
      const quoted = value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE';
      add(string, yamlStart + from + (quoted ? 1 : 0), yamlStart + from, yamlStart + to);
    }
  };
  walk(doc.contents as YamlNode | null);
}

/** The strings `frontmatterSegments` would place, read from plain data: the same walk. */
function proseValues(data: unknown, found: string[] = []): string[] {
  if (Array.isArray(data)) for (const item of data) proseValues(item, found);
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data))
      if (!NOT_PROSE_KEYS.has(key)) proseValues(value, found);
  } else if (typeof data === 'string' && !PATHLIKE.test(data.trim())) found.push(data);
  return found;
}
