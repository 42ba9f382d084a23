import { visit } from 'unist-util-visit';
import type { Root, Table } from 'mdast';
import type { Node } from 'unist';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { withFix } from '../core/fixes.ts';

/**
 * `table-syntax` (sources, a warning): a table written so the page loses part of it. GFM reads a
 * table only when a row of dashes (`| --- | --- |`) follows its first row, with one `---` per
 * column: without one, or with a column too few, the page shows the lines as text with their
 * pipes. A row with more cells than the first keeps only as many as the first has: the rest is
 * dropped from the page without a word. And a line of text right after a table is one of its rows.
 * Spreadsheets, notes apps and chat tools accept all three.
 */

/** A line's text without the quote markers and indentation of the block it is in. */
const content = (line: string) => line.replace(/^[ \t]*(?:>[ \t]?)*[ \t]*/, '').trimEnd();

/** A line written as a table's row: it starts and ends with a pipe, and holds a cell or more. */
const isRow = (line: string) => {
  const row = content(line);
  return row.length > 1 && row.startsWith('|') && pipes(row).at(-1) === row.length - 1;
};

/** Where a line's pipes are, but those a backslash escapes (`\|` is a pipe in a cell). */
function pipes(line: string): number[] {
  const found: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') found.push(i);
  }
  return found;
}

/** The cells of a row: the text between its pipes. */
function cells(line: string): string[] {
  const row = content(line);
  const at = pipes(row);
  const bounds = [at[0] === 0 ? 0 : -1, ...at.slice(at[0] === 0 ? 1 : 0)];
  if (at.at(-1) !== row.length - 1) bounds.push(row.length);
  return bounds.slice(1).map((end, i) => row.slice(bounds[i]! + 1, end).trim());
}

/** A row of dashes: each cell `---`, `:--`, `--:` or `:-:`. */
const isDelimiter = (line: string) => cells(line).every((cell) => /^:?-+:?$/.test(cell));

const dashes = (columns: number) => `|${' --- |'.repeat(columns)}`;

