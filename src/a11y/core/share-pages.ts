import type { El } from './model.ts';
import { percentDecoded } from '../../lib/util/percent-decoded.ts';
import { isImageElement } from './image-formats.ts';

/**
 * Addresses of a page that shows a picture, not of the picture's file: what a share button or
 * the address bar gives on a photo or file site (a Google Drive file, a Dropbox link, an
 * Instagram post, an Unsplash photo's page). As an image's `src` the browser gets a web page and
 * shows a broken image, and the build passes. Each site's file lives elsewhere
 * (`i.imgur.com`, `images.unsplash.com`, `live.staticflickr.com`, a Dropbox link with `raw=1`),
 * and those addresses are left alone.
 */
interface SharePage {
  site: string;
  is(url: URL): boolean;
  /** An address of the file itself, where the site gives one from the page's. */
  file?(url: URL): string;
}

const IMAGE = /\.(?:jpe?g|png|gif|webp|avif|svg)$/i;

const host = (url: URL, ...names: string[]) =>
  names.some((name) => url.hostname === name || url.hostname.endsWith(`.${name}`));

const SHARE_PAGES: SharePage[] = [
  {
    site: 'Google Drive',
    // `uc?export=view&id=…` and `thumbnail?id=…` are Drive's addresses of the file.
    is: (url) => host(url, 'drive.google.com') && /^\/(?:file|open|drive)\b/.test(url.pathname),
  },
  {
    site: 'Google Docs',
    // A drawing's `…/export/png` is the picture.
    is: (url) => host(url, 'docs.google.com') && !/\/export\b|^\/uc\b/.test(url.pathname),
  },
  { site: 'Google Photos', is: (url) => host(url, 'photos.app.goo.gl', 'photos.google.com') },
  {
    site: 'Dropbox',
    // `raw=1` serves the file, and `dl=1` redirects to it.
    is: (url) =>
      (url.hostname === 'dropbox.com' || url.hostname === 'www.dropbox.com') &&
      url.searchParams.get('raw') !== '1' &&
      url.searchParams.get('dl') !== '1',
    file: (url) => {
      const file = new URL(url);
      file.searchParams.delete('dl');
      file.searchParams.set('raw', '1');
      return file.href;
    },
  },
  {
    site: 'OneDrive',
    // `download?…` and `embed?…` give the file.
    is: (url) =>
      host(url, '1drv.ms') ||
      (host(url, 'onedrive.live.com') && !/^\/(?:download|embed)\b/.test(url.pathname)),
  },
  { site: 'iCloud', is: (url) => host(url, 'icloud.com') },
  {
    site: 'Instagram',
    // A post's `…/media/?size=l` redirects to its picture.
    is: (url) => host(url, 'instagram.com') && !/\/media\/?$/.test(url.pathname),
  },
  {
    site: 'Pinterest',
    is: (url) => host(url, 'pin.it') || /(^|\.)pinterest\.[a-z.]+$/.test(url.hostname),
  },
  {
    site: 'Unsplash',
    // `…/download` redirects to the photo; images.unsplash.com is where it is.
    is: (url) => url.hostname === 'unsplash.com' && !/\/download\/?$/.test(url.pathname),
  },
  {
    site: 'Imgur',
    // i.imgur.com holds the file; imgur.com's `abc.png` is it too.
    is: (url) => /^(?:www\.)?imgur\.com$/.test(url.hostname) && !IMAGE.test(url.pathname),
  },
  {
    site: 'Flickr',
    is: (url) => host(url, 'flic.kr') || /^(?:www\.)?flickr\.com$/.test(url.hostname),
  },
  { site: 'Canva', is: (url) => host(url, 'canva.com') },
];

export interface SharePageImage {
  url: string;
  /** The site whose page it is: `Google Drive`. */
  site: string;
  /** A name to save the picture under: the page's own when it has an image's, else `picture.png`. */
  name: string;
  /** The file's own address, where the site gives one (Dropbox's `raw=1`). */
  file?: string;
}

/**
 * The photo or file site whose page an address is, with the file's own address where the site
 * gives one; undefined for any other address. For a player's source too: a clip shared from
 * Google Drive or Dropbox is a page as well.
 */
export function sharePageOf(src: string): { site: string; url: URL; file?: string } | undefined {
  if (!/^https?:\/\//i.test(src.trim())) return undefined;
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return undefined;
  }
  const page = SHARE_PAGES.find((candidate) => candidate.is(url));
  return page && { site: page.site, url, ...(page.file && { file: page.file(url) }) };
}

/**
 * The photo or file site's page an `<img>`, a Markdown image or an image component
 * (`<Figure src>`, one of `imageComponents`) names, or undefined.
 */
export function sharePageImage(
  el: El,
  imageComponents: ReadonlySet<string> = new Set(),
): SharePageImage | undefined {
  if (!isImageElement(el, imageComponents)) return undefined;
  const src = el.attrs.src;
  if (typeof src !== 'string') return undefined;
  const page = sharePageOf(src);
  if (!page) return undefined;
  const { url } = page;
  const last = percentDecoded(url.pathname.split('/').at(-1) ?? '');
  const name = IMAGE.test(last) ? last : 'picture.png';
  return { url: src.trim(), site: page.site, name, ...(page.file && { file: page.file }) };
}

/** What is wrong, then what to write: the picture saved into the site, or the file's address. */
export function sharePageMessage(what: string, found: SharePageImage, save: string): string {
  const direct = found.file ? `, or write the file's own address, ${found.file}` : '';
  return `${what} is a page on ${found.site}, not an image file, so readers would see a broken image: ${save}${direct}`;
}
