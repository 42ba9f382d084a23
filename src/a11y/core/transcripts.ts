import { DYNAMIC, inFileComponent, type El, type Model, type Node } from './model.ts';
import {
  attr,
  hasText,
  isBlank,
  isReadable,
  readableText,
  embeddedContent,
  framePlayer,
  textOf,
  type CheckContext,
  type Reach,
} from './policy.ts';
import type { GateConfig } from './config.ts';
import { moduleBindings } from './estree.ts';
import { componentProps } from '../../schemas/components.ts';
import { transcriptPlaceholder } from '../../lib/media/transcript-text.ts';
import { hrefAsRendered, siteLocation } from './site-paths.ts';

/**
 * What counts as a player's transcript (README "Accessibility gate", `media-transcript`). The
 * built page is the judge: every form here is something a reader gets on the page. The only form
 * that is not on the page yet is a media component's `transcript` prop, which the source layer
 * accepts because the component renders that file under the player; the built page then has it.
 *
 * The forms, in both layers unless said otherwise:
 * - (source, components only) `transcript="./x.transcript.md"` naming a file with text, or a
 *   `<Transcript>` child: Video, Audio and YouTube render both after the player;
 * - `aria-describedby`/`aria-details` pointing at text on the page;
 * - right after the player: a `<Transcript>` (a `<details data-transcript>` once built), a link
 *   whose text or address says "transcript", a "Transcript" heading or lead-in ("Transcript: …",
 *   "Audio description: …") with the words, or text about "the video above";
 * - right before the player: text about "the video below" (a page whose text the clip repeats).
 *
 * Text must be readable: in the accessibility tree, and for audio also visible, since its
 * transcript is for people who cannot hear it (ACT 2eb176; a video's may be off-screen, ACT
 * 1a02b0 and ee13b5). Children of a `<video>`/`<audio>` are fallback content that browsers which
 * can play the media never show, so they are never a transcript.
 */

export type TranscriptFinding =
  | { status: 'ok' }
  | {
      status: 'missing';
      captionsOnly: boolean;
      describedBy?: { id: string; problem: 'absent' } | Pointed;
      /** A transcript link right after the player leads to a part of the page without one. */
      linked?: Pointed;
      /** A transcript in one of the forms, whose whole text stands in for one ("TBD"). */
      placeholder?: string;
      /** Text beside the player reads as its transcript but is hidden from readers. */
      hidden?: boolean;
      /** A transcript was written inside `<video>`/`<audio>`, as fallback content. */
      inside?: boolean;
      /** `transcript="…"` on an HTML element, which nothing reads. */
      ignoredAttribute?: string;
      /** `aria-describedby` on a site component that does not pass it to its player. */
      droppedDescribedBy?: string;
      /** A transcript between a site media component's tags that is no `<Transcript>`: not shown. */
      droppedChildren?: boolean;
    }
  | {
      status: 'file-missing' | 'file-empty' | 'file-utf16' | 'file-outside' | 'file-not-text';
      path: string;
    }
  | { status: 'file-placeholder'; path: string; placeholder: string };

/**
 * The element a player points or links to by id, and why what a reader finds there is no
 * transcript; with the heading's text when it is a heading (the words go under it).
 */
type Pointed = {
  /** The id, or for another page or file (`elsewhere`) the href. */
  id: string;
  heading?: string;
  elsewhere?: 'page' | 'file';
} & ({ problem: 'hidden' | 'empty' } | { problem: 'placeholder'; placeholder: string });

/** Why what a reader finds `at` an id, page or file (whose words are no transcript) is none. */
function pointedAt(
  at: Pick<Pointed, 'id' | 'heading' | 'elsewhere'>,
  words: Placeholder | 'hidden' | undefined,
): Pointed {
  if (words === 'hidden') return { ...at, problem: 'hidden' };
  return words
    ? { ...at, problem: 'placeholder', placeholder: words.placeholder }
    : { ...at, problem: 'empty' };
}

/** What a Pointed says of the element `target`: by its id, and a heading by its text. */
const pointed = (id: string, target: El, words: Placeholder | 'hidden' | undefined): Pointed =>
  pointedAt(
    { id, ...(HEADING.test(target.name) && { heading: leadText(target, 'any').text }) },
    words,
  );

/** A transcript's text that only stands in for one: "TBD", "Coming soon" (lib/media/transcript-text.ts). */
interface Placeholder {
  placeholder: string;
}

/** What a transcript's words give a reader: words, a placeholder for them, or nothing. */
type Words = 'ok' | Placeholder | undefined;

const placeholderOf = (verdict: Verdict): string | undefined =>
  typeof verdict === 'object' && 'placeholder' in verdict ? verdict.placeholder : undefined;

/** Text with words in it is a transcript unless all it says is a placeholder; unknown text counts. */
function wordsOf(text: string, dynamic: boolean): Words {
  if (dynamic) return 'ok';
  if (!WORDS.test(text)) return undefined;
  const placeholder = transcriptPlaceholder(text);
  return placeholder === undefined ? 'ok' : { placeholder };
}

