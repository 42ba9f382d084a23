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
 * `object-alt`: an `<object>` or `<embed>` that shows an image, a video or audio needs a name:
 * `aria-labelledby`, `aria-label` or `title` (HTML-AAM's sources for it, and what axe-core's
 * object-alt accepts). What is written inside an `<object>`, text or an `<img>`, is fallback
 * content, shown only when the object cannot load, so it names nothing for a reader whose browser
 * loads it (axe-core stopped accepting it too). Objects with `role="img"` are `image-alt`'s.
 * One that shows a document (a PDF, a page) needs a name too, as an iframe does: a screen reader
 * announces it as a frame. ACT rule 8fc3b6 leaves documents out; axe-core's object-alt does not.
 */
export function checkObjectAlt(model: Model, _ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const content = objectContent(el);
    if (!content || isHidden(el) || isPresentational(el)) continue;
    const explicit = role(el);
    if (explicit !== undefined && explicit !== 'presentation' && explicit !== 'none') continue;
    const name = accessibleName(el, model, { title: true });
    if (name.status !== 'empty') continue;
    const what = {
      image: 'an image',
      video: 'a video',
      audio: 'audio',
      document: 'a document',
    }[content];
    // Text inside is read only where the object cannot load: say so, or the author moves nothing.
    const inside = readableText(el, 'tree');
    const fallback =
      inside.text && !inside.dynamic
        ? ' (the text inside it shows only when it cannot load, so it names nothing)'
        : '';
    // A document is announced as a frame, by its title, as an iframe is.
    const missing =
      content === 'document'
        ? `has no title, so a screen reader announces a frame without saying what is in it${fallback}: add title="what it shows", e.g. title="Poster: my learning network (PDF)"`
        : `has no text alternative${fallback}: add title="what it shows" or aria-label="what it shows"`;
    report(
      el,
      name.brokenRef
        ? `<${el.name}> showing ${what} has aria-labelledby="${name.brokenRef}" but no element with that id has text: point it at text, or add title="what it shows"`
        : `<${el.name}> showing ${what} ${missing}`,
    );
  }
}

/**
 * `object-alt`: an `<object>` or `<embed>` showing an image, video or audio (by its `type`, or its `data`'s or `src`'s file extension) with no `title`, `aria-label` or `aria-labelledby` (a video or audio file also needs a transcript: `media-transcript`); and one showing a document (a PDF, a page) with none, which a screen reader announces as a frame, as it does an `<iframe>`. Text or an `<img>` inside an `<object>` does not count: it shows only when the object fails to load. `role="img"` objects are `image-alt`'s.
 *
 * @fix `title="what it shows"`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <object data="/charts/emissions.svg" title="Emissions per race, 2020 to 2026"></object>
 *
 *   <object data="/posters/pln-map.pdf" type="application/pdf" title="Poster: my learning network (PDF)"></object>
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
 *   <object data="/charts/laps.svg">Lap times fell every race.</object>
 *
 *   <embed src="/posters/pln-map.pdf" type="application/pdf">
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:80: <object> showing an image has no text alternative: add title="what it shows" or aria-label="what it shows"
 *   3:1-3:53: <embed> showing audio has no text alternative: add title="what it shows" or aria-label="what it shows"
 *   7:1-7:68: <object> showing an image has no text alternative (the text inside it shows only when it cannot load, so it names nothing): add title="what it shows" or aria-label="what it shows"
 *   9:1-9:58: <embed> showing a document has no title, so a screen reader announces a frame without saying what is in it: add title="what it shows", e.g. title="Poster: my learning network (PDF)"
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
 *   1:1-1:62: <object> showing a video has no text alternative: add title="what it shows" or aria-label="what it shows"
 */
const rule: GateRule = {
  id: 'object-alt',
  severity: 'error',
  source: checkObjectAlt,
  html: checkObjectAlt,
};
export default rule;
