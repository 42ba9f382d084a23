import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only } from '../helpers.ts';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { CONTENT_END, CONTENT_START } from '../../../../src/lib/site/page-markers.ts';

const RULE = 'table-header';
const said = async (text: string, ext: '.md' | '.mdx') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

const PLAN = '| Monday | Post the poll |\n| Tuesday | Share results |\n';
const EMPTY_ROW =
  "This table's header row is empty, so a screen reader names no column as it reads a cell: write what each column holds in the first row, above the |---| line";
const NO_TH =
  "<table> has no header cells, so a screen reader reads each cell without its column's name: make the first row's cells <th> instead of <td> (<th>Day</th>)";
const HTML_TABLE =
  '<table>\n<tr><td>Day</td><td>Task</td></tr>\n<tr><td>Monday</td><td>Post the poll</td></tr>\n</table>\n';
/** The fix the message gives: the first row's cells as `<th>`. */
const firstRowAsHeaders = (text: string) =>
  text.replace(/<tr>(.*?)<\/tr>/, (row) => row.replace(/<(\/?)td>/g, '<$1th>'));

describe('table-header', () => {
  it('says a Markdown header row left empty names no column, and a header row written passes', async () => {
    const text = `My plan:\n\n|   |   |\n|---|---|\n${PLAN}`;
    for (const ext of ['.md', '.mdx'] as const) {
      expect(await said(text, ext)).toEqual([`3:1 ${EMPTY_ROW}`]);
      expect(await said(text.replace('|   |   |', '| Day | Task |'), ext)).toEqual([]);
    }
  });

  it('names an empty header cell by its column, and lets the corner above row headers be empty', async () => {
    expect(await said(`| Day | | Notes |\n|---|---|---|\n| Mon | Poll | Short |\n`, '.md')).toEqual(
      [
        "1:7 The header of column 2 has no text, so a screen reader reads that column's cells without a name: write what the column holds in the first row, above the |---| line",
      ],
    );
    expect(await said(`| | Mon | Tue |\n|---|---|---|\n| Task | Poll | Share |\n`, '.md')).toEqual(
      [],
    );
  });

  it('says an HTML table of <td> only has no headers, and its fixes pass in .md and .mdx', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      expect(await said(HTML_TABLE, ext)).toEqual([
        `1:1 ${NO_TH}, or write the table in Markdown, whose first row is its header`,
      ]);
      expect(await said(firstRowAsHeaders(HTML_TABLE), ext)).toEqual([]);
      const markdown = `| Day | Task |\n|---|---|\n| Monday | Post the poll |\n`;
      expect(await said(markdown, ext)).toEqual([]);
    }
  });

  it('takes a header role as a header, and reports an empty <th> that is not the corner', async () => {
    const byRole = HTML_TABLE.replace(
      '<td>Day</td><td>Task</td>',
      '<td role="columnheader">Day</td><td role="columnheader">Task</td>',
    );
    expect(await said(byRole, '.md')).toEqual([]);
    // A <th> given a role of another kind is that role's, as browsers map it: no header.
    const asButtons = firstRowAsHeaders(HTML_TABLE).replace(/<th>/g, '<th role="button">');
    expect(await said(asButtons, '.mdx')).toEqual([
      `1:1 ${NO_TH}, or write the table in Markdown, whose first row is its header`,
    ]);
    const emptyTh =
      '<table>\n<tr><th>Day</th><th></th></tr>\n<tr><td>Monday</td><td>Poll</td></tr>\n</table>\n';
    expect(await said(emptyTh, '.mdx')).toEqual([
      '2:17 <th> has no text, so a screen reader reads its cells without a name: write what the column or row holds in it',
    ]);
    const allEmpty = emptyTh.replace('<th>Day</th>', '<th> </th>');
    expect(await said(allEmpty, '.mdx')).toEqual([
      "2:5 This table's header cells are all empty, so a screen reader names no column as it reads a cell: write what each column holds in its <th>",
    ]);
  });

  it('leaves alone layout tables, one row or one column, hidden tables and rows only the page knows', async () => {
    const left = [
      HTML_TABLE.replace('<table>', '<table role="presentation">'),
      HTML_TABLE.replace('<table>', '<table aria-hidden="true">'),
      '<table>\n<tr><td>Day</td><td>Task</td></tr>\n</table>\n',
      '<table>\n<tr><td>Monday</td></tr>\n<tr><td>Tuesday</td></tr>\n</table>\n',
      '<table>\n<tr><td><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table></td><td>x</td></tr>\n<tr><td>y</td><td>z</td></tr>\n</table>\n',
    ];
    for (const text of left) expect(await said(text, '.md'), text).toEqual([]);
    const rendered =
      "export const rows = [['Monday', 'Poll']];\n\n<table>\n  <tbody>\n    {rows.map(([day, task]) => <tr><td>{day}</td><td>{task}</td></tr>)}\n    <tr><td>Saturday</td><td>Plan</td></tr>\n    <tr><td>Sunday</td><td>Rest</td></tr>\n  </tbody>\n</table>\n";
    expect(await said(rendered, '.mdx')).toEqual([]);
  });

  it('judges on a built page what the layout writes, and not the entry’s own text again', () => {
    const page = (body: string) =>
      `<!doctype html>\n<html lang="en">\n<head><title>Plan</title></head>\n<body>\n${body}\n</body>\n</html>`;
    const entryText = `${CONTENT_START}\n${HTML_TABLE}${CONTENT_END}`;
    expect(only(lintHtml(page(entryText)), RULE)).toEqual([]);
    const fromLayout = only(lintHtml(page(`${HTML_TABLE}${entryText}`)), RULE);
    expect(fromLayout.map((p) => `${p.line}: ${p.message}`)).toEqual([`5: ${NO_TH}`]);
  });

  it('judges a component’s table in its .astro file, with a fix that works there', () => {
    const component = `---\nconst title = 'Plan';\n---\n<h2>{title}</h2>\n${HTML_TABLE}`;
    const problems = only(
      checkAstroFile('/site/src/components/Plan.astro', component, gateConfig(), '/site'),
      RULE,
    );
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([`5: ${NO_TH}`]);
    const mended = checkAstroFile(
      '/site/src/components/Plan.astro',
      firstRowAsHeaders(component),
      gateConfig(),
      '/site',
    );
    expect(only(mended, RULE)).toEqual([]);
  });
});
