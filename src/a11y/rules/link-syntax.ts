import { visit } from 'unist-util-visit';
import type { Parent } from 'unist';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import type { CheckContext } from '../core/policy.ts';
import { addressOf, entryNamed } from '../core/entry-named.ts';
import { editDistanceWithin } from '../../lib/util/closest-name.ts';
import { withFix } from '../core/fixes.ts';
import type { Fix } from '../core/types.ts';

/** Says a message at an offset of the file, with the change that fixes it where that is certain. */
type Say = (message: string, offset: number, fix?: Fix) => void;
type SayAt = (said: Said, offset: number, written: string) => void;

/**
 * `link-syntax` (sources, a warning): a link or picture written in a way Markdown does not read,
 * which the page shows as text. Learners often draft in a notes app first, and Obsidian, Logseq
 * and Foam write wiki links (`[[Week one]]`, `[[Week one|last week]]`) and embeds
 * (`![[pit-wall.png]]`); and a path with a space in it (`![The pit wall](./pit wall.png)`) is no
 * link in CommonMark. Every other check passes such a post, since there is no link or image in
 * it to check, and the reader finds the brackets on the page. Code, inline or in blocks, is left
 * alone.
 */

/** `[[Note]]`, `[[Note#Heading]]`, `[[Note|shown]]`, and with `!` in front an embed. */
const WIKI = /(!?)\[\[([^[\]\n|#]+)(?:#([^[\]\n|]*))?(?:\|([^[\]\n]*))?\]\]/g;
/** A Markdown link or image whose address holds a space: `![alt](./my photo.png)`. */
// The address may hold one level of balanced parentheses, as a phone number or a Wikipedia
// page does (`tel:+1 (555) 010-0199`); `spaced` keeps those with a space inside.
const SPACED = /(!?)\[([^[\]\n]*)\]\(((?:[^()<>\n]|\([^()<>\n]*\))+)\)/g;
const spaced = (match: RegExpExecArray) => /\S\s+\S/.test(match[3]!.trim());
const PICTURE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?)$/i;

/** A message, and the text to write in place of what it is about where that is all the fix. */
interface Said {
  message: string;
  fix?: string;
}

function wikiMessage(match: RegExpExecArray, ctx: CheckContext): Said {
  const [written, bang, name, heading, shown] = match;
  const target = name!.trim();
  if (bang && PICTURE.test(target)) {
    const file = target.includes('/') ? target : `./${target}`;
    const address = file.includes(' ') ? `<${file}>` : file;
    // `|300` or `|300x200` is Obsidian's size; other words after the bar are its alt text.
    const own = shown?.trim() && !/^\d+(?:x\d+)?$/.test(shown.trim()) ? shown.trim() : undefined;
    const picture = `![${own ?? 'what it shows'}](${address})`;
    return {
      message: `${written} is an Obsidian embed, which is not read here, so the page shows it as text and no picture: write ${picture}`,
      // Only with the author's own alt text: words that ask for it are no fix.
      ...(own && { fix: picture }),
    };
  }
  const entry = entryNamed(target, ctx);
  const text = shown?.trim() || (heading ? `${target}: ${heading.trim()}` : target);
  const link = entry ? `[${text}](${addressOf(entry, heading)})` : `[${text}](…)`;
  const where = entry ? '' : ", with that page's address";
  if (bang)
    return {
      message: `${written} embeds a note as Obsidian does, which is not read here, so the page shows it as text: link to it instead, ${link}${where}`,
    };
  return {
    message: `${written} is a wiki link (Obsidian, Logseq, Foam), which is not read here, so the page shows it as text: write ${link}${where}`,
    ...(entry && { fix: link }),
  };
}

/**
 * A link with its brackets the wrong way round, `(the FIA's plan)[https://fia.com/plan]`, as
 * MediaWiki's and other tools' syntax leads one to write it. Only when what is in the square
 * brackets is plainly an address (a scheme, `www.`, a path from the root or from here, a
 * fragment): `(a|b)[c-z]*` in a regular expression written as prose is no link.
 */
const REVERSED =
  /(?<![\\\]\w])\(([^()\n]*[^()\s][^()\n]*)\)\[((?:(?:https?|mailto|tel):|www\.|\.{0,2}\/|#)[^[\]\s]*)\](?![[(:])/giu;

/** A template tag in an address (`{{ site.baseurl }}/…`, Jekyll's), which nothing here fills in. */
const TEMPLATE_TAG = /\{\{[^{}]*\}\}|\{%[^{}]*%\}/g;

function spacedMessage(match: RegExpExecArray): Said {
  const [written, bang, text, inside] = match;
  // `(./pit wall.png "Title")`: the title stays outside the brackets.
  const titled = /^(.*?)\s+("[^"]*"|'[^']*')$/.exec(inside!.trim());
  const address = titled ? titled[1]! : inside!.trim();
  // `({{ site.baseurl }}/2025/12/28/week-3/)`: its space is in a tag, and angle brackets would
  // link to the tag's text. Without its tags it is the address from the site's root.
  const untagged = address.replace(TEMPLATE_TAG, '').trim();
  if (untagged !== address && !/\s/.test(untagged)) {
    const fixed = `${bang}[${text}](${untagged || '/'})`;
    return {
      message: `${written} is not read as a ${bang ? 'picture' : 'link'}, because its address holds a template tag, which nothing here fills in, so the page shows it as text: write ${fixed}`,
    };
  }
  // A phone number as it is read out (`tel:+44 20 7946 0958`): a dialler takes the digits.
  if (!bang && /^tel:[+\d][\d\s().-]*\d$/i.test(address)) {
    const dialled = `[${text}](${address.replace(/[\s().-]/g, '')}${titled ? ` ${titled[2]}` : ''})`;
    return {
      message: `${written} is not read as a link, because its address has a space, so the page shows it as text: write the number without spaces, ${dialled}`,
      fix: dialled,
    };
  }
  // `www.` alone would be a path on this site (link-target), as in reversed links.
  const href = !bang && /^www\./i.test(address) ? `https://${address}` : address;
  const fixed = `${bang}[${text}](<${href}>${titled ? ` ${titled[2]}` : ''})`;
  return {
    message: bang
      ? `${written} is not read as a picture, because its path has a space, so the page shows it as text: write ${fixed}, or rename the file without spaces`
      : `${written} is not read as a link, because its address has a space, so the page shows it as text: write ${fixed}`,
    fix: fixed,
  };
}

/**
 * A full or collapsed reference, `[text][label]` or `[text][]`, that Markdown left as text: its
 * label names no definition (a defined one is parsed as a link). Its text may hold a picture
 * (`[![Mars](./mars.png)][mars]`, a picture that links). Not after a backslash, nor after a
 * letter or digit (`grid[i][j]` in prose is an index, not a link).
 */
const UNDEFINED_REFERENCE =
  /(?<![\\\w])(!?)\[((?:[^[\]]|!\[[^[\]]*\](?:\([^()\s]*\)|\[[^[\]]*\])?)+)\]\[([^[\]]*)\]/g;
/** A footnote reference, `[^2]`, that GFM left as text: no `[^2]:` defines it. */
const UNDEFINED_FOOTNOTE = /(?<!\\)\[\^([^[\]\s]+)\](?!:)/g;

/**
 * The defined label a reference most likely meant: one typo away, in a label of four or more
 * characters (`[w1]` for `[w2]`, `[^2]` for `[^1]` are other notes, not typos).
 */
function typoOf(name: string, labels: string[]): string | undefined {
  if (name.length < 4) return undefined;
  const near = labels.filter(
    (label) => editDistanceWithin(name.toLowerCase(), label.toLowerCase(), 1) <= 1,
  );
  return near.length === 1 ? near[0] : undefined;
}

/**
 * Text as a message shows it: on one line, without the `>` a quote's next line starts with
 * (`[Solar\n> System][]` is `[Solar System][]`).
 */
const oneLine = (text: string) => text.replace(/\s*\n[\s>]*/g, ' ');

function referenceMessage(match: RegExpExecArray, labels: string[]): string {
  const [, bang] = match;
  const [written, shown, label] = [match[0], match[2]!, match[3]!].map(oneLine) as [
    string,
    string,
    string,
  ];
  const name = label.trim() || shown.trim();
  const meant = typoOf(name, labels);
  const kind = bang ? 'picture' : 'link';
  const fix = meant
    ? `Did you mean [${meant}]? Write ${bang}[${shown}][${meant}]`
    : `add a line [${name}]: ${bang ? './picture.png' : '/posts/…/'} after the paragraph, or write ${bang}[${shown}](…)`;
  return `${written} names the ${kind} definition [${name}], which this file does not have, so the page shows it as text: ${fix}`;
}

function footnoteMessage(match: RegExpExecArray, notes: string[]): string {
  const [written, label] = match;
  const meant = typoOf(label!, notes);
  const fix = meant
    ? `Did you mean [^${meant}]?`
    : `add a line [^${label}]: with the note, at the end of the file`;
  return `${written} is a footnote that no [^${label}]: line defines, so the page shows it as text: ${fix}`;
}

/** Blocks whose children are one run of text, where a reference may span markup and lines. */
const RUNS = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * References with no definition in a block's run of text. Read from the source of the run, not
 * one text node: `[*Uranus*][]` holds emphasis, and `[Solar\nSystem][]` breaks a line. Each of
 * its four brackets must be text Markdown left as written (not in code, raw HTML or a link's
 * address), its text's two in one element, and its label text alone.
 */
function undefinedReferences(node: Parent, text: string, labels: string[], say: Say): void {
  const from = node.children[0]?.position?.start.offset;
  const to = node.children.at(-1)?.position?.end.offset;
  if (from === undefined || to === undefined) return;
  const run = text.slice(from, to);
  if (!run.includes('][')) return;
  const texts: { start: number; end: number; parent: unknown }[] = [];
  visit(node, (child, _index, parent) => {
    if (child.type !== 'text') return;
    const { start, end } = child.position ?? {};
    if (start?.offset !== undefined && end?.offset !== undefined)
      texts.push({ start: start.offset, end: end.offset, parent });
  });
  const textAt = (offset: number) => texts.find((t) => t.start <= offset && offset < t.end);
  const inOneText = (a: number, b: number) => texts.some((t) => t.start <= a && b <= t.end);
  // One that is no reference may hold one (`[![text][missing]][defined]`, a link around a
  // picture): the search goes on inside it.
  const search = new RegExp(UNDEFINED_REFERENCE);
  for (let match = search.exec(run); match; match = search.exec(run)) {
    const [written, bang, shown, label] = match;
    const open = from + match.index + bang!.length;
    const close = open + shown!.length + 1;
    const end = from + match.index + written.length - 1;
    const brackets = [open, close, close + 1, end].map(textAt);
    const reference =
      // `[text\][label]`: a bracket escaped on purpose, as text.
      !/\\$/.test(shown!) &&
      !/\\$/.test(label!) &&
      brackets.every(Boolean) &&
      inOneText(close, end + 1) &&
      // `<span>[text</span>][label]` in MDX: its brackets are in two elements, never one link.
      brackets[0]!.parent === brackets[1]!.parent;
    if (!reference) {
      search.lastIndex = match.index + 1;
      continue;
    }
    say(referenceMessage(match, labels), from + match.index);
  }
}

/** Nodes whose children are a run of text, where `(text)[address]` may be written. */
const PHRASING = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete']);

/** The source of a node's children, from the first to the last, and where it starts. */
function childrenRun(node: Parent, text: string): { from: number; run: string } | undefined {
  const from = node.children[0]?.position?.start.offset;
  const to = node.children.at(-1)?.position?.end.offset;
  return from === undefined || to === undefined ? undefined : { from, run: text.slice(from, to) };
}

/**
 * Whether the children a span of the source crosses are only text and the links GFM makes of a
 * bare address (`https://…`, `www.…`): prose, where one in code or raw HTML is not.
 */
function proseAcross(node: Parent, text: string, start: number, end: number): boolean {
  return node.children.every((child) => {
    const [a, b] = [child.position?.start.offset ?? 0, child.position?.end.offset ?? 0];
    if (b <= start || a >= end) return true;
    return child.type === 'text' || (child.type === 'link' && !/^[[<]/.test(text.slice(a, b)));
  });
}

/**
 * Reversed links among a node's children. Read from the source of the run, not one text node:
 * GFM makes the address in the square brackets a link of its own (`https://…`, `www.…`). Only
 * text and such bare addresses may make it up.
 */
function reversedLinks(node: Parent, text: string, say: Say): void {
  const { from, run } = childrenRun(node, text) ?? { from: 0, run: '' };
  if (!run.includes(')[')) return;
  for (const match of run.matchAll(REVERSED)) {
    const start = from + match.index;
    const end = start + match[0].length;
    if (!proseAcross(node, text, start, end)) continue;
    const [written, shown, address] = match;
    // `www.` alone would be a path on this site (link-target).
    const href = /^www\./i.test(address!) ? `https://${address}` : address;
    const link = `[${shown!.trim()}](${href})`;
    say(
      `${written} has its brackets the wrong way round, so the page shows it as text: write ${link}`,
      start,
      { range: [start, end], text: link },
    );
  }
}

/**
 * A link whose address has a space and starts `https://` or `www.`
 * (`[the list](https://en.wikipedia.org/wiki/List of circuits)`): GFM links the address's first
 * word by itself, so the text is split around it and the per-text scan never sees the whole.
 * Read over the run, where the split lies only in text and such bare links; one text node alone
 * is the per-text scan's.
 */
function spacedAcrossLinks(node: Parent, text: string, sayAt: SayAt): void {
  if (!node.children.some((child) => child.type === 'link')) return;
  const { from, run } = childrenRun(node, text) ?? { from: 0, run: '' };
  if (!run.includes('](')) return;
  for (const match of run.matchAll(SPACED)) {
    if (!spaced(match) || run[match.index - 1] === '\\') continue;
    const start = from + match.index;
    const end = start + match[0].length;
    const crossesLink = node.children.some((child) => {
      const [a, b] = [child.position?.start.offset ?? 0, child.position?.end.offset ?? 0];
      return child.type === 'link' && b > start && a < end;
    });
    if (crossesLink && proseAcross(node, text, start, end))
      sayAt(spacedMessage(match), start, match[0]);
  }
}

/**
 * The labels and footnotes a file defines, for the label a reference most likely meant; and each
 * defined twice, said there: links read the first definition and the page shows the first note,
 * and the second, often the one just edited, is never used (CommonMark, GFM).
 */
function definitions(
  tree: Parent,
  locator: Locator,
  say: Say,
): { labels: string[]; notes: string[] } {
  const labels: string[] = [];
  const notes: string[] = [];
  const first = new Map<string, { offset: number; url: string }>();
  visit(tree, (node) => {
    if (node.type !== 'definition' && node.type !== 'footnoteDefinition') return;
    const { identifier, label = '' } = node as { identifier?: string; label?: string };
    (node.type === 'definition' ? labels : notes).push(label);
    const offset = node.position?.start.offset;
    if (identifier === undefined || offset === undefined) return;
    const key = `${node.type}:${identifier}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { offset, url: (node as { url?: string }).url ?? '' });
      return;
    }
    const line = locator.point(earlier.offset).line;
    if (node.type === 'definition')
      say(
        `[${label}]: defines [${label}] again: links read the first definition, on line ${line} (${earlier.url || 'no address'}), and never this one: remove one of them, or give this one a label of its own`,
        offset,
      );
    else
      say(
        `[^${label}]: defines the footnote [^${label}] again: the page shows only the first, on line ${line}, and leaves this note out: remove one of them, or give this one a label of its own`,
        offset,
      );
  });
  return { labels, notes };
}

export const checkLinkSyntax: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  const locator = new Locator(text);
  const linkSyntax = text.includes('[[') || text.includes('](');
  const references = text.includes('][') || text.includes('[^');
  const reversed = text.includes(')[');
  const say: Say = (message, offset, fix) => {
    const said = file.message(message, locator.point(offset));
    if (fix) withFix(said, fix);
  };
  const sayAt: SayAt = ({ message, fix }, offset, written) =>
    say(
      message,
      offset,
      fix === undefined ? undefined : { range: [offset, offset + written.length], text: fix },
    );
  // Definitions are read once: for what a reference meant, and for one written twice.
  const { labels, notes } =
    references || text.includes(']:') ? definitions(tree, locator, say) : { labels: [], notes: [] };
  // In document order: the report keeps the order the messages come in.
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    // `[]()`: a link with no address leads back to the page it is on.
    if (node.type === 'link' && (node as { url: string }).url.trim() === '') {
      say(
        `${text.slice(start, end)} has no address, so the link leads back to this page: write where it goes between the parentheses, or remove the brackets`,
        start,
      );
      return;
    }
    if (reversed && PHRASING.has(node.type)) reversedLinks(node as Parent, text, say);
    if (linkSyntax && PHRASING.has(node.type)) spacedAcrossLinks(node as Parent, text, sayAt);
    if (references && RUNS.has(node.type)) undefinedReferences(node as Parent, text, labels, say);
    if (node.type !== 'text') return;
    // The source, not the value: a backslash before a bracket is gone from the value, and with
    // it the author's wish to show the bracket (`\[[Week one]]`), and every offset after it.
    const source = text.slice(start, end);
    if (linkSyntax && source.includes('[')) {
      const shown = (index: number) => source[index - 1] === '\\';
      for (const match of source.matchAll(WIKI))
        if (!shown(match.index)) sayAt(wikiMessage(match, ctx), start + match.index, match[0]);
      for (const match of source.matchAll(SPACED))
        if (!shown(match.index) && spaced(match))
          sayAt(spacedMessage(match), start + match.index, match[0]);
    }
    if (!references || !source.includes('[')) return;
    for (const match of source.matchAll(UNDEFINED_FOOTNOTE))
      say(footnoteMessage(match, notes), start + match.index);
  });
};

/**
 * `link-syntax` (a warning): a link or picture written in a way Markdown does not read, so the page shows it as text: a wiki link (`[[Week one]]`, `[[Week one|last week]]`) or embed (`![[pit-wall.png]]`) as Obsidian, Logseq and Foam write them, a link or image whose address has a space in it (`![The pit wall](./pit wall.png)`; one whose space is in a template tag, `[Week one]({{ site.baseurl }}/posts/week-1/)` as Jekyll links, gets the address without the tag), a link with its brackets the wrong way round (`(the FIA's plan)[https://fia.com/plan]`, when the square brackets hold an address), a reference whose label no definition in the file gives (`[week one][w1]` with no `[w1]: …` line, `[week two][]`, also when its text holds emphasis or a picture or breaks a line) and a footnote no `[^2]: …` line defines; a link with no address, `[here]()`, which leads back to the page (an image with no address, `![The pit wall]()`, is `asset-target`'s error: the page shows a broken image); and a label or a footnote defined twice (`[plan]: …` on two lines, as when an address is updated below the old one), of which links read the first and the page shows the first note, never the second. A wiki link's message gives the Markdown link to the entry it names, found by its title or its file name; a reference's, the label one typo away when the file defines one. Code, inline or in blocks, is skipped.
 *
 * @fix Write a Markdown link, `[Week one](/posts/week-one/)`, with the text in square brackets and the address in round ones, or image, `![what it shows](./pit-wall.png)`; put an address with a space in angle brackets, `![The pit wall](<./pit wall.png>)`, or rename the file without spaces; write a phone number's digits without spaces (`tel:+442079460958`); add the definition a reference names (`[w1]: /posts/week-one/`) or the footnote (`[^2]: The note.`), or fix the label. `npm run check -- --fix` writes a wiki link to the entry it names, a link the right way round, an embed with its own alt text as a picture, and an address with a space in angle brackets.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   Obsidian links notes with `[[Week one]]`; here a link is [Week one](/posts/week-one/).
 *
 *   ![The pit wall at dusk](<./pit wall.png>)
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/posts/week-one.md": "---\ntitle: Week one\ndescription: D.\npubDate: 2026-01-01\n---\nText.\n"}}
 *
 *   As I wrote in [[Week one]], the crew practises.
 *
 *   ![[pit-wall.png]]
 *
 *   ![The pit wall](./pit wall.png)
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:15: [[Week one]] is a wiki link (Obsidian, Logseq, Foam), which is not read here, so the page shows it as text: write [Week one](/posts/week-one/)
 *   3:1: ![[pit-wall.png]] is an Obsidian embed, which is not read here, so the page shows it as text and no picture: write ![what it shows](./pit-wall.png)
 *   5:1: ![The pit wall](./pit wall.png) is not read as a picture, because its path has a space, so the page shows it as text: write ![The pit wall](<./pit wall.png>), or rename the file without spaces
 *
 * @example
 *   {"name": "not-ok-references.md", "label": "input"}
 *
 *   As [week one][w1] showed, the [pit guide][pit-gide] helps, and so do my notes[^2], [here]().
 *
 *   [pit-guide]: /guides/pit-stops/
 *
 * @example
 *   {"name": "not-ok-references.md", "label": "output"}
 *
 *   1:4: [week one][w1] names the link definition [w1], which this file does not have, so the page shows it as text: add a line [w1]: /posts/…/ after the paragraph, or write [week one](…)
 *   1:31: [pit guide][pit-gide] names the link definition [pit-gide], which this file does not have, so the page shows it as text: Did you mean [pit-guide]? Write [pit guide][pit-guide]
 *   1:78: [^2] is a footnote that no [^2]: line defines, so the page shows it as text: add a line [^2]: with the note, at the end of the file
 *   1:84: [here]() has no address, so the link leads back to this page: write where it goes between the parentheses, or remove the brackets
 */
const rule: GateRule = { id: 'link-syntax', severity: 'warning', source: checkLinkSyntax };
export default rule;
