import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { taskLabelsPlugin } from '../../src/integrations/task-labels.ts';

const render = async (markdown: string) =>
  (await markdownToHtml(markdown, { features: { gfm: true }, hastPlugins: [taskLabelsPlugin()] }))
    .html;

describe('task-list labels', () => {
  it('puts each checkbox and its task in one label, up to a nested list', async () => {
    expect(await render('- [ ] Buy *milk* [here](/x)\n- [x] Done\n  - [ ] Nested\n')).toBe(
      '<ul class="contains-task-list">\n' +
        '<li class="task-list-item"><label><input type="checkbox" disabled> Buy <em>milk</em> <a href="/x">here</a></label></li>\n' +
        '<li class="task-list-item"><label><input type="checkbox" checked disabled> Done\n</label><ul class="contains-task-list">\n' +
        '<li class="task-list-item"><label><input type="checkbox" disabled> Nested</label></li>\n' +
        '</ul>\n</li>\n</ul>\n',
    );
  });

  it('labels a loose item with its first paragraph only', async () => {
    expect(await render('1. [ ] Loose\n\n   More words.\n\n2. [x] Second\n')).toContain(
      '<p><label><input type="checkbox" disabled> Loose</label></p>\n<p>More words.</p>',
    );
  });

  it('leaves lists that are not task lists, and checkboxes an author wrote, alone', async () => {
    expect(await render('- [link](/x)\n- plain\n')).not.toContain('<label>');
    expect(await render('<p><input type="checkbox"> Raw</p>\n')).not.toContain('<label>');
  });

  it('leaves a task whose text holds another form control as written', async () => {
    // A label holding two controls would name only the first: the gate reports the second.
    expect(await render('- [ ] Pick <select><option>one</option></select>\n')).not.toContain(
      '<label>',
    );
  });

  it('keeps components and expressions of an MDX task inside its label', async () => {
    const { code } = await mdxToJs(
      'import Cite from \'./cite.astro\';\n\n- [ ] Read <Cite id="a">the paper</Cite> by week {props.n}\n',
      { features: { gfm: true }, hastPlugins: [taskLabelsPlugin()] },
    );
    const label = code.slice(code.indexOf('_components.label'));
    expect(label).toMatch(/_components\.input[\s\S]*"Read "[\s\S]*_jsx\(Cite[\s\S]*props\.n/);
  });
});