/** One player word, optionally followed by what it is a kind of: "audio file", "video clip". */
const MEDIA = String.raw`(?:video|audio|clip|recording|podcast|episode|film|movie|animation|screencast|interview|speech|talk|voice[ -]?note|player)s?(?:\s+(?:file|clip|recording|version))?`;
/** At most one word between the article and the player word: "the short video above". */
const WORD = String.raw`(?:[\p{L}\p{N}'’-]+\s+)?`;
const DESCRIBING_VERB = String.raw`(?:shows|contains|says|features|describes|explains|covers|presents|is\s+about|includes|follows|starts|begins|opens|plays|repeats)`;

/** Text after the player that says it is about it: "the video above", "this clip shows". */
const ABOUT_PLAYER_ABOVE = new RegExp(
  [
    String.raw`\b(?:the|this|that)\s+(?:above|preceding|previous)\s+${WORD}${MEDIA}\b`,
    String.raw`\b(?:the|this|that)\s+${WORD}${MEDIA}\s+(?:above|here)\b`,
    String.raw`\bthis\s+${WORD}${MEDIA}\s+${DESCRIBING_VERB}\b`,
  ].join('|'),
  'iu',
);
/** Text before the player that says it is about it: "the video below", "the following clip". */
const ABOUT_PLAYER_BELOW = new RegExp(
  [
    String.raw`\b(?:the|this|that)\s+(?:below|following|next)\s+${WORD}${MEDIA}\b`,
    String.raw`\b(?:the|this|that)\s+${WORD}${MEDIA}\s+below\b`,
    String.raw`\bthis\s+${WORD}${MEDIA}\s+${DESCRIBING_VERB}\b`,
  ].join('|'),
  'iu',
);
/**
 * A heading or lead-in that names what follows: "Transcript", "Video transcript", "Read the full
 * transcript", "Transcript of the talk:", "Audio description:".
 */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:show|read|view|see|open|expand)\s+)?(?:(?:the|a)\s+)?(?:(?:full|complete|written|text|lecture|${MEDIA})\s+){0,2}transcript(?:ion)?s?\b|` +
    String.raw`^(?:(?:audio|video|text|extended)\s+)?description\s*[:–—-]|^(?:audio|video|text|extended)\s+description\b|^described\s+video\b|^text\s+(?:version|alternative)\b`,
  'iu',
);
/** Words, not only punctuation or a number: what a transcript has to hold. */
const WORDS = /\p{L}{2,}/u;
const TRANSCRIPT_WORD = /transcript/i;

/** Media a reader can only hear: its transcript must be on screen, not only in the accessibility tree. */
function isAudioOnly(el: El, config: GateConfig): boolean {
  return (
    (el.origin === 'html' && el.name === 'audio') ||
    (el.origin === 'component' && el.name === 'Audio') ||
    embeddedContent(el) === 'audio' ||
    framePlayer(el, config)?.plays === 'audio'
  );
}

/** Readable text of a node, first letters first: what a lead-in is matched against. */
function leadText(node: Node, reach: Reach): { text: string; dynamic: boolean } {
  if (node.kind === 'text')
    return node.value === DYNAMIC
      ? { text: '', dynamic: true }
      : { text: node.value.replace(/\s+/g, ' ').trim(), dynamic: false };
  const { text, dynamic } = readableText(node, reach);
  return { text: text.replace(/^[^\p{L}\p{N}]+/u, ''), dynamic };
}

/** A Transcript component (source) or what it renders (`data-transcript`, built HTML). */
function isTranscriptElement(node: Node | undefined): boolean {
  if (node?.kind !== 'element') return false;
  if (node.origin === 'component') return node.name === 'Transcript';
  return node.origin === 'html' && attr(node, 'data-transcript') !== undefined;
}

/**
 * The words of a Transcript; `<Transcript />` alone, or a bare summary, has none, and one that
 * only says "TBD" a placeholder.
 */
function transcriptWords(el: El, reach: Reach): Words {
  if (el.origin === 'component') {
    // `html` is the prop the component renders (src/components/mdx/Transcript.astro); it has
    // no `src`, and `<Transcript src="…" />` renders an empty disclosure.
    if (attr(el, 'html') !== undefined) return 'ok';
    if (!el.children.some((child) => hasText(child))) return undefined;
    const { text, dynamic } = textOf(el);
    const placeholder = dynamic ? undefined : transcriptPlaceholder(text);
    return placeholder === undefined ? 'ok' : { placeholder };
  }
  // A transcript's own headings are part of it ("Part one"), unlike a section's (sectionWords).
  const words = sectionWords(el.children, reach, false);
  return words === 'hidden' ? undefined : words;
}

/** Whether an element has a `<summary>` anywhere inside it. */
function holdsSummary(el: El): boolean {
  return el.children.some(
    (child) => child.kind === 'element' && (child.name === 'summary' || holdsSummary(child)),
  );
}

/**
 * The words a reader finds at an element a player points or links to (`aria-describedby`,
 * `#words`): a Transcript's own; under a heading, the section it heads (to the next heading of
 * its rank or higher); in any other element, its text. Headings and summaries inside are labels,
 * not words: a disclosure whose summary says "Transcript" over an empty body (what a media
 * component renders from a transcript file with no words in it) holds none. Another component's
 * content is what is written between its tags.
 */
