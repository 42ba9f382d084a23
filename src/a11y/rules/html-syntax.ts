import { visit } from 'unist-util-visit';
import { htmlTagNames } from 'html-tag-names';
import type { Root } from 'mdast';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck, SourceInput } from '../core/rule.ts';
import { mendTag, mendedWhy, type MendedTag } from '../core/attribute-quotes.ts';
import { withFix } from '../core/fixes.ts';
import type { Fix } from '../core/types.ts';

/**
 * `html-syntax` (sources, a warning): HTML in a Markdown (`.md`) file written so the page does
 * not read it as meant. Three habits cause it, from editors and from HTML written by hand:
 * - a value in curly quotes (`alt=“The pit wall”`), which an editor or a word processor made of
 *   straight ones as they were typed. HTML takes a curly quote for a letter, so the value ends at
 *   its first space: the image's alt text is `“The`, and `pit` and `wall”` are attributes of their
 *   own; a link goes to `“https://…”`, a page of this site;
 * - a tag in a line of text whose value has no quotes and holds a `/`
 *   (`<video src=/media/clip.webm controls>`): HTML allows it, but Markdown then reads no tag,
 *   and the page shows it as text, with no player;
 * - a placeholder in angle brackets (`Dear <name>,`, `reply with <your email>`), which Markdown
 *   passes to the page as a tag no browser knows, so it shows nothing of it.
 *
 * The message gives the tag with its values in straight quotes, which HTML and Markdown read. A
 * tag shown as text is reported only where that tag, so written, is read as one: the file is read
 * again with it, and a placeholder only where `\<name>` is read as text. In MDX all three stop
 * the build, and `parse-error` says what to write. A tag written as text on purpose
 * (`\<video …>`, or in code) is left alone.
 */
export const checkHtmlSyntax: SourceCheck = (_model, ctx, _report, { tree, file, reparse }) => {
  if (ctx.syntax !== 'md') return;
  const text = String(file.value ?? '');
  if (!text.includes('<')) return;
  const locator = new Locator(text);
  const say = (at: number, message: string) => file.message(message, locator.point(at));
  // The tag with its values in straight quotes, in place of the tag as written.
  const mend = (at: number, mended: MendedTag): Fix => ({
    range: [at, at + mended.written.length],
    text: mended.fixed,
  });
  visit(tree as Root, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    if (node.type === 'html') {
      for (const [at, mended] of tags(text, start, end))
        if (mended.curly.length)
          withFix(
            say(
              at,
              `${mendedWhy(mended, 'HTML')}, so the page reads ${readAs(mended)}: write ${mended.fixed}`,
            ),
            mend(at, mended),
          );
      for (const [at, tag] of unknownTags(text, start, end, reparse))
        say(
          at,
          `${tag} is read as an HTML tag, and no element is called ${tag.slice(1).split(/[\s>/]/)[0]}, so the page shows nothing of it: to show it, write \\${tag}, or \`${tag}\` as code`,
        );
      return;
    }
    if (node.type !== 'text') return;
    for (const [at, mended] of tags(text, start, end)) {
      if (!readAsTag(text, at, mended, reparse)) continue;
      withFix(
        say(
          at,
          `${mended.written} shows as text on the page: ${mendedWhy(mended, 'HTML')}, and Markdown reads no tag so written: write ${mended.fixed}`,
        ),
        mend(at, mended),
      );
    }
  });
};

/**
 * Letters prose puts after a `<` (`if a <b and c=d/e`): a tag of one letter is taken for one
 * only when it is a link's.
 */
const PROSE_LETTER = /^<[b-z]$/i;

/** Each tag from `start` to `end` of `text` that has a value to mend: where it starts, and it mended. */
function* tags(text: string, start: number, end: number): Generator<[number, MendedTag]> {
  const tag = /<[A-Za-z][\w.:-]*(?=[\s/>])/g;
  tag.lastIndex = start;
  for (let found = tag.exec(text); found && found.index < end; found = tag.exec(text)) {
    // `\<video …>` is written to be shown.
    if (text[found.index - 1] === '\\' || PROSE_LETTER.test(found[0])) continue;
    const mended = mendTag(text, found.index, 'HTML');
    if (mended) yield [found.index, mended];
  }
}

const KNOWN = new Set(htmlTagNames);

