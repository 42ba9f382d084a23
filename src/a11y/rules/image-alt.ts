import { decorativeInstead } from '../core/decorative-image.ts';
import { DYNAMIC, type El, type Model } from '../core/model.ts';
import {
  accessibleName,
  decorativeMarking,
  attr,
  imageKind,
  isBooleanText,
  isHidden,
  role,
  unsetAttribute,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { enclosingControl } from '../core/controls.ts';
import { contentName } from '../core/content-name.ts';
import { unprocessedImage } from '../core/image-formats.ts';
import { COVER_ALT } from '../../schemas/entry.ts';

/**
 * `image-alt`: every image has alt text or another accessible name. An explicit `alt=""` (HTML,
 * JSX) or `role="presentation"`/`"none"` marks a decorative image and passes, unless the image
 * can take focus or carries a global ARIA attribute (then browsers expose it anyway). Markdown
 * has no such marker, so `![](x)` is always an error. `alt="true"`/`"false"` (what a valueless
 * JSX `alt` renders) is not alt text. Frontmatter `cover` needs `coverAlt`.
 */
export function checkImageAlt(model: Model, ctx: CheckContext, report: Report): void {
  checkCover(model, report);
  for (const el of model.elements) {
    const kind = imageKind(el, ctx.config);
    // Astro's placeholder for an image it could not process: its alt is there, its image is not
    // (`asset-target` says so).
    if (!kind || isHidden(el) || unprocessedImage(el) !== undefined) continue;

    if (kind === 'markdown') {
      const alt = attr(el, 'alt');
      if (typeof alt === 'string' && !alt.trim()) {
        // `![](./pit.png "The pit lane")`: the words are there, as a title, which the page's
        // alt="" (decorative) keeps a screen reader from reading.
        const title = attr(el, 'title');
        const src = attr(el, 'src');
        const linked = allItsControlHolds(el, model, ctx) === 'link';
        const titled =
          typeof title === 'string' &&
          title.trim() &&
          typeof src === 'string' &&
          !el.note &&
          !linked
            ? `Markdown image has no alt text: its words are in its title, "${title.trim()}", which a screen reader does not read, as the page gives the image alt="" (decorative): move them into the brackets, ![${title.trim()}](${src})`
            : undefined;
        report(
          el,
          titled ??
            (el.note === 'reference'
              ? 'Markdown image reference has no alt text: write what the image shows in the first brackets, ![what it shows][ref]'
              : linked
                ? `Markdown image has no alt text${LINKED}: write where the link goes in the brackets, [![where it goes](…)](…)`
                : `Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, ${decorativeInstead(typeof src === 'string' ? src : undefined, ctx.syntax, ctx.config.base)} instead`),
        );
      }
      continue;
    }

    const alt = attr(el, 'alt');
    // A decorative marker holds only where browsers honour it: not on an element that can take
    // focus or carries a global ARIA attribute (ARIA's presentational-role conflict rules).
    const { marked: markedDecorative, byAlt, conflict } = decorativeMarking(el, kind);
    if (markedDecorative && !conflict) continue;

    const name = accessibleName(el, model, {
      alt: kind !== 'role-img',
      title: true,
      label: kind === 'input',
    });
    if (name.status !== 'empty') continue;
    report(
      el,
      markedDecorative
        ? conflictMessage(el, byAlt, conflict!)
        : message(el, kind, alt, name.brokenRef, allItsControlHolds(el, model, ctx)),
    );
  }
}

const LINKED = ', and it is all its link holds';
const PRESSED = ', and it is all its button holds';

/**
 * Whether an image is all the link or button around it holds (`link` or `button`): its alt text
 * is then the control's name, and `alt=""` would leave it with none (`link-name`, `button-name`).
 */
function allItsControlHolds(
  el: El,
  model: Model,
  ctx: CheckContext,
): 'link' | 'button' | undefined {
  const control = enclosingControl(el);
  if (
    control === undefined ||
    accessibleName(control, model, { title: true }).status !== 'empty' ||
    contentName(control, model, ctx.config).status !== 'reported'
  )
    return undefined;
  return control.name === 'a' || role(control) === 'link' ? 'link' : 'button';
}

/** A decorative marker that browsers ignore, leaving an image without a name. */
function conflictMessage(el: El, byAlt: boolean, conflict: string): string {
  const marker = byAlt ? `<${el.name} alt="">` : `<${el.name} role="${String(role(el))}">`;
  const why =
    conflict === 'tabindex' || conflict === 'focus'
      ? 'it can take keyboard focus'
      : `it has ${conflict}`;
  const remove = conflict === 'focus' ? 'make it unfocusable' : `remove ${conflict}`;
  // `role="button"` is exposed as a button, not an image.
  const ownRole = /^role="(.+)"$/.exec(conflict)?.[1];
  const exposed = ownRole && ownRole !== 'img' ? `a ${ownRole}` : 'an image';
  return `${marker} is marked decorative, but ${why}, so browsers expose it as ${exposed} with no name: add alt text saying what it shows, or ${remove} to keep it decorative`;
}

function message(
  el: El,
  kind: string,
  alt: string | typeof DYNAMIC | undefined,
  brokenRef: string | undefined,
  control: 'link' | 'button' | undefined,
): string {
  const tag = `<${el.name}>`;
  const fix =
    control === 'link'
      ? `${LINKED}: write where the link goes as its alt text, e.g. alt="Home"`
      : control === 'button'
        ? `${PRESSED}: write what the button does as its alt text, e.g. alt="Open the menu"`
        : null;
  if (brokenRef) {
    // alt names only an image element; a role="img" on anything else takes aria-label.
    const other = kind === 'role-img' ? 'add aria-label="what it shows"' : 'add alt text';
    return `${tag} has aria-labelledby="${brokenRef}" but no element with that id has text: point it at an element with text, or ${other}`;
  }
  if (kind === 'input') {
    return '<input type="image"> has no accessible name: add alt text saying what the button does (alt="" is not allowed on a button)';
  }
  if (kind === 'area') {
    return '<area> link has no alt text: add alt text saying where the link goes';
  }
  if (kind === 'role-img') {
    return `${tag} with role="img" has no accessible name: add aria-label="what it shows", or aria-labelledby pointing at text`;
  }
  if (typeof alt === 'string' && el.valueless?.includes('alt')) {
    return `${tag} has alt without a value, which MDX renders as alt="true", not alt text${fix ?? ': write alt="what the image shows", or alt="" if the image is decorative'}`;
  }
  if (typeof alt === 'string' && isBooleanText(alt)) {
    return `${tag} has alt="${alt.trim()}", which is not alt text${fix ?? ': write what the image shows, or alt="" if the image is decorative'}`;
  }
  if (typeof alt === 'string') {
    return `${tag} has alt text that is only whitespace${fix ?? ': write what the image shows, or alt="" if the image is decorative'}`;
  }
  // `alt={frontmatter.heroAlt}` where the frontmatter has no heroAlt: no alt attribute at all.
  const unset = unsetAttribute(el, 'alt');
  if (unset)
    return `${tag} has no alt text: ${unset}${fix ?? ': write the alt text, alt="what the image shows", or alt="" if the image is decorative'}`;
  // `<Figure ALT="…">`: the component takes `alt`, and a prop is passed with its case.
  const written = Object.entries(el.miscased ?? {}).find(([, meant]) => meant === 'alt')?.[0];
  if (written)
    return `${tag} has no alt text: its ${written}= is not alt=, as a component's props are matched with their case: write alt="…"`;
  // `<img role="button">`: alt="" would leave a button with no name.
  const widget = role(el);
  if (!fix && (widget === 'button' || widget === 'link'))
    return `${tag} has no alt text, and its role="${widget}" makes it a ${widget} with no name: write ${widget === 'link' ? 'where it goes as its alt text, e.g. alt="Home"' : 'what it does as its alt text, e.g. alt="Open the menu"'}`;
  return `${tag} has no alt text${fix ?? ': add alt text, or alt="" if the image is decorative'}`;
}

function checkCover(model: Model, report: Report): void {
  const frontmatter = model.frontmatter;
  if (!frontmatter) return;
  const { cover, coverAlt } = frontmatter.data;
  // A cover that is not text (`cover: { image, alt }`) is content-schema's error, whose fix
  // writes both fields.
  if (typeof cover !== 'string' || cover === '') return;
  if (typeof coverAlt === 'string' && coverAlt.trim()) return;
  report(
    frontmatter.offsetOf(coverAlt === undefined ? 'cover' : 'coverAlt'),
    coverAlt === undefined ? COVER_ALT.missing : COVER_ALT.empty,
  );
}

/**
 * `image-alt`: an image without alt text or another accessible name: `![](x)`, `![ ](x)`, `![][ref]` (Markdown has no decorative marker, so empty is always an error; `![](x "The pit lane")`, whose words are in its title, gets them as its alt text, as the page's `alt=""` keeps a screen reader from reading the title); `img`, `Image`, `Picture`, `Figure`, `input type="image"`, `area` with an `href` and any `role="img"` element with no alt text or other name (`aria-label`, `aria-labelledby` to an element with text, `title`; for an image button also its `<label>`); alt text that is only whitespace, or `alt="true"`/`"false"` (what a valueless JSX `alt` renders); `alt={undefined}`, which renders no alt at all; `alt=""` on an image with a role of its own (`<img alt="" role="img">`, which browsers expose in that role with no name); `alt=""` or `role="presentation"`/`"none"` on an image that can take focus or has a global ARIA attribute (`aria-live`, `aria-describedby`, …), which browsers then expose anyway; `cover` without a non-empty `coverAlt`.
 *
 * @fix Write what the image shows. For a purely decorative image in HTML or JSX write `alt=""` (or `role="presentation"`), with no `tabindex` or `aria-*`; Markdown cannot mark one, so a decorative Markdown image becomes an `<img alt="">`, which the message writes for the file's type (in `.md` the picture moves to `public/`, in MDX it is imported and given by its address, `src={picture.src}`). Image buttons and `area` links always need text saying what they do.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   ![Lap times of the 2026 season, falling each race](./laps.png)
 *
 *   <img src="/divider.png" alt="">
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ![](./laps.png)
 *
 *   <img src="/podium.jpg">
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:16: Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, move the file to public/ and write <img src="/laps.png" alt=""> instead
 *   3:1-3:24: <img> has no alt text: add alt text, or alt="" if the image is decorative
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   <Figure src={chart} alt="Bar chart of emissions per race" caption="Emissions" />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <img src="/podium.jpg" alt />
 *
 *   <img src="/podium.jpg" alt="" tabIndex={0} />
 *
 *   <img src="/podium.jpg" alt={undefined} />
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:1-1:30: <img> has alt without a value, which MDX renders as alt="true", not alt text: write alt="what the image shows", or alt="" if the image is decorative
 *   3:1-3:46: <img alt=""> is marked decorative, but it can take keyboard focus, so browsers expose it as an image with no name: add alt text saying what it shows, or remove tabindex to keep it decorative
 *   5:1-5:42: <img> has no alt text: add alt text, or alt="" if the image is decorative
 *
 * @example
 *   {"name": "ok.html"}
 *
 *   <img src="/podium.jpg" alt="Three drivers on the podium">
 *   <input type="image" src="/go.png" alt="Search">
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <img src="/podium.jpg">
 *   <div role="img"></div>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1-1:24: <img> has no alt text: add alt text, or alt="" if the image is decorative
 *   2:1-2:23: <div> with role="img" has no accessible name: add aria-label="what it shows", or aria-labelledby pointing at text
 */
const rule: GateRule = {
  id: 'image-alt',
  severity: 'error',
  source: checkImageAlt,
  html: checkImageAlt,
};
export default rule;
