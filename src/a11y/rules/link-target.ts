import { basename, relative } from 'node:path';
import { slug } from 'github-slugger';
import { DYNAMIC, type AttrValue, type El, type Model } from '../core/model.ts';
import { attr, metaContent, textOf, type CheckContext, type Report } from '../core/policy.ts';
import { type GateRule, type SiteCheck, type SiteOptions } from '../core/rule.ts';
import {
  hrefAsRendered,
  likelyId,
  hasFragment,
  likelyPage,
  linkedPath,
  localTarget,
  pageUrl,
  resolveTarget,
  siteLocation,
  sitePages,
  type SiteLocation,
} from '../core/site-paths.ts';
import {
  entryPageHasId,
  fileBeside,
  isRelativePath,
  layoutIdsOf,
  listingPageIds,
  pageIds,
  sourceSite,
} from '../core/site-urls.ts';
import { isEntryFile } from '../core/content-index.ts';
import { frontmatterGoesLive, wallClock } from '../../lib/content/publish.ts';
import { site } from '../../site.config.ts';
import { referenceMeant } from '../core/definitions.ts';
import { entryNamed } from '../core/entry-named.ts';
import { isRootRelative, withBase } from '../../lib/site/urls.ts';
import { detached } from '../../lib/util/detached.ts';
import { refreshUrl } from './page-refresh.ts';
import { curlyQuoted } from '../core/attribute-quotes.ts';
import {
  computerPath,
  computerPathMessage,
  localServerMessage,
  localServerPath,
} from '../../lib/site/computer-path.ts';
import { percentDecoded } from '../../lib/util/percent-decoded.ts';
import { handleAddress, withoutScheme } from '../../lib/site/link-address.ts';

interface PendingLink {
  page: string;
  href: string;
  at: { line: number; column: number };
  /** Where the page came from, for the end of its message (SitePage.note). */
  note: string;
}

/** Elements whose `href` a reader or the browser follows. */
const LINKING = new Set(['a', 'area', 'link']);

/**
 * Where an element of a built page sends the reader: an `href`, or the address a
 * `<meta http-equiv="refresh">` redirects to (how a page kept from an old site points at its
 * new address, which must exist).
 */
function linkOf(el: El): AttrValue | undefined {
  if (LINKING.has(el.name)) return attr(el, 'href');
  const refresh = metaContent(el, 'http-equiv', 'refresh');
  return refresh === undefined ? undefined : refreshUrl(refresh);
}

/**
 * `link-target`: internal links (`<a>`, `<area>`, `<link>`) and `#fragment` anchors must point
 * at a file in the build and an element with that id. A reader sent to a missing transcript page
 * is as stuck as one given none. Built pages are checked here; the source layer checks links in
 * entries against the site's pages and their headings (rules/source-links.ts).
 */
export function linkTargets(options: SiteOptions = {}): SiteCheck {
  const where = siteLocation(options);
  const idsByPage = new Map<string, Set<string>>();
  // By page, so a page checked again (its file changed while the build wrote it) replaces what
  // its first check collected; reported in page order, whatever order the pages came in.
  const linksByPage = new Map<string, PendingLink[]>();
  // A layout's broken link is on every page: its guess is made once.
  const guesses = new Map<string, string | undefined>();
  let builtPages: string[] | undefined;
  const likelyPageOf = (path: string, files: Set<string>) => {
    if (!guesses.has(path)) {
      builtPages ??= sitePages(files);
      guesses.set(path, likelyPage(path, builtPages));
    }
    return guesses.get(path);
  };

  return {
    collect(page) {
      // Copies, not slices of the page's text: a slice keeps the whole page alive in V8, and
      // these are kept for every page of the site until `finish`.
      const ids = new Set([...page.model.byId.keys()].map(detached));
      const links: PendingLink[] = [];
      for (const el of page.model.elements) {
        if (el.origin !== 'html') continue;
        if (el.name === 'a') {
          const name = attr(el, 'name');
          if (typeof name === 'string' && name) ids.add(detached(name));
        }
        const href = linkOf(el);
        if (href === undefined || href === DYNAMIC || !href.trim()) continue;
        if (showsLocalAddress(el, href)) continue;
        links.push({
          page: page.path,
          href: detached(href.trim()),
          at: page.point(el.offset),
          note: page.note(el.offset),
        });
      }
      idsByPage.set(page.path, ids);
      linksByPage.set(page.path, links);
    },
    finish(files, report) {
      guesses.clear();
      builtPages = undefined;
      const pages = [...linksByPage.keys()].filter((page) => files.has(page)).sort();
      for (const link of pages.flatMap((page) => linksByPage.get(page)!)) {
        const problem = checkHref(link, files);
        if (problem) report(link.page, link.at, `${problem}${link.note}`);
      }
    },
  };

  function checkHref({ href, page }: PendingLink, files: Set<string>): string | undefined {
    const pasted = computerPath(href);
    if (pasted && !pasted.home) return onComputer(href, pasted.name, where.base);
    const served = localServerPath(href, where.base);
    if (served) return onLocalServer(href, served, where.base);
    const from = pageUrl(page, where);
    const target = localTarget(href, from, where);
    if (target.kind === 'external') return undefined;
    if (target.kind === 'invalid') return `Link ${href} is not a valid URL: fix the href`;
    if (target.kind === 'outside-base') return outsideBase(href, where);
    const file = resolveTarget(target.path, files);
    if (file === undefined) {
      if (pasted) return onComputer(href, pasted.name, where.base);
      const meant = likelyPageOf(target.path, files);
      const guess = meant === undefined ? undefined : where.base + meant;
      return notFound(href, target.pathname, guess, target.path);
    }
    const fragment = target.fragment;
    if (!fragment || fragment.toLowerCase() === 'top' || !/\.html?$/.test(file)) return undefined;
    const ids = idsByPage.get(file);
    if (ids && !hasFragment((id) => ids.has(id), target))
      return noSuchId(href, file === page ? 'this page' : target.pathname, fragment, ids);
    return undefined;
  }
}

