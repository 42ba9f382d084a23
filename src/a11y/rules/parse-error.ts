import { Locator, type Model } from '../core/model.ts';
import type { CheckContext, Report } from '../core/policy.ts';
import type { GateRule } from '../core/rule.ts';
import { FRONTMATTER } from '../../lib/content/frontmatter-block.ts';
import { frontmatterErrorMessage } from '../../lib/content/yaml-syntax.ts';

/**
 * `parse-error`: a file the gate cannot read cannot be checked, so it fails. MDX syntax errors
 * are reported by the pipeline (source/check.ts) under this id; this rule adds broken YAML
 * frontmatter, which Markdown itself parses happily, including YAML only Astro's reader refuses
 * (src/a11y/source/model.ts).
 */
export function checkFrontmatterSyntax(model: Model, _ctx: CheckContext, report: Report): void {
  const error = model.frontmatter?.error;
  if (!error) return;
  const block = FRONTMATTER.exec(model.text);
  if (!block) {
    report(error.offset, `Frontmatter is not valid YAML (${error.message}): fix the syntax here`);
    return;
  }
  // In words that say why and what to write, as the build's loader says it (yaml-syntax.ts).
  const yamlStart = model.text.indexOf('\n') + 1;
  const said = frontmatterErrorMessage(block[1]!, { ...error, offset: error.offset - yamlStart });
  report(yamlStart + said.offset, said.message);
}

/**
 * A name two of an MDX file's import/export blocks both bind. MDX parses each block alone, so it
 * compiles; the bundler then stops the build on the module (`a` has already been declared).
 */
export function checkRedeclared(model: Model, _ctx: CheckContext, report: Report): void {
  for (const { name, offset, first } of model.esm?.redeclared ?? []) {
    if (first < 0) {
      report(
        offset,
        `${name} is a name Astro gives every MDX file (${name === 'frontmatter' ? 'its frontmatter fields' : 'its list of headings'}), so declaring it again stops the build: rename yours`,
      );
      continue;
    }
    const line = new Locator(model.text).point(first).line;
    report(
      offset,
      name === 'default'
        ? `This file has a second default export (the first is on line ${line}), so the build would stop here: keep one of them`
        : `${name} is declared twice in this file’s import and export lines (first on line ${line}), so the build would stop here: rename one of them, or remove one`,
    );
  }
}

/**
 * `parse-error`: MDX that cannot be parsed, and frontmatter that is not YAML or that Astro's YAML reader refuses (an unknown tag such as `title: !important Notes`), at the position of the problem. Where a value's own characters break the YAML and quotes mend it (`title: Week 5: what I learned`, where a colon and a space start a new field; a value starting with `@`, `` ` ``, `*`, `!`, or a `[…]` or `{…}` followed by more text; text after a quoted value), the message says why and gives the line in quotes, tried before it is given; a key written twice is named with the line of the first, a tab that indents is called one, and a space or colon pasted in that YAML does not read (a no-break space, a full-width colon) is named with the line written plainly; the build's content sync says the same, where Astro would stop on its YAML reader's words and stack. A file the gate cannot read cannot be checked, so it fails. In MDX, a tag's value in the curly quotes editors type (`alt=“The pit wall”`) or with no quotes (`src=/clip.webm`), and JavaScript in braces with curly quotes (`{“Hello”}`), get the tag or expression with straight ones, tried before it is given. Also a name two of an MDX file's import/export blocks both declare, a second default export, and a declaration of `frontmatter` or `getHeadings`, which Astro's MDX compiler declares in every file: MDX parses each block alone and compiles the file, and the bundler then refuses it.
 *
 * @fix Write the line the message gives, the value in quotes; write the tag or expression the message gives, in straight quotes; else fix the syntax; in MDX a literal `<` or `{` in text needs a backslash (`\<`, `\{`). Rename or remove a name declared twice. Remove a heading's `{#id}` (Hugo's and Docusaurus' syntax, not MDX's): a heading's id comes from its text. Remove Pandoc's attributes in braces (`{width="6.5in"}` after a picture, `{.unnumbered}` after a heading), and write a Quarto callout (`::: {.callout-note}`) as `<Callout type="note">`. What HTML and Markdown allow and MDX does not: a comment is a JavaScript comment in braces, not `<!-- … -->`; a link is `[text](https://…)` or the bare address, not `<https://…>`; every tag is closed (`<br />`). Hugo's shortcodes and Jekyll's Liquid tags are not MDX either: `<YouTube id="…">` for `{{< youtube … >}}`, the site's components for the rest.
 *
 * @example
 *   {"name": "ok.mdx"}
 *
 *   Lap times fell below 1:20 in \<5 laps, \{ every team \} agreed.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "input"}
 *
 *   Lap times fell below 1:20 in <5 laps.
 *
 * @example
 *   {"name": "not-ok.mdx", "label": "output"}
 *
 *   1:31: MDX could not be parsed (Unexpected character `5` (U+0035) before name, expected a character that can start a name, such as a letter, `$`, or `_`): fix the syntax here; in MDX a literal < or { in text needs a backslash, \< or \{
 *
 * @example
 *   {"name": "not-ok.md", "label": "input"}
 *
 *   ---
 *   title: Week 3: the pit wall
 *   ---
 *
 * @example
 *   {"name": "not-ok.md", "label": "output"}
 *
 *   2:8: Frontmatter is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, title: "Week 3: the pit wall"
 */
const rule: GateRule = {
  id: 'parse-error',
  severity: 'error',
  source: (model, ctx, report) => {
    checkFrontmatterSyntax(model, ctx, report);
    checkRedeclared(model, ctx, report);
  },
};
export default rule;
