import { DYNAMIC } from '../model.ts';
import { attr } from '../policy.ts';
import type { GateRule, SiteCheck, SiteOptions } from '../rule.ts';

/** A copy of a string that holds nothing else (see `collect`). */
const detached = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

interface PendingLink {
  page: string;
  href: string;
  at: { line: number; column: number };
}

/**
 * `link-target` (built HTML only): internal links and `#fragment` anchors must point at a file
 * in the build and an element with that id. A reader sent to a missing transcript page is as
 * stuck as one given none.
 */
export function linkTargets(options: SiteOptions = {}): SiteCheck {
  const trimmed = (options.base ?? '/').replace(/^\/+|\/+$/g, '');
  const base = trimmed ? `/${trimmed}/` : '/';
  let siteOrigin: string | undefined;
  try {
    siteOrigin = options.site ? new URL(options.site).origin : undefined;
  } catch {
    siteOrigin = undefined;
  }
  const idsByPage = new Map<string, Set<string>>();
  const links: PendingLink[] = [];

  return {
    collect(page) {
      // Copies, not slices of the page's text: a slice keeps the whole page alive in V8, and
      // these are kept for every page of the site until `finish`.
      const ids = new Set([...page.model.byId.keys()].map(detached));
      for (const el of page.model.elements) {
        if (el.origin !== 'html') continue;
        if (el.name === 'a') {
          const name = attr(el, 'name');
          if (typeof name === 'string' && name) ids.add(detached(name));
        }
        if (el.name !== 'a' && el.name !== 'area') continue;
        const href = attr(el, 'href');
        if (href === undefined || href === DYNAMIC || !href.trim()) continue;
        if (/^[a-z][a-z0-9+.-]*:/i.test(href.trim()) && !/^https?:/i.test(href.trim())) continue; // mailto:, tel:, …
        links.push({ page: page.path, href: detached(href.trim()), at: page.point(el.offset) });
      }
      idsByPage.set(page.path, ids);
    },
    finish(files, report) {
      for (const link of links) {
        const problem = checkHref(link, files);
        if (problem) report(link.page, link.at, problem);
      }
    },
  };

  function checkHref({ href, page }: PendingLink, files: Set<string>): string | undefined {
    const pageUrl = new URL(
      `https://site.invalid${base}${page.replace(/(^|\/)index\.html$/, '$1')}`,
    );
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return `Link ${href} is not a valid URL: fix the href`;
    }
    const internal =
      url.origin === pageUrl.origin || (siteOrigin !== undefined && url.origin === siteOrigin);
    if (!internal) return undefined;
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = url.pathname;
    }
    if (!path.startsWith(base)) {
      // A site under a sub-path: `/posts/x/` was written for a site at the root. Markdown links
      // get the base added as they render (src/integrations/base-links.ts); HTML and JSX do not.
      const fixed = `${base}${url.pathname.slice(1)}${url.search}${url.hash}`;
      return `Link ${href} points outside the site, which is served from ${base}: write ${fixed}, a relative link, or a Markdown link [text](${href}), which gets the base added`;
    }
    const target = resolveTarget(path.slice(base.length), files);
    if (target === undefined) {
      return `Link ${href} points nowhere: the build has no page ${path}. Fix the link, or create the page`;
    }
    const fragment = decodeFragment(url.hash);
    if (!fragment || fragment.toLowerCase() === 'top' || !/\.html?$/.test(target)) return undefined;
    const ids = idsByPage.get(target);
    if (ids && !ids.has(fragment)) {
      const where = target === page ? 'this page' : path;
      return `Link ${href} points nowhere: ${where} has no element with id="${fragment}". Fix the fragment, or add the id`;
    }
    return undefined;
  }
}

function decodeFragment(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** The output file a path is served from, the way static hosts resolve it. */
function resolveTarget(relative: string, files: Set<string>): string | undefined {
  const clean = relative.replace(/^\/+/, '');
  const candidates =
    clean === '' || clean.endsWith('/')
      ? [`${clean}index.html`]
      : [clean, `${clean}.html`, `${clean}/index.html`];
  return candidates.find((candidate) => files.has(candidate));
}

const rule: GateRule = {
  id: 'link-target',
  severity: 'error',
  site: (options) => linkTargets(options),
};
export default rule;
