import { DYNAMIC, type AttrValue, type El } from './model.ts';
import { withBase } from '../../lib/site/urls.ts';
import { markdownPluginsRun } from '../../lib/site/markdown-processor.ts';
import { slug } from 'github-slugger';
import { slugify } from '../../lib/content/slug.ts';
import { editDistanceWithin } from '../../lib/util/closest-name.ts';
import { percentDecoded } from '../../lib/util/percent-decoded.ts';

/**
 * Where a URL on a page leads inside the site, the way a static host serves it. Shared by the
 * built-page checks (`link-target`, `asset-target`) and their source-layer halves, so a link
 * means the same thing in `npm run check` and in `npm run build`.
 */

/** Where a site is served: Astro's `base` (normalised to `/` or `/blog/`) and its own origin. */
export interface SiteLocation {
  base: string;
  origin?: string;
  /**
   * Whether Markdown links and images get the base as they render (src/integrations/base-links.ts,
   * a Sätteri plugin): not under another Markdown processor, which publishes them as written.
   */
  markdownGetsBase: boolean;
}

export function siteLocation(
  options: { base?: string; site?: string; markdownProcessor?: string } = {},
): SiteLocation {
  const trimmed = (options.base ?? '/').replace(/^\/+|\/+$/g, '');
  let origin: string | undefined;
  try {
    origin = options.site ? new URL(options.site).origin : undefined;
  } catch {
    origin = undefined;
  }
  return {
    base: trimmed ? `/${trimmed}/` : '/',
    origin,
    markdownGetsBase: markdownPluginsRun(options.markdownProcessor),
  };
}

/** A page of the output folder as links name it: `posts/a/index.html` is `posts/a/`. */
export function linkedPath(page: string): string {
  return page.replace(/(^|\/)index\.html$/, '$1');
}

/** The address a page in the output folder is served at (`posts/a/index.html` → `/posts/a/`). */
export function pageUrl(page: string, where: SiteLocation): URL {
  return new URL(`https://site.invalid${where.base}${linkedPath(page)}`);
}

/**
 * A page's address on the site's own origin when the site's URL is known (else as `pageUrl`
 * gives it), so that a link written with the full address (`https://example.org/posts/a/`)
 * resolves to the same page as `/posts/a/` does.
 */
export function pageOnSite(page: URL, where: SiteLocation): URL {
  return where.origin ? new URL(`${page.pathname}${page.search}`, where.origin) : page;
}

/**
 * An href as the page will carry it: a Markdown link gets the site's base as it renders
 * (src/integrations/base-links.ts, with Sätteri); HTML and JSX are published as written.
 */
export function hrefAsRendered(el: El, href: string, where: SiteLocation): string {
  return el.note === 'markdown' && where.markdownGetsBase
    ? withBase(href.trim(), where.base)
    : href;
}

export type LocalTarget =
  /** Not this site's (another host, `mailto:`, `data:`), or nothing to check (`#`, empty). */
  | { kind: 'external' }
  | { kind: 'invalid' }
  | { kind: 'outside-base'; path: string }
  /**
   * A path in the output folder (no leading slash), the full decoded path and the fragment,
   * decoded; `encoded` is the fragment as the URL holds it, when decoding changed it.
   */
  | { kind: 'local'; path: string; pathname: string; fragment: string; encoded?: string };

