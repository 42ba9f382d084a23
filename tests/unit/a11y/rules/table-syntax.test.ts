import { describe, expect, it } from 'vitest';
import { fixedBy, lintSource, only } from '../helpers.ts';

const RULE = 'table-syntax';
const said = async (text: string, ext: '.md' | '.mdx') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('table-syntax', () => {
  it('says lines written as a table with no row of dashes show as text, with the row to add', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      expect(
        await said('| Week | What I tried | Did it work |\n| 1 | A poll | Yes |\n', ext),
      ).toEqual([
        '1:1 These lines look like a table, but no row of dashes follows the first, so the page shows them as text with their pipes: add | --- | --- | --- | as the second line',
      ]);
      const fixed =
        '| Week | What I tried | Did it work |\n| --- | --- | --- |\n| 1 | A poll | Yes |\n';
      expect(await said(fixed, ext)).toEqual([]);
    }
  });

  it('finds such a table after a line of text, in a quote and in a list item', async () => {
    expect(
      await said(
        'My weeks:\n| Week | What |\n| 1 | A poll |\n\n> | Week | What |\n> | 2 | A thread |\n\n- Notes\n\n  | Week | What |\n  | 3 | A talk |\n',
        '.md',
      ),
    ).toEqual([
      '2:1 These lines look like a table, but no row of dashes follows the first, so the page shows them as text with their pipes: add | --- | --- | as the second line',
      '5:3 These lines look like a table, but no row of dashes follows the first, so the page shows them as text with their pipes: add | --- | --- | as the second line',
      '10:3 These lines look like a table, but no row of dashes follows the first, so the page shows them as text with their pipes: add | --- | --- | as the second line',
    ]);
  });

  it('says a row of dashes with a column too few makes no table', async () => {
    expect(await said('| Week | What |\n| --- |\n| 1 | A poll |\n', '.md')).toEqual([
      "1:1 This table's row of dashes has 1 column and its first row 2, so the page shows the lines as text with their pipes: write | --- | --- |, one --- for each column",
    ]);
  });

  it('names the cells a row loses past the first row’s, and its fix passes', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      expect(
        await said(
          '| Week | What |\n| --- | --- |\n| 1 | A poll | It worked |\n| 2 | A thread | | |\n| 3 | A pipe \\| in a cell |\n',
          ext,
        ),
        ext,
      ).toEqual([
        "3:14 This row has 3 cells and the table's first row 2, so the page leaves out “It worked”: add a column to the first row and the row of dashes, or join the cells",
      ]);
      const fixed = '| Week | What | Result |\n| --- | --- | --- |\n| 1 | A poll | It worked |\n';
      expect(await said(fixed, ext)).toEqual([]);
    }
  });

  it('says a line of text right after a table becomes its last row, and its fix passes', async () => {
    const table = '| Week | What |\n| --- | --- |\n| 1 | A poll |\n';
    for (const ext of ['.md', '.mdx'] as const) {
      expect(await said(`${table}Source: my own survey.\n`, ext)).toEqual([
        '4:1 This line comes right after the table, with no blank line between, so the page puts it in the table as a row: leave a blank line before it',
      ]);
      expect(await said(`${table}\nSource: my own survey.\n`, ext)).toEqual([]);
    }
    // A row written without its first pipe is still a row.
    expect(await said(`${table}2 | A thread |\n`, '.md')).toEqual([]);
  });

  it('leaves alone pipes in prose and code, and a table written right', async () => {
    expect(
      await said(
        'Pick one | or two.\nThen | again |\n\n```\n| a | b |\n| 1 | 2 |\n```\n\n`| a |`\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n',
        '.md',
      ),
    ).toEqual([]);
  });

  it('says rows pasted from a spreadsheet, cells between tabs, run together, and the fix is a table', async () => {
    // An empty cell between two tabs; a row whose last, empty cell lost its tab; a pipe in a cell.
    const rows = 'Name\tPlatform\tWhy\nSam Lee\t\tBatteries\nFIA\tLinkedIn | X\n';
    for (const ext of ['.md', '.mdx'] as const)
      for (const [text, line, after] of [
        [rows, 1, ''],
        // Pasted under a line of text, with no blank line between.
        [`My network so far:\n${rows}`, 2, ', after a blank line'],
      ] as const) {
        const problems = only(await lintSource(text, ext), RULE);
        expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
          `${line}:1 These lines are a spreadsheet's rows, their cells separated by tabs, as cells paste from one, and the page runs them together as one line of text: write them as a table, its first line as the header row, | Name | Platform | Why | then | --- | --- | --- |${after}`,
        ]);
        const fixed = fixedBy(text, problems);
        expect(fixed).toBe(
          `${line === 2 ? 'My network so far:\n\n' : ''}| Name | Platform | Why |\n| --- | --- | --- |\n| Sam Lee |  | Batteries |\n| FIA | LinkedIn \\| X |  |\n`,
        );
        expect(await said(fixed, ext)).toEqual([]);
      }
  });

  it('leaves alone tabs that make no rows: one line, rows of different lengths, a tab before the text', async () => {
    for (const text of [
      'Name\tPlatform\n',
      'Name\tPlatform\nSam\tMastodon\tMore than the first\n',
      'Intro\n\tindented by a tab\n\tand again\n',
    ])
      expect(await said(text, '.md'), text).toEqual([]);
  });
});
