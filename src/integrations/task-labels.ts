import type { HastPluginDefinition } from 'satteri';
import { CONTROLS, TASK_TEXT_ENDS, UNLABELABLE_HTML } from '../lib/content/task-lists.ts';

/**
 * A GFM task list (`- [ ] Book the venue`) renders a disabled checkbox beside the task's text,
 * and nothing ties the two together: a screen reader announces "checkbox, not checked" with no
 * name (WCAG 4.1.2; GitHub's own rendering has the same fault). Commonplace puts the checkbox
 * and the text that follows it, up to the item's first block (a nested list, a second
 * paragraph), inside one `<label>`, so the task is the checkbox's name: the gate's `field-name`
 * rule holds every task list to that on the built page. The source layer models the same label
 * (src/a11y/source/model.ts), so `npm run check` agrees with the build; on a site whose Markdown
 * processor is not Sätteri this plugin does not run, and `field-name` reports every task there.
 */

type Node = { type: string; tagName?: string; name?: string; value?: unknown; children?: Node[] };

/**
 * A copy of a node as new content: the nodes a visitor reads are the processor's own, and
 * content handed back must be plain hast (or MDX hast), which the processor builds anew.
 */
function copy(node: Node): Node {
  const plain: Node & Record<string, unknown> = { ...node };
  if (node.children) plain.children = node.children.map(copy);
  return plain;
}

function isTaskItem(node: { tagName?: string; properties?: Record<string, unknown> } | undefined) {
  if (node?.tagName !== 'li') return false;
  const className = node.properties?.className;
  return (Array.isArray(className) ? className : [className]).includes('task-list-item');
}

/** An element's name, written as HTML or as MDX. */
const nameOf = (node: Node) =>
  node.type === 'element' ? node.tagName : /^mdxJsx/.test(node.type) ? node.name : undefined;

/** Whether a node of the task's text leaves it unlabelled (see UNLABELABLE_HTML). */
function unlabelable(node: Node): boolean {
  if (node.type === 'raw') return UNLABELABLE_HTML.test(String(node.value ?? ''));
  const name = nameOf(node);
  if (name && CONTROLS.test(name)) return true;
  return !!node.children?.some(unlabelable);
}

/** The Sätteri hast plugin that labels each task-list checkbox with its task's text. */
export function taskLabelsPlugin(): HastPluginDefinition {
  return {
    name: 'commonplace-task-labels',
    element: {
      filter: ['input'],
      visit(input, ctx) {
        if (input.properties?.type !== 'checkbox') return;
        const parent = ctx.parent(input) as unknown as Node & {
          properties?: Record<string, unknown>;
        };
        // A tight item holds the checkbox itself; a loose one, its first paragraph.
        const item =
          parent.tagName === 'p' ? (ctx.parent(parent as never) as typeof parent) : parent;
        const index = ctx.indexOf(input) ?? 0;
        const before = parent.children?.slice(0, index) ?? [];
        // The box GFM renders comes first (after a line break, when the task's text is a block).
        if (
          !isTaskItem(item) ||
          !before.every((node) => node.type === 'text' && !String(node.value).trim())
        )
          return;
        const text: Node[] = [];
        for (const node of parent.children?.slice(index + 1) ?? []) {
          if (TASK_TEXT_ENDS.has(nameOf(node) ?? '')) break;
          text.push(node);
        }
        if (text.some(unlabelable)) return;
        ctx.replaceNode(input, {
          type: 'element',
          tagName: 'label',
          properties: {},
          children: [copy(input as unknown as Node), ...text.map(copy)],
        } as never);
        for (const node of text) ctx.removeNode(node as never);
      },
    },
  };
}
