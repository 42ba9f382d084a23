import { visit } from 'unist-util-visit';
import type { Heading, Root } from 'mdast';
import { entryCollectionOf } from '../core/content-index.ts';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck, SourceInput } from '../core/rule.ts';
import { slug } from 'github-slugger';
import { headingAttributes } from '../../lib/site/markdown-processor.ts';
import { pandocAttributes } from '../core/pandoc-attributes.ts';
import { headingText } from '../core/site-paths.ts';
import { characterName, ODD_SPACE } from '../../lib/util/odd-characters.ts';
import { withFix } from '../core/fixes.ts';

/**
 * `heading-syntax` (sources, a warning): a line meant as a heading that Markdown reads as text,
 * because no space follows its `#`s (`#Week 3: what I learned`). Notes apps and chat tools accept
 * it; CommonMark does not, so the page shows the hashes and screen reader users, who move through
 * a page by its headings, find no section there.
 *
 * Two hashes or more before a letter (`##Plan`, `###WTF?`) are always a heading that lost its
 * space. One is often a hashtag: learners writing about social media write them on purpose, at
 * the start of a line too (`#RaceToZero is the campaign's tag`, `#F1 #sustainability`), so a line
 * with one `#` is flagged only when it reads as a heading, and an unsure one is left alone:
 * - it starts a paragraph (a hashtag inside a sentence is one on purpose);
 * - its first word starts with a capital letter, or a letter of a script without capitals, and
 *   is not written in camel case (`#RaceToZero`, as hashtags are) nor holds a digit (`#F1`);
 * - it has a second word, and not every word is a hashtag (a list of hashtags, or one alone,
 *   may be a campaign's tags or Obsidian's; the reader sees what the author wrote);
 * - it does not read as a sentence: it does not end with `.`, `!`, `,`, `;` or `…`, has twelve
 *   words at most, and the paragraph's next line, if any, does not start in lower case (which
 *   would continue a sentence broken over two lines).
 *
 * Seven hashes or more (`####### Detail`) are a level Markdown does not have: always flagged.
 *
 * A heading that ends in an id written as Hugo, Jekyll (kramdown) and Docusaurus write one
 * (`## The plan {#plan}`), in a `.md` file of a site whose Markdown does not read heading
 * attributes (Sätteri's default): the page shows `{#plan}` in the heading and gives it the id its
 * text makes, so links to `#plan` go nowhere. Where the site reads them
 * (`satteri({ features: { headingAttributes: true } })`), they are the heading's id.
 *
 * Hashes followed by a space CommonMark does not count (a no-break space pasted from a word
 * processor, a full-width space from a Japanese or Chinese input method) are a heading that
 * looks right in the editor and shows as text: always flagged, as no hashtag holds a space.
 */

/** Up to three spaces, one to six `#`, then a letter: no space, so no heading. */
const UNSPACED = /^ {0,3}(#{1,6})(\p{L}[^\n]*?)[ \t]*$/u;
/**
 * One to six `#`, then a space that is not one to CommonMark, which wants a space or a tab: a
 * no-break space, as word processors and notes apps paste one, a full-width space, as Japanese
 * and Chinese input methods type one, or another Unicode space. No hashtag is written so: always
 * a lost heading.
 */
const ODD_SPACED = new RegExp(`^ {0,3}(#{1,6})([${ODD_SPACE}])\\s*(\\S.*?)\\s*$`, 'u');

/** A hash before a letter or an odd space, or seven hashes: what a file must hold to be read. */
const MAY_BE_HEADING = new RegExp(`#[\\p{L}${ODD_SPACE}]|#{7}`, 'u');

/** Seven hashes or more, then a space: a level Markdown does not have (`####### Detail`). */
const TOO_DEEP = /^ {0,3}(#{7,})[ \t]+(\S.*?)[ \t#]*$/;

/** How a sentence ends; a heading may end with a question mark or a colon. */
const SENTENCE_END = /[.!,;…]$/;
export const HEADING_WORDS = 12;
/** A heading's first word: a capital, or a letter of a script without capitals, then no capital after a small letter, nor a digit. */
const HEADING_WORD = /^(?:\p{Lu}|\p{Lo})(?!\S*(?:\p{Ll}\p{Lu}|\p{N}))/u;

/** Whether the first line of a paragraph, hashes and all, reads as a heading (see above). */
function readsAsHeading(
  line: string,
  hashes: string,
  words: string,
  nextLine: string | undefined,
): boolean {
  if (hashes.length > 1) return true;
  const all = line.trim().split(/\s+/);
  return (
    HEADING_WORD.test(words) &&
    all.length > 1 &&
    all.length <= HEADING_WORDS &&
    !all.every((word) => word.startsWith('#')) &&
    !SENTENCE_END.test(line) &&
    !/^\s*\p{Ll}/u.test(nextLine ?? '')
  );
}

/**
 * Text that a line of `---` right under it makes a level-2 heading (a setext heading), where the
 * `---` was meant as a rule: a paragraph of two lines or more, or one that reads as a sentence
 * (it ends with `.`, `!`, `,`, `;` or `…`, or has more than twelve words). A short line under
 * `===` or `---` on purpose is a heading, and left alone. The fix, a blank line before the
 * `---`, is read again first: the text must then be a paragraph.
 */
function textUnderlined(
  text: string,
  node: Heading,
  reparse: SourceInput['reparse'],
): string | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || node.depth !== 2) return undefined;
  const lines = text.slice(start, end).split('\n');
  const underline = lines.at(-1)!.trim();
  if (lines.length < 2 || !/^-+$/.test(underline)) return undefined;
  const words = lines.slice(0, -1).join(' ').trim();
  const sentence =
    lines.length > 2 || SENTENCE_END.test(words) || words.split(/\s+/).length > HEADING_WORDS;
  if (!sentence) return undefined;
  const rule = start + text.slice(start, end).lastIndexOf('\n');
  const fixed = `${text.slice(0, rule)}\n${text.slice(rule)}`;
  let paragraph = false;
  visit(reparse(fixed), 'paragraph', (found) => {
    if (found.position?.start.offset === start) paragraph = true;
  });
  if (!paragraph) return undefined;
  return `${lines.length > 2 ? 'These lines' : 'This line'} and the ${underline} under ${lines.length > 2 ? 'them' : 'it'} make a heading, not text and a line across the page, so screen reader users meet ${lines.length > 2 ? 'them' : 'it'} as a section's title: leave a blank line before the ${underline}`;
}

