import { decorativeInstead } from '../core/decorative-image.ts';
import { type El, type Model, type Node } from '../core/model.ts';
import {
  attr,
  imageKind,
  isBlank,
  isHidden,
  isPresentational,
  textOf,
  type CheckContext,
  type ImageKind,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import type { Fix } from '../core/types.ts';
import { attributeValueAt } from '../core/written-attribute.ts';
import { enclosingControl, isLink } from '../core/controls.ts';
import { altProblems, isMessagePattern, type NearbyText } from '../writing/alt-text.ts';
import { fileLanguage, otherLanguage } from '../writing/language.ts';
import { isEnglish } from '../../lib/site/lang.ts';

/**
 * `alt-quality`: alt text that is there but does not describe: placeholder words, file names,
 * "image of" openings, a copy of the caption or the sentence around the image, and alt text
 * too long to listen to. Covers Markdown images, HTML and JSX images, image components such as
 * Figure, and `coverAlt`. Empty alt text is left alone: `alt=""` is a decorative image, and a
 * missing description is `image-alt`'s error; but not on a picture of a post exported from
 * WordPress (`class="wp-image-12"`), which writes `alt=""` on every picture given none. A frame's title is its name as alt text is an
 * image's: the title YouTube's embed code gives every video ("YouTube video player") or a
 * placeholder ("video") is reported too; a missing one is `frame-title`'s error.
 */
export function checkAltQuality(model: Model, ctx: CheckContext, report: Report): void {
  const english = isEnglish(fileLanguage(model.frontmatter?.data ?? {}, ctx.config.lang));
  checkCoverAlt(model, report, english);
  for (const el of model.elements) {
    const generic = genericFrameTitle(el, english, model.text);
    if (generic) report(el, generic.message, generic.fix && { fix: generic.fix });
    const kind = imageKind(el, ctx.config);
    // An image whose role="presentation" holds has its alt text left unread.
    if (!kind || isHidden(el) || (kind !== 'role-img' && isPresentational(el))) continue;
    const alt = attr(el, kind === 'role-img' ? 'aria-label' : 'alt');
    const exported = kind === 'img' && alt === '' ? wordpressImage(el) : undefined;
    if (exported)
      report(
        el,
        `<img alt=""> marks the picture as decoration, but WordPress writes alt="" on every picture its author gave no alt text (class="${exported}"), as this post's export kept it: if it shows something, describe it, alt="…"; if it is decoration, remove ${exported} from its class to say so`,
      );
    if (typeof alt !== 'string' || !alt.trim()) continue;
    const src = attr(el, 'src');
    const problems = altProblems(alt, {
      src: typeof src === 'string' ? src : undefined,
      nearby: nearbyTexts(el),
      decorative: decorativeMarker(el, kind, ctx),
      english: english && !inOtherLanguage(el),
    });
    for (const message of problems) report(el, message);
  }
}

/**
 * Names embed codes give every frame, so that a screen reader names each the same: YouTube's
 * "Share → Embed" writes `title="YouTube video player"` for every video, Vimeo's older code
 * `title="vimeo-player"`, Kaltura's `title="Kaltura Player"`, Dailymotion's
 * `title="Dailymotion Video Player"`, and Panopto's `aria-label="Panopto Embedded Video Player"`
 * (with the recording's name in `aria-description`, which is not its name). Compared lower-cased.
 */
const EMBED_CODE_TITLES: Record<string, string> = {
  'youtube video player': 'YouTube',
  'vimeo-player': 'Vimeo',
  'vimeo video player': 'Vimeo',
  'kaltura player': 'Kaltura',
  'dailymotion video player': 'Dailymotion',
  'panopto embedded video player': 'Panopto',
};
/** Titles that name no frame in particular. */
const PLACEHOLDER_TITLES = new Set([
  'iframe',
  'frame',
  'embed',
  'embedded content',
  'video',
  'video player',
  'player',
  'title',
]);

/**
 * An iframe's (or `<YouTube>`'s) name that is there but names nothing in particular: its
 * `aria-label`, or else its `title`, is what a screen reader announces for the frame, as alt
 * text is for an image. The frame's own better name, where its embed code wrote one beside
 * (Panopto's `aria-description`, or a title an `aria-label` hides), is the fix.
 */
function genericFrameTitle(
  el: El,
  english: boolean,
  text: string,
): { message: string; fix?: Fix } | undefined {
  const frame =
    (el.name === 'iframe' && el.origin !== 'component') ||
    (el.name === 'YouTube' && el.origin === 'component');
  if (!frame || attr(el, 'aria-labelledby') !== undefined) return undefined;
  const label = attr(el, 'aria-label');
  const named = typeof label === 'string' && label.trim() ? 'aria-label' : 'title';
  const name = named === 'aria-label' ? label : attr(el, 'title');
  if (typeof name !== 'string') return undefined;
  const plain = name.trim().toLowerCase();
  const host = EMBED_CODE_TITLES[plain];
  const placeholder = english && (PLACEHOLDER_TITLES.has(plain) || isMessagePattern(plain));
  if (!host && !placeholder) return undefined;
  const better = [attr(el, 'aria-description'), named === 'aria-label' && attr(el, 'title')]
    .filter((value): value is string => typeof value === 'string')
    .map((value) => value.trim())
    .find(
      (value) =>
        value &&
        !EMBED_CODE_TITLES[value.toLowerCase()] &&
        !PLACEHOLDER_TITLES.has(value.toLowerCase()),
    );
  const written = `Frame ${named} "${name.trim()}"`;
  const fix = `${named}="${better ?? '…'}"`;
  const message = host
    ? `${written} is the one ${host}'s embed code gives every video, so a screen reader names them all alike: say which video this is, ${fix}`
    : `${written} names no frame in particular: say what this one shows, ${fix}`;
  // The name the frame carries beside, written in place of the one every video gets.
  const at = better && !better.includes('"') ? attributeValueAt(el, named, text) : undefined;
  return at && text.slice(at[0], at[1]) === name
    ? { message, fix: { range: at, text: better! } }
    : { message };
}

/**
 * The class WordPress gives a picture from its media library (`wp-image-12`), which marks an
 * image of a post exported from WordPress or Edublogs; undefined for any other.
 */
function wordpressImage(el: El): string | undefined {
  const classes = attr(el, 'class') ?? attr(el, 'classname');
  return typeof classes === 'string'
    ? /(?:^|\s)(wp-image-\d+)(?=\s|$)/.exec(classes)?.[1]
    : undefined;
}

/** Whether the element or one around it says its text is in a language other than English. */
function inOtherLanguage(el: El): boolean {
  for (let node: El | undefined = el; node; node = node.parent) {
    const lang = attr(node, 'lang');
    if (typeof lang === 'string' && lang.trim()) return otherLanguage(lang);
  }
  return false;
}

/**
 * What an author does to make this image decorative, for the messages, in words that work in its
 * file type; buttons and links cannot be.
 */
function decorativeMarker(el: El, kind: ImageKind, ctx: CheckContext): string | undefined {
  if (kind === 'markdown') {
    const src = attr(el, 'src');
    return decorativeInstead(
      typeof src === 'string' ? src : undefined,
      ctx.syntax,
      ctx.config.base,
    );
  }
  if (kind === 'img' || kind === 'component') return 'use alt=""';
  if (kind === 'area' && attr(el, 'href') === undefined) return 'use alt=""';
  return undefined;
}

/** Elements that sit inside a line of text; the sentence around the image is their block's. */
const INLINE = new Set([
  'a',
  'em',
  'strong',
  'del',
  'span',
  'b',
  'i',
  'u',
  's',
  'small',
  'mark',
  'sup',
  'sub',
  'q',
  'cite',
  'abbr',
  'label',
  'picture',
]);
/** Blocks whose text is the sentence an image sits in. */
const TEXT_BLOCKS = new Set([
  'p',
  'li',
  'td',
  'th',
  'dd',
  'dt',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'caption',
]);

function plainText(node: Node): string {
  const { text } = textOf(node);
  return text.replace(/\s+/g, ' ').trim();
}

/** Texts a reader gets next to the image anyway: the caption, the sentence around it, or the paragraphs beside it. */
function nearbyTexts(el: El): NearbyText[] {
  const nearby: NearbyText[] = [];
  const caption = attr(el, 'caption');
  if (typeof caption === 'string' && caption.trim())
    nearby.push({ label: 'the caption', text: caption });
  for (let node = el.parent; node; node = node.parent) {
    if (node.name !== 'figure' || node.origin !== 'html') continue;
    for (const child of node.children) {
      if (child.kind === 'element' && child.name === 'figcaption')
        nearby.push({ label: 'the caption', text: plainText(child) });
    }
    break;
  }

  // Inside a link or a button, the image's alt text is part of its name: the words beside it
  // there are read right after it, as one name ("Week three Week three").
  const control = enclosingControl(el);
  const named = control && plainText(control);
  if (control && named)
    nearby.push({ label: isLink(control) ? "the link's text" : "the button's text", text: named });

  let block: El = el;
  while (block.parent && INLINE.has(block.parent.name)) block = block.parent;
  const container = block.parent;
  if (container && TEXT_BLOCKS.has(container.name) && container.origin === 'html') {
    const around = plainText(container);
    if (around) {
      nearby.push({ label: 'the surrounding text', text: around });
      return nearby;
    }
    if (container.name === 'p') block = container; // alone in its paragraph: look at the paragraphs beside it
  }
  for (const sibling of [previousElement(block), nextElement(block)]) {
    if (sibling && sibling.name === 'p' && sibling.origin === 'html') {
      nearby.push({ label: 'the text next to it', text: plainText(sibling) });
    }
  }
  return nearby;
}

function sibling(el: El, step: 1 | -1): El | undefined {
  const siblings = el.parent?.children ?? [];
  for (let i = siblings.indexOf(el) + step; i >= 0 && i < siblings.length; i += step) {
    const node = siblings[i]!;
    if (isBlank(node)) continue;
    return node.kind === 'element' ? node : undefined;
  }
  return undefined;
}
const previousElement = (el: El) => sibling(el, -1);
const nextElement = (el: El) => sibling(el, 1);

/** `coverAlt` sits beside the title and description on every listing, so it must not repeat them. */
function checkCoverAlt(model: Model, report: Report, english: boolean): void {
  const frontmatter = model.frontmatter;
  const { coverAlt, cover, title, description } = frontmatter?.data ?? {};
  if (!frontmatter || typeof coverAlt !== 'string') return;
  const nearby: NearbyText[] = [];
  if (typeof title === 'string') nearby.push({ label: 'the title', text: title });
  if (typeof description === 'string') nearby.push({ label: 'the description', text: description });
  const problems = altProblems(coverAlt, {
    src: typeof cover === 'string' ? cover : undefined,
    nearby,
    english,
  });
  for (const message of problems)
    report(frontmatter.offsetOf('coverAlt'), message.replace(/^Alt text/, 'coverAlt'));
}

/**
 * `alt-quality` (see [Writing checks](#writing-checks)): alt text that is there but does not describe the image: only placeholder words (`image`, `Photo 2`), the pattern one of this site's messages gives, copied as it stands (`what it shows`, `what the cover shows`), a file name or an address, what code prints for a missing value (`undefined`, `null`), an opening that screen readers already announce ("Image of …"), the caption, the rest of the link or button it sits in, or the text around it repeated word for word, or more than 250 characters, or the alt text Word or PowerPoint made up by itself (`A screenshot of a computer  Description automatically generated`), which a document exported or pasted keeps. And a frame's name (its `aria-label`, else its `title`) that names no frame in particular: the one an embed code gives every video (YouTube's `title="YouTube video player"`, Vimeo's `vimeo-player`, Kaltura's `Kaltura Player`, Dailymotion's, Panopto's `aria-label="Panopto Embedded Video Player"`), or a placeholder (`title="video"`), on an `<iframe>` or `<YouTube>`; where the frame carries its own name beside (Panopto's `aria-description`, or a title an `aria-label` hides), `--fix` writes it in. And `alt=""` on a picture of a post exported from WordPress or Edublogs (`<img class="wp-image-12" alt="">`), which WordPress writes on every picture its author gave no alt text: it says decoration, where the picture most often is not.
 *
 * @fix Say what the image shows; [`alt-quality`](#alt-quality) gives the fix for each case. For a WordPress picture that is decoration, remove its `wp-image-…` class.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ![Lap times of the 2026 season, falling each race](./laps.png)
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ![IMG_2041.jpg](./laps.png)
 *
 *   ![image](./podium.png)
 *
 *   ![Photo of a pit crew changing tyres](./pit.png)
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:28: Alt text "IMG_2041.jpg" is a file name, which tells a reader nothing: describe what the image shows
 *   3:1-3:23: Alt text "image" only says that there is an image: describe what it shows, or move the file to public/ and write <img src="/podium.png" alt=""> if it is decorative
 *   5:1-5:49: Alt text starts with "Photo of", which screen readers already announce: drop it and start with what it shows, "A pit crew changing tyres"
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   <Figure src="/podium.jpg" alt="Three drivers spraying champagne" caption="The podium in Monza" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <Figure src="/podium.jpg" alt="The podium in Monza" caption="The podium in Monza" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:1-1:85: Alt text repeats the caption word for word, so screen reader users hear it twice: say what the image shows that the caption does not, or use alt="" if the caption says it all
 */
const rule: GateRule = {
  id: 'alt-quality',
  severity: 'warning',
  source: checkAltQuality,
};
export default rule;