/** A link to a file on the writer's computer: the file goes in public/, the link to it there. */
function onComputer(href: string, name: string, base: string): string {
  return computerPathMessage(
    `Link ${href}`,
    `copy ${name} into public/ and link to ${withBase(`/${name}`, base)}`,
  );
}

/**
 * A link to a server on the reader's own computer whose text shows its address, as a tutorial
 * writes one ("open <http://localhost:4321>"): the reader is meant to open their own. One whose
 * text says something else was copied from the writer's browser, and leads nowhere.
 */
function showsLocalAddress(el: El, href: string): boolean {
  if (localServerPath(href) === undefined) return false;
  const { text } = textOf(el);
  return /\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b|\[::1\]/i.test(text);
}

/** A link to a page of a server on the writer's computer (`npm run dev`'s): the site's own. */
function onLocalServer(href: string, path: string, base: string): string {
  return localServerMessage(`Link ${href}`, `link to ${withBase(path, base)}`);
}

/** What is wrong, then the fix (the id the link most likely meant, when there is one). */
function noSuchId(
  href: string,
  whereTo: string,
  id: string,
  ids: Iterable<string>,
  { heading = false } = {},
): string {
  const meant = likelyId(id, ids);
  const hint = meant
    ? `Did you mean #${meant}?`
    : `Fix the fragment, or add the ${heading ? 'heading' : 'id'}`;
  return `Link ${href} points nowhere: ${whereTo} has no ${heading ? 'heading or ' : ''}element with id="${id}". ${hint}`;
}

/**
 * What is wrong, then the fix: the same words in both layers. `path` is the target in the site,
 * without its base: a file (`files/brief.pdf`) goes in public/, where no page is made.
 */
function notFound(href: string, pathname: string, meant: string | undefined, path: string): string {
  // `[the FIA](“https://www.fia.com”)`: quotes an editor made curly are letters of the address.
  const quoted = curlyQuoted(href);
  if (quoted) {
    const scheme = withoutScheme(quoted)?.scheme ?? '';
    return `Link ${href} is in curly quotes, which a link reads as part of its address, so it points at a page of this site, ${pathname}, which the build does not have: write the address without them, ${scheme}${quoted}`;
  }
  const elsewhere = withoutScheme(href);
  if (elsewhere)
    return `Link ${href} is ${elsewhere.what} without ${elsewhere.scheme}, so it points at a page of this site, ${pathname}, which the build does not have: write ${elsewhere.scheme}${href}`;
  const handle = handleAddress(href);
  if (handle)
    return `Link ${href} is ${handle.what}, not an address, so it points at a page of this site, ${pathname}, which the build does not have: write the profile's address, ${handle.address}`;
  if (!meant && A_FILE.test(path))
    return `Link ${href} points nowhere: the build has no file ${pathname}. Fix the link, or put the file at public/${path}`;
  const hint = meant ? `Did you mean ${meant}?` : 'Fix the link, or create the page';
  return `Link ${href} points nowhere: the build has no page ${pathname}. ${hint}`;
}