function targetWords(target: El, reach: Reach): Words | 'hidden' {
  if (isTranscriptElement(target)) return transcriptWords(target, reach);
  if (target.origin !== 'html') return hasText(target) ? 'ok' : undefined;
  if (!HEADING.test(target.name)) return sectionWords(target.children, reach);
  const rank = Number(target.name[1]);
  const siblings = target.parent?.children ?? [];
  const section: Node[] = [];
  for (const node of siblings.slice(siblings.indexOf(target) + 1)) {
    if (node.kind === 'element' && HEADING.test(node.name) && Number(node.name[1]) <= rank) break;
    section.push(node);
  }
  return sectionWords(section, reach);
}

/** A Transcript child of a media component, also in a paragraph with text after it on its line. */
function hasTranscriptChild(el: El): boolean {
  return transcriptChildren(el).some((child) => transcriptWords(child, 'any') === 'ok');
}

/** The Transcript children of a media component, with or without words. */
function transcriptChildren(el: El): El[] {
  return el.children.flatMap((child) => {
    if (child.kind !== 'element') return [];
    if (isTranscriptElement(child)) return [child];
    return child.name === 'p' ? transcriptChildren(child) : [];
  });
}

/** Text inside a `<video>`/`<audio>` that was meant as its transcript (for the message). */
function transcriptInside(el: El): boolean {
  return el.children.some((child) => {
    if (child.kind !== 'element') return LEAD_IN.test(leadText(child, 'any').text);
    if (isTranscriptElement(child) || (child.name === 'p' && transcriptInside(child))) return true;
    const { text } = leadText(child, 'any');
    return LEAD_IN.test(text);
  });
}

/** The first non-blank child of an element. */
function firstChild(el: El): Node | undefined {
  return el.children.find((child) => !isBlank(child));
}

/** Elements whose links a reader meets as part of what follows the player. */
const LINK_HOLDERS = new Set(['p', 'div', 'li', 'ul', 'ol', 'td', 'th', 'figcaption']);

/**
 * A link whose text or href says "transcript": the node itself, the first thing in a paragraph,
 * list, table cell or caption (where a link only the build knows counts too, `[Words]({url})`),
 * or anywhere in it when its own text or address says so ("Read the [full transcript](…) of the
 * lap", a caption's "Lap of Monza. [Transcript](…)").
 */
function transcriptLink(node: Node | undefined, reach: Reach, links: PageLinks): El | undefined {
  if (node?.kind !== 'element') return undefined;
  if (node.name === 'a') return saysTranscript(node, reach, true, links) ? node : undefined;
  if (!LINK_HOLDERS.has(node.name)) return undefined;
  const first = firstChild(node);
  if (first?.kind === 'element' && ['ul', 'ol', 'li'].includes(first.name))
    return transcriptLink(first, reach, links);
  if (first?.kind === 'element' && first.name === 'a' && saysTranscript(first, reach, true, links))
    return first;
  const inside = (nodes: Node[]): El | undefined => {
    for (const child of nodes) {
      if (child.kind !== 'element' || !isReadable(child, reach)) continue;
      if (child.name === 'a') {
        if (saysTranscript(child, reach, false, links)) return child;
        continue;
      }
      const found = inside(child.children);
      if (found) return found;
    }
    return undefined;
  };
  return inside(node.children);
}

/**
 * Whether a readable link that leads somewhere says "transcript" in its address or text; with
 * `unknown`, an address or text only the build knows counts too.
 */
function saysTranscript(link: El, reach: Reach, unknown: boolean, links: PageLinks): boolean {
  if (!isReadable(link, reach) || !leadsSomewhere(link, links)) return false;
  const href = attr(link, 'href')!;
  if (href === DYNAMIC ? unknown : TRANSCRIPT_WORD.test(href)) return true;
  const { text, dynamic } = textOf(link);
  return (dynamic && unknown) || TRANSCRIPT_WORD.test(text);
}

/**
 * A link with an address that is not this page's own top: no href, an empty one, `#`,
 * `javascript:`, and a link back to the page itself (`./`, its own address, `#top`) lead to no
 * transcript.
 */