/** A cell's text as the message quotes it: a few words at most. */
function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > 30 ? `${flat.slice(0, 29)}…` : flat}”`;
}

/**
 * Where the paragraph's last lines that all pass `test` start (a table pasted under a line of
 * text), or -1 when its last line does not. Read from the end, once.
 */
function trailingRun(lines: string[], test: (line: string) => boolean): number {
  let from = lines.length;
  while (from > 0 && test(lines[from - 1]!)) from--;
  return from === lines.length ? -1 : from;
}

/** A line of a spreadsheet's cells, pasted: tabs between them. */
const isTabRow = (line: string) => /\S\t+\S/.test(line);

/**
 * Lines pasted from a spreadsheet (Google Sheets, Excel, Numbers) at the end of a paragraph:
 * each row a line, its cells separated by tabs, which Markdown reads as text. Two lines or more,
 * each with its first cell written and no more cells than the first line, two or more. `from`: the line the
 * rows start at, after a line of text ("My network so far:") they were pasted under.
 */
function spreadsheetRows(
  lines: string[],
): { from: number; header: string; columns: number; table: string } | undefined {
  const from = trailingRun(lines, isTabRow);
  if (from < 0 || lines.length - from < 2) return undefined;
  // One tab between cells: two are an empty cell between them, as a spreadsheet copies one.
  const rows = lines.slice(from).map((line) =>
    line
      .replace(/^[ ]+|[ \r]+$/g, '')
      .split('\t')
      .map((cell) => cell.trim().replace(/\|/g, '\\|')),
  );
  const columns = rows[0]!.length;
  if (columns < 2 || rows.some((row) => row.length > columns || !row[0])) return undefined;
  // An editor may drop a row's last tabs, and with them its empty last cells.
  for (const row of rows) while (row.length < columns) row.push('');
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const header = row(rows[0]!);
  return {
    from,
    header,
    columns,
    table: [header, dashes(columns), ...rows.slice(1).map(row)].join('\n'),
  };
}

export const checkTableSyntax: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  // A site whose Markdown reads no GFM has no tables: no row of dashes makes one.
  if (ctx.config.markdownSyntax?.gfm === false) return;
  const text = String(file.value ?? '');
  // Most files end here: no pipe and no tab, no table.
  if (!text.includes('|') && !text.includes('\t')) return;
  const locator = new Locator(text);
  visit(tree as Root, (node) => {
    const start = node.position?.start.offset;
    const stop = node.position?.end.offset;
    if (start === undefined || stop === undefined) return;
    if (node.type === 'table') {
      const [first, ...rows] = (node as Table).children;
      const columns = first?.children.length ?? 0;
      const written = (at: Node) => text.slice(at.position!.start.offset, at.position!.end.offset);
      const piped = first?.position && written(first).startsWith('|');
      for (const row of rows) {
        if (!row.position) continue;
        // `Source: my survey` on the line after a table written with pipes: a row, not a paragraph.
        if (piped && !pipes(written(row)).length) {
          file.message(
            `This line comes right after the table, with no blank line between, so the page puts it in the table as a row: leave a blank line before it`,
            locator.point(row.position.start.offset!),
          );
          continue;
        }
        const extra = row.children.slice(columns).filter((cell) => cell.position);
        const lost = extra
          .map((cell) => written(cell).replace(/^\||\|$/g, ''))
          .filter((cell) => cell.replace(/\|/g, '').trim());
        if (!lost.length) continue;
        file.message(
          `This row has ${row.children.length} cells and the table's first row ${columns}, so the page leaves out ${lost.map(quoted).join(', ')}: add ${extra.length === 1 ? 'a column' : `${extra.length} columns`} to the first row and the row of dashes, or join the cells`,
          locator.point(extra[0]!.position!.start.offset!),
        );
      }
      return;
    }
    if (node.type !== 'paragraph') return;
    const lines = text.slice(start, stop).split('\n');
    const pasted = spreadsheetRows(lines);
    if (pasted) {
      const at =
        start + lines.slice(0, pasted.from).reduce((sum, line) => sum + line.length + 1, 0);
      const said = file.message(
        `These lines are a spreadsheet's rows, their cells separated by tabs, as cells paste from one, and the page runs them together as one line of text: write them as a table, its first line as the header row, ${pasted.header} then ${dashes(pasted.columns)}${pasted.from ? ', after a blank line' : ''}`,
        locator.point(at),
      );
      // The table, each line a row: what the author pasted, and nothing else; a blank line
      // parts it from the text it was pasted under.
      withFix(said, { range: [at, stop], text: `${pasted.from ? '\n' : ''}${pasted.table}` });
      return;
    }
    // A paragraph's last lines may be a table that follows a line of text.
    const from = trailingRun(lines, isRow);
    const table = from < 0 ? [] : lines.slice(from);
    if (table.length < 2) return;
    const columns = cells(table[0]!).length;
    const at = start + lines.slice(0, from).reduce((sum, line) => sum + line.length + 1, 0);
    const offset = at + (table[0]!.length - table[0]!.trimStart().length);
    if (isDelimiter(table[1]!))
      file.message(
        `This table's row of dashes has ${cells(table[1]!).length} ${cells(table[1]!).length === 1 ? 'column' : 'columns'} and its first row ${columns}, so the page shows the lines as text with their pipes: write ${dashes(columns)}, one --- for each column`,
        locator.point(offset),
      );
    else
      file.message(
        `These lines look like a table, but no row of dashes follows the first, so the page shows them as text with their pipes: add ${dashes(columns)} as the second line`,
        locator.point(offset),
      );
  });
};

/**
 * `table-syntax` (a warning): a table written so the page loses part of it: lines written as a table's rows (each starting and ending with `|`) with no row of dashes after the first (`| --- | --- |`), or one with a column too few or too many, which the page shows as text with their pipes; a row with more cells than the first, whose extra cells the page leaves out without a word (an empty one loses nothing, and is left alone); a line of text with no pipe right after a table written with pipes, with no blank line between, which the page puts in the table as its last row; and rows pasted from a spreadsheet (Google Sheets, Excel, Numbers), their cells separated by tabs, which the page runs together as one line of text. A pipe inside a cell needs a backslash before it.
 *
 * @fix Put a row of dashes after the first row, one `---` for each column (`| --- | --- |`), and give the first row a column for every cell the other rows have. `npm run check -- --fix` writes a spreadsheet's pasted rows as a table, its first row as the header.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   | Week | What I tried |
 *   | ---- | ------------ |
 *   | 1 | A poll \| a thread |
 *   | 2 |
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   | Week | What I tried |
 *   | 1 | A poll |
 *
 *   | Week | What I tried |
 *   | ---- | ------------ |
 *   | 2 | A thread | It worked |
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: These lines look like a table, but no row of dashes follows the first, so the page shows them as text with their pipes: add | --- | --- | as the second line
 *   6:16: This row has 3 cells and the table's first row 2, so the page leaves out “It worked”: add a column to the first row and the row of dashes, or join the cells
 */
const rule: GateRule = { id: 'table-syntax', severity: 'warning', source: checkTableSyntax };
export default rule;