/** Where an href or src on the page at `from` points inside the site. */
export function localTarget(href: string, from: URL, where: SiteLocation): LocalTarget {
  const value = href.trim();
  if (!value) return { kind: 'external' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return { kind: 'external' };
  let url: URL;
  try {
    url = new URL(value, from);
  } catch {
    return { kind: 'invalid' };
  }
  const internal =
    url.origin === from.origin || (where.origin !== undefined && url.origin === where.origin);
  if (!internal) return { kind: 'external' };
  const path = percentDecoded(url.pathname);
  if (!path.startsWith(where.base)) return { kind: 'outside-base', path };
  const hash = url.hash.replace(/^#/, '');
  const fragment = percentDecoded(hash);
  return {
    kind: 'local',
    path: path.slice(where.base.length),
    pathname: path,
    fragment,
    ...(fragment !== hash && { encoded: hash }),
  };
}

/**
 * Whether a page with these ids has what a `#fragment` names, as a browser looks for it (HTML's
 * "find a potential indicated element"): an id equal to the fragment as the URL holds it, then
 * one equal to it decoded. A GFM footnote's id keeps its label percent-encoded
 * (`user-content-fn-%C3%BCber`); a heading's keeps its letters (`übung-1`).
 */
export function hasFragment(
  has: (id: string) => boolean,
  { fragment, encoded }: { fragment: string; encoded?: string },
): boolean {
  return (encoded !== undefined && has(encoded)) || has(fragment);
}

/** The output file a path is served from, the way static hosts resolve it. */
export function resolveTarget(relative: string, files: Set<string>): string | undefined {
  return targetFiles(relative).find((candidate) => files.has(candidate));
}

/** The files of the output folder a path may be served from, in the order a static host tries them. */
export function targetFiles(relative: string): string[] {
  const clean = relative.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/')
    ? [`${clean}index.html`]
    : [clean, `${clean}.html`, `${clean}/index.html`];
}

/**
 * Text as the build's smart punctuation leaves it before a heading's id is made of it: `---` an
 * em dash, `--` an en dash (which github-slugger then drops).
 */
export function smartDashes(text: string): string {
  return text.replace(/---/g, '\u2014').replace(/--/g, '\u2013');
}

/** What `headingText` reads of a Markdown (mdast) heading and what it holds. */
interface HeadingPart {
  type: string;
  value?: unknown;
  identifier?: unknown;
  children?: HeadingPart[];
}

/**
 * A heading's text as the build slugs it (Astro's Markdown processor: github-slugger over the
 * heading's text content, after smart punctuation turned `--` into a dash outside code, where the
 * site has it on), with each footnote it cites as the number the page shows there
 * (`## Sources[^a]` is slugged `sources1`). Raw HTML tags and image alt text are not text
 * content.
 */
export function headingText(
  node: HeadingPart,
  numbers: () => Map<string, number>,
  smart: boolean,
): string {
  if (node.type === 'footnoteReference')
    return String(numbers().get(String(node.identifier ?? '').toUpperCase()) ?? '');
  if (node.type === 'html') return '';
  if (node.type === 'text' && typeof node.value === 'string')
    return smart ? smartDashes(node.value) : node.value;
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map((child) => headingText(child, numbers, smart)).join('');
}

/**
 * The id a `#fragment` that finds none on its page most likely meant: the id a heading with the
 * fragment as its text gets (`#What's next?` is `#whats-next`, `#H₂O` is `#ho`), else one a typo
 * or two away (`#metod` for `#method`). Undefined when no guess is safe.
 */
export function likelyId(fragment: string, ids: Iterable<string>): string | undefined {
  const known = [...ids];
  const text = percentDecoded(fragment);
  const asHeading = slug(smartDashes(text));
  if (asHeading !== fragment && known.includes(asHeading)) return asHeading;
  // The id with the one-word prefix its page gives (`#campaign-planning` for a course's
  // `module-campaign-planning`), or without the prefix a copied address kept (GitHub's
  // `#user-content-…`): where only one id is that.
  const prefixed = known.filter(
    (id) => id.endsWith(`-${asHeading}`) && !id.slice(0, -asHeading.length - 1).includes('-'),
  );
  if (asHeading && prefixed.length === 1) return prefixed[0];
  const unprefixed = known.filter((id) => asHeading.endsWith(`-${id}`) && id.length >= 3);
  if (unprefixed.length === 1) return unprefixed[0];
  // A typo or two, as for pages: `#module-two` is no typo of `#module-one`.
  return typoAway(text, known);
}

/**
 * The candidate a typo or two away from `written` (two edits, or one per eight characters of a
 * longer one, and fewer than half its characters: `#L7` is no typo of `#标题`), the closest if
 * several are; undefined when none is.
 */
function typoAway(written: string, candidates: Iterable<string>): string | undefined {
  const max = Math.min(
    Math.max(2, Math.floor(written.length / 8)),
    Math.ceil(written.length / 2) - 1,
  );
  let close: { candidate: string; d: number } | undefined;
  for (const candidate of candidates) {
    const d = editDistanceWithin(candidate, written, max);
    if (d > 0 && d <= max && (!close || d < close.d)) close = { candidate, d };
  }
  return close?.candidate;
}

/**
 * The pages among an output folder's files (every file the build writes, or will), as links
 * name them: `posts/x/index.html` is `posts/x/`.
 */
export function sitePages(files: Iterable<string>): string[] {
  return [...files].flatMap((file) => (/\.html?$/.test(file) ? [linkedPath(file)] : []));
}

/**
 * The page a link that finds none most likely meant, as a path in the output folder's terms
 * (`posts/pit-stops/`), or undefined when no guess is safe. First the page its address names
 * when written as a title or tag (`/tags/Formula 1/` for `/tags/formula-1/`); then a page a typo or two away;
 * else the one page whose last part is the link's, which is how a post brought from another
 * tool is linked (`/blog/pit-stops`, Jekyll's `/2024/05/03/pit-stops.html`, WordPress's
 * `/2024/05/pit-stops/`). Only a link of two parts or more is matched by its last part, so that
 * `/blog/` is not taken for a tag page `/tags/blog/`; two pages of that name are no guess.
 */
export function likelyPage(path: string, pages: readonly string[]): string | undefined {
  const written = `/${path.replace(/^\/+/, '')}`;
  // Written as the title or tag it names (`/tags/Formula 1/`): its address is the slug.
  const slugged = written
    .split('/')
    .map((part) => (/\.\w+$/.test(part) ? part : slugify(part)))
    .join('/');
  if (slugged !== written) {
    const hit = pages.find((page) => `/${page}` === slugged || `/${page}` === `${slugged}/`);
    if (hit !== undefined) return hit;
  }
  const close = typoAway(
    written,
    pages.map((page) => `/${page}`),
  );
  if (close) return close.slice(1);
  const parts = written.split('/').filter(Boolean);
  const last = parts.length >= 2 ? lastPart(written) : '';
  if (!last) return undefined;
  const named = pages.filter((page) => lastPart(page) === last);
  return named.length === 1 ? named[0] : undefined;
}

/** A path's last part as a name: no trailing `index.html`, extension or letter case. */
function lastPart(path: string): string {
  const parts = path
    .replace(/(^|\/)index\.html?$/i, '')
    .split('/')
    .filter(Boolean);
  return (parts.at(-1) ?? '').replace(/\.(html?|mdx?)$/i, '').toLowerCase();
}

/** The URLs of a `srcset` (`a.png 1x, b.png 2x`); a `data:` URL holds commas, so it stays whole. */
export function srcsetUrls(value: string): string[] {
  if (/^\s*data:/i.test(value)) return [];
  return value
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Attributes through which a page loads a file: each must be served by the build. */
const LOADED: Record<string, string[]> = {
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  embed: ['src'],
  iframe: ['src'],
  input: ['src'],
  script: ['src'],
};

/** One URL a page loads, and the attribute it came from. */
export interface LoadedUrl {
  attribute: string;
  url: string;
}

/** The URLs an element makes the browser load (an `<img src>`, a `<video poster>`, …). */
export function loadedUrls(el: El): LoadedUrl[] {
  if (el.origin !== 'html') return [];
  const names = LOADED[el.name];
  if (!names) return [];
  const urls: LoadedUrl[] = [];
  for (const attribute of names) {
    const value: AttrValue | undefined = el.attrs[attribute];
    if (value === undefined || value === DYNAMIC) continue;
    if (el.name === 'input' && String(el.attrs.type ?? '').toLowerCase() !== 'image') continue;
    const list = attribute === 'srcset' ? srcsetUrls(value) : [value.trim()];
    for (const url of list) if (url) urls.push({ attribute, url });
  }
  return urls;
}