function leadsSomewhere(link: El, links: PageLinks): boolean {
  const href = attr(link, 'href');
  if (href === undefined) return false;
  if (href === DYNAMIC) return true;
  return !(/^\s*#?\s*$/.test(href) || /^\s*javascript:/i.test(href) || links.toTop(link));
}

/** What the player's page makes of a link: whether it leads back to its top, and where on it. */
interface PageLinks {
  /** Whether the link leads back to the top of the page the player is on (`./`, `#top`). */
  toTop(link: El): boolean;
  /**
   * What a reader finds where a link to a fragment of this page lands (`#words`, `./#words`):
   * `ok` for a link elsewhere, or to an id this file cannot see (`link-target` judges that the
   * id exists).
   */
  landing(link: El, reach: Reach): Verdict;
  /** What one of the site's own components renders at a use, when the sources read it whole. */
  rendered(use: El): Node[] | undefined;
}

/**
 * The links of the page `ctx` says the player is on (a built page's address, or the one an entry
 * will have), each href read as `link-target` reads it. A bare `#fragment` is on this page
 * whatever its address; with no page known, no other link is.
 */
function pageLinks(ctx: CheckContext, model: Model, player: El): PageLinks {
  let page: URL | null | undefined;
  /** The fragment of a link to this page (`''` for none), or undefined for a link elsewhere. */
  const onThisPage = (link: El): string | undefined => {
    const href = attr(link, 'href');
    if (typeof href !== 'string') return undefined;
    if (href.trim().startsWith('#')) return href.trim();
    page ??= ctx.page?.() ?? null;
    if (!page) return undefined;
    const written = hrefAsRendered(link, href, siteLocation(ctx.config));
    let url: URL;
    try {
      url = new URL(written.trim(), page);
    } catch {
      return undefined;
    }
    const path = (p: string) => p.replace(/\/index\.html?$/i, '/').replace(/\/?$/, '/');
    return url.origin === page.origin && path(url.pathname) === path(page.pathname)
      ? url.hash
      : undefined;
  };
  /** A link to another page or file of the site: what the sources say is there (linkedText). */
  const elsewhere = (link: El): Verdict => {
    const href = attr(link, 'href');
    if (typeof href !== 'string' || !ctx.linkedText) return 'ok';
    const found = ctx.linkedText(hrefAsRendered(link, href, siteLocation(ctx.config)));
    // A UTF-16 file a browser reads by its byte order mark: its words cannot be judged here.
    if (!found || found.state === 'ok' || found.state === 'missing' || found.state === 'utf16')
      return 'ok';
    const words = found.state === 'empty' ? undefined : found.state;
    return { linked: pointedAt({ id: href.trim(), elsewhere: found.kind }, words) };
  };
  return {
    rendered: (use) => ctx.rendered?.(use, model),
    toTop(link) {
      const hash = onThisPage(link);
      return hash !== undefined && (hash === '' || hash === '#' || hash.toLowerCase() === '#top');
    },
    landing(link, reach) {
      const hash = onThisPage(link);
      if (hash === undefined) return elsewhere(link);
      if (!hash || hash === '#') return 'ok';
      let id = hash.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // an id written with a stray %: looked up as written
      }
      const target = model.byId.get(id);
      if (!target) return 'ok';
      const words = landingWords(target, reach, player);
      return words === 'ok' ? 'ok' : { linked: pointed(id, target, words) };
    },
  };
}

/** A link to a part of the page whose words are not there (README "What counts as a transcript"). */
interface LinkedSection {
  linked: Pointed;
}

/**
 * The words a reader finds where a link to `#id` lands (targetWords); landing on the player, or
 * on what holds it, finds no transcript.
 */
function landingWords(target: El, reach: Reach, player: El): Words | 'hidden' {
  for (let node: El | undefined = player; node; node = node.parent)
    if (node === target) return undefined;
  return isReadable(target, reach) ? targetWords(target, reach) : 'hidden';
}

/**
 * The words of a run of nodes a reader gets, leaving out labels: summaries, and with
 * `headingsAreLabels` headings. A disclosure inside (what a media component's transcript holder
 * wraps) gives the words beside its summary.
 */
function sectionWords(nodes: Node[], reach: Reach, headingsAreLabels = true): Words | 'hidden' {
  const texts: string[] = [];
  let sawHidden = false;
  for (const node of nodes) {
    if (node.kind === 'element') {
      if (
        node.name === 'summary' ||
        SHOWS_NOTHING.has(node.name) ||
        (headingsAreLabels && HEADING.test(node.name))
      )
        continue;
      if (!isReadable(node, reach)) {
        sawHidden ||= hasText(node);
        continue;
      }
      if (isTranscriptElement(node) || holdsSummary(node)) {
        const inner = transcriptWords(node, reach);
        if (inner === 'ok') return 'ok';
        if (inner) texts.push(inner.placeholder);
        continue;
      }
    }
    const { text, dynamic } =
      node.kind === 'text' ? leadText(node, reach) : readableText(node, reach);
    if (dynamic) return 'ok';
    texts.push(text);
  }
  const words = wordsOf(texts.join(' '), false);
  return words === undefined && sawHidden ? 'hidden' : words;
}

