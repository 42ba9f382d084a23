import type { El, Model, Node } from '../core/model.ts';
import { missingName } from '../core/content-name.ts';
import {
  hasPresentationalRole,
  isHidden,
  role,
  textOf,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { isAstroFile } from '../core/source-files.ts';
import { inEntryText } from '../../lib/site/page-markers.ts';

const SECTIONS = new Set(['thead', 'tbody', 'tfoot']);
const elements = (el: El): El[] => el.children.filter((c): c is El => c.kind === 'element');

/** A table's rows, in its sections or not (not those of a table inside it). */
function rowsOf(table: El): El[] {
  return elements(table).flatMap((child) =>
    child.name === 'tr'
      ? [child]
      : SECTIONS.has(child.name)
        ? elements(child).filter((r) => r.name === 'tr')
        : [],
  );
}

const isCell = (el: El) => el.name === 'td' || el.name === 'th';

/** A header cell, as the browser maps it: `<th>`, or a cell given a header role. */
function isHeaderCell(cell: El): boolean {
  const r = role(cell);
  // A role of another kind makes a <th> something else (`role="button"`), as browsers map it.
  return r === 'columnheader' || r === 'rowheader' || (cell.name === 'th' && r === undefined);
}

/**
 * What the table holds that only the page knows: an expression (`{rows.map(…)}`) or a component
 * among its rows, which may render the header cells this layer cannot see.
 */
function rendersUnknown(node: Node): boolean {
  if (node.kind === 'text') return false;
  if (node.origin === 'component') return true;
  return node.children.some(
    (child) => (child.kind === 'text' && typeof child.value !== 'string') || rendersUnknown(child),
  );
}

/** A Markdown or MDX file, where a table can be written with pipes. */
const inMarkdown = (ctx: CheckContext) => ctx.syntax !== 'html' && !isAstroFile(ctx.file ?? '');

function inTable(el: El): boolean {
  for (let up = el.parent; up; up = up.parent) if (up.name === 'table') return true;
  return false;
}

function containsTable(el: El): boolean {
  return el.children.some((c) => c.kind === 'element' && (c.name === 'table' || containsTable(c)));
}

/**
 * `table-header`: a data table's cells are read with their column's header (WCAG 1.3.1, H51):
 * "Tuesday, Task: share the results". A Markdown table always has a header row, and writers
 * leave it empty (`| | |`) to show a table without one; an HTML table is often written with
 * `<td>` only. Both leave a screen reader nothing to name a column by. A table that lays things
 * out (`role="presentation"`, a table holding another or held in one), one row or one column,
 * and a table whose rows only the page knows are left alone. The top-left cell may be empty when
 * the other headers have text: it stands above the row headers, as in W3C's tables tutorial.
 */
export function checkTableHeader(model: Model, ctx: CheckContext, report: Report): void {
  judgeTables(model, ctx, report, () => false);
}

/** Each table but those `judged` elsewhere. */
function judgeTables(
  model: Model,
  ctx: CheckContext,
  report: Report,
  judged: (table: El) => boolean,
): void {
  for (const table of model.elements) {
    if (table.origin !== 'html' || table.name !== 'table' || isHidden(table)) continue;
    if (judged(table)) continue;
    if (hasPresentationalRole(table) || containsTable(table) || inTable(table)) continue;
    const rows = rowsOf(table);
    const cells = rows.map((row) => elements(row).filter(isCell));
    const headers = cells.flat().filter(isHeaderCell);
    const markdown = table.note === 'markdown';
    if (!headers.length) {
      const columns = Math.max(0, ...cells.map((row) => row.length));
      if (rows.length < 2 || columns < 2 || rendersUnknown(table)) continue;
      report(
        table,
        `<table> has no header cells, so a screen reader reads each cell without its column's name: make the first row's cells <th> instead of <td> (<th>Day</th>)${
          inMarkdown(ctx) ? ', or write the table in Markdown, whose first row is its header' : ''
        }`,
      );
      continue;
    }
    const empty = headers.filter((cell) => missingName(cell, model, ctx.config) !== undefined);
    if (!empty.length) continue;
    const firstRow = cells.find((row) => row.length) ?? [];
    if (firstRow.length > 1 && firstRow.every((cell) => empty.includes(cell))) {
      report(
        markdown ? table : firstRow[0]!,
        markdown
          ? "This table's header row is empty, so a screen reader names no column as it reads a cell: write what each column holds in the first row, above the |---| line"
          : "This table's header cells are all empty, so a screen reader names no column as it reads a cell: write what each column holds in its <th>",
      );
      continue;
    }
    for (const cell of empty) {
      // The corner above the row headers, with the other headers named.
      if (cell === firstRow[0] && firstRow.length > 1) continue;
      const column = (cells.find((row) => row.includes(cell)) ?? []).indexOf(cell) + 1;
      const said = textOf(cell).text.trim() ? ' a reader hears' : '';
      report(
        cell,
        markdown
          ? `The header of column ${column} has no text${said}, so a screen reader reads that column's cells without a name: write what the column holds in the first row, above the |---| line`
          : `<th> has no text${said}, so a screen reader reads its cells without a name: write what the column or row holds in it`,
      );
    }
  }
}

/**
 * On a built page, the tables a layout, a component or a page of `src/pages/` writes: those in
 * an entry's own text were judged in its file, at their line (as `heading-order` does), and
 * would be said twice.
 */
export function checkPageTableHeader(model: Model, ctx: CheckContext, report: Report): void {
  const inText = inEntryText(model.text);
  judgeTables(model, ctx, report, (table) => inText(table.offset));
}

/**
 * `table-header`: a data table a screen reader cannot name the columns of: a Markdown table whose header row is left empty (`| | |`) or has an empty cell, an HTML table of `<td>` cells only, or an empty `<th>`. The top-left cell may be empty above row headers; tables marked `role="presentation"`, holding another table or held in one, of one row or one column, or whose rows a component or expression renders, are left alone. What a layout, a component or a page of `src/pages/` writes is judged in its `.astro` file and on the built page.
 *
 * @fix Write what each column holds in the header row (`| Day | Task |` above `|---|---|`); in HTML, make the first row's cells `<th>`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   | Day     | Task          |
 *   | ------- | ------------- |
 *   | Monday  | Post the poll |
 *   | Tuesday | Share results |
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   |         |               |
 *   | ------- | ------------- |
 *   | Monday  | Post the poll |
 *   | Tuesday | Share results |
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-4:28: This table's header row is empty, so a screen reader names no column as it reads a cell: write what each column holds in the first row, above the |---| line
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <table>
 *     <tr><th></th><th>Monday</th><th>Tuesday</th></tr>
 *     <tr><th>Task</th><td>Post the poll</td><td>Share results</td></tr>
 *   </table>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <table>
 *     <tr><td>Day</td><td>Task</td></tr>
 *     <tr><td>Monday</td><td>Post the poll</td></tr>
 *   </table>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-4:9: <table> has no header cells, so a screen reader reads each cell without its column's name: make the first row's cells <th> instead of <td> (<th>Day</th>)
 */
const rule: GateRule = {
  id: 'table-header',
  severity: 'warning',
  source: checkTableHeader,
  html: checkPageTableHeader,
};
export default rule;