/**
 * A line of text with a line of dashes under it. Tried from each line's start only: tried from
 * each character, as `\S[^\n]*` alone would be, it read a long paragraph's line once for each
 * of its characters, and took 1.5 s of a 4,000-post check.
 */
const UNDERLINED_TEXT = /(?:^|\n)[^\S\n]*\S[^\n]*\n[ \t]{0,3}-+[ \t]*(?:\n|$)/;

/** Where the text after the frontmatter starts (whose closing `---` is under a line of YAML). */
const bodyStart = (tree: Root) => {
  const first = tree.children[0];
  return first?.type === 'yaml' ? (first.position?.end.offset ?? 0) : 0;
};

export const checkHeadingSyntax: SourceCheck = (_model, ctx, _report, { tree, file, reparse }) => {
  const text = String(file.value ?? '');
  // Most files end here: no hash before a letter or an odd space anywhere (a list item's or a quote's line starts
  // with its marker, so not only at a line's start), no line of Markdown ending in braces
  // (`{.unnumbered}`), and no line of dashes under text.
  if (
    !MAY_BE_HEADING.test(text) &&
    !(ctx.syntax === 'md' && /\}[ \t]*\r?$/m.test(text)) &&
    !UNDERLINED_TEXT.test(text.slice(bodyStart(tree as Root)))
  )
    return;
  const collection = entryCollectionOf(ctx.file);
  const locator = new Locator(text);
  // The page's title is the level-1 heading of an entry (see heading-order): the level a heading
  // takes here is the one heading-order then accepts, one below the heading before it at most.
  let previous = collection ? 1 : 0;
  // Where the site's Markdown reads no heading attributes, the page shows them (MDX takes them
  // for JavaScript, and parse-error says so).
  const attributesShown = ctx.syntax === 'md' && !ctx.config.markdownSyntax?.headingAttributes;
  visit(tree as Root, (node) => {
    if (node.type === 'heading') {
      previous = (node as Heading).depth;
      const underlined = textUnderlined(text, node as Heading, reparse);
      if (underlined) {
        file.message(underlined, locator.point(node.position!.start.offset!));
        return;
      }
      const start = node.position?.start.offset;
      if (ctx.syntax !== 'md' || start === undefined) return;
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
      const found = headingAttributes(line);
      if (!found?.id || !attributesShown) {
        // Pandoc's and Quarto's (`{.unnumbered}`, `{-}`): shown where the site reads no heading
        // attributes, and `{-}` everywhere, as Sätteri reads no such attribute.
        const pandoc = pandocAttributes(line, line.lastIndexOf('{'));
        if (pandoc && line.trimEnd().endsWith(pandoc.written) && (attributesShown || !found)) {
          const body = line.trimEnd();
          const kept = body.slice(0, -pandoc.written.length).trimEnd().length;
          withFix(
            file.message(
              `${line.trim()} ends in ${pandoc.written}, heading attributes as Pandoc, Quarto and Jekyll's kramdown write them, which this site's Markdown does not read, so the page shows them in the heading: remove them${pandoc.unnumbered ? ' (headings here are not numbered)' : ''}`,
              locator.point(start),
            ),
            { range: [start + kept, start + body.length], text: '' },
          );
        }
        return;
      }
      // The id its text gives, as the model gives a heading its id (smart dashes outside code).
      const smart = ctx.config.markdownSyntax?.smartDashes !== false;
      const words = headingText(node, () => new Map(), smart).trimEnd();
      const id = slug(words.slice(0, words.lastIndexOf(found.written)).trim());
      file.message(
        `${line.trim()} ends in ${found.written}, a heading id as Hugo, Jekyll and Docusaurus write one, which this site's Markdown does not read, so the page shows it in the heading: remove it and link to #${id}, the id its text gives, or read heading ids site-wide with satteri({ features: { headingAttributes: true } }) in astro.config.mjs`,
        locator.point(start),
      );
      return;
    }
    if (node.type !== 'paragraph') return;
    const start = node.position?.start.offset;
    const stop = node.position?.end.offset;
    if (start === undefined || stop === undefined) return;
    const [first = '', next] = text.slice(start, stop).split('\n');
    // What a fix replaces: the paragraph's first line, without what ends it.
    const lineRange: [number, number] = [start, start + first.trimEnd().length];
    const deep = TOO_DEEP.exec(first);
    if (deep) {
      const level = Math.min(previous + 1, 6);
      const fix = `${'#'.repeat(level)} ${deep[2]}`;
      withFix(
        file.message(
          `${deep[0].trim()} shows as text, not a heading, as Markdown has six levels of heading and ${deep[1]!.length} hashes make none: write ${fix}`,
          locator.point(start),
        ),
        { range: lineRange, text: fix },
      );
      previous = level;
      return;
    }
    const oddly = ODD_SPACED.exec(first);
    const found = oddly ? [oddly[0], oddly[1], oddly[3]] : UNSPACED.exec(first.trimEnd());
    if (!found || (!oddly && !readsAsHeading(first, found[1]!, found[2]!, next))) return;
    const [written, hashes, words] = found;
    const level = Math.min(Math.max(hashes!.length, collection ? 2 : 1), previous + 1);
    // `##Plan##`: closing hashes as many as the opening ones, which need a space before them too;
    // the fix leaves them out (a lone `#` may end a word: `#Learning C#`).
    const closing =
      hashes!.length > 1 ? new RegExp(`(?<=[^#\\s])#{${hashes!.length}}$`) : undefined;
    const fix = `${'#'.repeat(level)} ${closing ? words!.replace(closing, '').trimEnd() : words}`;
    withFix(
      file.message(
        oddly
          ? `${written!.trim()} shows as text, not a heading, as the space after its ${hashes} is ${characterName(oddly[2]!, 'Unicode space')}, which Markdown does not take for one: write ${fix}, with a plain space`
          : `${written!.trim()} shows as text, not a heading: write ${fix}, with a space after the #`,
        locator.point(start),
      ),
      { range: lineRange, text: fix },
    );
    previous = level;
  });
};

