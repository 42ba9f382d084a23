import { describe, expect, it } from 'vitest';
import { parseDocument, DomUtils } from 'htmlparser2';
import { markdownToHtml } from 'satteri';
import { stepsHtml } from '../../src/lib/guides/steps.ts';
import { taskLabelsPlugin } from '../../src/integrations/task-labels.ts';

// What the Markdown renderer gives `<Steps>` for headings, text and `- [ ]` task lists.
const rendered = `<p>Before the steps.</p>
<h2 id="pick">Pick the topic</h2>
<p>Narrow it down.</p>
<ul class="contains-task-list">
<li class="task-list-item"><input type="checkbox" disabled/> Write it in <em>one</em> sentence</li>
<li class="task-list-item"><input type="checkbox" disabled/> List three questions</li>
</ul>
<h3 id="tip">A tip inside the step</h3>
<p>Stays in step one.</p>
<h2 id="reach">Reach out</h2>
<ul class="contains-task-list">
<li class="task-list-item"><input type="checkbox" checked disabled/> List three questions</li>
</ul>`;

describe('stepsHtml', () => {
  const result = stepsHtml(rendered);
  const dom = parseDocument(result.list);
  const steps = DomUtils.findAll(
    (el) => el.name === 'li' && el.attribs.class === 'step',
    dom.children,
  );
  const boxes = DomUtils.findAll((el) => el.name === 'input', dom.children);

  it('makes an ordered list with one item per top-level heading', () => {
    expect(result.list.startsWith('<ol class="steps-list">')).toBe(true);
    expect(result.steps).toBe(2);
    expect(steps).toHaveLength(2);
    expect(DomUtils.textContent(steps[0]!)).toContain('Stays in step one.');
    expect(DomUtils.textContent(steps[1]!)).not.toContain('Stays in step one.');
  });
  it('keeps text before the first heading outside the list, and heading ids intact', () => {
    expect(result.intro).toBe('<p>Before the steps.</p>\n');
    expect(result.list).toContain('<h2 id="pick">Pick the topic</h2>');
  });
  it('turns every task into an enabled checkbox inside its label', () => {
    expect(result.tasks).toBe(3);
    expect(boxes).toHaveLength(3);
    for (const box of boxes) {
      expect(box.attribs.disabled).toBeUndefined();
      expect(box.parent && 'name' in box.parent && box.parent.name).toBe('label');
    }
    const label = boxes[0]!.parent!;
    expect(DomUtils.textContent(label).trim()).toBe('Write it in one sentence');
    expect(DomUtils.getOuterHTML(label)).toContain('<em>one</em>');
  });
  it('keys tasks by their text, keeping repeated texts distinct', () => {
    expect(boxes.map((b) => b.attribs['data-task'])).toEqual([
      'write-it-in-one-sentence',
      'list-three-questions',
      'list-three-questions-2',
    ]);
  });
  it('keeps a task the author ticked in the source ticked', () => {
    expect(boxes[2]!.attribs.checked).toBeDefined();
    expect(boxes[0]!.attribs.checked).toBeUndefined();
  });
  it('handles loose task lists, where the checkbox sits in a paragraph', () => {
    const loose = stepsHtml(
      '<h2>One</h2><ul class="contains-task-list"><li class="task-list-item"><p><input type="checkbox" disabled/> Do it</p><p>More words.</p></li></ul>',
    );
    expect(loose.tasks).toBe(1);
    expect(loose.list).toContain(
      '<p><label class="task"><input type="checkbox" autocomplete="off" data-task="do-it"> Do it</label></p><p>More words.</p>',
    );
  });
  it('takes the label the build gives each task, not nesting a label in it', async () => {
    const { html } = await markdownToHtml(
      '## One\n\n- [ ] Write it in *one* sentence\n- [x] Done\n  - [ ] Nested\n\n1. [ ] Loose\n\n   More words.\n',
      { features: { gfm: true }, hastPlugins: [taskLabelsPlugin()] },
    );
    expect(html).toContain('<label><input type="checkbox" disabled> Write it in');
    const steps = stepsHtml(html);
    const dom = parseDocument(steps.list);
    const labels = DomUtils.findAll((el) => el.name === 'label', dom.children);
    expect(labels.map((label) => DomUtils.textContent(label).trim())).toEqual([
      'Write it in one sentence',
      'Done',
      'Nested',
      'Loose',
    ]);
    for (const label of labels) {
      expect(label.attribs.class).toBe('task');
      expect(DomUtils.findAll((el) => el.name === 'label', label.children)).toEqual([]);
    }
    expect(steps.list).toContain('data-task="done" checked>');
    expect(steps.list).toContain('<p>More words.</p>');
  });
  it('leaves a block without headings as it was, apart from the checkboxes', () => {
    const flat = stepsHtml('<p>Just text.</p>');
    expect(flat).toEqual({ intro: '<p>Just text.</p>', list: '', steps: 0, tasks: 0 });
  });
});
