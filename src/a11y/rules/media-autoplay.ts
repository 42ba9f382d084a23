import { DYNAMIC, type El, type Model } from '../core/model.ts';
import { inTemplate, isNotRendered, type CheckContext, type Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `media-autoplay`: a `<video>` or `<audio>` that starts by itself and gives the reader no way
 * to stop it. Sound that plays as the page opens drowns a screen reader's voice (WCAG 1.4.2,
 * Audio Control; ACT rule 80f0bf), and a video that loops by itself is moving content a reader
 * cannot pause (WCAG 2.2.2, Pause, Stop, Hide). The player's own `controls` are the way to stop
 * it. A muted video that plays once is left alone: whether it runs longer than five seconds is
 * not in the page, and so is a clip with sound that a media fragment ends within three seconds
 * (`clip.mp4#t=8,10`, ACT 80f0bf's Passed Example 2). The site's `<Video>` and `<Audio>` always
 * show their controls.
 */

/** A boolean attribute as the page will have it: there, not there, or only the build knows. */
function flag(el: El, name: string): boolean | 'unknown' {
  // JSX may write it `autoPlay`; the browser reads attribute names in any case.
  for (const [key, value] of Object.entries(el.attrs))
    if (key.toLowerCase() === name) return value === DYNAMIC ? 'unknown' : true;
  return el.spread ? 'unknown' : false;
}

/** No longer than this, sound that plays by itself is allowed (WCAG 1.4.2's three seconds). */
const BRIEF_SECONDS = 3;

/**
 * A clock value of a media fragment (`8`, `8.5`, `00:08`, `0:00:08`), in seconds, as the Media
 * Fragments URI spec writes normal play time; undefined when it is none.
 */
function clockSeconds(text: string): number | undefined {
  if (!/^\d+(?::\d{1,2}){0,2}(?:\.\d+)?$/.test(text)) return undefined;
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/**
 * How long a player plays, when every address it plays from says so with a media fragment's
 * end (`clip.mp4#t=8,10`, `#t=,3`, `#t=npt:0:08,0:10`): a browser stops there. Undefined when
 * any address has no end, or only the build knows it.
 */
function fragmentSeconds(el: El): number | undefined {
  const sources = [
    el.attrs.src,
    ...el.children.flatMap((child) =>
      child.kind === 'element' && child.name === 'source' ? [child.attrs.src] : [],
    ),
  ].filter((src) => src !== undefined);
  if (!sources.length) return undefined;
  let longest = 0;
  for (const src of sources) {
    if (typeof src !== 'string') return undefined;
    const t = /#(?:.*&)?t=(?:npt:)?([^&,]*),([^&]+)/.exec(src);
    const [start, end] = t ? [t[1] ? clockSeconds(t[1]) : 0, clockSeconds(t[2]!)] : [];
    if (start === undefined || end === undefined || end < start) return undefined;
    longest = Math.max(longest, end - start);
  }
  return longest;
}

export function checkMediaAutoplay(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'html' || (el.name !== 'video' && el.name !== 'audio')) continue;
    if (inTemplate(el) || flag(el, 'autoplay') !== true || flag(el, 'controls') !== false) continue;
    // Hidden, it still plays: background music is what the criterion was written for.
    // A clip cut to three seconds or less (`#t=8,10`) is over before it is in the way.
    const brief = flag(el, 'loop') === false && (fragmentSeconds(el) ?? Infinity) <= BRIEF_SECONDS;
    if (flag(el, 'muted') === false && !brief)
      report(
        el,
        `<${el.name}> plays sound by itself as the page opens, with no control to stop it, and a screen reader's voice is lost under it: add controls, or remove autoplay`,
      );
    else if (el.name === 'video' && flag(el, 'loop') === true && !isNotRendered(el))
      report(
        el,
        '<video> plays by itself in a loop, with no control to pause it, and moving content a reader cannot stop keeps pulling the eye from the text: add controls, or remove autoplay or loop',
      );
  }
}

/**
 * `media-autoplay`: a `<video>` or `<audio>` that starts by itself (`autoplay`) without `controls`: with sound (not `muted`), which drowns a screen reader's voice and cannot be stopped, hidden or not (WCAG 1.4.2, ACT rule 80f0bf), or a video that loops (`loop`), which cannot be paused (WCAG 2.2.2). A muted video that plays once passes, and so does a clip that plays once and that a media fragment ends within three seconds (`/clips/horn.ogg#t=0,2`); the site's `<Video>` and `<Audio>` always show their controls.
 *
 * @fix Add `controls`, or remove `autoplay` (for a looping video, `loop` may go instead).
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <video src="/clips/pit-stop.webm" autoplay muted loop controls playsinline></video>
 *
 *   The video above shows the crew changing four tyres in two seconds.
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <audio src="/clips/welcome.ogg" autoplay></audio>
 *
 *   Transcript: welcome to week three of the course.
 *
 *   <video src="/clips/pit-stop.webm" autoplay muted loop playsinline></video>
 *
 *   The video above shows the crew changing four tyres in two seconds.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:50: <audio> plays sound by itself as the page opens, with no control to stop it, and a screen reader's voice is lost under it: add controls, or remove autoplay
 *   5:1-5:75: <video> plays by itself in a loop, with no control to pause it, and moving content a reader cannot stop keeps pulling the eye from the text: add controls, or remove autoplay or loop
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <!doctype html><html lang="en"><head><title>Week three</title></head><body><main><h1>Week three</h1><video src="/clips/pit-stop.webm" autoplay muted playsinline></video><p>The video above shows the crew changing four tyres.</p></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <!doctype html><html lang="en"><head><title>Week three</title></head><body><main><h1>Week three</h1><video src="/clips/pit-stop.webm" autoplay loop muted></video><p>The video above shows the crew changing four tyres.</p></main></body></html>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:101-1:163: <video> plays by itself in a loop, with no control to pause it, and moving content a reader cannot stop keeps pulling the eye from the text: add controls, or remove autoplay or loop
 */
const rule: GateRule = {
  id: 'media-autoplay',
  severity: 'error',
  source: checkMediaAutoplay,
  html: checkMediaAutoplay,
};
export default rule;