/**
 * A path whose last part names a file that is no page (`brief.pdf`, `slides.pptx`). Not a page's
 * source (`notes.md`), which is linked by its page's address, never published as a file.
 */
const A_FILE = /(?:^|\/)[^/]+\.(?!(?:html?|mdx?|markdown)$)[a-z\d]{2,5}$/i;

/**
 * A site under a sub-path: `/posts/x/` was written for a site at the root. Markdown links get the
 * base added as they render (src/integrations/base-links.ts, with Sätteri); raw HTML and JSX do
 * not, nor does Markdown under another processor.
 */
function outsideBase(href: string, where: SiteLocation): string {
  const { base } = where;
  const fixed = isRootRelative(href) ? withBase(href, base) : undefined;
  const fix = !fixed
    ? 'fix the link'
    : where.markdownGetsBase
      ? `write ${fixed}, a relative link, or a Markdown link [text](${href}), which gets the base added`
      : `write ${fixed} or a relative link`;
  return `Link ${href} points outside the site, which is served from ${base}: ${fix}`;
}

/**
 * The source half of `link-target`: links in an entry (Markdown, raw HTML, JSX) checked against
 * the pages the build will write (src/a11y/core/content-index.ts) and, for `#fragment`s into entries,
 * the ids their pages will have. Links the sources cannot judge (in a file with no page of its
 * own, or fragments into listing pages) are left to the built-page check.
 */
