/**
 * What a GFM task list item's text is (`- [ ] Book the venue`): the words its checkbox's label
 * holds. Pure data, shared by the build, the gate and `<Steps>`.
 */

/**
 * Elements that end a task's text: what follows them is not part of its name. The build's
 * labels (src/integrations/task-labels.ts), the source layer's model of them
 * (src/a11y/source/model.ts) and `<Steps>` (src/lib/guides/steps.ts) read it alike.
 */
export const TASK_TEXT_ENDS = new Set(
  'address blockquote details div dl figure h1 h2 h3 h4 h5 h6 hr ol p pre section table ul'.split(
    ' ',
  ),
);

/**
 * What a `<label>` holding a task's text cannot also hold: another form control (the label would
 * name the checkbox only, and leave the other control with none) or a label of its own. The item
 * is then left as written, and the gate reports what is unnamed.
 */
const NOT_IN_LABEL = [
  'button',
  'input',
  'label',
  'meter',
  'output',
  'progress',
  'select',
  'textarea',
];

/** Those elements by name (an element of MDX, or of HTML the processor parsed). */
export const CONTROLS = new RegExp(`^(?:${NOT_IN_LABEL.join('|')})$`);

/** Those elements in raw HTML (in a `.md` file). */
export const UNLABELABLE_HTML = new RegExp(`<(?:${NOT_IN_LABEL.join('|')})\\b`, 'i');
