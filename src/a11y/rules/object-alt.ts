import type { Model } from '../core/model.ts';
import {
  accessibleName,
  isHidden,
  isPresentational,
  objectContent,
  readableText,
  role,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';

/**
 * `object-alt`: an `<object>` or `<embed>` that shows an image, a video or audio needs a text alternative: an
 * `aria-labelledby`/`aria-label` or `title` name, or text inside it (what axe-core's object-alt
 * accepts). An `<img>` inside is not one: it is fallback content, shown only when the object
 * cannot load. Objects with `role="img"` are `image-alt`'s; other content (pages, PDFs) is left out.
 */
export function checkObjectAlt(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const content = objectContent(el);
    if (!content || isHidden(el) || isPresentational(el)) continue;
    const explicit = role(el);
    if (explicit !== undefined && explicit !== 'presentation' && explicit !== 'none') continue;
    const name = accessibleName(el, model, { title: true });
    if (name.status !== 'empty') continue;
    const inner = readableText(el, 'tree');
    if (inner.dynamic || inner.text) continue;
    const what = content === 'image' ? 'an image' : content === 'video' ? 'a video' : 'audio';
    // <embed> is a void element: it has no inside to write text in.
    const inside = el.name === 'object' ? ', or write the alternative as text inside it' : '';
    report(
      el,
      name.brokenRef
        ? `<${el.name}> showing ${what} has aria-labelledby="${name.brokenRef}" but no element with that id has text: point it at text, or add title="what it shows"`
        : `<${el.name}> showing ${what} has no text alternative: add title="what it shows" or aria-label${inside}`,
    );
  }
}

/**
 * `object-alt`: an `<object>` or `<embed>` showing an image, video or audio (by its `type`, or its `data`'s or `src`'s file extension) with no `title`, `aria-label`, `aria-labelledby` or text inside it (a video or audio file also needs a transcript: `media-transcript`). An `<img>` inside does not count: it shows only when the object fails to load. `role="img"` objects are `image-alt`'s.
 *
 * @fix `title="what it shows"`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <object data="/charts/emissions.svg" title="Emissions per race, 2020 to 2026"></object>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <object data="/charts/emissions.svg"><img src="/charts/emissions.png"></object>
 *
 *   <embed src="/clips/interview.mp3" type="audio/mpeg">
 *
 *   Transcript: I started following engineers before drivers.
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:80: <object> showing an image has no text alternative: add title="what it shows" or aria-label, or write the alternative as text inside it
 *   3:1-3:53: <embed> showing audio has no text alternative: add title="what it shows" or aria-label
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <object data="/clips/pit-stop.mp4" type="video/mp4" aria-label="A two-second pit stop"></object>
 *   <p>Transcript: the crew changes four tyres in two seconds.</p>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <object data="/clips/pit-stop.mp4" type="video/mp4"></object>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:62: <object> showing a video has no text alternative: add title="what it shows" or aria-label, or write the alternative as text inside it
 */
const rule: GateRule = {
  id: 'object-alt',
  severity: 'error',
  source: checkObjectAlt,
  html: checkObjectAlt,
};
export default rule;