/**
 * Each opening tag from `start` to `end` of `text` whose name no HTML element has (`Dear <name>,`
 * `reply with <your name>`), where a placeholder was meant: the page drops it. A custom element
 * (`<my-widget>`, with a hyphen) and what is inside an `<svg>` or `<math>` are left alone, and so
 * is a tag that, written `\<name>`, would still be read as one.
 */
function* unknownTags(
  text: string,
  start: number,
  end: number,
  reparse: SourceInput['reparse'],
): Generator<[number, string]> {
  const html = text.slice(start, end);
  for (const found of html.matchAll(/<([A-Za-z][\w]*)(?=[\s/>])[^<>]*>/g)) {
    if (KNOWN.has(found[1]!.toLowerCase())) continue;
    const at = start + found.index;
    // SVG's and MathML's elements have names of their own (`<circle>`), inline or in a block.
    if (insideForeign(text, at)) continue;
    // The fix works: with a backslash, no tag starts there.
    const fixed = `${text.slice(0, at)}\\${text.slice(at)}`;
    let tag = false;
    visit(reparse(fixed), 'html', (node) => {
      if (node.position?.start.offset === at + 1) tag = true;
    });
    if (!tag) yield [at, found[0]];
  }
}

/** Whether `at` is inside an `<svg>` or `<math>` element of `text`. */
function insideForeign(text: string, at: number): boolean {
  const lower = text.slice(0, at).toLowerCase();
  for (const found of lower.matchAll(/<(svg|math)\b/g)) {
    const close = lower.indexOf(`</${found[1]}`, found.index);
    if (close === -1) return true;
  }
  return false;
}

/** What the page makes of the first value in curly quotes: `alt as “The`. */
function readAs(mended: MendedTag): string {
  const [attribute = '', value = ''] = mended.curly[0]!.split(/=(.*)/s);
  return `${attribute.trim()} as ${value.split(/\s/)[0]}`;
}

/** Whether the file, with the tag at `at` mended, has a tag there: the fix given works. */
function readAsTag(
  text: string,
  at: number,
  mended: MendedTag,
  reparse: SourceInput['reparse'],
): boolean {
  const fixed = text.slice(0, at) + mended.fixed + text.slice(at + mended.written.length);
  let found = false;
  visit(reparse(fixed), 'html', (node) => {
    if (node.position?.start.offset === at) found = true;
  });
  return found;
}

/**
 * `html-syntax` (a warning): HTML in a `.md` file written so the page does not read it as meant: a value in curly quotes, as editors and word processors type quotes (`<img alt=“The pit wall”>`), which HTML reads up to its first space (the alt text is `“The`, and a link in curly quotes goes to a page of this site), a tag in a line of text whose value without quotes holds a `/` (`<video src=/media/clip.webm controls>`), which Markdown shows as text, with no player, and a placeholder in angle brackets (`Dear <name>,`), which the page takes for a tag no element has and shows nothing of (custom elements, `<my-widget>`, and SVG's and MathML's elements are left alone). Reported only where the fix is read as meant: the tag with its values in straight quotes as a tag, the placeholder written `\<name>` as text. In MDX both stop the build: `parse-error` says so, with the same fix.
 *
 * @fix Write each value in straight quotes, as the message gives the tag: `<img src="/pit.png" alt="The pit wall">` (`npm run check -- --fix` does it). Write a placeholder meant as text with a backslash, `\<name>`, or as code.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <img src="/pit-wall.png" alt="The pit wall at dusk">
 *
 *   Watch it here: <video src="/media/pit-stop.webm" controls></video>
 *
 *   The tag is written \<video src=/media/pit-stop.webm>.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <figure>
 *   <img src="/pit-wall.png" alt=“The pit wall at dusk”>
 *   </figure>
 *
 *   Watch it here: <video src=/media/pit-stop.webm controls></video>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:1: alt=“The pit wall at dusk” is in curly quotes, which editors type for straight ones and HTML does not read as quotes, so the page reads alt as “The: write <img src="/pit-wall.png" alt="The pit wall at dusk">
 *   5:16: <video src=/media/pit-stop.webm controls> shows as text on the page: src=/media/pit-stop.webm has no quotes, and Markdown reads no tag so written: write <video src="/media/pit-stop.webm" controls>
 */
const rule: GateRule = { id: 'html-syntax', severity: 'warning', source: checkHtmlSyntax };
export default rule;
