/**
 * Does this alt text describe anything? Pure functions behind the `alt-quality` rule: each
 * returns the problems of one alt text as messages (what is wrong, then what to do).
 */

/** Alt text longer than this belongs in a caption or a long description. */
export const MAX_ALT_LENGTH = 250;

/** Words that name the medium or stand in for a description, never describe. */
// prettier-ignore
const PLACEHOLDERS = new Set([
  'image', 'img', 'photo', 'photograph', 'pic', 'picture', 'graphic', 'alt', 'screenshot', 'screengrab',
  'screencap', 'snapshot', 'figure', 'fig', 'illustration', 'drawing', 'diagram', 'chart', 'graph',
  'icon', 'logo', 'thumbnail', 'banner', 'cover', 'header', 'hero', 'gif', 'jpg', 'jpeg', 'png', 'svg', 'webp', 'placeholder',
  'untitled', 'media', 'file', 'attachment', 'description', 'caption', 'todo', 'tbd', 'blank', 'none',
  'empty',
]);

/** What JavaScript prints for a value that is missing or is not text. */
const PRINTED_NOTHING = /^(?:undefined|null|nan|\[object object\])$/i;

/** Words that can sit beside a placeholder without making it a description ("my cover photo 2"). */
// prettier-ignore
const FILLER = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'their', 'its',
  'of', 'here', 'is', 'at', 'for', 'on', 'in', 'and', 'or', 'to', 'with', 'no', 'text', 'insert', 'add',
  'goes', 'new', 'main', 'featured', 'feature', 'post', 'blog', 'page',
  'inline', 'small', 'large', 'big', 'full', 'size', 'copy', 'final', 'edited', 'version', 'v', 'x',
  'example', 'sample', 'test', 'one', 'two', 'three', 'first', 'second', 'third', 'shot', 'screen',
  // Editors' and tools' defaults: Canva's "Untitled design (3)", Stack Overflow's "Enter image
  // description here".
  'design', 'enter',
]);