/**
 * `heading-syntax` (a warning): a line meant as a heading that Markdown shows as text, because no space follows its `#`s (`#Week 3: what I learned`, as notes apps accept it) or the space is one Markdown does not count (a no-break space a word processor pasted, `##\u00a0Plan`, or a full-width one an input method typed), or because it has seven hashes or more (Markdown has six levels), so the page shows the hashes and screen reader users find no section there. A `.md` heading ending in an id as Hugo, Jekyll and Docusaurus write one (`## The plan {#plan}`), where the site's Markdown reads no heading attributes: the page shows it, and the id comes from the heading's text. So do Pandoc's and Quarto's (`## References {.unnumbered}`), and `{-}` even where the site reads heading attributes. Two hashes or more (`##Plan`) always are; hashtags are left alone: only the first line of a paragraph is read, and a line with one `#` only when it reads as a heading, with two words or more, the first capitalised and not a hashtag's camel case or digits (`#RaceToZero`, `#F1`), not all hashtags, and not a sentence (no full stop or comma at its end, twelve words at most, and no lower-case line after it). And the reverse: text that a line of `---` right under it makes a heading, where the `---` was meant as a line across the page (two lines of text or more, or one that reads as a sentence; a short line underlined on purpose is left alone).
 *
 * @fix Put a plain space after the hashes, at the level the message gives (`## Week 3`); `npm run check -- --fix` does it, and removes Pandoc's attributes. Leave a blank line before a `---` meant as a line across the page. Remove a heading's `{#id}` and link to the id its text gives (`#the-plan`), or read heading ids site-wide with `satteri({ features: { headingAttributes: true } })` in the Astro config. Remove Pandoc's `{.unnumbered}` or `{-}`: headings here are not numbered.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ## Week 3: what I learned
 *
 *   My #1 lesson: ask. I tagged the thread #pln so my group would find it.
 *
 *   #RaceToZero is the campaign's tag
 *
 *   #F1 #sustainability #pln
 *
 *   #Sustainability
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   #What I learned
 *
 *   ###The first try
 *
 *   ## The plan {#plan}
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1: #What I learned shows as text, not a heading: write ## What I learned, with a space after the #
 *   3:1: ###The first try shows as text, not a heading: write ### The first try, with a space after the #
 *   5:1: ## The plan {#plan} ends in {#plan}, a heading id as Hugo, Jekyll and Docusaurus write one, which this site's Markdown does not read, so the page shows it in the heading: remove it and link to #the-plan, the id its text gives, or read heading ids site-wide with satteri({ features: { headingAttributes: true } }) in astro.config.mjs
 */
const rule: GateRule = { id: 'heading-syntax', severity: 'warning', source: checkHeadingSyntax };
export default rule;