export function checkSourceLinks(model: Model, ctx: CheckContext, report: Report): void {
  const found = sourceSite(ctx.file, ctx.config);
  const contentIds = ctx.contentIds;
  if (!found || !ctx.file || !contentIds) return;
  const { index, where } = found;
  // A file with no page of its own (an .astro component or layout) is on every page that uses
  // it: only a link from the site's root (`/about/`) goes to the same page from all of them.
  const page = found.page ?? new URL(where.base, 'https://site.invalid');
  const ownIds = pageIds(model);
  for (const el of model.elements) {
    if (el.origin === 'component' || !LINKING.has(el.name)) continue;
    const written = attr(el, 'href');
    if (written === undefined || written === DYNAMIC || !written.trim()) continue;
    if (!found.page && !/^\/(?!\/)/.test(written.trim())) continue;
    // A wiki link, where the site reads them: Sätteri makes `[[Week 2]]` a link to `Week 2`
    // beside the page, and a site that turns them on resolves them in a plugin the gate does
    // not run. The built page judges where it leads.
    if (el.note === 'wikilink') continue;
    const href = hrefAsRendered(el, written, where);
    // As written: a Markdown link gets the base as it renders (with Sätteri), so its fix is
    // written without it too.
    const pasted = computerPath(written);
    const linkBase = el.note === 'markdown' && where.markdownGetsBase ? '/' : where.base;
    if (pasted && !pasted.home) {
      report(el, onComputer(written.trim(), pasted.name, linkBase));
      continue;
    }
    const served = localServerPath(written, where.base);
    if (served && !showsLocalAddress(el, written)) {
      report(el, onLocalServer(written.trim(), served, linkBase));
      continue;
    }
    const target = localTarget(href, page, where);
    if (target.kind === 'invalid')
      report(el, `Link ${href.trim()} is not a valid URL: fix the href`);
    if (target.kind === 'outside-base') report(el, outsideBase(href.trim(), where));
    if (target.kind !== 'local') continue;
    const file = resolveTarget(target.path, index.files);
    // A page of a route the sources cannot list (`src/pages/notes/[slug].astro`): the built
    // pages' check judges it.
    if (file === undefined && index.mayBuild(target.path)) continue;
    if (file === undefined) {
      // A Markdown link gets the base as it renders (with Sätteri), so it is written without it.
      const how = {
        from: ctx.file,
        withoutBase: el.note === 'markdown' && where.markdownGetsBase,
        base: where.base,
      };
      report(
        el,
        asReference(el, href.trim()) ??
          (pasted
            ? onComputer(written.trim(), pasted.name, linkBase)
            : missingPage(href.trim(), target, how, index)),
      );
      continue;
    }
    if (!target.fragment) continue;
    const entry = index.byPage.get(file);
    if (!entry) {
      // A listing page, or the page this file writes whole: judged here when its ids are known,
      // else on the built page.
      const own = model.idsComplete && target.pathname === found.page?.pathname;
      const ids = own ? ownIds : listingPageIds(file, index);
      if (
        ids &&
        target.fragment.toLowerCase() !== 'top' &&
        !hasFragment((id) => ids.has(id), target)
      )
        report(
          el,
          noSuchId(href.trim(), own ? 'this page' : target.pathname, target.fragment, ids),
        );
      continue;
    }
    // The entry being checked gives its own ids, as its text may not be on disk yet (an
    // editor, the dev server); none are known when its components render one only the build
    // knows, and the built page judges the fragment, as for another entry's.
    const idsOf = (file: string) =>
      file !== ctx.file ? contentIds(file) : model.renderedIdsUnknown ? undefined : ownIds;
    if (hasFragment((id) => entryPageHasId(entry, id, idsOf), target)) continue;
    const whereTo =
      entry.file === ctx.file ? 'this page' : `${target.pathname} (${rel(index.root, entry.file)})`;
    const ids = [...(idsOf(entry.file) ?? []), ...layoutIdsOf(entry)];
    report(el, noSuchId(href.trim(), whereTo, target.fragment, ids, { heading: true }));
  }

  function missingPage(
    href: string,
    { path, pathname }: { path: string; pathname: string },
    { from, withoutBase, base }: { from: string; withoutBase: boolean; base: string },
    index: NonNullable<ReturnType<typeof sourceSite>>['index'],
  ): string {
    const address = (page: string) => (withoutBase ? `/${page}` : `${base}${page}`);
    const besideFile = isRelativePath(href) ? fileBeside(href, from) : undefined;
    const entry = besideFile ? index.byFile.get(besideFile) : undefined;
    if (entry?.page)
      return `Link ${href} points at the source file of an entry, which the build does not publish: link to its page, ${address(linkedPath(entry.page))}`;
    if (besideFile && !isEntryFile(besideFile))
      return `Link ${href} points at a file beside this entry, which the build does not publish: move it to public/ and link to ${address(basename(besideFile))}`;
    // A note exported from Notion or Obsidian links another by its file, which Notion names
    // with the page's id (`Week%208%20abc….md`): the entry of that title or name is meant.
    const exported = isRelativePath(href) ? exportedNote(href) : undefined;
    const named = exported ? entryNamed(exported, ctx) : undefined;
    if (named?.page) {
      // Obsidian links a heading by its text (`Week%208.md#What%20changed`): the page's id for
      // it is its slug.
      const heading = /#(.+)$/.exec(href)?.[1];
      const fragment = heading ? `#${slug(percentDecoded(heading))}` : '';
      return `Link ${href} points at a Markdown file this site does not have, as notes exported from Notion or Obsidian link each other: link to the entry it names, ${address(linkedPath(named.page))}${fragment}`;
    }
    const unpublished = index.entries.find(
      (e) => e.page && resolveTarget(path, new Set([e.page])) && !e.published,
    );
    if (unpublished) {
      const target = `Link ${href} points at ${rel(index.root, unpublished.file)}`;
      const live = frontmatterGoesLive(unpublished.data, site.timeZone);
      if (!live)
        return `${target}, which is a draft (draft: true), so the build has no page ${pathname}: publish it with draft: false, or remove the link`;
      return `${target}, which goes live at ${wallClock(live, site.timeZone)} ${site.timeZone}, after the build's date, so the build has no page ${pathname} yet: date it on or before the build, or remove the link`;
    }
    const meant = likelyPage(path, sitePages(index.files));
    return notFound(href, pathname, meant === undefined ? undefined : address(meant), path);
  }

  /** `[Mercury](mercury)` where the file defines `[mercury]: …`: the reference to write. */
  function asReference(el: El, href: string): string | undefined {
    const reference = el.note === 'markdown' ? referenceMeant(el, href, model) : undefined;
    return reference
      ? `Link ${href} points at a page of this site that the build does not have, but ${href} is the label of a definition in this file: write ${reference}, which reads it`
      : undefined;
  }
}

const rel = (root: string, file: string) => relative(root, file).split('\\').join('/');

/**
 * The note a relative link to a Markdown file names, as an export from Notion or Obsidian writes
 * it: its file's name without `.md` and without the page id Notion adds (`Week 8 abc…` is
 * `Week 8`); undefined for a link to anything else.
 */