/** What screen readers already say before the alt text ("image", "graphic"): saying it again is noise. */
const OPENING =
  /^\s*(?:(?:here\s+is|here's|this\s+is|below\s+is|above\s+is)\s+)?(?:(?:a|an|the|this|that|my|our)\s+)?((?:image|picture|photo|photograph|pic|graphic|img)s?)(?:\s+(?:of|showing|shows|that\s+shows|which\s+shows|depicting|depicts|featuring)\b|\s*[:–—]\s*|\s+-\s+)/i;

const IMAGE_EXTENSION =
  /\S\.(?:a?png|jpe?g|jpe|jfif|pjpeg|pjp|gif|webp|avif|svg|svgz|bmp|ico|cur|tiff?|heic|heif|jxl|jp2|raw|dng|cr2|nef|psd|xcf)$/i;

/**
 * Camera, phone, screenshot-tool and messaging-app names: IMG_2034, DSC01234, PXL_20240101_093012,
 * Screenshot 2024-05-01 at 10.32.11 (and the screenshot names of other languages' systems:
 * Capture d’écran, Bildschirmfoto, Captura de pantalla, スクリーンショット …; GNOME's Screenshot from
 * 2024-05-01 10-32-11, CleanShot 2024-05-01 at 10.32.11@2x), WhatsApp Image 2024-01-01 at 12.00.00.
 */
const CAMERA_NAME =
  /^(?:img|dsc[nf]?|dcim|pxl|mvimg|vid|gopr|dji|sam|wp|screenshot|screen\s*shot|capture|scan|capture\s+d['’]\s*[ée]cran|bildschirmfoto|captura\s+de\s+pantalla|captura\s+de\s+ecr[ãa]|schermafbeelding|sk[äa]rmavbild|sk[æa]rmbillede|skjermbilde|n[äa]ytt[öo]kuva|zrzut\s+ekranu|istantanea\s+schermo|snímek\s+obrazovky|whatsapp\s+(?:image|video)|signal|telegram|photo|screenshot\s+from|cleanshot|snipaste|スクリーンショット|屏幕截图|截屏|截图|스크린샷|снимок\s+экрана|ekran\s+g[öo]r[üu]nt[üu]s[üu])[\s_-]*\d[\p{L}\p{N}\s.:,()_@-]*$/iu;

/** Lower-case words, with digits and punctuation dropped. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/screen\s+shot/g, 'screenshot')
    .replace(/\balt[\s-]+text\b/g, 'alt')
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** Normal form for comparing texts word for word: case, punctuation and spacing ignored. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

function fileBase(src: string | undefined): string | undefined {
  if (!src) return undefined;
  const name = src.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const base = name.replace(/\.[a-z0-9]{2,5}$/i, '');
  return base ? comparable(base) : undefined;
}

/** Short quotation of the alt text for messages. */
export function quote(alt: string): string {
  const flat = alt.replace(/\s+/g, ' ').trim();
  return `"${flat.length > 60 ? `${flat.slice(0, 57)}…` : flat}"`;
}

/**
 * The names design tools give what they export, which the exported file keeps: Figma's Frame 12
 * and Rectangle 5, Illustrator's Artboard 1. Only the name and its number: "Frame 12 of the
 * clip, the car mid-turn" describes.
 */
const DESIGN_NAME = /^(?:frame|rectangle|ellipse|artboard)[\s_-]*\d+(?:\s*\(\d+\))?$/i;

/** Alt text that is a file name or an address, not a description. */
export function isFileName(alt: string, src?: string): boolean {
  const text = alt.trim();
  if (IMAGE_EXTENSION.test(text) || CAMERA_NAME.test(text) || DESIGN_NAME.test(text)) return true;
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|\.{0,2}\/)\S*$/i.test(text)) return true;
  // One token with underscores or slashes is a name a machine gave, e.g. hero_banner_v2.
  if (!/\s/.test(text) && /[_/\\]/.test(text)) return true;
  // The image's own file name, written as it is (pit-lane for pit-lane.png).
  const base = fileBase(src);
  return (
    base !== undefined && !/\s/.test(text) && /[-_.\d]/.test(text) && comparable(text) === base
  );
}

/**
 * The patterns this site's own messages give in place of a description (`![what it shows](…)`,
 * `coverAlt: "what the cover shows"`): copied as they stand, they describe nothing. Compared
 * as `comparable` gives them.
 */
// prettier-ignore
const MESSAGE_PATTERNS = new Set([
  'what it shows', 'what the image shows', 'what the cover shows', 'what the picture shows',
  'what the photo shows', 'what the frame shows', 'where it goes', 'where the link goes',
  'what it does', 'what the button does', 'what the video is', 'describe the image',
  'describe what the image shows',
]);

/** Alt text (or a frame's title) that is a message's pattern copied as it stands. */
export function isMessagePattern(text: string): boolean {
  return MESSAGE_PATTERNS.has(comparable(text));
}

/** Alt text made only of placeholder words ("Image", "photo 1", "My cover photo"). */
export function isPlaceholder(alt: string): boolean {
  const list = words(alt);
  return (
    list.length > 0 &&
    list.every((w) => PLACEHOLDERS.has(w) || FILLER.has(w)) &&
    list.some((w) => PLACEHOLDERS.has(w))
  );
}

/** The redundant opening ("Photo of", "Image: "), if the alt text starts with one. */
export function redundantOpening(alt: string): { opening: string; rest: string } | undefined {
  const match = OPENING.exec(alt);
  if (!match) return undefined;
  const rest = alt.slice(match[0].length).trim();
  if (!/\p{L}/u.test(rest)) return undefined;
  return {
    opening: match[0]
      .trim()
      .replace(/[:–—-]$/, '')
      .trim(),
    rest,
  };
}

/** A text near the image that a reader also gets: a caption, the surrounding sentence, a title. */
export interface NearbyText {
  /** How messages name it: `the caption`, `the surrounding text`, `the title`. */
  label: string;
  text: string;
}

/** Short alt text may legitimately appear inside longer text; from this many words it is a copy. */
const COPY_MIN_WORDS = 5;

/** Whether the alt text repeats a nearby text word for word (all of it, or one of its sentences). */
export function repeats(alt: string, nearby: string): boolean {
  const a = comparable(alt);
  if (!a) return false;
  const whole = comparable(nearby);
  if (!whole) return false;
  if (a === whole) return true;
  if (nearby.split(/(?<=[.!?…])\s+|\n+/).some((sentence) => comparable(sentence) === a))
    return true;
  return a.split(' ').length >= COPY_MIN_WORDS && ` ${whole} `.includes(` ${a} `);
}

/**
 * The words Word and PowerPoint add to the alt text they make up themselves ("A screenshot of a
 * computer  Description automatically generated"), with their confidence where they give it.
 */
const MADE_BY_OFFICE =
  /\s*description automatically generated(?: with (?:very high|high|medium|low) confidence)?\.?\s*$/i;

/**
 * Every problem of one alt text. Empty or whitespace alt text is not this rule's business:
 * `alt=""` marks a decorative image, and missing alt text is `image-alt`'s error.
 */
export function altProblems(
  alt: string,
  context: {
    src?: string;
    nearby?: NearbyText[];
    /**
     * What makes this image decorative, if it can be, as the message says it (`use alt=""`, or
     * for a Markdown image the `<img alt="">` to write in its place).
     */
    decorative?: string;
    /**
     * Whether the alt text is in English. Default true. The placeholder words and the "image
     * of" openings are English; alt text in another language gets only the checks that hold in
     * any language (file names, no words, copies of nearby text, length).
     */
    english?: boolean;
  } = {},
): string[] {
  const text = alt.trim();
  if (!text) return [];
  const shown = quote(text);
  const orDecorative = (when: string) =>
    context.decorative ? `, or ${context.decorative} if ${when}` : '';
  if (isFileName(text, context.src)) {
    return [
      `Alt text ${shown} is a file name, which tells a reader nothing: describe what the image shows`,
    ];
  }
  if (!/\p{L}/u.test(text)) {
    return [
      `Alt text ${shown} has no words: describe what the image shows${orDecorative('it is decorative')}`,
    ];
  }
  // What a template prints for a value that is not there (`alt={`${post.coverAlt}`}`), in any
  // language: a screen reader says "undefined".
  if (PRINTED_NOTHING.test(text)) {
    return [
      `Alt text ${shown} is what code prints for a missing value: give the image its alt text where that value comes from (a frontmatter field, a prop), or write what the image shows`,
    ];
  }
  const english = context.english ?? true;
  // Word's and PowerPoint's own guess, kept when a document is exported (Pandoc, copy and paste).
  if (english && MADE_BY_OFFICE.test(text)) {
    const guess = text.replace(MADE_BY_OFFICE, '').trim();
    return [
      `Alt text ${shown} is the guess Word or PowerPoint made by itself, which names only what kind of picture it is (${quote(guess)}): say what this picture shows, and why it is here`,
    ];
  }
  if (english && isMessagePattern(text)) {
    return [
      `Alt text ${shown} is the pattern the check's message gave, copied as it stands: write in its place what this image shows${orDecorative('it is decorative')}`,
    ];
  }
  if (english && isPlaceholder(text)) {
    return [
      `Alt text ${shown} only says that there is an image: describe what it shows${orDecorative('it is decorative')}`,
    ];
  }
  const problems: string[] = [];
  const opening = english ? redundantOpening(text) : undefined;
  if (opening) {
    const rest = opening.rest.charAt(0).toUpperCase() + opening.rest.slice(1);
    problems.push(
      `Alt text starts with "${opening.opening}", which screen readers already announce: drop it and start with what it shows, ${quote(rest)}`,
    );
  }
  const repeated = context.nearby?.find((nearby) => repeats(text, nearby.text));
  if (repeated) {
    problems.push(
      `Alt text repeats ${repeated.label} word for word, so screen reader users hear it twice: say what the image shows that ${repeated.label} does not${orDecorative(`${repeated.label} says it all`)}`,
    );
  }
  const length = [...text].length;
  if (length > MAX_ALT_LENGTH) {
    problems.push(
      `Alt text is ${length} characters long (over ${MAX_ALT_LENGTH}): keep it to what matters and move the detail into a caption or a long description next to the image`,
    );
  }
  return problems;
}
