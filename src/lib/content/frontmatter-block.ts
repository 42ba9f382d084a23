import { SAVE_AS_UTF8, savedAsUtf16 } from '../util/utf16.ts';

/**
 * Where an entry's frontmatter is, found the way Astro finds it (`parseFrontmatter` in
 * @astrojs/internal-helpers): `---` on the first line, after the byte order mark some Windows
 * editors write at the start of a UTF-8 file. The readers of frontmatter text use this, so an
 * entry saved with that mark is read alike by the content loader, the checks and the gate (the
 * date reader, frontmatter-dates.ts's `frontmatterBlock`, adds where the YAML starts).
 */

/**
 * An entry's frontmatter block; group 1 is its YAML. Astro reads `--- ` with spaces after it
 * too. The closing `---` is a line of its own: not the end of `title: Pit stops---`, nor the
 * last three of `----`.
 */
export const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?(?<=\n)---[ \t]*(?:\r?\n|$)/;

/**
 * Frontmatter Astro would read but Commonplace does not, with what to do (undefined when the
 * text has a frontmatter block, or none at all): a block after blank lines (Astro reads it; the
 * Markdown parsers the gate and the writing checks use read a thematic break and text), and a
 * TOML block between `+++` lines (Hugo's), which the checks cannot read, a file saved as
 * UTF-16, which nothing reads, and fields between lines that are not quite `---`
 * (`fenceProblem`). `line` is where the block starts, or the line to mend.
 */
export function misplacedFrontmatter(text: string): { line: number; message: string } | undefined {
  if (FRONTMATTER.test(text)) return undefined;
  if (savedAsUtf16(text))
    return {
      line: 1,
      message: `the file is saved as UTF-16, which the build reads as garbage, so its frontmatter cannot be read: ${SAVE_AS_UTF8}`,
    };
  const blank = /^\uFEFF?((?:[ \t]*\r?\n)+)---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(
    text,
  );
  if (blank) {
    const line = blank[1]!.split('\n').length;
    return {
      line,
      message: `the frontmatter starts on line ${line}, after a blank line, and is read only from the first line: delete the blank line${line > 2 ? 's' : ''} above ---`,
    };
  }
  if (/^\uFEFF?\s*\+\+\+[ \t]*\r?\n[\s\S]*?\r?\n\+\+\+[ \t]*(?:\r?\n|$)/.test(text))
    return {
      line: 1,
      message:
        'the frontmatter is TOML, between +++ lines, which Commonplace does not read: write it as YAML between --- lines (title: "…" where TOML has title = "…")',
    };
  return fenceProblem(text);
}

/** A line of dashes alone: hyphens, or the en and em dashes an editor makes of them as you type. */
const DASHES = /^[ \t]*[-\u2010-\u2015\u2212](?:[ \t]?[-\u2010-\u2015\u2212])*[ \t]*$/;
/** A line as frontmatter starts: a field's name and its colon. */
const FIELD = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/;

/**
 * Fields written as frontmatter between lines that do not open or close it: a first line of two
 * or four hyphens, of spaced ones (`- - -`), or of a dash an editor made of `---` (`—`), a `---`
 * with a space before it, a block closed by YAML's `...` or by such a line, and a block never
 * closed. Astro reads none of these as frontmatter (`----` it reads as `---` and a broken
 * first line), so the entry would be published without its fields; here each is named with
 * its line. Text that merely starts with a dash and no field under it is left alone.
 */
function fenceProblem(text: string): { line: number; message: string } | undefined {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0]!;
  const opens = first.trimEnd() === '---';
  if (!opens && !DASHES.test(first)) return undefined;
  if (!FIELD.test(lines[1] ?? '')) return undefined;
  // The fields run to the first line that is not one of them (a blank line, a line of dashes).
  let end = 1;
  while (
    end < lines.length &&
    lines[end]!.trim() &&
    !DASHES.test(lines[end]!) &&
    lines[end]!.trim() !== '...'
  )
    end++;
  if (!opens)
    return {
      line: 1,
      message: `the frontmatter opens with ${described(first)}, and only a line of three hyphens opens it: write --- on line 1${closingFix(lines, end)}`,
    };
  const closing = lines[end];
  if (closing !== undefined && closing.trim() === '...')
    return {
      line: end + 1,
      message: `the frontmatter ends with ..., and only a line of three hyphens ends it: write --- on line ${end + 1}`,
    };
  if (closing !== undefined && DASHES.test(closing))
    return {
      line: end + 1,
      message: `the frontmatter ends with ${described(closing)}, and only a line of three hyphens ends it: write --- on line ${end + 1}`,
    };
  return {
    line: 1,
    message: `the frontmatter that --- opens on line 1 never ends: write --- on its own line after its last field, line ${end}`,
  };
}

/** What a line of dashes is, in words an author can see in their editor. */
function described(line: string): string {
  const dashes = line.trim();
  if (line !== line.trimStart() && dashes === '---') return 'a space before its ---';
  if (/^-+$/.test(dashes))
    return `${['', 'one hyphen', 'two hyphens', 'three hyphens', 'four hyphens'][dashes.length] ?? `${dashes.length} hyphens`} (${dashes})`;
  if (/^[-\s]+$/.test(dashes)) return `hyphens with spaces between them (${dashes})`;
  if (/^\u2014+$/.test(dashes))
    return `${dashes.length === 1 ? 'an em dash' : 'em dashes'} (${dashes}), which editors make of --- as you type`;
  if (/^\u2013+$/.test(dashes))
    return `${dashes.length === 1 ? 'an en dash' : 'en dashes'} (${dashes}), which editors make of -- as you type`;
  return `dashes that are not hyphens (${dashes}), which editors make of --- as you type`;
}

/** ` and on line n` where the block's closing line needs mending too, else nothing. */
function closingFix(lines: string[], end: number): string {
  const closing = lines[end];
  if (closing !== undefined && closing.trimEnd() === '---') return '';
  if (closing !== undefined && (DASHES.test(closing) || closing.trim() === '...'))
    return ` and on line ${end + 1}`;
  return `, and --- after its last field, line ${end}`;
}
