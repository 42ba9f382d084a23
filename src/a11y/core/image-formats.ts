import { basename, extname } from 'node:path';
import type { El } from './model.ts';
import { readHeadTracked } from '../../lib/util/file-deps.ts';

/**
 * The image formats Astro's image pipeline reads (astro/dist/assets/consts.js,
 * `VALID_INPUT_FORMATS`; a unit test keeps the two lists the same). A Markdown image of any other
 * format is left on the page as Astro's unfinished placeholder, an `<img>` with no `src` and no
 * `alt`, in a `.md` file; in MDX it stops the bundler.
 */
export const ASTRO_IMAGE_FORMATS = [
  'jpeg',
  'jpg',
  'png',
  'apng',
  'tiff',
  'webp',
  'gif',
  'svg',
  'avif',
];

/**
 * Photo formats neither Astro nor Vite loads when an MDX file imports them: what phones and
 * cameras save (HEIC, raw files) and what editors save (PSD, XCF). Other unknown extensions are
 * left to the bundler, which may have a plugin for them.
 */
const UNLOADABLE_PHOTOS = [
  'heic',
  'heif',
  'dng',
  'raw',
  'cr2',
  'cr3',
  'nef',
  'arw',
  'orf',
  'rw2',
  'psd',
  'xcf',
];

/** The extension of a path or URL, lower-cased, without its dot (`heic`), or ''. */
export function extensionOf(url: string): string {
  return extname(url.split(/[?#]/)[0]!).slice(1).toLowerCase();
}

/**
 * Why the build cannot publish the image a Markdown image (`markdown`) or an MDX import
 * (`import`) names, in words for a message (`a .heic file`), or undefined when it can.
 */
export function unreadableImage(url: string, use: 'markdown' | 'import'): string | undefined {
  const extension = extensionOf(url);
  if (!extension) return undefined;
  const unreadable =
    use === 'markdown'
      ? !ASTRO_IMAGE_FORMATS.includes(extension)
      : UNLOADABLE_PHOTOS.includes(extension);
  return unreadable ? `a .${extension} file` : undefined;
}

/**
 * Formats most browsers do not show (Chrome and Firefox show none of them; Safari some): an
 * `<img>` of one is a broken image for most readers. Astro converts a Markdown image beside the
 * entry, so this is for what reaches the page as written: `public/` files, remote images, raw
 * HTML and JSX.
 */
const UNSHOWABLE = [...UNLOADABLE_PHOTOS, 'tif', 'tiff', 'jxl'];

/**
 * The image an `<img>` (or a Markdown image that Astro does not convert) would show in a format
 * most browsers cannot, and that format in words (`a .heic file`); undefined otherwise.
 */
export function unshowableImage(
  el: El,
  imageComponents: ReadonlySet<string> = new Set(),
): { url: string; format: string } | undefined {
  if (!isImageElement(el, imageComponents)) return undefined;
  const src = el.attrs.src;
  if (typeof src !== 'string') return undefined;
  const url = src.trim();
  // Astro converts a Markdown image beside the entry (see unreadableImage).
  if (el.origin === 'markdown' && !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(url)) return undefined;
  const extension = extensionOf(url);
  return UNSHOWABLE.includes(extension) ? { url, format: `a .${extension} file` } : undefined;
}

/** What to do about it, in the same words wherever it is reported. */
export const CONVERT_IMAGE =
  'convert it to JPEG, PNG, WebP or AVIF (any photo editor, or the phone’s “most compatible” setting) and name that file';

/** JPEG's other names, which Windows gives a photo saved from a web page (`photo.jfif`). */
const JPEG_NAMES = ['jfif', 'jfi', 'jpe', 'pjpeg', 'pjp'];

/**
 * What to do about an image Astro cannot read, named by `path` as written: a JPEG under another
 * name is renamed, as its bytes are JPEG's already; anything else is converted (CONVERT_IMAGE).
 */
export function unreadableImageFix(path: string): string {
  const extension = extensionOf(path);
  if (!JPEG_NAMES.includes(extension)) return CONVERT_IMAGE;
  const renamed = path.replace(new RegExp(`\\.${extension}(?=$|[?#])`, 'i'), '.jpg');
  return `it is a JPEG under another name, as Windows saves a photo from a web page: rename the file to ${basename(renamed.split(/[?#]/)[0]!)} and write ${renamed}`;
}

/**
 * The image an `<img>` stands in for when Astro could not process it: Astro renders a Markdown
 * image as a placeholder (`__ASTRO_IMAGE_`, holding its src and alt as JSON) and replaces it
 * with the real `<img>` once the image is processed; one left on a built page never got a `src`.
 * Undefined for any other element.
 */
export function unprocessedImage(el: El): string | undefined {
  const raw = el.name === 'img' ? el.attrs.__astro_image_ : undefined;
  if (typeof raw !== 'string') return undefined;
  try {
    const src = (JSON.parse(raw) as { src?: unknown }).src;
    return typeof src === 'string' ? src : '';
  } catch {
    return '';
  }
}

/**
 * What an image file beside an entry holds when it is no image Astro can read, in words for a
 * message; undefined when it may be one. Only what is certain is said: an empty file, a web page
 * (what a failed download saves under the image's name) or a HEIC photo under another
 * extension (a phone's photo renamed). Astro reads the bytes, not the name, so a PNG named
 * `.jpg` is fine; anything else is left to the build. Astro's own reader (`imageMetadata`) stops
 * the build on each of these with a stack trace.
 */
export function unreadableImageFile(file: string): string | undefined {
  const head = readHeadTracked(file, 512);
  if (head === undefined) return undefined;
  if (head.length === 0) return 'an empty file';
  // ISO media files (HEIC, AVIF) say what they are in their `ftyp` box: bytes 4-7, then a brand.
  if (head.subarray(4, 8).toString('latin1') === 'ftyp') {
    const brand = head.subarray(8, 12).toString('latin1');
    if (
      /^(?:heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand) &&
      !/avif|avis/.test(head.subarray(8, 64).toString('latin1'))
    )
      return 'a HEIC photo';
    return undefined;
  }
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if ((text.startsWith('<!doctype html') || text.startsWith('<html')) && !text.includes('<svg'))
    return 'a web page (HTML), not an image';
  return undefined;
}

/**
 * An `<img>`, a Markdown image, or an image component (`<Figure>`, one of `imageComponents`)
 * whose `src` the page shows as an `<img>`.
 */
export function isImageElement(el: El, imageComponents: ReadonlySet<string>): boolean {
  if (el.origin === 'component') return imageComponents.has(el.name);
  return el.name === 'img' && (el.origin === 'html' || el.origin === 'markdown');
}
