import { visit } from 'unist-util-visit';
import { slug } from 'github-slugger';
import { Locator } from '../core/model.ts';
import type { GateRule, SourceCheck } from '../core/rule.ts';
import type { CheckContext } from '../core/policy.ts';
import { sourceSite } from '../core/site-urls.ts';
import { linkedPath } from '../core/site-paths.ts';
import type { IndexedEntry } from '../core/content-index.ts';

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
const SPACED = /(!?)\[([^[\]\n]*)\]\(([^()<>\n]*?\S\s+\S[^()<>\n]*?)\)/g;
const PICTURE = /\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?)$/i;

/** The entry a wiki link names: by its title, or by its file name as the notes app wrote it. */
function entryNamed(name: string, ctx: CheckContext): IndexedEntry | undefined {
  const found = sourceSite(ctx.file, ctx.config);
  if (!found) return undefined;
  const wanted = name.trim().toLowerCase();
  const bySlug = slug(name.trim());
  const matches = found.index.entries.filter(
    (entry) =>
      entry.page &&
      entry.file !== ctx.file &&
      (String(entry.data.title ?? '')
        .trim()
        .toLowerCase() === wanted ||
        entry.id.split('/').pop() === bySlug),
  );
  return matches.find((entry) => entry.published) ?? matches[0];
}

/** The address a Markdown link writes for an entry (the build adds the site's base). */
const addressOf = (entry: IndexedEntry, heading?: string): string =>
  `/${linkedPath(entry.page!)}${heading ? `#${slug(heading.trim())}` : ''}`;

function wikiMessage(match: RegExpExecArray, ctx: CheckContext): string {
  const [written, bang, name, heading, shown] = match;
  const target = name!.trim();
  if (bang && PICTURE.test(target)) {
    const file = target.includes('/') ? target : `./${target}`;
    const address = file.includes(' ') ? `<${file}>` : file;
    // `|300` or `|300x200` is Obsidian's size; other words after the bar are its alt text.
    const alt =
      shown?.trim() && !/^\d+(?:x\d+)?$/.test(shown.trim()) ? shown.trim() : 'what it shows';
    return `${written} is an Obsidian embed, which is not read here, so the page shows it as text and no picture: write ![${alt}](${address})`;
  }
  const entry = entryNamed(target, ctx);
  const text = shown?.trim() || (heading ? `${target}: ${heading.trim()}` : target);
  const link = entry ? `[${text}](${addressOf(entry, heading)})` : `[${text}](…)`;
  const where = entry ? '' : ", with that page's address";
  if (bang)
    return `${written} embeds a note as Obsidian does, which is not read here, so the page shows it as text: link to it instead, ${link}${where}`;
  return `${written} is a wiki link (Obsidian, Logseq, Foam), which is not read here, so the page shows it as text: write ${link}${where}`;
}

function spacedMessage(match: RegExpExecArray): string {
  const [written, bang, text, inside] = match;
  // `(./pit wall.png "Title")`: the title stays outside the brackets.
  const titled = /^(.*?)\s+("[^"]*"|'[^']*')$/.exec(inside!.trim());
  const address = titled ? titled[1]! : inside!.trim();
  const fixed = `${bang}[${text}](<${address}>${titled ? ` ${titled[2]}` : ''})`;
  return bang
    ? `${written} is not read as a picture, because its path has a space, so the page shows it as text: write ${fixed}, or rename the file without spaces`
    : `${written} is not read as a link, because its address has a space, so the page shows it as text: write ${fixed}`;
}

export const checkLinkSyntax: SourceCheck = (_model, ctx, _report, { tree, file }) => {
  const text = String(file.value ?? '');
  if (!text.includes('[[') && !text.includes('](')) return;
  const locator = new Locator(text);
  visit(tree, 'text', (node) => {
    const start = node.position?.start.offset;
    if (start === undefined || !node.value.includes('[')) return;
    for (const match of node.value.matchAll(WIKI))
      file.message(wikiMessage(match, ctx), locator.point(start + match.index));
    for (const match of node.value.matchAll(SPACED))
      file.message(spacedMessage(match), locator.point(start + match.index));
  });
};

/**
 * `link-syntax` (a warning): a link or picture written in a way Markdown does not read, so the page shows it as text: a wiki link (`[[Week one]]`, `[[Week one|last week]]`) or embed (`![[pit-wall.png]]`) as Obsidian, Logseq and Foam write them, and a link or image whose address has a space in it (`![The pit wall](./pit wall.png)`). A wiki link's message gives the Markdown link to the entry it names, found by its title or its file name. Code, inline or in blocks, is skipped.
 *
 * @fix Write a Markdown link, `[Week one](/posts/week-one/)`, or image, `![what it shows](./pit-wall.png)`; put an address with a space in angle brackets, `![The pit wall](<./pit wall.png>)`, or rename the file without spaces.
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
 */
const rule: GateRule = { id: 'link-syntax', severity: 'warning', source: checkLinkSyntax };
export default rule;
