import type { HastPluginDefinition } from 'satteri';
import { TABLE_SCROLL_CLASS, tableRegionLabel } from '../lib/content/table-scroll.ts';

/**
 * A table wider than the page (a phone, a zoomed page: WCAG 1.4.10) scrolls sideways inside a
 * wrapper instead of squeezing its columns. A scrolling box with nothing focusable in it is out
 * of a keyboard's reach in browsers that do not focus scrollers themselves (Safari), so the
 * wrapper is a named region in the tab order (axe's `scrollable-region-focusable`, WCAG 2.1.1),
 * and the table keeps its own display, which keeps its table semantics: `display: block` on the
 * table itself, the usual shortcut, loses them in some browser and screen reader pairs.
 * Every table an entry writes gets one: a Markdown table and a `<table>` in MDX. HTML in a `.md`
 * file reaches this plugin as raw text, so its table stays as written and scrolls by itself
 * (global.css). The site's own tables use the same class (NetworkTable.astro). A table already
 * inside a region is left alone.
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

function wrap(table: Node, ctx: Context) {
  const parent = ctx.parent(table as never) as unknown as Node | undefined;
  if (parent && classesOf(parent).includes(TABLE_SCROLL_CLASS)) return;
  const text = (node: Node) => ctx.textContent(node as never);
  const caption = table.children?.find((node) => nameOf(node) === 'caption');
  const label = tableRegionLabel(caption ? text(caption) : undefined, headerCells(table).map(text));
  ctx.wrapNode(table as never, {
    type: 'element',
    tagName: 'div',
    properties: { className: [TABLE_SCROLL_CLASS], role: 'region', tabIndex: 0, ariaLabel: label },
    children: [],
  });
}

/** The Sätteri hast plugin that puts each table of an entry in a keyboard-scrollable region. */
export function tableScrollPlugin(): HastPluginDefinition {
  return {
    name: 'commonplace-table-scroll',
    element: { filter: ['table'], visit: (table, ctx) => wrap(table as Node, ctx) },
    mdxJsxFlowElement: { filter: ['table'], visit: (table, ctx) => wrap(table as Node, ctx) },
  };
}
