import { describe, expect, it } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { lintHtml, lintSourceUnder, only } from './helpers.ts';
import {
  markdownPluginsRun,
  writtenMarkdownProcessor,
} from '../../../src/lib/site/markdown-processor.ts';

/**
 * A site whose Markdown processor is not Sätteri (`unified()` from @astrojs/markdown-remark, or
 * remark plugins set the older way) gets none of Commonplace's Markdown plugins: its task lists
 * keep checkboxes with no label, its root-relative Markdown links no base. The source layer must
 * judge the page that processor renders, so `npm run check` reports what the build fails on.
 */

describe('the processor an Astro config renders Markdown with', () => {
  it('is the one it names, else unified where it sets remark or rehype plugins, else Sätteri', () => {
    expect(writtenMarkdownProcessor(undefined)).toBe('satteri');
    expect(writtenMarkdownProcessor({})).toBe('satteri');
    expect(writtenMarkdownProcessor({ processor: { name: 'satteri' } })).toBe('satteri');
    expect(writtenMarkdownProcessor({ processor: { name: 'unified' } })).toBe('unified');
    // Astro moves plugins set the older way onto unified() (its config's validate step).
    expect(writtenMarkdownProcessor({ remarkPlugins: [() => undefined] })).toBe('unified');
    expect(writtenMarkdownProcessor({ rehypePlugins: [() => undefined] })).toBe('unified');
    expect(writtenMarkdownProcessor({ remarkRehype: { footnoteLabel: 'Notes' } })).toBe('unified');
    expect(writtenMarkdownProcessor({ remarkPlugins: [], rehypePlugins: [] })).toBe('satteri');
    // A processor named wins over the older plugins, which Astro then leaves unused.
    expect(
      writtenMarkdownProcessor({
        processor: { name: 'satteri' },
        remarkPlugins: [() => undefined],
      }),
    ).toBe('satteri');
  });

  it("runs Commonplace's Markdown plugins only under Sätteri", () => {
    expect(markdownPluginsRun(undefined)).toBe(true);
    expect(markdownPluginsRun('satteri')).toBe(true);
    expect(markdownPluginsRun('unified')).toBe(false);
  });
});

describe('a task list under another Markdown processor', () => {
  const task = '- [ ] Charge the camera\n- [x] Print the pit lane map\n';
  const unified = { markdownProcessor: 'unified' };

  it('is an unlabelled checkbox on the page unified() renders, and the source layer says so at its line', async () => {
    const rendered = (await (await createMarkdownProcessor({})).render(task)).code;
    // The built page is the judge: its checkboxes have no name.
    expect(only(lintHtml(rendered), 'field-name')).toHaveLength(2);
    for (const ext of ['.md', '.mdx'] as const) {
      const problems = only(await lintSourceUnder(unified, task, ext), 'field-name');
      expect(problems.map((p) => [`${p.line}:${p.column}`, p.message])).toEqual([
        [
          '1:3',
          `This task's checkbox has no name a reader hears, as the site's Markdown processor, unified, does not label a task with its text (Sätteri, Astro's default, does): write the task as HTML, <label><input type="checkbox" disabled /> Charge the camera</label>, or render Markdown with Sätteri`,
        ],
        [
          '2:3',
          `This task's checkbox has no name a reader hears, as the site's Markdown processor, unified, does not label a task with its text (Sätteri, Astro's default, does): write the task as HTML, <label><input type="checkbox" checked disabled /> Print the pit lane map</label>, or render Markdown with Sätteri`,
        ],
      ]);
      // Under Sätteri the same list is labelled by the build, and passes.
      expect(only(await lintSourceUnder({}, task, ext), 'field-name')).toEqual([]);
    }
  });

  it('passes once written as the message says, on the page unified() renders and before the build', async () => {
    const problems = only(await lintSourceUnder(unified, task, '.md'), 'field-name');
    const lines = task.split('\n');
    // Each task's `[ ] text` replaced by the HTML the message gives.
    for (const { line, column, message } of problems) {
      const html = /<label>.*<\/label>/.exec(message)![0];
      lines[line - 1] = lines[line - 1]!.slice(0, column - 1) + html;
    }
    const fixed = lines.join('\n');
    expect(fixed).toContain('- <label><input type="checkbox" checked disabled /> Print the pit');
    const rendered = (await (await createMarkdownProcessor({})).render(fixed)).code;
    expect(rendered).toContain('<label><input type="checkbox" disabled> Charge the camera</label>');
    expect(only(lintHtml(rendered), 'field-name')).toEqual([]);
    for (const ext of ['.md', '.mdx'] as const)
      expect(only(await lintSourceUnder(unified, fixed, ext), 'field-name')).toEqual([]);
  });

  it('names what the task is where it has no text, and cuts a long one short', async () => {
    const long =
      'Ask the team which of the three sustainability pledges the campaign should lead with';
    const problems = only(
      await lintSourceUnder(unified, `- [ ] <span></span>\n- [ ] ${long}\n`, '.md'),
      'field-name',
    );
    expect(problems.map((p) => /<label>.*<\/label>/.exec(p.message)?.[0])).toEqual([
      '<label><input type="checkbox" disabled /> what the task is</label>',
      '<label><input type="checkbox" disabled /> Ask the team which of the three sustainability pledges the…</label>',
    ]);
  });
});
