import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { entryCollectionOf } from '../core/content-index.ts';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import { HEADING_WORDS } from './heading-syntax.ts';

/**
 * `bold-heading` (sources, a warning): a line of bold text standing alone between paragraphs,
 * `**Week 3: the plan**`, as word processors and chat tools lead one to mark a section. It looks
 * like a heading to a sighted reader, but it is no heading: screen reader users, who move
 * through a page by its headings, and the outline of the page never find the section (WCAG
 * 1.3.1, information and relationships). markdownlint's MD036 checks the same.
 *
 * Bold text is used for other things, so a line is flagged only when it reads as a heading:
 * - it is a paragraph of its own at the top of the text (not in a list, a quote or a table),
 *   one line long, and all of it is bold text, with no link or code in it;
 * - it has a letter, twelve words at most, and does not end as a sentence or a label does
 *   (`.`, `!`, `?`, `,`, `;`, `:`, `…`, or their full-width forms): `**Thanks for reading!**`
 *   and `**Materials:**` before a list are left alone;
 * - something follows it, as a section follows its heading, and that is not a code block (a
 *   label, `**YAML**`, names the code under it), nor is it right under a heading (a note on
 *   that section, `**Optional**`);
 * - it is not a file's name or path alone (`**_config.yml**`), which labels the code it names.
 *
 * Italic lines are left alone: they are more often a caption, an aside or a quotation.
 */

/** How a sentence or a label ends, in Latin and full-width punctuation. */
const ENDS_SENTENCE = /[.!?,;:…。！？，；：]$/u;
/** A file's name or path on its own (`**_config.yml**`, `**src/pages/index.astro**`): a label of the code it names. */
const FILE_NAME = /^[^\s]+\.[a-z][a-z\d]{0,5}$|^[^\s]+\/[^\s]*$/iu;

/** The words of a bold line that reads as a heading, or undefined. */
function boldHeadingText(node: RootContent, text: string): string | undefined {
  if (node.type !== 'paragraph' || node.children.length !== 1) return undefined;
  const [strong] = node.children;
  if (strong?.type !== 'strong') return undefined;
  if (!strong.children.every((child) => child.type === 'text')) return undefined;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || text.slice(start, end).includes('\n'))
    return undefined;
  const words = toString(strong).trim();
  if (!/\p{L}/u.test(words) || ENDS_SENTENCE.test(words) || FILE_NAME.test(words)) return undefined;
  return words.split(/\s+/).length <= HEADING_WORDS ? words : undefined;
}

export const checkBoldHeading: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  // Most files end here: nothing bold starts a line.
  if (!/^(?:\*\*|__)/m.test(text)) return;
  const collection = entryCollectionOf(ctx.file);
  if (!collection) return;
  const locator = new Locator(text);
  const children = (tree as Root).children;
  // The page's title is level 1; a run of bold lines is a run of sections at one level.
  let previous = 1;
  let runLevel: number | undefined;
  children.forEach((node, index) => {
    if (node.type === 'heading') {
      previous = (node as Heading).depth;
      runLevel = undefined;
      return;
    }
    const words = boldHeadingText(node, text);
    const before = children[index - 1]?.type;
    const after = children[index + 1]?.type;
    // Right under a heading it is a note on it (`**Optional**`); before a code block, the code's
    // label (`**YAML**`); at the end, a sign-off.
    if (words === undefined || before === 'heading' || after === undefined || after === 'code')
      return;
    const level = (runLevel ??= Math.min(previous + 1, 6));
    const written = text.slice(node.position!.start.offset, node.position!.end.offset);
    file.message(
      `${written} is bold text on a line of its own, which looks like a heading but is none, so screen reader users moving by headings do not find this section: if it is one, write ${'#'.repeat(level)} ${words}`,
      locator.point(node.position!.start.offset!),
    );
  });
};

/**
 * `bold-heading` (a warning): a line of bold text on its own, `**Week 3: the plan**`, used as a section's heading, as word processors lead one to write it: it looks like a heading, but screen reader users moving by headings, and the page's outline, do not find the section (WCAG 1.3.1; markdownlint's MD036). Only a line that reads as a heading: a paragraph of its own at the top of the text, one line, all bold, no link or code, twelve words at most, not ending as a sentence or label does (`.`, `!`, `?`, `:`, `,`), with something after it that is not a code block (`**YAML**` above code labels it), and not right under a heading. Italic lines are left alone.
 *
 * @fix Write it as a heading, at the level the message gives (`## Week 3: the plan`), or, if it is no section's title, end it as the sentence it is or keep it in its paragraph.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## Week 3: the plan
 *
 *   **Thanks to everyone who replied!**
 *
 *   **Materials:**
 *
 *   - a notebook
 *
 *   I **asked** three people.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   **What I learned**
 *
 *   Asking early helps.
 *
 *   **What I will try next**
 *
 *   A weekly check-in.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: **What I learned** is bold text on a line of its own, which looks like a heading but is none, so screen reader users moving by headings do not find this section: if it is one, write ## What I learned
 *   5:1: **What I will try next** is bold text on a line of its own, which looks like a heading but is none, so screen reader users moving by headings do not find this section: if it is one, write ## What I will try next
 */
const rule: GateRule = { id: 'bold-heading', severity: 'warning', source: checkBoldHeading };
export default rule;
