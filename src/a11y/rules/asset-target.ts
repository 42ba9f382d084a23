import { withBase } from '../../lib/site/urls.ts';
import { basename } from 'node:path';
import { DYNAMIC, type El, type Model } from '../core/model.ts';
import { missingPackage, missingPackageMessage } from '../core/packages.ts';
import { aliasPrefix, defineAliasFix, throughAlias } from '../../lib/util/path-alias.ts';
import {
  ASTRO_IMAGE_FORMATS,
  CONVERT_IMAGE,
  unreadableImageFix,
  extensionOf,
  unprocessedImage,
  unreadableImage,
  unreadableImageFile,
  unshowableImage,
} from '../core/image-formats.ts';
import { attr, isNotRendered, type CheckContext, type Report } from '../core/policy.ts';
import {
  CONVERT_AUDIO,
  CONVERT_VIDEO,
  mediaAsImage,
  playerPageImage,
  unplayableMedia,
  type Unplayable,
} from '../core/media-formats.ts';
import { type GateRule, type SiteCheck, type SiteOptions } from '../core/rule.ts';
import {
  loadedUrls,
  localTarget,
  pageUrl,
  resolveTarget,
  siteLocation,
  srcsetUrls,
  type SiteLocation,
} from '../core/site-paths.ts';
import { exportsOf, resolveImport } from '../core/modules.ts';
import {
  fileBeside,
  isRelativePath,
  markdownImageTarget,
  otherCaseIn,
  pageItselfPart,
  siteHas,
  sourceSite,
} from '../core/site-urls.ts';
import type { ContentIndex } from '../core/content-index.ts';
import { detached } from '../../lib/util/detached.ts';
import { closestName } from '../../lib/util/closest-name.ts';
import { youTubeId } from '../../lib/media/youtube-id.ts';
import { caseFix } from '../../lib/util/files.ts';
import { SAVE_AS_UTF8 } from '../../lib/util/utf16.ts';
import { componentProps } from '../../schemas/components.ts';
import { isAstroFile } from '../core/source-files.ts';
import { isAstroImage } from '../core/astro-images.ts';
import { definedAddress, referenceMeant } from '../core/definitions.ts';
import { curlyQuoted } from '../core/attribute-quotes.ts';
import { sharePageImage, sharePageMessage, type SharePageImage } from '../core/share-pages.ts';
import {
  computerPath,
  computerPathMessage,
  localServerMessage,
  localServerPath,
  markdownPath,
} from '../../lib/site/computer-path.ts';

/**
 * `asset-target`: every local file a page loads (an `<img>`'s `src` and `srcset`, a `<video>`'s
 * `src` and `poster`, `<source>`, `<track>`, `<object data>`, `<embed>`, `<iframe>`) must be in
 * the build. A picture that 404s is as missing as one without alt text, and the feeds would
 * carry the broken address too.
 *
 * Built pages are checked against the files of the build. Sources are checked before it:
 * Markdown images (`![…](./x.png)`, which the build publishes with the page) and imports must
 * name a file beside the entry; a URL in HTML or a component prop is published as written, so a
 * relative one must be served at the page's own address and a `/…` one must be in `public/`.
 */

interface PendingAsset {
  page: string;
  element: string;
  attribute: string;
  url: string;
  at: { line: number; column: number };
  /** Where the page came from, for the end of its message (SitePage.note). */
  note: string;
  /** Astro's placeholder for an image it could not process, left on the page. */
  unprocessed?: boolean;
  /** An image in a format most browsers do not show: the format in words. */
  unshowable?: string;
  /** An image whose address is a photo or file site's page (share-pages.ts). */
  sharePage?: SharePageImage;
  /** A video or audio file shown as an image (media-formats.ts, `mediaAsImage`). */
  plays?: 'video' | 'audio';
  /** What an address that is only a fragment or a query loads as (pageItselfMessage). */
  loadsAs?: LoadedAs;
  /** What an empty address would have loaded (emptyAddress). */
  empty?: LoadedAs;
}

/**
 * An image as a message names it: `Image ./x.png` in Markdown, else `<img> src="…"` or
 * `<Figure> src="…"`.
 */
function imageAsWritten(el: El, url: string): string {
  return el.origin === 'markdown' ? `Image ${url}` : `<${el.name}> src="${url}"`;
}

/** An image's alt text for a Markdown fix: its own, or words saying what to write. */
function altOr(el: El): string {
  return typeof el.attrs.alt === 'string' && el.attrs.alt ? el.attrs.alt : 'what it shows';
}

/**
 * A relative path as an inline Markdown image writes it, with a `./` where it has none
 * (`media/image1.png` as `./media/image1.png`) and in angle brackets where it has a space.
 */
