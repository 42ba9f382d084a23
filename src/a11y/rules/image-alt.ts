import { DYNAMIC, type El, type Model } from '../model.ts';
import {
  accessibleName,
  attr,
  imageKind,
  isHidden,
  isPresentational,
  type CheckContext,
  type Report,
} from '../policy.ts';
import { modelLintRule, type GateRule } from '../rule.ts';

/**
 * `image-alt`: every image has alt text or another accessible name. An explicit `alt=""` (HTML,
 * JSX) or `role="presentation"` marks a decorative image and passes; Markdown has no such
 * marker, so `![](x)` is always an error. Frontmatter `cover` needs `coverAlt`.
 */
export function checkImageAlt(model: Model, ctx: CheckContext, report: Report): void {
  checkCover(model, report);
  for (const el of model.elements) {
    const kind = imageKind(el, ctx.config);
    if (!kind || isHidden(el)) continue;

    if (kind === 'markdown') {
      const alt = attr(el, 'alt');
      if (typeof alt === 'string' && !alt.trim()) {
        report(
          el,
          el.note === 'reference'
            ? 'Markdown image reference has no alt text: write what the image shows in the first brackets, ![what it shows][ref]'
            : 'Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image use <img alt=""> instead',
        );
      }
      continue;
    }

    const alt = attr(el, 'alt');
    const decorativeAllowed =
      kind === 'img' || kind === 'component' || (kind === 'area' && attr(el, 'href') === undefined);
    if (decorativeAllowed && alt === '') continue;
    if ((kind === 'img' || kind === 'role-img') && isPresentational(el)) continue;

    const name = accessibleName(el, model, { alt: kind !== 'role-img', title: true });
    if (name.status !== 'empty') continue;
    report(el, message(el, kind, alt, name.brokenRef));
  }
}

function message(
  el: El,
  kind: string,
  alt: string | typeof DYNAMIC | undefined,
  brokenRef?: string,
): string {
  const tag = `<${el.name}>`;
  if (brokenRef) {
    return `${tag} has aria-labelledby="${brokenRef}" but no element with that id has text: point it at an element with text, or add alt text`;
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
  if (typeof alt === 'string') {
    return `${tag} has alt text that is only whitespace: write what the image shows, or alt="" if the image is decorative`;
  }
  return `${tag} has no alt text: add alt text, or alt="" if the image is decorative`;
}

function checkCover(model: Model, report: Report): void {
  const frontmatter = model.frontmatter;
  if (!frontmatter) return;
  const { cover, coverAlt } = frontmatter.data;
  if (cover === undefined || cover === null || cover === '') return;
  if (typeof coverAlt === 'string' && coverAlt.trim()) return;
  report(
    frontmatter.offsetOf(coverAlt === undefined ? 'cover' : 'coverAlt'),
    coverAlt === undefined
      ? 'cover has no coverAlt: add coverAlt: "what the cover shows" to the frontmatter, or remove cover'
      : 'coverAlt is empty: describe the cover image in coverAlt, or remove cover',
  );
}

const rule: GateRule = {
  id: 'image-alt',
  severity: 'error',
  source: modelLintRule('image-alt', checkImageAlt),
  html: checkImageAlt,
};
export default rule;
