import { aria, roles } from 'aria-query';
import type { El, Model } from '../core/model.ts';
import {
  isHeading,
  isHidden,
  readableText,
  type CheckContext,
  type Report,
} from '../core/policy.ts';
import { enclosingControl } from '../core/controls.ts';
import type { GateRule, SourceInput } from '../core/rule.ts';
import type { Fix } from '../core/types.ts';
import { attributeNameAt, attributeValueAt } from '../core/written-attribute.ts';
import { editDistanceWithin } from '../../lib/util/closest-name.ts';

/**
 * Every ARIA attribute: WAI-ARIA 1.2's states and properties as aria-query lists them, and those
 * ARIA 1.3 adds that it does not list yet.
 */
const ARIA = new Set<string>([...aria.keys(), 'aria-actions']);

/**
 * Every role an element may take: ARIA's, DPUB-ARIA's and Graphics ARIA's that are not abstract
 * (`widget`, `landmark` are ARIA's own categories, which browsers ignore on an element), and
 * those ARIA 1.3 adds that aria-query does not list yet.
 */
const ROLES = new Set<string>([
  ...[...roles.keys()].filter((role) => !roles.get(role)?.abstract),
  'image',
  'comment',
  'suggestion',
  'sectionheader',
  'sectionfooter',
  // No standard's, but WebKit's, which VoiceOver reads as one run of text; axe-core accepts it.
  'text',
]);
const ABSTRACT = new Set<string>([...roles.keys()].filter((role) => roles.get(role)?.abstract));

/** Each ARIA attribute by what follows `aria-`, hyphens dropped as a misspelling may drop them. */
const ATTRIBUTE_STEMS = new Map([...ARIA].map((name) => [name.slice(5), name]));
const ROLE_STEMS = new Map([...ROLES].map((role) => [role.replace(/-/g, ''), role]));

/** Names people reach for that ARIA spells another way, or that are HTML's own. */
const MEANT_ATTRIBUTE: Record<string, string> = { 'aria-role': 'role' };
const MEANT_ROLE: Record<string, string> = { nav: 'navigation' };

/**
 * The one name of `known` that `name` can mean: a letter or two away (`aria-hiden`,
 * `presentaion`), or its ending left off (`aria-expand`). A short or far name (`aria-cat`,
 * `aria-name`) gets no guess: `--fix` makes this change, so it must be what was meant.
 */
function onlyNear(stem: string, known: ReadonlyMap<string, string>): string | undefined {
  if (known.has(stem)) return known.get(stem);
  if (stem.length < 4) return undefined;
  const max = stem.length >= 8 ? 2 : 1;
  const near = [...known].filter(
    ([other]) =>
      editDistanceWithin(stem, other, max) <= max ||
      (other.startsWith(stem) && other.length - stem.length <= 2),
  );
  return near.length === 1 ? near[0]![1] : undefined;
}

/** The attribute meant by one that is none, also from JSX's camel case (`ariaLabel`). */
function meantAttribute(name: string): string | undefined {
  return (
    MEANT_ATTRIBUTE[name] ??
    onlyNear(name.replace(/^aria[-_]?/, '').replace(/[-_]/g, ''), ATTRIBUTE_STEMS)
  );
}

function checkAttributes(el: El, text: string | undefined, report: Report): void {
  for (const name of Object.keys(el.attrs)) {
    if (!/^aria/.test(name) || ARIA.has(name)) continue;
    const where = text === undefined ? undefined : attributeNameAt(el, name, text);
    const as = where?.as ?? name;
    const fix = meantAttribute(name);
    const already = fix !== undefined && el.attrs[fix] !== undefined;
    const message = already
      ? `${as} is not an ARIA attribute, so browsers ignore it, and the element has ${fix} already: remove ${as}`
      : fix
        ? `${as} is not an ${/^aria-/.test(name) ? 'ARIA attribute' : 'attribute HTML knows'}, so browsers ignore it: write ${fix}`
        : `${as} is not an ARIA attribute, so browsers ignore it: remove it, or write the ARIA attribute you meant (https://www.w3.org/TR/wai-aria/#state_prop_def)`;
    const change: Fix | undefined =
      where && fix && !already ? { range: [where.at, where.at + as.length], text: fix } : undefined;
    report(where?.at ?? el, message, change && { fix: change });
  }
}

/**
 * A `role` none of whose words is a role: browsers take the first word they know, and with none
 * the element keeps its own role (`<img role="presentaion">` is still an image, with no alt).
 */
