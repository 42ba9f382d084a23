/**
 * Names a built page carries for Commonplace's own code to read back: the layouts and components
 * write them, the feeds, the accessibility gate and the dev toolbar read them. Each is written
 * here once, so writer and reader cannot drift apart. Plain strings, so the browser's toolbar
 * app, the gate's worker and `.astro` files all import this module cheaply.
 */

/**
 * Attribute naming the content file a page was built from, relative to the project root: the
 * entry layout and the about page set it on their article; the built-pages check names the
 * source in its messages, and the dev toolbar asks for that file's problems.
 */
export const SOURCE_ATTRIBUTE = 'data-commonplace-source';

/**
 * Attribute on what a page quotes from an entry (a listing's title and description, a course
 * portfolio's entries): the words are the entry's, which the gate judges at its file, where
 * their fix is written, so the built page's `text-lang` leaves them out. Valued with the entry's
 * file (`content/posts/week-1.mdx`) on an element that holds only the entry's words (a
 * portfolio's title text, description and body), another rule's problem inside names that file,
 * and is not said again when the source layer said it there; a listing's item, whose heading
 * level, link and labels are the listing's, is marked without a value.
 */
export const EXCERPT_ATTRIBUTE = 'data-commonplace-excerpt';

/**
 * Attribute on a player that makes no request until the reader asks (`<YouTube>` writes
 * `data-commonplace-media="youtube"`): the gate treats it as an embedded video.
 */
export const MEDIA_ATTRIBUTE = 'data-commonplace-media';

/** `<meta name>` naming the course an entry belongs to; Open Graph has no such property. */
export const COURSE_META = 'commonplace:course';

/**
 * `<meta name>` holding the absolute URL of an entry's cover image, so the feeds tell a cover
 * (`og:image` with its `og:image:alt`) from the site's default Open Graph image.
 */
export const COVER_META = 'commonplace:cover';

/** Class of the element around an entry's rendered body: the feeds' full content. */
export const CONTENT_CLASS = 'entry-content';

/**
 * Comments the entry layout writes just inside that element, around the rendered body, so the
 * feeds cut the content out of the page's text instead of parsing the whole page. Their double
 * quotes keep them from being forged outside the content: Astro writes `"` as `&quot;` in
 * attributes and escapes `<` in text, and JSON-LD writes it as `\"`. Inside the content an
 * author may write them too (raw HTML in Markdown): the first start and the last end are the
 * layout's.
 */
export const CONTENT_START = '<!--"commonplace:entry-content"-->';
export const CONTENT_END = '<!--"/commonplace:entry-content"-->';

/**
 * Where the entry's own text is in a built page: from the end of the first start comment to the
 * last end comment; undefined on a page without both (a listing, or a layout without them).
 */
export function entryContentRange(html: string): { start: number; end: number } | undefined {
  const start = html.indexOf(CONTENT_START);
  const end = html.lastIndexOf(CONTENT_END);
  return start !== -1 && end > start ? { start: start + CONTENT_START.length, end } : undefined;
}

/**
 * Whether an offset of a built page lies in the entry's own text, which the source layer judged
 * at its line: a rule of both layers leaves it there on the built page, not saying it twice.
 * The range is looked for at the first question; most pages ask none.
 */
export function inEntryText(html: string): (offset: number) => boolean {
  let range: ReturnType<typeof entryContentRange> | null = null;
  return (offset) => {
    if (range === null) range = entryContentRange(html);
    return !!range && offset >= range.start && offset < range.end;
  };
}
