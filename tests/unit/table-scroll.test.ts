import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { tableScrollPlugin } from '../../src/integrations/table-scroll.ts';
import { tableRegionLabel } from '../../src/lib/content/table-scroll.ts';
import { wordsFor } from '../../src/lib/site/words/translate.ts';

const en = wordsFor('en');
const options = { features: { gfm: true }, hastPlugins: [tableScrollPlugin(en)] };
const render = async (markdown: string) => (await markdownToHtml(markdown, options)).html;

describe('tableRegionLabel', () => {
  it('names the region by the caption, as written', () => {
    expect(tableRegionLabel('  Race weekends\n 2027 ', ['Date'], en)).toBe('Race weekends 2027');
  });

  it('names it by up to four column headers, counting the rest', () => {
    expect(tableRegionLabel(undefined, ['Platform', ' Audience '], en)).toBe(
      'Table: Platform, Audience',
    );
    expect(tableRegionLabel('', ['A', 'B', 'C', 'D', 'E'], en)).toBe(
      'Table: A, B, C, D and 1 more column',
    );
    expect(tableRegionLabel(undefined, ['A', 'B', 'C', 'D', 'E', 'F'], en)).toBe(
      'Table: A, B, C, D and 2 more columns',
    );
  });

  it('falls back to "Table" when the headers are empty', () => {
    expect(tableRegionLabel(undefined, ['', ' '], en)).toBe('Table');
    expect(tableRegionLabel(undefined, [], en)).toBe('Table');
  });
});

describe('tables in a scrolling region', () => {
  it('puts a Markdown table in a focusable region named by its headers', async () => {
    expect(await render('| Platform | Audience |\n|---|---|\n| Forum | Fans |\n')).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Platform, Audience"><table>\n' +
        '<thead>\n<tr>\n<th>Platform</th>\n<th>Audience</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>Forum</td>\n<td>Fans</td>\n</tr>\n</tbody>\n</table></div>\n',
    );
  });

  it('names a header by its text, markup and all', async () => {
    expect(await render('| *When* | [Where](/map/) |\n|---|---|\n| May | Monza |\n')).toContain(
      'aria-label="Table: When, Where"',
    );
  });

  it('wraps an MDX <table> too, named by its caption', async () => {
    const { code } = await mdxToJs(
      '<table>\n  <caption>Race **weekends**</caption>\n  <thead><tr><th>Date</th></tr></thead>\n</table>\n',
      options,
    );
    expect(code).toMatch(
      /_jsx\(_components\.div, \{\s*className: "table-scroll",\s*role: "region",\s*tabIndex: "0",\s*"aria-label": "Race weekends",\s*children: _jsxs\(_components\.table/,
    );
  });

  it('leaves a table already in a region as written', async () => {
    const { code } = await mdxToJs(
      '<div className="table-scroll">\n  <table><tbody><tr><td>1</td></tr></tbody></table>\n</div>\n',
      options,
    );
    expect(code.match(/table-scroll/g)).toHaveLength(1);
  });

  it('wraps a table written as HTML in a .md file, named by its caption or its headers', async () => {
    expect(
      await render(
        'Before.\n\n<table>\n<caption>Race <b>weekends</b></caption>\n<tr><th>Date</th></tr>\n</table>\n',
      ),
    ).toBe(
      '<p>Before.</p>\n<div class="table-scroll" role="region" tabindex="0" aria-label="Race weekends"><table>\n<caption>Race <b>weekends</b></caption>\n<tr><th>Date</th></tr>\n</table></div>\n',
    );
    expect(
      await render('<table><thead><tr><th>Lap</th><th>Time</th></tr></thead></table>\n'),
    ).toContain('aria-label="Table: Lap, Time"');
  });

  it('numbers a region whose name an earlier region of the entry has, and starts again in the next entry', async () => {
    const twoWeeks =
      '| Week | Task |\n|---|---|\n| 1 | Plan |\n\nLater.\n\n| Week | Task |\n|---|---|\n| 2 | Post |\n\n' +
      '<table><caption>Week</caption><tr><th>Task</th></tr></table>\n\n' +
      '| Lap | Time |\n|---|---|\n| 1 | 82.1 |\n\n| Week | Task |\n|---|---|\n| 3 | Reply |\n';
    const labels = (html: string) => [...html.matchAll(/aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(labels(await render(twoWeeks))).toEqual([
      'Table: Week, Task',
      'Table: Week, Task (2)',
      'Week',
      'Table: Lap, Time',
      'Table: Week, Task (3)',
    ]);
    // Each entry is its own page: the count starts again.
    expect(labels(await render('| Week | Task |\n|---|---|\n| 4 | Rest |\n'))).toEqual([
      'Table: Week, Task',
    ]);
    const { code } = await mdxToJs(
      '<table><caption>Results</caption></table>\n\n<table><caption>Results</caption></table>\n',
      options,
    );
    expect([...code.matchAll(/"aria-label": "([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Results',
      'Results (2)',
    ]);
  });

  it('leaves HTML that is not one whole table alone: a table in a paragraph, or in pieces', async () => {
    expect(await render('After <table><tr><td>1</td></tr></table> it.\n')).not.toContain(
      'table-scroll',
    );
    // A blank line inside the table splits the HTML into blocks the plugin sees one by one.
    expect(await render('<table>\n\n<tr><td>1</td></tr>\n\n</table>\n')).not.toContain(
      'table-scroll',
    );
  });
});