/**
 * Elements a reader never meets between a player and its transcript: what renders nothing (a
 * component's `<script>`, such as the one `<YouTube>` writes after its first player on a page;
 * `<style>`, `<template>`) and a thematic break (`---` in Markdown), which separates without
 * saying anything.
 */
const SHOWS_NOTHING = new Set(['script', 'style', 'template', 'link', 'meta', 'hr']);

/**
 * Components that put their children on the page and nothing after them: the site's `<Callout>`
 * (a `<div>`, src/components/mdx/Callout.astro) and Astro's `<Fragment>` (no element at all).
 * On the page, what follows the component follows a player at its end, as for a wrapper written
 * in HTML.
 */
const WRAPPER_COMPONENTS = new Set(['Callout', 'Fragment']);

/**
 * Elements a player often sits in alone; what is beside the wrapper is beside the player. A list
 * item and a table cell count too: a reader meets the next item, or the next cell of the row
 * (`| <video …> | [Transcript](…) |`, a course's table of recordings), right after the player.
 */
const WRAPPERS = new Set(['p', 'figure', 'div', 'span', 'picture', 'center', 'li', 'td', 'th']);
const HEADING = /^h[1-6]$/;

/**
 * A paragraph, div or span with nothing in it and no attributes, which a reader never meets: the
 * `<p></p>` a browser (and htmlparser2) makes of a `</p>` that closes nothing, as when Markdown
 * puts a line holding a `<figure>` or `<details>` in a paragraph, which that element ends early.
 */
const isEmptyBox = (node: Node) =>
  node.kind === 'element' &&
  (node.name === 'p' || node.name === 'div' || node.name === 'span') &&
  Object.keys(node.attrs).length === 0 &&
  !node.spread &&
  node.children.every(isBlank);

/**
 * The nodes beside `from` in one direction (1: after, -1: before), in reading order: its
 * siblings, then, once it ends its wrapper (a paragraph, a figure, a div), the wrapper's.
 */
function* beside(from: El | Node, step: 1 | -1): Generator<Node> {
  let current: El | Node = from;
  for (let depth = 0; depth < 4; depth++) {
    const parent: El | undefined = current.parent;
    if (!parent) return;
    const siblings = parent.children;
    for (let i = siblings.indexOf(current) + step; i >= 0 && i < siblings.length; i += step) {
      const node = siblings[i]!;
      if (
        !isBlank(node) &&
        !(node.kind === 'element' && SHOWS_NOTHING.has(node.name)) &&
        !isEmptyBox(node)
      )
        yield node;
    }
    const wraps =
      (WRAPPERS.has(parent.name) && parent.origin === 'html') ||
      (WRAPPER_COMPONENTS.has(parent.name) && parent.origin === 'component');
    if (!wraps) return;
    current = parent;
  }
}

/**
 * A transcript beside the player; hidden from readers; only a placeholder ("TBD"); a link to a
 * section of the page without one; or none.
 */
type Verdict = Words | 'hidden' | LinkedSection;

/**
 * The next node beside `from` that a reader gets, with words in it and not a heading (the body
 * a lead-in, heading or pointer introduces). `hidden` when the only such text is hidden.
 */
function readableBody(from: Node, step: 1 | -1, reach: Reach): Verdict {
  let sawHidden = false;
  for (const node of beside(from, step)) {
    if (node.kind === 'element') {
      if (HEADING.test(node.name)) break;
      if (!isReadable(node, reach)) {
        sawHidden ||= hasText(node);
        continue;
      }
    }
    const { text, dynamic } = leadText(node, reach);
    const words = wordsOf(text, dynamic);
    if (words) return words;
    break;
  }
  return sawHidden ? 'hidden' : undefined;
}

/** What ends a lead-in's label: "Transcript: …", "Transcript — …", "Transcript - …". */
const SEPARATOR = /^\s*[:–—]|^\s+-\s/u;
/**
 * How a label goes on before its separator or its end: "Transcript of the talk:", "Transcript
 * (edited):", "Full transcript below", "The transcript is below.", "Transcript available
 * below". A lead-in followed by anything else starts a sentence about transcripts
 * ("Transcripts help deaf learners", "Transcripts available on request"), which is none.
 */
