import { SAVE_AS_UTF8, savedAsUtf16 } from '../util/utf16.ts';

/**
 * Where an entry's frontmatter is, found the way Astro finds it (`parseFrontmatter` in
 * @astrojs/internal-helpers): `---` on the first line, after the byte order mark some Windows
 * editors write at the start of a UTF-8 file. The readers of frontmatter text use this, so an
 * entry saved with that mark is read alike by the content loader, the checks and the gate; the
 * date reader (frontmatter-dates.ts, `frontmatterBlock`) keeps a twin that also needs the YAML's
 * offset and allows spaces after the opening `---`.
 */

/** An entry's frontmatter block; group 1 is its YAML. */
export const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/**
 * Frontmatter Astro would read but Commonplace does not, with what to do (undefined when the
 * text has a frontmatter block, or none at all): a block after blank lines (Astro reads it; the
 * Markdown parsers the gate and the writing checks use read a thematic break and text), and a
 * TOML block between `+++` lines (Hugo's), which the checks cannot read, and a file saved as
 * UTF-16, which nothing reads. `line` is where the block starts.
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
  return undefined;
}
