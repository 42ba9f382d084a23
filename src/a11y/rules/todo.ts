import { visit } from 'unist-util-visit';
import { parse } from 'yaml';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { frontmatterBlock } from '../../lib/content/frontmatter-dates.ts';

/**
 * `todo` (sources, a warning): a "TODO" left in an entry that is not a draft, in its frontmatter
 * (`npm run new` writes `description: "TODO: …"`) or in the text readers see, and the
 * placeholder text templates fill pages with ("Lorem ipsum dolor sit amet…"). Code, inline or
 * in blocks, is left alone: a post about programming may quote a TODO on purpose. A draft
 * (`draft: true`) may hold as many as it likes; it is not published.
 */

/** `TODO` in capitals only (a post may say "todo list"), and placeholder text as templates write it. */
const TODO = /\bTODO\b|\b[Ll]orem ipsum\b/g;
/** mdast nodes whose source text readers see (MDX JSX attributes are checked on their element). */
const PROSE = new Set(['text', 'html']);

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

function message(found: string, where: 'frontmatter' | 'text'): string {
  return found === 'TODO'
    ? `TODO left in this entry's ${where}: finish it, or keep draft: true in the frontmatter until it is ready`
    : `Placeholder text (${found}) left in this entry's ${where}: write the real text, or keep draft: true in the frontmatter until it is ready`;
}

export const checkTodo: SourceCheck = (_model, _ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  if (!text.includes('TODO') && !/[Ll]orem ipsum/.test(text)) return;
  const locator = new Locator(text);
  const block = frontmatterBlock(text);
  let data: Record<string, unknown> = {};
  try {
    const parsed = block ? parse(block.yaml) : undefined;
    if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
  } catch {
    // Broken YAML is the parse-error rule's to report.
  }
  if (data.draft === true) return;
  const report = (found: string, offset: number, where: 'frontmatter' | 'text') =>
    file.message(message(found, where), locator.point(offset));

  if (block) {
    for (const match of block.yaml.matchAll(TODO))
      report(match[0], block.start + match.index, 'frontmatter');
  }
  const scan = ({ position }: Positioned) => {
    if (!position) return;
    const start = position.start.offset ?? 0;
    const end = position.end.offset ?? start;
    for (const match of text.slice(start, end).matchAll(TODO))
      report(match[0], start + match.index, 'text');
  };
  visit(tree, (node) => {
    if (PROSE.has(node.type)) scan(node);
    // `<Figure caption="TODO" …>`: literal attribute values render as text too.
    const attributes = (node as { attributes?: (Positioned & { value?: unknown })[] }).attributes;
    for (const attribute of attributes ?? [])
      if (typeof attribute.value === 'string') scan(attribute);
  });
};

/**
 * `todo` (a warning): `TODO`, or placeholder text ("Lorem ipsum…"), left in the frontmatter or text of an entry that is not a draft; code, inline or in blocks, is skipped, and a draft may hold as many as it likes.
 *
 * @fix Finish it (write the real text in place of the placeholder), or keep `draft: true` until it is ready.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ---
 *   title: Week 3
 *   description: Planning the campaign.
 *   pubDate: 2026-10-12
 *   ---
 *
 *   A comment such as `// TODO` marks unfinished code.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Week 3
 *   description: "TODO: one line about this post"
 *   pubDate: 2026-10-12
 *   ---
 *
 *   TODO write the plan.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   3:15: TODO left in this entry's frontmatter: finish it, or keep draft: true in the frontmatter until it is ready
 *   7:1: TODO left in this entry's text: finish it, or keep draft: true in the frontmatter until it is ready
 */
const rule: GateRule = { id: 'todo', severity: 'warning', source: checkTodo };
export default rule;
