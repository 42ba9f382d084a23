import { visit } from 'unist-util-visit';
import type { Heading, Root } from 'mdast';
import { entryCollectionOf } from '../core/content-index.ts';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';

/**
 * `heading-syntax` (sources, a warning): a line meant as a heading that Markdown reads as text,
 * because no space follows its `#`s (`#Week 3: what I learned`). Notes apps and chat tools accept
 * it; CommonMark does not, so the page shows the hashes and screen reader users, who move through
 * a page by its headings, find no section there. A line of hashtags alone (`#reflection #pln`),
 * as Obsidian writes tags, shows as text too; in a post or guide the fix is its tags field.
 * Only a line that starts a paragraph is read: `#pln` inside a sentence is a hashtag on purpose,
 * and `#1 lesson` starts with a number, not a heading's word. A line that reads as a sentence
 * (`#PLN building is hard, but I kept at it.`: it ends as a sentence does, or runs past twelve
 * words) is a post written as a social media post would be, not a heading, and left alone.
 */

/** Up to three spaces, one to six `#`, then a letter: no space, so no heading. */
const UNSPACED = /^ {0,3}(#{1,6})(\p{L}[^\n]*?)[ \t]*$/u;
/** How a sentence ends; a heading may end with a question mark. */
const SENTENCE_END = /[.!,;…]$/;
const HEADING_WORDS = 12;
/** A line of hashtags and nothing else. */
const TAGS_ONLY = /^(?:#[\p{L}\p{N}_/-]+[ \t]*)+$/u;

export const checkHeadingSyntax: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  // Most files end here: no hash before a letter anywhere (a list item's or a quote's line starts
  // with its marker, so not only at a line's start).
  if (!/#\p{L}/u.test(text)) return;
  const collection = entryCollectionOf(ctx.file);
  const locator = new Locator(text);
  // The page's title is the level-1 heading of an entry (see heading-order): the level a heading
  // takes here is the one heading-order then accepts, one below the heading before it at most.
  let previous = collection ? 1 : 0;
  visit(tree as Root, (node) => {
    if (node.type === 'heading') previous = (node as Heading).depth;
    if (node.type !== 'paragraph') return;
    const start = node.position?.start.offset;
    if (start === undefined) return;
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end).trimEnd();
    const found = UNSPACED.exec(line);
    if (!found) return;
    const [written, hashes, words] = found;
    if (SENTENCE_END.test(line) || line.split(/\s+/).length > HEADING_WORDS) return;
    const level = Math.min(Math.max(hashes!.length, collection ? 2 : 1), previous + 1);
    const heading = `${'#'.repeat(level)} ${words}`;
    const point = locator.point(start);
    if (TAGS_ONLY.test(line)) {
      const tags = line.split(/\s+/).map((tag) => tag.slice(1));
      const field = collection === 'posts' || collection === 'guides';
      file.message(
        field
          ? `${line} shows as text, not as tags or a heading: list the tags in the frontmatter, tags: [${tags.join(', ')}]${tags.length === 1 ? `, or for a heading write ${heading}, with a space after the #` : ''}`
          : `${line} shows as text, not a heading: for a heading write ${heading}, with a space after the #, or remove the line`,
        point,
      );
      return;
    }
    file.message(
      `${written.trim()} shows as text, not a heading: write ${heading}, with a space after the #`,
      point,
    );
    previous = level;
  });
};

/**
 * `heading-syntax` (a warning): a line meant as a heading that Markdown shows as text, because no space follows its `#`s (`#Week 3`, as notes apps accept it), so the page shows the hashes and screen reader users find no section there; and a line of hashtags alone (`#reflection #pln`, Obsidian's tags), which shows as text too. Only a line that starts a paragraph is read, and not one that reads as a sentence (it ends with a full stop or a comma, or runs past twelve words): a hashtag in a sentence, or `#1` and other numbers, are left alone.
 *
 * @fix Put a space after the hashes, at the level the message gives (`## Week 3`); list tags in the frontmatter, `tags: [reflection, pln]`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## Week 3: what I learned
 *
 *   My #1 lesson: ask. I tagged the thread #pln so my group would find it.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   #What I learned
 *
 *   ###The first try
 *
 *   #reflection #pln
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: #What I learned shows as text, not a heading: write ## What I learned, with a space after the #
 *   3:1: ###The first try shows as text, not a heading: write ### The first try, with a space after the #
 *   5:1: #reflection #pln shows as text, not as tags or a heading: list the tags in the frontmatter, tags: [reflection, pln]
 */
const rule: GateRule = { id: 'heading-syntax', severity: 'warning', source: checkHeadingSyntax };
export default rule;
