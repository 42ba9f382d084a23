import { toString } from 'mdast-util-to-string';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { matchSections } from '../../lib/reflection/reflection-models.ts';

/** The loose shape of the mdast (+ MDX) nodes this rule reads. */
interface MdNode {
  type: string;
  value?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { offset?: number; line?: number; column?: number } };
}

/** `{/* … *\/}`, one or more MDX comments and nothing else. */
const MDX_COMMENT = /^\s*(?:\/\*[\s\S]*?\*\/\s*)+$/;

/**
 * Whether a node puts anything on the page. Comments (the prompts of a new draft, in HTML or
 * MDX syntax), import/export lines and link definitions do not; text, media and components do.
 */
function publishes(node: MdNode): boolean {
  switch (node.type) {
    case 'html':
      return /\S/.test((node.value ?? '').replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return !MDX_COMMENT.test(node.value ?? '');
    case 'mdxjsEsm':
    case 'definition':
    case 'yaml':
    case 'thematicBreak':
    case 'break':
      return false;
    case 'image':
    case 'imageReference':
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return true;
    default:
      if (node.children) return node.children.some(publishes);
      return /\S/.test(node.value ?? '');
  }
}

/**
 * `reflection-model`: a post that names a reflection model (`model: gibbs`) has a heading for
 * each of the model's sections, and something written under each. A new draft from
 * `npm run new -- reflection "Title" --model gibbs` has every heading with its prompt as a
 * comment, so this lists the sections still to write. Headings are matched on their words
 * (case and punctuation ignored; "Feelings: the night before" is the Feelings section), at the
 * top level of the file.
 */
const checkReflectionModel: SourceCheck = (entry, ctx, _report, { tree, file }) => {
  const { models } = ctx.config;
  const frontmatter = entry.frontmatter;
  const id = frontmatter?.data.model;
  if (!frontmatter || typeof id !== 'string') return;
  const locator = new Locator(String(file.value ?? ''));
  // Placing a problem at `model:` reads the YAML's positions: only when there is one.
  const atModel = () => locator.point(frontmatter.offsetOf('model'));
  const model = Object.hasOwn(models, id) ? models[id] : undefined;
  // A model no file defines stops the build: `content-reference` reports it, as an error.
  if (!model) return;

  const nodes = (tree as unknown as MdNode).children ?? [];
  const headings = nodes
    .map((node, index) => ({ node, index }))
    .filter(({ node }) => node.type === 'heading');
  const matched = matchSections(
    headings.map(({ node }) => toString(node as never)),
    model,
  );
  model.sections.forEach((section, i) => {
    const found = headings[matched[i]!];
    if (!found) {
      file.message(
        `This post follows ${model.name} (model: ${id}), whose "${section.heading}" section it lacks: add a heading "## ${section.heading}" and answer its prompt under it (${section.prompt})`,
        atModel(),
      );
      return;
    }
    const { node, index } = found;
    const depth = node.depth ?? 1;
    const end = nodes.findIndex(
      (next, j) => j > index && next.type === 'heading' && (next.depth ?? 1) <= depth,
    );
    const body = nodes.slice(index + 1, end === -1 ? undefined : end);
    if (!body.some(publishes)) {
      const start = node.position?.start;
      file.message(
        `"${section.heading}" has no answer yet: write under this heading (${section.prompt}); a prompt left as a comment is not published`,
        start?.line ? { line: start.line, column: start.column ?? 1 } : atModel(),
      );
    }
  });
};

/**
 * `reflection-model` (a warning): a post that names a [reflection model](#reflection-models) (`model: 4f`) but lacks one of its sections, or leaves a section's prompt unanswered.
 *
 * @fix Write the missing section under its heading, or answer the prompt in the section that has only its prompt.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   model: 4f
 *   ---
 *
 *   ## Facts
 *
 *   We drafted three posts about tyre recycling.
 *
 *   ## Feelings
 *
 *   Nervous about the first post.
 *
 *   ## Findings
 *
 *   Short videos reach more people.
 *
 *   ## Future
 *
 *   Film a pit-stop clip next week.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   model: 4f
 *   ---
 *
 *   ## Facts
 *
 *   We drafted three posts about tyre recycling.
 *
 *   ## Feelings
 *
 *   <!-- How did you feel? -->
 *
 *   ## Findings
 *
 *   Short videos reach more people.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   12:1: "Feelings" has no answer yet: write under this heading (How did you feel, and how did the people around you seem to feel?); a prompt left as a comment is not published
 *   5:1: This post follows The 4F model (model: 4f), whose "Future" section it lacks: add a heading "## Future" and answer its prompt under it (What will you do with what you learned?)
 */
const rule: GateRule = {
  id: 'reflection-model',
  severity: 'warning',
  source: checkReflectionModel,
};
export default rule;