const inlinePath = (path: string) => markdownPath(/^\.{1,2}\//.test(path) ? path : `./${path}`);

/** `![Mercury](mercury)` where the file defines `[mercury]: …`: the reference to write. */
function asReference(el: El, url: string, model: Model, asWritten: boolean): string | undefined {
  const reference = referenceMeant(el, url, model);
  if (!reference) return undefined;
  // A reference's path to a file reaches the page as written (checkSourceAssets): the image
  // the definition means is written inline.
  const address = definedAddress(model.text, url);
  if (asWritten && address && isRelativePath(address))
    return `, but ${url} is the label of a definition in this file, ${address}: write ![${altOr(el)}](${inlinePath(address)})`;
  // An image with no alt text gets words to replace, as every fix here does: `![]` is refused.
  const written = reference.replace(/^!\[\]/, `![${altOr(el)}]`);
  return `, but ${url} is the label of a definition in this file: write ${written}, which reads it`;
}

/** What an element shows or plays from an address. */
type LoadedAs = 'image' | 'video' | 'audio' | 'captions';

/**
 * What an image, a player or a captions track loads its address as; undefined for elements whose
 * address is a page, a script or a document (an iframe may show the page it is on).
 */
function loadedAs(el: El, attribute: string, ctx?: CheckContext): LoadedAs | undefined {
  if (attribute === 'poster' || attribute === 'srcset') return 'image';
  if (el.origin === 'component') {
    if (ctx?.config.imageComponents.has(el.name)) return 'image';
    return /audio/i.test(el.name) ? 'audio' : 'video';
  }
  const host = el.name === 'source' ? el.parent : el;
  if (el.name === 'img' || el.name === 'input' || host?.name === 'picture') return 'image';
  if (el.name === 'track') return 'captions';
  return host?.name === 'video' || host?.name === 'audio' ? host.name : undefined;
}

/**
 * An image, a player or a captions track whose address is written empty (`src=""`,
 * `![The pit wall]()`): it names no file, so the page shows a broken image, or the player plays
 * nothing. A `<video src="">` is not rescued by the `<source>`s inside it: the browser reads
 * `src` first. An element a script fills in later (`data-src`) is left alone.
 */
function emptyAddress(el: El): LoadedAs | undefined {
  const src = el.attrs.src;
  if (typeof src !== 'string' || src.trim() || el.origin === 'component') return undefined;
  if (el.origin === 'markdown') return 'image';
  if (el.name === 'input' && String(attr(el, 'type')).trim().toLowerCase() !== 'image')
    return undefined;
  if (el.name === 'source' && el.parent?.name === 'picture') return undefined;
  if (Object.keys(el.attrs).some((name) => /^data-.*src/.test(name))) return undefined;
  return /^(?:img|input|video|audio|track|source)$/.test(el.name) ? loadedAs(el, 'src') : undefined;
}

/** What an empty address does, and what to write (emptyAddress). */
function emptyAddressMessage(written: string, as: LoadedAs, alt?: string): string {
  if (as === 'image')
    return alt === undefined
      ? `${written} has no address, so the page shows a broken image: write the image's path in src`
      : `${written} has no address, so the page shows a broken image: write the image's path between the parentheses, ![${alt || 'what it shows'}](./picture.png)`;
  if (as === 'captions')
    return `${written} has no address, so the player shows no captions: write the path of its .vtt file in src`;
  return `${written} has no address, so the player plays nothing, whatever <source> it holds: write the ${as} file's path in src, or remove the empty src`;
}

/**
 * An address that is only a fragment or a query (`src="#"`, `src="?v=2"`) names no file: the
 * browser loads the page it is on, which is no image, media or captions file.
 */
function pageItselfMessage(tag: string, url: string, as: LoadedAs): string {
  const head = `${tag} names no file, only a ${pageItselfPart(url)} of this page's own address, so the browser loads the page as the ${as === 'captions' ? 'captions file' : as}`;
  if (as === 'image') return `${head} and shows a broken image: write the image's path`;
  if (as === 'captions')
    return `${head} and the player shows no captions: write the path of its .vtt file`;
  return `${head} and the player plays nothing: write the ${as} file's path`;
}

export function assetTargets(options: SiteOptions = {}): SiteCheck {
  const where = siteLocation(options);
  // By page: a page checked again replaces what its first check collected (see SiteCheck).
  const byPage = new Map<string, PendingAsset[]>();
  return {
    collect(page) {
      const pending: PendingAsset[] = [];
      byPage.set(page.path, pending);
      const add = (el: El, attribute: string, url: string, found?: Partial<PendingAsset>) =>
        pending.push({
          page: page.path,
          element: el.name,
          attribute,
          // A copy: a slice would keep the page's whole text until `finish` (detached.ts).
          url: detached(url),
          at: page.point(el.offset),
          note: page.note(el.offset),
          ...found,
        });
      for (const el of page.model.elements) {
        const placeholder = unprocessedImage(el);
        const media = mediaAsImage(el, placeholder);
        if (media) {
          add(el, 'src', media.url, { plays: media.kind });
          continue;
        }
        const empty = emptyAddress(el);
        if (empty) add(el, 'src', '', { empty });
        if (placeholder !== undefined) add(el, 'src', placeholder, { unprocessed: true });
        const shown = unshowableImage(el);
        if (shown) add(el, 'src', shown.url, { unshowable: shown.format });
        const shared = sharePageImage(el);
        if (shared) add(el, 'src', shared.url, { sharePage: shared });
        for (const { attribute, url } of loadedUrls(el)) {
          const as = pageItselfPart(url) ? loadedAs(el, attribute) : undefined;
          add(el, attribute, url, as && { loadsAs: as });
        }
      }
    },
    finish(files, report) {
      const pages = [...byPage.keys()].filter((page) => files.has(page)).sort();
      for (const asset of pages.flatMap((page) => byPage.get(page)!)) {
        const from = asset.note;
        if (asset.empty) {
          report(
            asset.page,
            asset.at,
            `${emptyAddressMessage(`<${asset.element}> src=""`, asset.empty)}${from}`,
          );
          continue;
        }
        const pasted = computerPath(asset.url);
        const tag = `<${asset.element}> ${asset.attribute}="${asset.url}"`;
        const copyToPublic = (name: string) =>
          `${computerPathMessage(tag, `copy ${name} into the site's public/ folder and write its address from the site's root, ${withBase(`/${name}`, where.base)}`)}${from}`;
        if (pasted && !pasted.home) {
          report(asset.page, asset.at, copyToPublic(pasted.name));
          continue;
        }
        if (asset.sharePage) {
          const saved = withBase(`/${asset.sharePage.name}`, where.base);
          report(
            asset.page,
            asset.at,
            `${sharePageMessage(tag, asset.sharePage, `save the picture into the site's public/ folder and write its address from the site's root, ${saved}`)}${from}`,
          );
          continue;
        }
        const served = localServerPath(asset.url, where.base);
        if (served) {
          report(
            asset.page,
            asset.at,
            `${localServerMessage(tag, `write its address on the site, ${withBase(served, where.base)}`)}${from}`,
          );
          continue;
        }
        if (asset.url.includes('[object Object]')) {
          report(
            asset.page,
            asset.at,
            `${tag} is an object written where an address goes, most often an image imported in MDX (import picture from './pit.png') given to an HTML element as it is: write its address, ${asset.attribute}={picture.src}, or give the image to <Figure src={picture} alt="…" />${from}`,
          );
          continue;
        }
        const target = localTarget(asset.url, pageUrl(asset.page, where), where);
        if (asset.plays) {
          report(
            asset.page,
            asset.at,
            `${mediaAsImageMessage(`<img> src="${asset.url}"`, asset.plays)}: play it with <${asset.plays} controls src="${asset.url}"></${asset.plays}> (in MDX, <${asset.plays === 'video' ? 'Video' : 'Audio'}>) and put its transcript right after it${from}`,
          );
          continue;
        }
        if (asset.unshowable) {
          report(
            asset.page,
            asset.at,
            `${unshowableMessage(`<img> src="${asset.url}"`, asset.unshowable)}${from}`,
          );
          continue;
        }
        if (asset.unprocessed) {
          // `![Venus](#)`: Astro takes an address with no path for a file beside the entry.
          const part = pageItselfPart(asset.url);
          report(
            asset.page,
            asset.at,
            part
              ? `<img> is Astro's placeholder for the image ${asset.url}, which names no file, only a ${part} of the page's address, so the page shows a broken image: write the image's path in the entry, ![what it shows](./picture.png)${from}`
              : `<img> is Astro's placeholder for the image ${asset.url || '(no src)'}, which it could not process, so the page shows a broken image: ${CONVERT_IMAGE}${from}`,
          );
          continue;
        }
        if (asset.loadsAs) {
          report(
            asset.page,
            asset.at,
            `${pageItselfMessage(tag, asset.url, asset.loadsAs)}${from}`,
          );
          continue;
        }
        const missing =
          target.kind === 'outside-base' ||
          (target.kind === 'local' && resolveTarget(target.path, files) === undefined);
        // `/public/media/chart.png`, written in a prop or a field only the build reads.
        const meant = missing ? meantFromPublic(target.path, files) : undefined;
        if (missing && meant !== undefined) {
          const loaded = target.kind === 'local' ? target.pathname : target.path;
          report(
            asset.page,
            asset.at,
            `<${asset.element}> ${asset.attribute}="${asset.url}" loads ${loaded}, which is not in the build, but ${withBase(`/${meant}`, where.base)} is: ${PUBLIC_AT_ROOT}${from}`,
          );
          continue;
        }
        if (target.kind === 'outside-base') {
          report(
            asset.page,
            asset.at,
            `${outsideBase(`<${asset.element}> ${asset.attribute}="${asset.url}"`, asset.url, where)}${from}`,
          );
          continue;
        }
        if (target.kind !== 'local' || !missing) continue;
        const other = otherCaseIn(files, target.path);
        report(
          asset.page,
          asset.at,
          pasted
            ? copyToPublic(pasted.name)
            : other
              ? `<${asset.element}> ${asset.attribute}="${asset.url}" loads ${target.pathname}, which is not in the build, but /${other} is: ${AS_NAMED}${from}`
              : `<${asset.element}> ${asset.attribute}="${asset.url}" loads ${target.pathname}, which is not in the build: fix the path, or put the file in public/ and refer to it from the site's root, e.g. /${basename(target.path)}${from}`,
        );
      }
    },
  };
}

/** Attributes that take an address, where an imported image's object renders as text. */
const ADDRESS_ATTRIBUTES: Record<string, string> = {
  src: 'shows a broken image',
  srcset: 'shows a broken image',
  poster: 'shows no poster',
  href: 'links to nothing',
};

/**
 * An image an MDX file imports (`import picture from './pit.png'`) given as it is to an HTML
 * element's address (`<img src={picture} />`): the import is the image's data, an object, which
 * Astro writes on the page as `[object Object]`. Components that take an image (`<Figure>`,
 * Astro's `<Image>`) take the object; an HTML element takes its address, `picture.src`.
 */
function checkImportedObjects(model: Model, report: Report): void {
  const images = new Map<string, string>();
  for (const { source, names } of model.esm?.imports ?? [])
    if (!source.includes('?') && IMAGE_FILE.test(source))
      for (const { name, local } of names)
        if (name === 'default' && local) images.set(local, source);
  if (!images.size) return;
  for (const el of model.elements) {
    if (el.origin !== 'html') continue;
    for (const [attribute, expression] of Object.entries(el.expressions ?? {})) {
      const source = images.get(expression);
      const broken = ADDRESS_ATTRIBUTES[attribute];
      if (!source || !broken) continue;
      const figure =
        el.name === 'img' && attribute === 'src'
          ? `, or use <Figure src={${expression}} alt="…" />, which optimizes it`
          : '';
      report(
        el,
        `<${el.name}> ${attribute}={${expression}} is the image imported from ${source} itself, an object, which the page writes as "[object Object]", so it ${broken}: write ${attribute}={${expression}.src}, its address${figure}`,
      );
    }
  }
}

/** Extensions of files Markdown image syntax and `import` can publish with the page. */
const IMAGE_FILE = /\.(?:png|jpe?g|gif|webp|avif|svg|tiff?)$/i;

/** What to write instead, in words that work in this file type. */
function howToPublish(el: El, ctx: CheckContext, url: string, astroImage: boolean): string {
  const name = basename(url.split(/[?#]/)[0]!);
  // Astro's <Image> cannot read the size of a file of public/: the render stops without it.
  const publicFix = astroImage
    ? `move the file to public/ and write src="/${name}" with its size, width={800} height={600}`
    : `move the file to public/ and write /${name}`;
  if (!IMAGE_FILE.test(name) || el.name === 'video' || el.name === 'source') return publicFix;
  if (ctx.syntax === 'md')
    return `use Markdown image syntax, ![what it shows](${url}), which publishes the file with the page, or ${publicFix}`;
  // An HTML element takes the import's address; a component (`<Figure>`) the image itself.
  const html = el.origin === 'html';
  const asMarkdown = html ? `use ![what it shows](${url}), or ` : '';
  return `${asMarkdown}import it (import picture from '${url}';) and write src={${html ? 'picture.src' : 'picture'}}, or ${publicFix}`;
}

/** Why an address has no `public/` in it. */
const PUBLIC_AT_ROOT =
  'the site publishes the files of public/ at its root, without public/ in their address';

/**
 * What follows `public/` in a path written through it (`public/media/chart.png`,
 * `../../public/media/chart.png`, `/public/media/chart.png`): `media/chart.png`.
 */
function pathInPublic(path: string): string | undefined {
  return /^(?:\.{1,2}\/)*\/?public\/([^?#]+)/.exec(path.trim())?.[1];
}

/** The file of the build a path through public/ meant, when the build has it. */
function meantFromPublic(path: string, files: Set<string>): string | undefined {
  const rest = pathInPublic(path);
  return rest !== undefined && resolveTarget(rest, files) !== undefined ? rest : undefined;
}

/**
 * The fix for a path through public/ to a file that is there: the site publishes that folder at
 * its root, so the address has no `public/` in it (with the site's base where the page keeps
 * the address as written). Undefined when public/ has no such file.
 */
function publicFolderFix(
  url: string,
  found: ReturnType<typeof sourceSite>,
  keepsBase: boolean,
): string | undefined {
  const rest = pathInPublic(url);
  if (!rest || !found) return undefined;
  const served = withBase(`/${rest}`, found.where.base);
  const target = localTarget(served, new URL('https://site.invalid/'), found.where);
  if (target.kind !== 'local' || !siteHas(found.index, target.path)) return undefined;
  const address = keepsBase ? served : `/${rest}`;
  return `write ${address} (${PUBLIC_AT_ROOT})`;
}

/** The URLs a source element will make the published page load. */
function sourceUrls(el: El, ctx: CheckContext): { attribute: string; url: string }[] {
  if (el.origin === 'html') return loadedUrls(el);
  if (el.origin !== 'component') return [];
  const { imageComponents, mediaComponents } = ctx.config;
  if (!imageComponents.has(el.name) && !mediaComponents.has(el.name)) return [];
  const urls: { attribute: string; url: string }[] = [];
  for (const attribute of ['src', 'srcset', 'poster']) {
    const value = attr(el, attribute);
    if (typeof value !== 'string' || !value.trim()) continue;
    for (const url of attribute === 'srcset' ? srcsetUrls(value) : [value.trim()])
      urls.push({ attribute, url });
  }
  return urls;
}

/**
 * An import of a name its module does not export, which stops the bundler. A component is its
 * file's default export, and braces around it are the usual slip.
 */
function missingExportMessage(
  source: string,
  file: string,
  name: string,
  exported: Set<string>,
): string {
  const module = basename(file);
  const named = [...exported].filter((n) => n !== 'default');
  const local = /^[A-Za-z_$][\w$]*$/.test(name) ? name : 'it';
  if (name === 'default') {
    const fix = named.length
      ? `import what it exports by name: import { ${named.slice(0, 3).join(', ')} } from '${source}'`
      : `export one from ${module}`;
    return `${module} has no default export, so the build would stop at this import: ${fix}`;
  }
  const problem = `${module} has no export named ${name}, so the build would stop at this import`;
  if (exported.has('default') && !named.length)
    return `${problem}: ${module} has one default export (as a component has), so import it without braces: import ${local} from '${source}'`;
  const near = closestName(name, named);
  const list = named.length
    ? ` (it exports ${named.slice(0, 8).join(', ')}${named.length > 8 ? ', …' : ''})`
    : '';
  return `${problem}: ${near ? `did you mean ${near}? Otherwise ` : ''}import a name it exports${list}, or ${module.endsWith('.json') ? `add ${name} to` : `export ${name} from`} ${module}`;
}

/** What the bundler cannot get past, whatever the rule's level (README "Rules"). */
const STOPS_BUILD = { stopsBuild: true };

export function checkSourceAssets(model: Model, ctx: CheckContext, report: Report): void {
  if (!ctx.file) return;
  const found = sourceSite(ctx.file, ctx.config);
  const base = found?.where.base ?? ctx.config.base ?? '/';
  for (const { source, offset, names } of model.esm?.imports ?? []) {
    if (!/^\.{1,2}\//.test(source)) {
      const name = missingPackage(source, ctx.file, ctx.config.aliases);
      if (name) report(offset, missingPackageMessage(source, name), STOPS_BUILD);
      continue;
    }
    const file = resolveImport(source, ctx.file);
    if (!file) {
      report(
        offset,
        `import '${source}' names no file beside this entry: ${caseFix(source, ctx.file) ?? 'fix the path, or add the file'}`,
        STOPS_BUILD,
      );
    } else {
      // `?raw`, `?url` and the like give a default export of their own.
      const exported = source.includes('?') ? undefined : exportsOf(file);
      for (const { name, offset: at } of names)
        if (exported && !exported.has(name))
          report(at, missingExportMessage(source, file, name, exported), STOPS_BUILD);
      const format = unreadableImage(source, 'import');
      if (format)
        report(
          offset,
          `import '${source}' is ${format}, which the build cannot load: ${CONVERT_IMAGE}`,
          STOPS_BUILD,
        );
      else {
        const bytes = imageFileProblem(`import '${source}'`, file);
        if (bytes) report(offset, bytes);
      }
    }
  }
  checkImportedObjects(model, report);
  // A cover goes through the same image pipeline as a Markdown image.
  const frontmatter = model.frontmatter;
  const cover = frontmatter?.data.cover;
  const coverFile =
    typeof cover === 'string' && isRelativePath(cover) ? fileBeside(cover, ctx.file) : undefined;
  if (frontmatter && coverFile) {
    const format = unreadableImage(coverFile, 'markdown');
    const problem = format
      ? `cover ${String(cover)} is ${format}, which Astro cannot turn into a web image, so the build would stop at this page: ${unreadableImageFix(String(cover))}`
      : imageFileProblem(`cover ${String(cover)}`, coverFile);
    if (problem) report(frontmatter.offsetOf('cover'), problem, format ? STOPS_BUILD : undefined);
  }
  for (const el of model.elements) {
    const empty = emptyAddress(el);
    if (empty) {
      const markdown = el.origin === 'markdown';
      const written = markdown ? model.text.slice(el.offset, el.end) : `<${el.name}> src=""`;
      const alt = attr(el, 'alt');
      report(el, emptyAddressMessage(written, empty, markdown ? String(alt ?? '') : undefined));
      continue;
    }
    const media = mediaAsImage(el, undefined, ctx.config.imageComponents);
    // A relative path naming no file is reported as that below: the fix starts with the file.
    if (media && (!isRelativePath(media.url) || fileBeside(media.url, ctx.file))) {
      const what = imageAsWritten(el, media.url);
      report(el, `${mediaAsImageMessage(what, media.kind)}: ${playInstead(media, ctx, base)}`);
      continue;
    }
    const shared = sharePageImage(el, ctx.config.imageComponents);
    if (shared) {
      const markdown = el.origin === 'markdown';
      const alt = altOr(el);
      report(
        el,
        sharePageMessage(
          imageAsWritten(el, shared.url),
          shared,
          markdown
            ? `save the picture beside this entry and write ![${alt}](${markdownPath(`./${shared.name}`)})`
            : `save the picture into public/ and write src="${withBase(`/${shared.name}`, base)}"`,
        ),
      );
      continue;
    }
    const shown = unshowableImage(el, ctx.config.imageComponents);
    if (shown) report(el, unshowableMessage(imageAsWritten(el, shown.url), shown.format));
    if (el.origin === 'markdown') {
      const src = attr(el, 'src');
      if (typeof src !== 'string' || !src.trim()) continue;
      const url = src.trim();
      const pasted = computerPath(url);
      const alt = altOr(el);
      const copyBeside = (name: string) =>
        computerPathMessage(
          `Image ${url}`,
          `copy ${name} beside this entry and write ![${alt}](${markdownPath(`./${name}`)})`,
        );
      if (pasted && !pasted.home) {
        report(el, copyBeside(pasted.name));
        continue;
      }
      const served = localServerPath(url, base);
      if (served) {
        // Sätteri adds the base to a Markdown image's path from the site's root.
        const path = found?.where.markdownGetsBase === false ? withBase(served, base) : served;
        report(el, localServerMessage(`Image ${url}`, `write ![${alt}](${markdownPath(path)})`));
        continue;
      }
      // Sätteri (and Astro's MDX) import an inline image's file, and leave a reference's path as
      // written: the built page then looks for the file beside itself, where the build has none.
      const asWritten = ctx.syntax === 'mdx' || !ctx.config.markdownProcessor;
      if (el.note === 'reference' && asWritten && isRelativePath(url)) {
        const written = model.text.slice(el.offset, el.end);
        const there = fileBeside(url, ctx.file);
        const inline = `![${alt}](${inlinePath(url)})`;
        // For --fix only where it is all the fix: the file is there, and the alt text the
        // author's own, not the words that ask for it.
        const own = typeof el.attrs.alt === 'string' && el.attrs.alt !== '';
        report(
          el,
          `Image ${url} is read through a reference, ${written}, whose path reaches the page as written, so the page looks for the file beside itself, where the build has none: write ${inline} in place of ${written}${there ? '' : ', and add the file'}`,
          there && own && el.end !== undefined
            ? { fix: { range: [el.offset, el.end], text: inline } }
            : undefined,
        );
        continue;
      }
      if (isRelativePath(url)) {
        const format = unreadableImage(url, 'markdown');
        // `@/assets/cart.png`: through Vite's or tsconfig.json's alias, as Astro resolves it.
        const aliased = throughAlias(url, ctx.file, ctx.config.aliases);
        const alias = aliasPrefix(url);
        const file = aliased ? aliased.file : fileBeside(url, ctx.file);
        const bytes = file && !format ? imageFileProblem(`Image ${url}`, file) : undefined;
        // Astro imports a Markdown image: one naming no file stops Vite's bundling. Through a
        // reference (`![alt][ref]`) it is left as written instead, for the built pages to fail.
        const stops = el.note === 'reference' ? undefined : STOPS_BUILD;
        if (!file && aliased)
          report(
            el,
            `Image ${url} names no file through its alias: fix the path, or add the file`,
            stops,
          );
        else if (!file && alias)
          report(
            el,
            `Image ${url} starts with ${alias}, an alias this project does not define: write the path relative to this file, or ${defineAliasFix(alias)}`,
            stops,
          );
        else if (!file)
          report(
            el,
            curlyQuoted(url)
              ? `Image ${url} names no file beside this entry: its path is in curly quotes, which an image reads as part of its path: write the path without them, ${curlyQuoted(url)}`
              : `Image ${url} names no file beside this entry${asReference(el, url, model, asWritten) ?? `: ${publicFolderFix(url, found, !found?.where.markdownGetsBase) ?? caseFix(url, ctx.file) ?? 'fix the path, or add the file'}`}`,
            stops,
          );
        else if (format)
          report(
            el,
            `Image ${url} is ${format}, which Astro cannot turn into a web image, so the page would show a broken image: ${unreadableImageFix(url)}`,
          );
        else if (bytes) report(el, bytes);
      } else if (pageItselfPart(url)) {
        // Through a reference (`![alt][ref]`) Astro leaves the address as written.
        report(
          el,
          el.note === 'reference'
            ? pageItselfMessage(`Image ${url}`, url, 'image')
            : `Image ${url} names no file, only a ${pageItselfPart(url)} of the page's address, so Astro looks for a file of that name beside this entry and the page shows a broken image: write the image's path, ![${alt}](./picture.png)`,
        );
      } else if (found && url.startsWith('/') && !url.startsWith('//')) {
        const target = markdownImageTarget(url, found.where);
        const missing = target.kind === 'local' && !siteHas(found.index, target.path);
        // Published as written (a Markdown processor other than Sätteri), it may miss the base.
        if (!missing && target.kind !== 'outside-base') continue;
        const inPublic = publicFolderFix(url, found, !found.where.markdownGetsBase);
        if (inPublic) report(el, `Image ${url} is not in public/: ${inPublic}`);
        else if (target.kind === 'outside-base')
          report(el, outsideBase(`Image ${url}`, url, found.where));
        else if (target.kind === 'local')
          report(
            el,
            pasted
              ? copyBeside(pasted.name)
              : `Image ${url} is not in public/${inOtherCase(found.index, target.path) ?? `: fix the path, or put the file at public/${target.path}`}`,
          );
      }
      continue;
    }
    for (const { attribute, url } of sourceUrls(el, ctx)) {
      if (url === (DYNAMIC as unknown)) continue;
      const tag = `<${el.name}> ${attribute}="${url}"`;
      const pasted = computerPath(url);
      // Components put the base in front of a root-relative src; raw HTML and JSX keep it.
      const written = (path: string) => (el.origin === 'component' ? path : withBase(path, base));
      const copyToPublic = (name: string) =>
        computerPathMessage(
          tag,
          `copy ${name} into public/ and write ${attribute}="${written(`/${name}`)}"`,
        );
      if (pasted && !pasted.home) {
        report(el, copyToPublic(pasted.name));
        continue;
      }
      const served = localServerPath(url, base);
      if (served) {
        report(el, localServerMessage(tag, `write ${attribute}="${written(served)}"`));
        continue;
      }
      const as = pageItselfPart(url) ? loadedAs(el, attribute, ctx) : undefined;
      if (as) report(el, pageItselfMessage(tag, url, as));
      else if (isRelativePath(url)) {
        // In a file with no page of its own (an .astro component), it is asked for at the
        // address of each page that uses it: the built pages judge it there.
        if (!found?.page && isAstroFile(ctx.file)) continue;
        // Published as written: the browser asks for it at the page's own address.
        if (found?.page) {
          const target = localTarget(url, found.page, found.where);
          if (target.kind === 'local' && siteHas(found.index, target.path)) continue;
        }
        const inPublic = publicFolderFix(url, found, el.origin !== 'component');
        report(
          el,
          fileBeside(url, ctx.file)
            ? `${tag} is published as written, and the file beside this entry is not: the page would load a missing file. ${capitalise(howToPublish(el, ctx, url, isAstroImage(el, model)))}`
            : inPublic
              ? `${tag} names no file: the page would load a missing file. ${capitalise(inPublic)}`
              : `${tag} names no file: the page would load a missing file. Fix the path, or ${howToPublish(el, ctx, url, isAstroImage(el, model))}`,
        );
      } else if (found && url.startsWith('/') && !url.startsWith('//')) {
        // Components put the base in front of a root-relative src; raw HTML and JSX keep it.
        const written = el.origin === 'component' ? withBase(url, found.where.base) : url;
        const target = localTarget(written, new URL('https://site.invalid/'), found.where);
        const missing =
          target.kind === 'outside-base' ||
          (target.kind === 'local' && !siteHas(found.index, target.path));
        // `/public/x.png` is outside a site at a sub-path too; the fix is the same.
        const inPublic = missing && publicFolderFix(url, found, el.origin !== 'component');
        if (inPublic) report(el, `${tag} is not in public/ or the site's pages: ${inPublic}`);
        else if (target.kind === 'outside-base') report(el, outsideBase(tag, url, found.where));
        else if (missing)
          report(
            el,
            pasted
              ? copyToPublic(pasted.name)
              : `${tag} is not in public/ or the site's pages${inOtherCase(found.index, target.path) ?? `: the page would load a missing file. Fix the path, or put the file at public/${target.path}`}`,
          );
      }
    }
  }
}

/**
 * A `<video>` or `<audio>` (or `<Video>`, `<Audio>`) that plays nothing: every source it names
 * is in a format most browsers do not play, or is a page on a video or podcast site; and an
 * image whose address is such a page. Both layers; the built page shows the same player.
 */
export function checkPlayers(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    const found = unplayableMedia(el, ctx.config);
    const page = playerPageImage(el, ctx.config);
    if ((!found && !page) || isNotRendered(el)) continue;
    if (found) report(el, unplayableMessage(found, ctx));
    if (page) report(el, playerPageMessage(el, page, ctx));
  }
}

/**
 * A video or podcast site's page written as an image,
 * `![Pit stop talk](https://www.youtube.com/watch?v=…)`, as Obsidian embeds a video: the page
 * shows a broken image, and the video plays for nobody.
 */
function playerPageMessage(
  el: El,
  page: { url: string; host: string; plays: 'video' | 'audio' },
  ctx: CheckContext,
): string {
  const markdown = el.origin === 'markdown';
  const what = imageAsWritten(el, page.url);
  const alt = typeof el.attrs.alt === 'string' ? el.attrs.alt.trim() : '';
  const title = alt || `What the ${page.plays === 'video' ? 'video' : 'episode'} is`;
  const head = `${what} is a page on ${page.host}, not an image, so readers would see a broken image and no ${page.plays}`;
  // Offered only where `<YouTube id>` takes the address: a video's, not a channel's.
  if (youTubeId(page.url) && ctx.syntax === 'mdx')
    return `${head}: write <YouTube id="${page.url}" title="${title.replace(/"/g, '&quot;')}" /> instead, with its transcript right after it`;
  const link = markdown ? `[${title}](${page.url})` : `<a href="${page.url}">${title}</a>`;
  return `${head}: link to it instead, ${link}, or embed the site's own player (its share menu gives an <iframe> to paste; give it a title and a transcript)`;
}

function unplayableMessage(found: Unplayable, ctx: CheckContext): string {
  const head = `${found.tag} src="${found.url}" is ${found.what}`;
  if (found.problem === 'format')
    return `${head}, which most browsers cannot play, so readers would get a player that never starts: ${found.kind === 'audio' ? CONVERT_AUDIO : CONVERT_VIDEO}`;
  // Offered only where `<YouTube id>` takes the address: a video's, not a channel's.
  const fix = found.file
    ? `write the file's own address, ${found.file}`
    : youTubeId(found.url) && ctx.syntax === 'mdx'
      ? `write <YouTube id="${found.url}" title="What the video is" /> instead`
      : `embed the site's own player instead (its share menu gives an <iframe> to paste; give it a title and a transcript), or link to the page`;
  return `${head}, so the player would play nothing: ${fix}`;
}

/** An image most browsers do not show, with the fix. */
function unshowableMessage(what: string, format: string): string {
  return `${what} is ${format}, which most browsers cannot show, so readers would see a broken image: ${CONVERT_IMAGE}`;
}

/**
 * An image beside the entry, named as one Astro reads, whose bytes are no image (an empty file,
 * a web page saved under its name, a renamed HEIC photo): Astro's image reader stops the build
 * with a stack trace. Only files with an image's extension are read, and only their first bytes.
 */
function imageFileProblem(what: string, file: string): string | undefined {
  if (!ASTRO_IMAGE_FORMATS.includes(extensionOf(file))) return undefined;
  const holds = unreadableImageFile(file);
  if (!holds) return undefined;
  const fix =
    holds === 'a HEIC photo'
      ? CONVERT_IMAGE
      : 'save or export the image again, and check that an image viewer opens it';
  return `${what} is ${holds}, which Astro cannot read as an image, so the build would stop at this page: ${fix}`;
}

/** What is wrong with a video or audio file shown as an image; the fix follows a colon. */
function mediaAsImageMessage(what: string, kind: 'video' | 'audio'): string {
  return `${what} is ${kind === 'video' ? 'a video' : 'an audio'} file, which an image cannot play, so readers would see a broken image and no ${kind}`;
}

/**
 * A player for a video or audio file written as an image, with its transcript, in words that
 * work in this file's type: MDX's media component (imported, for a file beside the entry), or in
 * Markdown a `<video>`/`<audio>` of a file in `public/` (raw HTML gets no base, so the URL has it).
 */
function playInstead(
  media: { url: string; kind: 'video' | 'audio' },
  ctx: CheckContext,
  base: string,
): string {
  const { url, kind } = media;
  const name = basename(url.split(/[?#]/)[0]!);
  const stem = name.replace(/\.[^.]*$/, '');
  const relative = isRelativePath(url);
  if (ctx.syntax === 'mdx') {
    const component = kind === 'video' ? 'Video' : 'Audio';
    const player = `<${component} src=${relative ? '{clip}' : `"${url}"`} transcript="./${stem}.transcript.md" />`;
    return `${relative ? `import it (import clip from '${url}';) and ` : ''}write ${player} instead, with the transcript in ${stem}.transcript.md beside this file`;
  }
  const src = relative
    ? withBase(`/${name}`, base)
    : url.startsWith('/') && !url.startsWith('//')
      ? withBase(url, base)
      : url;
  const player = `<${kind} controls src="${src}"></${kind}>`;
  if (ctx.syntax === 'md')
    return `${relative ? `move the file to public/${name} and ` : ''}write ${player} instead, followed by a paragraph that starts "Transcript:" with the words`;
  return `play it with ${player} and put its transcript right after it`;
}

/**
 * A root-relative URL written for a site at the root, on a site served from a sub-path. A
 * Markdown image gets the base as it renders, with Sätteri (src/integrations/base-links.ts).
 */
function outsideBase(what: string, url: string, where: SiteLocation): string {
  const { base } = where;
  const markdown =
    what.startsWith('<img>') && where.markdownGetsBase
      ? `, or a Markdown image ![what it shows](${url}), which gets the base added`
      : '';
  return `${what} is outside the site, which is served from ${base}: the page would load a missing file. Write ${withBase(url, base)}${markdown}`;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The end of a "not in public/" message when public/ has the file in another case. */
function inOtherCase(index: ContentIndex, path: string): string | undefined {
  const other = otherCaseIn(index.files, path);
  return other ? `, but public/${other} is: ${AS_NAMED}` : undefined;
}

const AS_NAMED =
  'write the path as that file is named (names are case-sensitive where the site is built)';

/** The site's components that read a `captions=` file (their props' schemas say which). */
const CAPTIONED = new Set(
  Object.entries(componentProps).flatMap(([name, props]) =>
    'captions' in props.shape ? [name] : [],
  ),
);

/**
 * A media component's `captions="./clip.vtt"`, which the component reads at build time into its
 * player's captions track, relative to the file that uses it, as a transcript file. A file it
 * cannot find, will not read (outside the project) or that is not WebVTT gives the player no
 * captions, and nothing on the built page says one was meant.
 */
function checkCaptions(model: Model, ctx: CheckContext, report: Report): void {
  for (const el of model.elements) {
    if (el.origin !== 'component' || !CAPTIONED.has(el.name)) continue;
    const value = attr(el, 'captions');
    if (typeof value !== 'string' || !value.trim()) continue;
    const path = value.trim();
    const what = `<${el.name}> captions="${path}"`;
    // A SubRip file is made WebVTT as the page is built (src/lib/media/transcript-text.ts).
    const vtt = /\.(?:vtt|srt)$/i.test(path);
    const state = ctx.transcriptFile(path);
    if (state === 'missing')
      report(
        el,
        `${what} names no file, so the player would have no captions: ${caseFix(path, ctx.file) ?? 'fix the path (it is relative to this file), or add the .vtt file'}`,
      );
    else if (state === 'outside')
      report(
        el,
        `${what} names a file outside this project, which the build never reads, so the player would have no captions: put the .vtt file beside this one and name it from here, e.g. captions="./${basename(path)}"`,
      );
    else if (!vtt)
      report(
        el,
        `${what} is not a WebVTT (.vtt) or SubRip (.srt) file, and players show captions only from WebVTT, so the player would have none: name the .vtt or .srt file the captions are in (video sites and transcription tools export one), or leave captions= out`,
      );
    else if (state === 'empty' || state === 'utf16')
      report(
        el,
        state === 'empty'
          ? `${what} has no cues with words, so the player would show no captions: write the captions into it`
          : `${what} is saved as UTF-16, which players do not read as captions: ${SAVE_AS_UTF8}`,
      );
  }
}

/**
 * `asset-target`: local files a page loads that the build does not have: `src`, `srcset`, `poster`, `<source>`, `<track>`, `<object data>`, `<embed>`, `<iframe src>`. Before a build: a Markdown image or `import` naming no file beside the entry (an image whose path is in the curly quotes editors type, `![Pit lane](“./pit-lane.png”)`, gets it without them; an image whose address is the label of one of the file's definitions, `![Map](map)` beside `[map]: https://…`, gets the reference that reads it, `![Map][map]`, or, where the definition names a file, the image written inline; or, for a Markdown image through an alias, `![…](@/assets/cart.png)`, no file where the alias leads, or an alias neither the Astro config's `vite.resolve.alias` nor tsconfig.json's `paths` defines), or an image in a format the build cannot read (a Markdown image or `cover` that is not JPEG, PNG, APNG, TIFF, WebP, GIF, SVG or AVIF; an imported HEIC, raw or PSD file; a Markdown image, `cover` or import beside the entry whose bytes are no image: an empty file, a web page saved under the image's name, a HEIC photo renamed `.jpg`; a `.jfif` photo, as Windows saves one from a web page, is a JPEG under another name, and gets the name to rename it to), or an `import` of a package that is not installed (not in any `node_modules/`, nor an alias in `vite.resolve.alias` or tsconfig.json's `paths`) or through an alias the project does not define (`@/components/Img.astro`, as Astro themes import, with no `@/*` in tsconfig.json's `paths` nor `@` in `vite.resolve.alias`), or of a name its module does not export (`import { Figure } from './Figure.astro'`: a component is its file's default export; relative imports of JavaScript, TypeScript, JSON and `.astro` files, resolved as Vite does, `./laps` to `./laps.js`); an `<img>`, Markdown image or image component's `src` that reaches the page as written (from `public/`, remote, raw HTML) in a format most browsers cannot show (HEIC, TIFF, JPEG XL, raw, PSD); in both layers, a video or audio file written as an image (`![Pit stop](./lap.webm)`, as GitHub's editor shows an uploaded clip, `<img src="/media/note.mp3">` or `<Figure src="/media/lap.mp4">`), which shows a broken image and plays nothing; in both layers, a video or podcast site's page written as an image (`![Pit stop talk](https://www.youtube.com/watch?v=…)`, as Obsidian embeds a video, or `<Figure src>`), which shows a broken image: `<YouTube id="…">` in MDX, else a link to it or the site's own player; in both layers, a `<video>` or `<audio>` (or `<Video>`, `<Audio>`) whose every source is in a format most browsers cannot play (AVI, Windows Media, Flash, MPEG-1/2, AVCHD, AIFF, AMR, MIDI: `src/a11y/core/media-formats.ts`) or is a page on a video or podcast site (`https://www.youtube.com/watch?v=…`), or a file site's page (a clip shared from Google Drive, or Dropbox without `raw=1`, whose file address the message gives), not a media file; on a built page, the placeholder Astro leaves for an image it could not process; in both layers, an image, a player's source or poster, or a captions track whose address is only a fragment or a query of the page's own (`![Venus](#)`, `<img src="?v=2">`): it names no file, so the browser loads the page itself as the image and shows it broken; in both layers, one whose address is empty (`![The pit wall]()`, `<img src="">`, `<video src="">`, which plays none of the `<source>`s inside it; one with a `data-src` a script fills in is left alone); a relative path in HTML or a component prop (`<img src="./x.png">`, `<Figure src="./x.png">`), which is published as written while the file beside the entry is not; in both layers, an image an MDX file imports given to an HTML element as it is (`<img src={picture} />`, a `poster`, an `href`), an object the page writes as `[object Object]`: its address, `src={picture.src}`, or `<Figure src={picture}>`; a media component's `captions=` file that is not there, is outside the project, is not WebVTT (`.vtt`) or SubRip (`.srt`, which the component makes WebVTT) or has no words (`<Video captions="./clip.vtt">`, which the component reads into its captions track: the built page would just have none); a `/path` that is not in `public/` (in an entry, and in the site's own `.astro` files, whose relative paths depend on the page and are judged on the built pages); in both layers, a path through `public/` (`![Chart](public/chart.png)`, `<img src="/public/chart.png">`), whose message gives the address without it, as the site publishes `public/` at its root; in both layers, the address of a file on the writer's own computer (`C:\Users\sam\Pictures\pit.png`, `\\server\share\…`, `file:///…`, or a home folder's path the site does not have, `/Users/sam/Desktop/pit.png`), which the build publishes as written and no reader's browser opens: the file is copied beside the entry for a Markdown image, into `public/` for the rest; and an image copied from the browser while `npm run dev` ran, on the writer's computer or in a Codespace (`http://localhost:4321/_image?href=…`, the file to copy; `http://localhost:4321/media/x.png`, the site's own address); in both layers, an image (an `<img>`, a Markdown image, or an image component's `src`, `<Figure src>`) whose address is a photo or file site's page, as its share button gives it (Google Drive, Dropbox without `raw=1`, OneDrive, iCloud, Google Photos, Instagram, Pinterest, Unsplash, Imgur, Flickr, Canva: `src/a11y/core/share-pages.ts`), which the browser gets as a web page and shows broken: the picture saved into the site, or the file's own address where the site gives one; and a Markdown image reference whose definition names a file (`![Chart][c]` with `[c]: ./chart.png`, as Google Docs' export writes pictures), whose path Astro publishes as written, so the page looks for the file beside itself, where the build has none: the image written inline, `![Chart](./chart.png)`. A path without `./` (`media/image1.png`) is the file beside the entry, as Astro reads it. What stops the bundling (an `import`, or an inline Markdown image naming no file, where one through a reference, `![alt][ref]`, is left to the built pages; a `cover` or an import Astro cannot load) stays an error when the site config lowers this rule, and is still reported at `off`.
 *
 * @fix Use Markdown image syntax (`![what it shows](./x.png)`, published with the page; inline, not through a reference) or, in MDX, `import x from './x.png'` and `src={x}`; or put the file in `public/` and write `/x.png`. Convert a photo to JPEG, PNG, WebP or AVIF (rename a `.jfif` to `.jpg`), a video to MP4 or WebM, audio to MP3, M4A or Ogg; embed a video site's own player (`<YouTube id="…">`, or the site's `<iframe>`). Play a clip written as an image with `<Video>` or `<Audio>` in MDX (`import clip from './lap.webm'`, then `src={clip}`), or `<video controls>` of a file in `public/` in Markdown, with its transcript. Install a package an entry imports (`npm install …`). Import a component without braces (`import Figure from …`), and other names as their module exports them.
 *
 * @example
 *   {"name": "ok.md", "files": {"content/posts/laps.png": "png", "public/logo.png": ""}}
 *
 *   ![Lap times falling each race](./laps.png)
 *
 *   <img src="/logo.png" alt="Campaign logo">
 *
 * @example
 *   {"name": "not-ok.md", "label": "input", "files": {"content/posts/laps.png": "png"}}
 *
 *   ![Lap times falling each race](./lap.png)
 *
 *   <img src="./laps.png" alt="Lap times falling each race">
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   1:1-1:42: Image ./lap.png names no file beside this entry: fix the path, or add the file
 *   3:1-3:57: <img> src="./laps.png" is published as written, and the file beside this entry is not: the page would load a missing file. Use Markdown image syntax, ![what it shows](./laps.png), which publishes the file with the page, or move the file to public/ and write /laps.png
 *
 * @example
 *   {"name": "ok.html", "files": {"dist/logo.png": ""}}
 *
 *   <img src="/logo.png" alt="Campaign logo">
 *
 * @example
 *   {"name": "not-ok.html", "label": "input"}
 *
 *   <video src="/clips/pit-stop.mp4" poster="/clips/pit-stop.jpg"></video>
 *
 * @example
 *   {"name": "not-ok.html", "label": "output"}
 *
 *   1:1: <video> src="/clips/pit-stop.mp4" loads /clips/pit-stop.mp4, which is not in the build: fix the path, or put the file in public/ and refer to it from the site's root, e.g. /pit-stop.mp4
 *   1:1: <video> poster="/clips/pit-stop.jpg" loads /clips/pit-stop.jpg, which is not in the build: fix the path, or put the file in public/ and refer to it from the site's root, e.g. /pit-stop.jpg
 */
const rule: GateRule = {
  id: 'asset-target',
  severity: 'error',
  // An import or a Markdown image naming no file stops the bundling at any level.
  someStopTheBuild: true,
  source: (model, ctx, report) => {
    checkSourceAssets(model, ctx, report);
    checkPlayers(model, ctx, report);
    checkCaptions(model, ctx, report);
  },
  html: checkPlayers,
  site: (options) => assetTargets(options),
};
export default rule;
