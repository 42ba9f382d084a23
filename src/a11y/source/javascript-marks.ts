/**
 * Where MDX text may hold JavaScript, from a look at its lines alone: no parser is loaded, so the
 * build's main thread can ask it of every MDX file (src/integrations/mdx-guard.ts), and the gate
 * decides with it which parser reads a file first (syntax.ts).
 */

/** A code fence's opening line: up to three spaces, then three or more backticks or tildes. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** A code span: a run of backticks and the next run of the same length, neither beside another. */
const CODE_SPAN = /(?<!`)(`+)(?!`)[^`]*?(?<!`)\1(?!`)/g;

/**
 * The offsets of the braces (`{`, `}`) of MDX text outside its frontmatter, code fences and code
 * spans that no backslash escapes, and whether a line starts with `import` or `export`: where
 * its JavaScript may be. A cheap look at the text, meant to err towards finding some (a code
 * span over two lines, a fence in a list).
 */
function javaScriptMarks(text: string): { braces: number[]; esm: boolean } {
  const braces: number[] = [];
  let esm = false;
  let offset = 0;
  let fence: string | undefined;
  let frontmatter = /^---[ \t]*\r?$/.test(text.slice(0, text.indexOf('\n')));
  for (const [index, line] of text.split('\n').entries()) {
    const at = offset;
    offset += line.length + 1;
    if (frontmatter) {
      if (index > 0 && /^---[ \t]*\r?$/.test(line)) frontmatter = false;
      continue;
    }
    const marker = FENCE.exec(line)?.[1];
    if (fence) {
      const rest = marker ? line.slice(line.indexOf(marker) + marker.length) : '';
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && !rest.trim())
        fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (/^(?:import|export)\b/.test(line)) esm = true;
    if (!line.includes('{') && !line.includes('}')) continue;
    const spans = [...line.matchAll(CODE_SPAN)].map((m) => [m.index, m.index + m[0].length]);
    for (let i = 0; i < line.length; i++) {
      const char = line[i];
      if (char === '\\')
        i++; // an escape: the next character is text
      else if ((char === '{' || char === '}') && !spans.some(([from, to]) => i >= from! && i < to!))
        braces.push(at + i);
    }
  }
  return { braces, esm };
}

/**
 * Whether MDX text may hold JavaScript: a line starting `import` or `export`, or a `{` outside
 * the frontmatter, code fences and code spans that no backslash escapes. Meant to err towards
 * yes, which costs a micromark parse and nothing else; a file it misses is still read again below.
 */
export function mayHoldJavaScript(text: string): boolean {
  const { braces, esm } = javaScriptMarks(text);
  return esm || braces.some((offset) => text[offset] === '{');
}

/**
 * The offset of the `{` whose expression never closes, for "Unexpected end of file in
 * expression": micromark places that at the end of the file, where there is nothing to fix.
 */
export function unclosedBrace(text: string): number | undefined {
  const open: number[] = [];
  for (const offset of javaScriptMarks(text).braces) {
    if (text[offset] === '{') open.push(offset);
    else open.pop();
  }
  return open[0];
}

/**
 * Tags (`<` then a letter) inside one expression at which it counts as a runaway. Satteri took
 * under a millisecond for ten such tags in an expression that does not parse, 6 ms for eighteen,
 * then twice as long with each more; an expression of a file that parses reads in linear time.
 */
export const RUNAWAY_TAGS = 8;

/**
 * The offset of the first `{` whose expression, up to its closing brace or to the end of the
 * file, holds RUNAWAY_TAGS tags or more: `<code>{</code>` in text, then a poem or an HTML
 * table with a `<br>` in every line. Satteri, Astro's MDX parser, backtracks over such an
 * expression when it is not JavaScript, in time exponential in the tags, and holds the thread it
 * runs on (the build's, the dev server's) for hours. A valid expression holding that many tags
 * (`{items.map((i) => <li>…</li>)}`) is found too: the caller parses the file to tell them apart.
 */
export function runawayExpression(text: string): number | undefined {
  // Most files end here, without a look at their lines: the build asks this of every MDX file.
  if (!text.includes('{') || (text.match(TAG_OPENING)?.length ?? 0) < RUNAWAY_TAGS)
    return undefined;
  let depth = 0;
  let start = 0;
  const holdsMany = (from: number, to: number) =>
    (text.slice(from, to).match(TAG_OPENING)?.length ?? 0) >= RUNAWAY_TAGS;
  for (const offset of javaScriptMarks(text).braces) {
    if (text[offset] === '{') {
      if (depth++ === 0) start = offset;
    } else if (depth > 0 && --depth === 0 && holdsMany(start, offset)) return start;
  }
  return depth > 0 && holdsMany(start, text.length) ? start : undefined;
}

const TAG_OPENING = /<[A-Za-z]/g;