export function exportedNote(href: string): string | undefined {
  const path = percentDecoded(href.trim().split(/[?#]/)[0]!);
  const name = /([^/\\]+)\.mdx?$/i.exec(path)?.[1];
  return name?.replace(/\s+[0-9a-f]{32}$/i, '').trim() || undefined;
}

/**
 * `link-target`: links (`<a>`, `<area>`, `<link>`, Markdown links, and on built pages the address a `<meta http-equiv="refresh">` redirects to) to a page or file the build does not have, or to a `#fragment` with no element of that id. Before a build the sources are checked against the site's pages (its entries and listings, the pages a site adds to `src/pages/`, and those its Astro config's `redirects` write, `/old-about`; a route with a parameter a site adds, such as `src/pages/notes/[slug].astro`, writes pages only its build knows, so links there are judged on the built pages) and each entry's headings, footnotes and anchors (ids as the build makes them: `#whats-next`, `#user-content-fn-1`, `#footnote-label`; an `<a name>` as older blogs wrote them; the ids the `.astro` components it imports render there, with the props it gives them), and a `#fragment` of a listing page against the ids its layout and page give (the home page's sections, a course's modules); a link to a draft or to an entry's source file says so, as does one to a Markdown file the site does not have that names an entry by its title or file name, as notes exported from Notion (`Week%208%20abc….md`, the page's id after its title) or Obsidian link each other, and one to another site or an email address written without its scheme (`[the FIA](www.fia.com)`, `me@example.org`), which goes to a page of this site, gets the address with it, as does an address in the curly quotes editors type (`[the FIA](“https://www.fia.com”)`), which a link reads as part of it, and a social handle (`[my Insta](@sam_f1)`), the profile's address where the handle names its site (Mastodon's `@sam@mastodon.social`, Bluesky's `@sam.bsky.social`); and a Markdown link whose address is the label of one of the file's definitions (`[Mercury](mercury)` beside `[mercury]: https://…`) gets the reference that reads it, `[Mercury][mercury]`. In the site's own `.astro` files (a component, a layout: on every page that uses it), a link from the site's root (`/about/`) is checked the same way; a relative one depends on the page, and is judged on the built pages; a page of `src/pages/` that writes all its page itself (no component or layout, no `<slot />`, spread, or id or content only the render knows) has its own `#fragments` checked against its ids, as its `aria-labelledby`s are. On a site under a base, a root-relative link in HTML or JSX that misses it (`/posts/x/` on a site at `/my-blog/`), and in Markdown too where the site's Markdown processor is not Sätteri, which adds it. A fragment finds an id written as the link writes it or percent-decoded, as a browser looks (a footnote's id keeps a label that is not ASCII encoded: `#user-content-fn-%C3%BCber`). In both layers, a link to a file on the writer's own computer (`C:\Users\sam\notes.pdf`, `\\server\share\…`, `file:///…`, or a home folder's path the site does not have, `/Users/sam/…`: `src/lib/site/computer-path.ts`), which no reader's browser opens, gets the file copied into `public/` and the link to it there; and a link copied from the browser while `npm run dev` ran (`http://localhost:4321/posts/week-2/`, or a Codespace's or Gitpod workspace's forwarded port) gets the site's own address, unless its text shows the local address, as a tutorial's "open <http://localhost:4321>" does.
 *
 * @fix Fix the link (the message suggests the page a title or tag names, `/tags/Formula 1/` being `/tags/formula-1/`, a page a typo away, or the one page with the link's last part, as a post from another tool links `/blog/pit-stops`; for a `#fragment`, the id a heading with that text gets, `#What's next?` being `#whats-next`, or an id a typo away), publish the page, add the heading, or put a file that is no page (`/files/brief.pdf`) in `public/` at the path the message gives. Under a base, write the address the message gives (`/my-blog/posts/x/`), a relative link, or, with Astro's default Markdown processor, a Markdown link, which gets the base added.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/posts/week-2.md": "---\ntitle: Week 2\ndescription: D.\npubDate: 2026-10-05\n---\n\nText.\n"}}
 *
 *   Last week I [listed the teams](/posts/week-2/); this week's [plan](#the-plan) follows.
 *
 *   ## The plan
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   See [last week](/posts/week-2/) and [the plan](#plan).
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:5-1:32: Link /posts/week-2/ points nowhere: the build has no page /posts/week-2/. Fix the link, or create the page
 *   1:37-1:54: Link #plan points nowhere: this page has no heading or element with id="plan". Fix the fragment, or add the heading
 *
 * @example
 *   {"name": "ok.html", "files": {"dist/about/index.html": "<h1>About</h1>"}}
 *
 *   <a href="/about/">About</a> <a href="#top">Back to top</a>
 *   <h1 id="top">Week 3</h1>
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <a href="/abuot/">About</a>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1: Link /abuot/ points nowhere: the build has no page /abuot/. Fix the link, or create the page
 */
const rule: GateRule = {
  id: 'link-target',
  severity: 'error',
  source: checkSourceLinks,
  site: (options) => linkTargets(options),
};
export default rule;
