import type { Model } from '../core/model.ts';
import {
  accessibleName,
  attr,
  isBooleanText,
  isHidden,
  playerHost,
  unsetAttribute,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import type { GateConfig } from '../core/config.ts';

const VIDEO_EXAMPLE = 'Video: Pit stop safety explained';
const AUDIO_EXAMPLE = 'Podcast: Fan voices on sustainability';

const EXAMPLES: [host: RegExp, example: string][] = [
  [/^docs\.google\.com\/presentation\b/, 'Slides: Campaign plan for week 3'],
  [/^docs\.google\.com\/document\b/, 'Document: Reading list for the module'],
  [/^docs\.google\.com\/spreadsheets\b/, 'Spreadsheet: Emissions by season'],
  [
    /^docs\.google\.com\/forms\b|^forms\.(?:gle|office\.com)\b/,
    'Form: Sign up for the study group',
  ],
  [
    /^calendar\.google\.com\b|^outlook\.(?:live|office365?)\.com\/.*\/calendar\b/,
    'Calendar: Course events',
  ],
  [/^(?:www\.)?google\.[a-z.]+\/maps\b|^maps\.google\.|openstreetmap\.org\b/, 'Map of the venue'],
  [
    /(?:^|\.)(?:canva\.com|slides\.com|speakerdeck\.com|slideshare\.net|prezi\.com|pitch\.com|gamma\.app)\b/,
    'Slides: Campaign plan for week 3',
  ],
  [
    /(?:^|\.)(?:mentimeter\.com|menti\.com|slido\.com|kahoot\.it|polleverywhere\.com|typeform\.com|strawpoll\.com)\b/,
    'Poll: Which post should come next?',
  ],
  [
    /(?:^|\.)(?:padlet\.com|miro\.com|jamboard\.google\.com|figma\.com|lucid\.app|whiteboard\.office\.com)\b/,
    'Board: Class ideas on sustainability',
  ],
  [
    /(?:^|\.)(?:codepen\.io|codesandbox\.io|stackblitz\.com|jsfiddle\.net|replit\.com|glitch\.com|observablehq\.com)\b/,
    'Code example: A responsive card layout',
  ],
];

/**
 * An example title for what the frame's address shows. A post often holds several pasted embeds
 * (a slide deck, a poll, a board), and one example for all of them ("Map of the venue") reads as
 * if the gate had mistaken what each one is.
 */
function exampleTitle(src: string | undefined, config: GateConfig): string {
  const address = (src ?? '')
    .trim()
    .replace(/^(?:https?:)?\/\//i, '')
    .toLowerCase();
  const example = EXAMPLES.find(([host]) => host.test(address))?.[1];
  if (example) return example;
  // Any other player the gate knows (a lecture recording on Panopto, a podcast on Libsyn).
  const plays = playerHost(src, config)?.plays;
  return plays === 'video' ? VIDEO_EXAMPLE : plays === 'audio' ? AUDIO_EXAMPLE : 'Map of the venue';
}

/** `frame-title`: every `<iframe>` (video player, map, code pen) needs a title or aria name. */
export function checkFrameTitle(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'html' || el.name !== 'iframe' || isHidden(el)) continue;
    const name = accessibleName(el, model, { title: true });
    if (name.status !== 'empty') continue;
    // `title={true}` in MDX renders title="true": a word no reader learns the frame from.
    const title = attr(el, 'title');
    const src = attr(el, 'src');
    const example = `e.g. title="${exampleTitle(typeof src === 'string' ? src : undefined, ctx.config)}"`;
    report(
      el,
      name.brokenRef
        ? `<iframe> has aria-labelledby="${name.brokenRef}" but no element with that id has text: point it at text, or add title="what the frame shows"`
        : typeof title === 'string' && isBooleanText(title)
          ? `<iframe> has title="${title.trim()}", which is not a title: write title="what the frame shows", ${example}`
          : unsetAttribute(el, 'title')
            ? `<iframe> has no title: ${unsetAttribute(el, 'title')}: write title="what the frame shows", ${example}`
            : `<iframe> has no title: add title="what the frame shows", ${example}`,
    );
  }
}

/**
 * `frame-title`: an `<iframe>` (video player, map, code pen) without a `title` or aria name.
 *
 * @fix `title="Map of the venue"` — say what the frame shows. The example in the message
 * follows the frame's address: a slide deck's is `Slides: …`, a poll's `Poll: …`, a player's
 * `Video: …` or `Podcast: …`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" title="Map of the circuit"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <iframe src="https://www.openstreetmap.org/export/embed.html"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:72: <iframe> has no title: add title="what the frame shows", e.g. title="Map of the venue"
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <h2 id="map">Map of the circuit</h2>
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" aria-labelledby="map"></iframe>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" aria-labelledby="nowhere"></iframe>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:98: <iframe> has aria-labelledby="nowhere" but no element with that id has text: point it at text, or add title="what the frame shows"
 */
const rule: GateRule = {
  id: 'frame-title',
  severity: 'error',
  source: checkFrameTitle,
  html: checkFrameTitle,
};
export default rule;
