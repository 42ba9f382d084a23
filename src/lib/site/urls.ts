/**
 * Every internal URL the site writes is built here, from Astro's `base` (README "Deploying"):
 * a site served from `https://user.github.io/my-blog/` has the base `/my-blog/`, and a link to
 * `/posts/` must read `/my-blog/posts/`. Pages and components call `withBase` (or a route helper
 * below) instead of writing a root-relative URL by hand.
 *
 * `routes` are site paths without the base, the shape of the output folder (`dist/posts/x/`);
 * integration code, which runs outside Vite and cannot read `import.meta.env`, passes the base
 * from Astro's config explicitly.
 */

/** `'/'`, `''`, `'my-blog'`, `'/my-blog'` and `'/my-blog/'` → `'/'` or `'/my-blog/'`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * `url` in src/site.config.ts names the origin; a path after it (`https://sam.github.io/blog/`)
 * says where the site is served, which only Astro's `base` decides. A path that is not the
 * base is a site built for one place and served from another: every link and asset would
 * miss. The words for it, or undefined when the two agree (or the url has no path).
 */
export function siteUrlPathProblem(
  url: string | URL | undefined,
  base: string | undefined,
): { message: string; hint: string } | undefined {
  if (url === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return undefined;
  }
  const served = normalizeBase(parsed.pathname);
  const built = normalizeBase(base);
  if (served === '/' || served === built) return undefined;
  const path = served.replace(/\/$/, '');
  return {
    message: `url ${String(url)} is served from ${served}, but the site is built for ${built} (Astro's base), so every link and file would miss on the page: set base: '${path}' in astro.config.mjs (or COMMONPLACE_BASE_PATH=${path}), or write url as ${parsed.origin} if the site is served from its root`,
    hint: 'README "Deploying" says how a GitHub Pages project site is served from a sub-path.',
  };
}

/**
 * The base of the site being built. Vite replaces `import.meta.env.BASE_URL` with Astro's `base`
 * in pages and components; outside Vite (plain Node, the integration's own modules) it is `/`.
 */
export const BASE: string = normalizeBase(import.meta.env?.BASE_URL);

/** True for `/posts/` and `/media/x.webm`; false for `//host/x`, `https://…`, `#id`, `./x`. */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}

/**
 * A site path with the base in front: `withBase('/posts/', '/my-blog/')` is `/my-blog/posts/`.
 * Anything that is not root-relative (absolute URLs, `#fragments`, relative paths) and paths
 * that already start with the base are returned unchanged, so it is safe to call twice.
 */
export function withBase(path: string, base: string = BASE): string {
  if (!isRootRelative(path)) return path;
  // The site's own base is normalized already; this runs for every link of every page.
  const prefix = base === BASE ? base : normalizeBase(base);
  if (prefix === '/') return path;
  if (path === prefix.slice(0, -1) || path.startsWith(prefix)) return path;
  return `${prefix}${path.slice(1)}`;
}

/**
 * The absolute URL of a path on the site. `path` is what the page links to, base included
 * (what `withBase` and the route helpers return); `siteUrl` is the site's origin. Any path in
 * `siteUrl` itself is replaced: the base, not the site URL, says where the site lives.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}

/** Site paths without the base: where each page is in the output folder. */
export const routes = {
  home: '/',
  posts: '/posts/',
  guides: '/guides/',
  courses: '/courses/',
  tags: '/tags/',
  search: '/search/',
  post: (slug: string) => `/posts/${slug}/`,
  guide: (slug: string) => `/guides/${slug}/`,
  tag: (slug: string) => `/tags/${slug}/`,
  course: (id: string) => `/courses/${id}/`,
  /** Every entry of a course on one page, for reading in order and printing. */
  portfolio: (id: string) => `/courses/${id}/portfolio/`,
  page: (id: string) => `/${id}/`,
  /** The OPML list of a guide's network feeds (written only when the network has a feed). */
  networkOpml: (slug: string) => `/guides/${slug}/network.opml`,
  /** The OPML list of every feed of the site (written with the feeds). */
  subscriptions: '/subscriptions.opml',
} as const;

export const postUrl = (slug: string) => withBase(routes.post(slug));
export const guideUrl = (slug: string) => withBase(routes.guide(slug));
export const tagUrl = (slug: string) => withBase(routes.tag(slug));
export const courseUrl = (id: string) => withBase(routes.course(id));
export const portfolioUrl = (id: string) => withBase(routes.portfolio(id));
export const networkOpmlUrl = (slug: string) => withBase(routes.networkOpml(slug));
export const subscriptionsUrl = () => withBase(routes.subscriptions);

/** The URL of an entry of either kind. */
export function entryUrl(entry: { collection: string; id: string }): string {
  return entry.collection === 'guides' ? guideUrl(entry.id) : postUrl(entry.id);
}