function checkRole(el: El, text: string | undefined, report: Report): void {
  const role = el.attrs.role;
  if (typeof role !== 'string') return;
  const words = role.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.some((word) => ROLES.has(word))) return;
  const value = role.trim();
  const at = text === undefined ? undefined : attributeValueAt(el, 'role', text);
  const abstract = words.length === 1 && ABSTRACT.has(words[0]!);
  const fix =
    words.length === 1 && !abstract
      ? (MEANT_ROLE[words[0]!] ?? onlyNear(words[0]!.replace(/-/g, ''), ROLE_STEMS))
      : undefined;
  const message = abstract
    ? `role="${value}" is one of ARIA's categories, not a role an element can take, so browsers ignore it: write the role meant, such as role="button", or remove it`
    : fix
      ? `role="${value}" is not an ARIA role, so browsers ignore it: write role="${fix}"`
      : `role="${value}" is not an ARIA role, so browsers ignore it: remove it, or write the role you meant (https://www.w3.org/TR/wai-aria/#role_definitions)`;
  const change: Fix | undefined =
    at && fix && text?.slice(at[0], at[1]) === role ? { range: at, text: fix } : undefined;
  report(at?.[0] ?? el, message, change && { fix: change });
}

/** Roles ARIA gives no name (its "name from: prohibited"): a label on them is not read. */
const UNNAMED_ROLES = new Set([
  'caption',
  'code',
  'deletion',
  'emphasis',
  'generic',
  'insertion',
  'mark',
  'paragraph',
  'strong',
  'subscript',
  'superscript',
  'suggestion',
]);

/** Elements whose role, with no `role` written, is one of those (HTML-AAM). */
const UNNAMED_ELEMENTS: Record<string, string> = {
  ...Object.fromEntries(
    'div span b i u s small bdi bdo data abbr kbd'.split(' ').map((name) => [name, 'generic']),
  ),
  p: 'paragraph',
  code: 'code',
  del: 'deletion',
  ins: 'insertion',
  em: 'emphasis',
  strong: 'strong',
  sub: 'subscript',
  sup: 'superscript',
  mark: 'mark',
};

/** What a reader gets from an element other than its text: a picture, a control, a frame. */
const EMBEDDED =
  /^(?:img|svg|picture|object|embed|iframe|video|audio|canvas|math|input|select|textarea|button|a)$/;

/** The role an element has, as browsers give it: its first role they know, else its tag's. */
function roleOf(el: El): string | undefined {
  const written = el.attrs.role;
  if (typeof written === 'string') {
    const known = written
      .trim()
      .toLowerCase()
      .split(/\s+/)
      .find((word) => ROLES.has(word));
    if (known) return known;
  }
  if (el.name === 'a' && el.attrs.href === undefined) return 'generic';
  return UNNAMED_ELEMENTS[el.name] ?? (el.name.includes('-') ? 'generic' : undefined);
}

/** Whether something around the element takes its name from what it holds, labels included. */
function namedFromContent(el: El): boolean {
  if (enclosingControl(el)) return true;
  for (let node = el.parent; node; node = node.parent)
    if (isHeading(node) || /^(?:summary|label|legend|th|td|caption|figcaption)$/.test(node.name))
      return true;
  return false;
}

/**
 * A label on an element that takes none, which holds no words of its own: `<span
 * aria-label="Four stars">★★★★</span>`, an icon font's `<i aria-label="Rating">`. Screen readers
 * skip the label, so the reader gets symbols or nothing (axe-core's `aria-prohibited-attr`, whose
 * failures are all these). One that holds words passes: those are read.
 */
