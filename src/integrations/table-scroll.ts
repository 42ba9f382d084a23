import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { DomUtils, parseDocument } from 'htmlparser2';
import { TABLE_SCROLL_CLASS, tableRegionLabel } from '../lib/content/table-scroll.ts';
import type { Words } from '../lib/site/words/translate.ts';
import { words as siteWords } from '../lib/site/words/site.ts';

/**
 * A table wider than the page (a phone, a zoomed page: WCAG 1.4.10) scrolls sideways inside a
 * wrapper instead of squeezing its columns. A scrolling box with nothing focusable in it is out
 * of a keyboard's reach in browsers that do not focus scrollers themselves (Safari), so the
 * wrapper is a named region in the tab order (axe's `scrollable-region-focusable`, WCAG 2.1.1),
 * and the table keeps its own display, which keeps its table semantics: `display: block` on the
 * table itself, the usual shortcut, loses them in some browser and screen reader pairs.
 * Every table an entry writes gets one: a Markdown table, a `<table>` in MDX, and a `<table>`
 * block of HTML in a `.md` file (one with a blank line inside reaches this plugin in pieces, and
 * one inside a paragraph is inline: both stay as written, and scroll by themselves, global.css).
 * The site's own tables use the same class (NetworkTable.astro). A table already inside a region
 * is left alone.
 */

type Node = {
  type: string;
  tagName?: string;
  name?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
};

/** An element's name, written as HTML or as MDX. */
const nameOf = (node: Node) =>
  node.type === 'element' ? node.tagName : /^mdxJsx/.test(node.type) ? node.name : undefined;

function classesOf(node: Node): string[] {
  if (node.type === 'element') {
    const className = node.properties?.className;
    return (Array.isArray(className) ? className : [className]).map(String);
  }
  const attribute = node.attributes?.find(
    (a) => a.type === 'mdxJsxAttribute' && (a.name === 'className' || a.name === 'class'),
  );
  return typeof attribute?.value === 'string' ? attribute.value.split(/\s+/) : [];
}

/** The first row's header cells: the row in `<thead>`, or the table's first row. */
function headerCells(table: Node): Node[] {
  for (const child of table.children ?? []) {
    const name = nameOf(child);
    if (name === 'thead' || name === 'tbody') {
      const row = child.children?.find((node) => nameOf(node) === 'tr');
      if (row) return row.children?.filter((cell) => nameOf(cell) === 'th') ?? [];
    }
    if (name === 'tr') return child.children?.filter((cell) => nameOf(cell) === 'th') ?? [];
  }
  return [];
}

type Context = Parameters<NonNullable<HastPluginDefinition['after']>>[1];

/** A block of HTML that is one whole table, as a `.md` file holds it. */
const RAW_TABLE = /^\s*<table[\s>][\s\S]*<\/table>\s*$/i;

/** The interface's words, which name a region that has no caption (`tableRegionLabel`). */
type RegionWords = Pick<Words, 't' | 'plural'>;

/** The region's name for a table written as HTML: its caption, or its first row's headers. */
function rawTableLabel(html: string, words: RegionWords): string {
  const table = DomUtils.findOne((el) => el.name === 'table', parseDocument(html).children);
  const caption = table && DomUtils.findOne((el) => el.name === 'caption', table.children, false);
  const row = table && DomUtils.findOne((el) => el.name === 'tr', table.children);
  const headers = row
    ? DomUtils.findAll((el) => el.name === 'th', row.children).map(DomUtils.textContent)
    : [];
  return tableRegionLabel(caption ? DomUtils.textContent(caption) : undefined, headers, words);
}

/**
 * Wraps `table` in its region. `named` counts the names the entry's regions have so far: a
 * second region of the same name (two tables with the same headers, or the same caption) is
 * "… (2)", so a screen reader's list of regions tells them apart (axe's `landmark-unique`).
 */
function wrap(
  table: Node,
  ctx: Context,
  named: Map<string, number>,
  words: RegionWords,
  written?: string,
) {
  const parent = ctx.parent(table as never) as unknown as Node | undefined;
  if (parent && classesOf(parent).includes(TABLE_SCROLL_CLASS)) return;
  const text = (node: Node) => ctx.textContent(node as never);
  const caption = table.children?.find((node) => nameOf(node) === 'caption');
  const label =
    written ??
    tableRegionLabel(caption ? text(caption) : undefined, headerCells(table).map(text), words);
  const nth = (named.get(label) ?? 0) + 1;
  named.set(label, nth);
  ctx.wrapNode(table as never, {
    type: 'element',
    tagName: 'div',
    properties: {
      className: [TABLE_SCROLL_CLASS],
      role: 'region',
      tabIndex: 0,
      ariaLabel: nth === 1 ? label : `${label} (${nth})`,
    },
    children: [],
  });
}

/**
 * The Sätteri hast plugin that puts each table of an entry in a keyboard-scrollable region: a
 * factory, which Sätteri calls once per document, so each entry counts its own regions' names.
 * A region with no caption is named in the interface's `words`: the site's (src/site.config.ts
 * `lang` and `ui`), unless given.
 */
export function tableScrollPlugin(words: RegionWords = siteWords): HastPluginEntry {
  return (): HastPluginDefinition => {
    const named = new Map<string, number>();
    return {
      name: 'commonplace-table-scroll',
      element: {
        filter: ['table'],
        visit: (table, ctx) => wrap(table as Node, ctx, named, words),
      },
      mdxJsxFlowElement: {
        filter: ['table'],
        visit: (table, ctx) => wrap(table as Node, ctx, named, words),
      },
      raw(node, ctx) {
        const html = String(node.value ?? '');
        if (RAW_TABLE.test(html))
          wrap(node as unknown as Node, ctx, named, words, rawTableLabel(html, words));
      },
    };
  };
}