const LABEL_GOES_ON =
  /^(?:\s*[([]|[\s.!]*$|\s+(?:of|for|from|by|in|on|with|to|follows)\b|\s+(?:(?:is|are)\s+)?(?:below|here|underneath|attached|linked|as\s+follows)\b|\s+(?:is|are)\s+available\b|\s+available\s+(?:below|here|underneath)\b)/iu;

/**
 * The words after a lead-in ("Transcript of the talk: four tyres" gives "four tyres"; "Full
 * transcript" gives "", its words being in the next block), or undefined when the text is no
 * lead-in: it does not start with one, or starts a sentence with the word.
 */
function afterLeadIn(text: string): string | undefined {
  const match = LEAD_IN.exec(text);
  if (!match) return undefined;
  const rest = text.slice(match[0].length);
  // "Audio description:" is matched with its separator.
  if (/[:–—-]$/u.test(match[0])) return rest;
  const separator = SEPARATOR.exec(rest);
  if (separator) return rest.slice(separator[0].length);
  if (!LABEL_GOES_ON.test(rest)) return undefined;
  const colon = rest.slice(0, 80).search(/[:–—]/);
  return colon === -1 ? '' : rest.slice(colon + 1);
}

/** Elements that hold a label of their own at the start of a block: a summary, bold text. */
const LABEL_HOLDERS = new Set(['summary', 'strong', 'b', 'em', 'i', 'span', 'label']);

/**
 * A block's lead-in, and the words it labels: a label at the start of its text, or in an element
 * of its own (`<details><summary>Show transcript</summary>…`, `**Transcript** The crew…`).
 */
function leadIn(node: Node, reach: Reach): string | undefined {
  if (node.kind !== 'element') return afterLeadIn(leadText(node, reach).text);
  // A list item's first paragraph leads it: `- **Transcript** The crew…` is `<li><strong>` in a
  // tight list and `<li><p><strong>` in a loose one (or in the sources' tree of either).
  const first = firstChild(node);
  const holder =
    node.name === 'li' && first?.kind === 'element' && first.name === 'p' ? first : node;
  const labelled = holder === node ? first : firstChild(holder);
  if (labelled?.kind === 'element' && LABEL_HOLDERS.has(labelled.name)) {
    const label = afterLeadIn(leadText(labelled, reach).text);
    if (label !== undefined) {
      const rest = [...holder.children, ...(holder === node ? [] : node.children)]
        .filter(
          (child) =>
            child !== labelled &&
            child !== holder &&
            (child.kind === 'text' || isReadable(child, reach)),
        )
        .map((child) => leadText(child, reach).text);
      return [label, ...rest].join(' ');
    }
  }
  return afterLeadIn(leadText(node, reach).text);
}

/** The text of the first row's cell above a table cell: its column's heading. */
function columnHeading(cell: El, reach: Reach): string | undefined {
  const row = cell.parent;
  if (row?.name !== 'tr') return undefined;
  const cells = (el: El) => el.children.filter((c): c is El => c.kind === 'element');
  const column = cells(row).indexOf(cell);
  let table: El | undefined = row.parent;
  if (table && ['thead', 'tbody', 'tfoot'].includes(table.name)) table = table.parent;
  if (table?.name !== 'table') return undefined;
  const firstRow = cells(table)
    .flatMap((child) => (child.name === 'tr' ? [child] : cells(child)))
    .find((child) => child.name === 'tr');
  if (!firstRow || firstRow === row) return undefined;
  const heading = cells(firstRow)[column];
  return heading ? leadText(heading, reach).text : undefined;
}

/**
 * A cell in a table's "Transcript" column (`| Recording | Transcript |`): what it holds is the
 * transcript of the player before it in its row, text with words or a link that leads somewhere.
 */
function inTranscriptColumn(cell: El, reach: Reach, links: PageLinks): Verdict {
  if (cell.name !== 'td' && cell.name !== 'th') return undefined;
  const heading = columnHeading(cell, reach);
  if (!heading || !TRANSCRIPT_WORD.test(heading)) return undefined;
  const link = firstChild(cell);
  if (
    link?.kind === 'element' &&
    link.name === 'a' &&
    leadsSomewhere(link, links) &&
    isReadable(link, reach)
  )
    return links.landing(link, reach);
  const { text, dynamic } = leadText(cell, reach);
  return wordsOf(text, dynamic);
}

/** Whether a readable node right after the player is its transcript. */
function judgeAfter(node: Node, reach: Reach, links: PageLinks): Verdict {
  if (node.kind === 'element') {
    const inColumn = inTranscriptColumn(node, reach, links);
    if (inColumn) return inColumn;
    if (isTranscriptElement(node)) return transcriptWords(node as El, reach);
    // `<Transcript>…</Transcript> (edited)`: text after it on its line makes it a paragraph's.
    if (node.name === 'p' && isTranscriptElement(firstChild(node)))
      return transcriptWords(firstChild(node) as El, reach);
    const link = transcriptLink(node, reach, links);
    if (link) return links.landing(link, reach);
  }
  const { text } = leadText(node, reach);
  const words = leadIn(node, reach);
  const heading = node.kind === 'element' && HEADING.test(node.name);
  const own = words === undefined || heading ? undefined : wordsOf(words, false);
  if (own) return own;
  // "Transcript to follow", "## Transcript (coming soon)": a label that says only that the
  // words are not there yet, whatever comes after it.
  const placeholder = LEAD_IN.test(text) ? transcriptPlaceholder(text) : undefined;
  if (placeholder !== undefined) return { placeholder };
  if (words !== undefined) return readableBody(node, 1, reach);
  if (ABOUT_PLAYER_ABOVE.test(text)) {
    // "… the above video; the words are below": the text it points at must be readable too.
    return /\bbelow\b/i.test(text) ? readableBody(node, 1, reach) : 'ok';
  }
  return undefined;
}

/** Whether a readable node right before the player introduces it as the alternative to its text. */
function judgeBefore(node: Node, reach: Reach): Verdict {
  const { text } = leadText(node, reach);
  if (!ABOUT_PLAYER_BELOW.test(text)) return undefined;
  // "Listen to the audio below to hear the speech above": the speech above must be readable.
  return /\babove\b/i.test(text) ? readableBody(node, -1, reach) : 'ok';
}

/**
 * The player's neighbours in one direction decide: the first one a reader gets (hidden ones are
 * passed over, as a reader never meets them), or a caption that qualifies.
 */
function besideTranscript(el: El, step: 1 | -1, reach: Reach, links: PageLinks): Verdict {
  return judgeInTurn(beside(el, step), step, reach, links);
}

/**
 * The nodes, with a use of one of the site's own components (`<Words />` after the player)
 * replaced by what it renders there, when the sources read that whole (source/passed-props.ts):
 * a reader meets the component's content, not its tag.
 */
function* rendering(nodes: Iterable<Node>, step: 1 | -1, links: PageLinks): Generator<Node> {
  for (const node of nodes) {
    const inside =
      node.kind === 'element' && node.origin === 'component' ? links.rendered(node) : undefined;
    if (!inside) {
      yield node;
      continue;
    }
    const shown = inside.filter(
      (child) => !isBlank(child) && !(child.kind === 'element' && SHOWS_NOTHING.has(child.name)),
    );
    yield* step === 1 ? shown : shown.reverse();
  }
}

/** The nodes a reader meets after (1) or before (-1) a player, in that order, judged in turn. */
function judgeInTurn(nodes: Iterable<Node>, step: 1 | -1, reach: Reach, links: PageLinks): Verdict {
  const judge = (node: Node, at: Reach) =>
    step === 1 ? judgeAfter(node, at, links) : judgeBefore(node, at);
  let sawHidden = false;
  for (const node of rendering(nodes, step, links)) {
    if (isBlank(node)) continue;
    if (node.kind === 'element' && !isReadable(node, reach)) {
      // Would a reader have got a transcript, were it not hidden?
      sawHidden ||= judge(node, 'any') === 'ok' || (step === 1 && isTranscriptElement(node));
      continue;
    }
    const verdict = judge(node, reach);
    if (verdict) return verdict;
    // Readable, but the words that make it a transcript are hidden inside it.
    if (reach !== 'any' && judge(node, 'any') === 'ok') return 'hidden';
    // A caption sits between the player and what follows the figure.
    if (node.kind === 'element' && node.name === 'figcaption') continue;
    break;
  }
  return sawHidden ? 'hidden' : undefined;
}

/**
 * The component of the file whose JSX holds `el` (`export const Clip = () => <video … />`), by
 * the top-level function of an import/export block whose code it is written in.
 */
function definingComponent(el: El, model: Model): string | undefined {
  if (!inFileComponent(el)) return undefined;
  return moduleBindings(model.scripts ?? []).find(
    ({ name, node }) => name !== 'default' && node.start! <= el.offset && el.offset < node.end!,
  )?.name;
}

/**
 * Whether the first thing a reader meets beside the player (a caption aside) is the component's
 * `{children}`, alone or as all a wrapper holds: what each use writes between its tags.
 */
function slotBeside(el: El, step: 1 | -1): boolean {
  const isSlot = (node: Node): boolean => {
    if (node.kind === 'text') return node.slot === true;
    const inside = node.children.filter((child) => !isBlank(child));
    return (
      WRAPPERS.has(node.name) && node.origin === 'html' && inside.length === 1 && isSlot(inside[0]!)
    );
  };
  for (const node of beside(el, step)) {
    if (node.kind === 'element' && node.name === 'figcaption') continue;
    return isSlot(node);
  }
  return false;
}

/**
 * A player written in a component of the file, with no transcript inside the component, has one
 * on the page when the transcript is beside each place the content renders the component
 * (`<Clip />` then `<Transcript>…</Transcript>`): the component's output stands where it is used.
 * When the player is followed (or, for "the video below", preceded) by the component's
 * `{children}`, what a use writes between its tags stands there: `<Clip><Transcript>…</Transcript></Clip>`.
 * False when the content never renders it.
 */
export function transcriptAtEachUse(el: El, model: Model, ctx: CheckContext): boolean {
  const name = definingComponent(el, model);
  if (!name) return false;
  const uses = model.elements.filter((use) => use.origin === 'component' && use.name === name);
  const reach: Reach = isAudioOnly(el, ctx.config) ? 'visible' : 'tree';
  const links = pageLinks(ctx, model, el);
  const slotAfter = slotBeside(el, 1);
  const slotBefore = slotBeside(el, -1);
  return (
    uses.length > 0 &&
    uses.every(
      (use) =>
        besideTranscript(use, 1, reach, links) === 'ok' ||
        besideTranscript(use, -1, reach, links) === 'ok' ||
        (slotAfter && judgeInTurn(use.children, 1, reach, links) === 'ok') ||
        (slotBefore && judgeInTurn(use.children.toReversed(), -1, reach, links) === 'ok'),
    )
  );
}

/** Looks for a transcript in each of the forms the policy accepts (see the top of this file). */
export function findTranscript(el: El, model: Model, ctx: CheckContext): TranscriptFinding {
  const reach: Reach = isAudioOnly(el, ctx.config) ? 'visible' : 'tree';
  const file = attr(el, 'transcript');
  let ignoredAttribute: string | undefined;
  let childPlaceholder: string | undefined;
  if (el.origin === 'component') {
    if (file === DYNAMIC) return { status: 'ok' };
    if (file?.trim()) {
      const state = ctx.transcriptFile(file.trim());
      if (state === 'ok') return { status: 'ok' };
      if (typeof state === 'object')
        return { status: 'file-placeholder', path: file.trim(), placeholder: state.placeholder };
      const status = (
        {
          missing: 'file-missing',
          empty: 'file-empty',
          utf16: 'file-utf16',
          outside: 'file-outside',
          'not-text': 'file-not-text',
        } as const
      )[state];
      return { status, path: file.trim() };
    }
    if (hasTranscriptChild(el)) return { status: 'ok' };
    childPlaceholder = transcriptChildren(el)
      .map((child) => transcriptWords(child, 'any'))
      .find((words) => typeof words === 'object')?.placeholder;
  } else if (file !== undefined) {
    // Nothing renders a transcript attribute on plain HTML: the page would have no transcript.
    ignoredAttribute = file === DYNAMIC ? '{…}' : file.trim();
  }

  let describedBy: Extract<TranscriptFinding, { status: 'missing' }>['describedBy'];
  let droppedDescribedBy: string | undefined;
  for (const name of ['aria-describedby', 'aria-details']) {
    const value = attr(el, name);
    if (value !== undefined && dropsAttribute(el, name)) {
      droppedDescribedBy ??= name;
      continue;
    }
    if (value === DYNAMIC) return { status: 'ok' };
    for (const id of value?.trim().split(/\s+/).filter(Boolean) ?? []) {
      const target = model.byId.get(id);
      if (!target) describedBy ??= { id, problem: 'absent' };
      else if (!isReadable(target, reach)) describedBy = { id, problem: 'hidden' };
      else {
        const words = targetWords(target, reach);
        if (words === 'ok') return { status: 'ok' };
        describedBy = pointed(id, target, words);
      }
    }
  }

  const links = pageLinks(ctx, model, el);
  const after = besideTranscript(el, 1, reach, links);
  if (after === 'ok') return { status: 'ok' };
  const before = besideTranscript(el, -1, reach, links);
  if (before === 'ok') return { status: 'ok' };

  const captionsOnly =
    el.children.some((child) => {
      if (child.kind !== 'element' || child.name !== 'track') return false;
      const kind = attr(child, 'kind');
      return typeof kind === 'string' && /^(captions|subtitles)$/i.test(kind.trim());
    }) ||
    (el.origin === 'component' && attr(el, 'captions') !== undefined);
  return {
    status: 'missing',
    captionsOnly,
    describedBy,
    linked: typeof after === 'object' && 'linked' in after ? after.linked : undefined,
    hidden: after === 'hidden' || before === 'hidden' || undefined,
    placeholder: placeholderOf(after) ?? placeholderOf(before) ?? childPlaceholder,
    inside: (el.origin === 'html' && transcriptInside(el)) || undefined,
    ignoredAttribute,
    droppedDescribedBy,
    // `<Video>Transcript: …</Video>`: the site's media components render a `<Transcript>` child
    // and nothing else of what is between their tags (src/lib/media/media.ts).
    droppedChildren:
      (el.origin === 'component' &&
        Object.hasOwn(componentProps, el.name) &&
        transcriptChildren(el).length === 0 &&
        transcriptInside(el)) ||
      undefined,
  };
}

/**
 * Whether one of the site's own components (src/schemas/components.ts) leaves an attribute off
 * its output: `<Video aria-describedby="words">` renders a player described by its own
 * transcript, or by nothing. A component configured in `a11y.mediaComponents` is not known
 * here, and the built page judges it.
 */
function dropsAttribute(el: El, name: string): boolean {
  if (el.origin !== 'component' || !Object.hasOwn(componentProps, el.name)) return false;
  return !(name in componentProps[el.name as keyof typeof componentProps].shape);
}
