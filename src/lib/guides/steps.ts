/**
 * Turns the HTML of a `<Steps>` block (Markdown headings, text and `- [ ]` task lists) into an
 * ordered list of steps with real, labelled checkboxes. Working on the rendered HTML keeps the
 * authoring plain Markdown and keeps the headings in the table of contents.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { slugify } from '../content/slug.ts';
import { TASK_TEXT_ENDS } from '../content/task-lists.ts';

type DomNode = ReturnType<typeof parseDocument>['children'][number];
type DomElement = Extract<DomNode, { name: string; attribs: Record<string, string> }>;

const isElement = (node: DomNode): node is DomElement => 'name' in node && 'attribs' in node;

/**
 * Where a `<Steps>` block's first step starts, among its top-level elements by tag name: at the
 * first heading (h2 to h6) of the highest level present, whose every heading starts a step.
 * Undefined when it has no heading: the whole block is one list of tasks. The gate reads a
 * block's steps the same way (`field-name`).
 */
export function firstStepAt(names: readonly (string | undefined)[]): number | undefined {
  const levels = names.map((name) => (name && /^h[2-6]$/.test(name) ? Number(name[1]) : 7));
  const level = Math.min(...levels);
  return level < 7 ? levels.indexOf(level) : undefined;
}
const serialize = (nodes: DomNode | DomNode[]) =>
  DomUtils.getOuterHTML(nodes, { encodeEntities: 'utf8' });

export interface StepsHtml {
  /** Text before the first heading, unchanged. */
  intro: string;
  /** `<ol class="steps-list">…</ol>`, empty when the block has no headings. */
  list: string;
  steps: number;
  tasks: number;
}

/** Gives each task a key from its text, so saved progress survives reordering the tasks. */
function taskKey(text: string, used: Set<string>, fallback: number): string {
  // By code points: a cut between the two halves of a rare CJK character would leave half of it.
  const base = Array.from(slugify(text)).slice(0, 60).join('') || `task-${fallback}`;
  let key = base;
  for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
  used.add(key);
  return key;
}

/** Replaces each disabled task-list checkbox (or its label) with a labelled, enabled checkbox. */
function labelTasks(nodes: DomNode[], used: Set<string>): number {
  const inputs = DomUtils.findAll(
    (el) => el.name === 'input' && el.attribs.type === 'checkbox',
    nodes as never,
  ) as unknown as DomElement[];
  for (const found of inputs) {
    // The build labels a task's checkbox with its text (src/integrations/task-labels.ts): the
    // label is then what is replaced, and the text is what it holds after the checkbox.
    const holder = found.parent as DomElement | null;
    if (!holder) continue;
    const replaced = holder.name === 'label' ? holder : found;
    const siblings = holder.children as DomNode[];
    const inline: DomNode[] = [];
    for (const node of siblings.slice(siblings.indexOf(found as DomNode) + 1)) {
      if (isElement(node) && TASK_TEXT_ENDS.has(node.name)) break;
      inline.push(node);
    }
    const text = inline
      .map((n) => DomUtils.textContent(n as never))
      .join('')
      .trim();
    const key = taskKey(text, used, used.size + 1);
    const checked = 'checked' in found.attribs ? ' checked' : '';
    const label = parseDocument(
      `<label class="task"><input type="checkbox" autocomplete="off" data-task="${key}"${checked}> ${serialize(inline).trim()}</label>`,
    ).children[0] as DomNode;
    for (const node of inline) DomUtils.removeElement(node as never);
    DomUtils.replaceElement(replaced as never, label as never);
  }
  for (const list of DomUtils.findAll(
    (el) =>
      (el.name === 'ul' || el.name === 'ol') &&
      /\bcontains-task-list\b/.test(el.attribs.class ?? ''),
    nodes as never,
  )) {
    list.attribs.class = 'task-list';
  }
  return inputs.length;
}

export function stepsHtml(html: string): StepsHtml {
  const nodes = parseDocument(html).children as DomNode[];
  const used = new Set<string>();
  const first = firstStepAt(nodes.map((node) => (isElement(node) ? node.name : undefined)));
  if (first === undefined) {
    const tasks = labelTasks(nodes, used);
    return { intro: serialize(nodes), list: '', steps: 0, tasks };
  }
  // The highest heading level present starts a step; lower ones stay inside it.
  const level = (nodes[first] as DomElement).name;
  const intro = nodes.slice(0, first);
  const groups: DomNode[][] = [];
  for (const node of nodes.slice(first)) {
    if (isElement(node) && node.name === level) groups.push([]);
    groups.at(-1)!.push(node);
  }
  let tasks = 0;
  const items = groups.map((group) => {
    tasks += labelTasks(group, used);
    return `<li class="step">${serialize(group)}</li>`;
  });
  return {
    intro: serialize(intro),
    list: `<ol class="steps-list">${items.join('')}</ol>`,
    steps: groups.length,
    tasks,
  };
}