function checkUnnamed(el: El, text: string | undefined, report: Report): void {
  const label = ['aria-label', 'aria-labelledby'].find((name) => {
    const value = el.attrs[name];
    return typeof value === 'string' && value.trim() !== '';
  });
  if (!label || el.spread || isHidden(el)) return;
  const writtenRole = el.attrs.role;
  if (writtenRole !== undefined && (typeof writtenRole !== 'string' || !roleOf(el))) return;
  const role = roleOf(el);
  if (!role || !UNNAMED_ROLES.has(role) || namedFromContent(el)) return;
  const embeds = (node: El): boolean =>
    node.children.some(
      (c) =>
        c.kind === 'element' && (EMBEDDED.test(c.name) || c.origin === 'component' || embeds(c)),
    );
  if (embeds(el)) return;
  const { text: holds, dynamic } = readableText(el, 'any');
  if (dynamic || /[\p{L}\p{N}]/u.test(holds)) return;
  const where = text === undefined ? undefined : attributeNameAt(el, label, text);
  const heard = label === 'aria-label' ? `"${String(el.attrs[label]).trim()}"` : 'its label';
  const what = holds ? `what it holds, "${holds}", has no words` : 'it holds nothing';
  const generic = role === 'generic' && writtenRole === undefined;
  const a = /^[aeio]/.test(el.name) ? 'an' : 'a';
  const takes = writtenRole === undefined ? `${a} <${el.name}>` : `role="${role}"`;
  const message = generic
    ? `${label} on ${a} <${el.name}> is not read: ${takes} takes no name, and ${what}: add role="img", so readers hear ${heard}`
    : `${label} on ${a} <${el.name}> is not read: ${takes} takes no name, and ${what}: give it role="img", so readers hear ${heard}, or write the words in it`;
  const tag = `<${el.name}`;
  const fix: Fix | undefined =
    generic &&
    text !== undefined &&
    text.slice(el.offset, el.offset + tag.length).toLowerCase() === tag
      ? { range: [el.offset + tag.length, el.offset + tag.length], text: ' role="img"' }
      : undefined;
  report(where?.at ?? el, message, fix && { fix });
}

/**
 * `aria-attribute` (a warning): an attribute that reads like ARIA but is none
 * (`aria-labeledby`, `aria-hiden`, JSX's `ariaLabel`), or a `role` that is none
 * (`role="presentaion"`), which every browser ignores. What it was to do is then not done: the
 * frame or region has no name, the icon is not hidden, the image is still an image. A rule that
 * judges the outcome (`frame-title`, `image-alt`) may report it too; this one says why. Sources
 * only, as the other warnings: an entry's raw HTML and JSX, and the site's `.astro` files.
 */
export function checkAriaAttribute(
  model: Model,
  _ctx: CheckContext,
  report: Report,
  input?: SourceInput,
): void {
  const text = input ? String(input.file.value ?? '') : undefined;
  for (const el of model.elements) {
    if (el.origin !== 'html') continue;
    checkAttributes(el, text, report);
    checkRole(el, text, report);
    checkUnnamed(el, text, report);
  }
}

/**
 * `aria-attribute` (a warning): an attribute that reads like ARIA but is none: a misspelling (`aria-labeledby`, `aria-hiden`), JSX's camel case (`ariaLabel`, which reaches the page as `arialabel`) or `aria-role`; or a `role` none of whose words is a role (`role="presentaion"`, or a category such as `role="widget"`). Browsers ignore it, so what it was to do is not done (axe-core's `aria-valid-attr` and `aria-roles`). And a label screen readers skip: `aria-label` or `aria-labelledby` on an element that takes no name (a `<span>`, `<div>`, `<i>`, `<p>`) and holds no words, only symbols or nothing (`<span aria-label="Four stars">★★★★</span>`, an icon font's `<i aria-label="…">`), outside a link, button or heading, which would read it (axe-core's `aria-prohibited-attr`). In an entry's raw HTML and JSX, and the site's own `.astro` files.
 *
 * @fix Write the attribute or role meant: `aria-labelledby`, `aria-hidden`, `aria-label`, `role`, `role="presentation"`; for a label that is not read, add `role="img"`. `npm run check -- --fix` writes the attribute or role where only one is that near, and `role="img"` on a `<span>`, `<div>` or `<i>`.
 *
 * @example
 *   {"name": "ok.md"}
 *
 *   <h2 id="map-title">Map of the circuit</h2>
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" aria-labelledby="map-title"></iframe>
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   <h2 id="map-title">Map of the circuit</h2>
 *   <iframe src="https://www.openstreetmap.org/export/embed.html" title="Map" aria-labeledby="map-title"></iframe>
 *   <div role="navigaton"><a href="/posts/">All posts</a></div>
 *   <p>Rated <span aria-label="Four stars">★★★★</span> by the class.</p>
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:75: aria-labeledby is not an ARIA attribute, so browsers ignore it: write aria-labelledby
 *   3:12: role="navigaton" is not an ARIA role, so browsers ignore it: write role="navigation"
 *   4:16: aria-label on a <span> is not read: a <span> takes no name, and what it holds, "★★★★", has no words: add role="img", so readers hear "Four stars"
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   <button type="button" ariaLabel="Close the menu">×</button>
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:23: ariaLabel is not an attribute HTML knows, so browsers ignore it: write aria-label
 */
const rule: GateRule = { id: 'aria-attribute', severity: 'warning', source: checkAriaAttribute };
export default rule;
