/**
 * `npm run agreement:markdownlint -- <markdownlint checkout>`: the source layer over
 * markdownlint's own test files (`test/*.md`, where `{MD045}` on a line, `{MD045:12}` or `{MD045:-2}`, marks
 * the problem markdownlint expects there), line by line, for the markdownlint rules the gate
 * covers. The evidence behind README "Agreement with the W3C ACT test cases"; markdownlint's
 * files are read from a checkout, as axe-core's are (scripts/axe-agreement.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  agreementMain,
  compareMarked,
  type MarkedFile,
  type RuleAgreement,
  type RuleMap,
} from './source-agreement.ts';

/** markdownlint rule → what counts as it in the gate (source-agreement.ts, RuleMap). */
export const MARKDOWNLINT_RULES: RuleMap = {
  MD001: [{ rule: 'heading-order', words: /skips from level/ }],
  MD011: [{ rule: 'link-syntax', words: /the wrong way round/ }],
  MD018: [{ rule: 'heading-syntax', words: /shows as text/ }],
  MD025: [{ rule: 'heading-order', words: /level-1 heading/ }],
  MD036: [{ rule: 'bold-heading', words: /bold text/ }],
  MD037: [{ rule: 'emphasis-syntax', words: /./ }],
  MD042: [
    { rule: 'link-syntax', words: /has no address/ },
    { rule: 'link-name', words: /no text/ },
  ],
  MD045: [{ rule: 'image-alt', words: /./ }],
  MD051: [{ rule: 'link-target', words: /^Link #/ }],
  // Too many cells; too few lose nothing (the page gives the row empty cells), and pass here.
  MD056: [{ rule: 'table-syntax', words: /leaves out|in the table as a row/ }],
  MD052: [
    { rule: 'link-syntax', words: /names the (?:link|picture) definition|is a footnote that no/ },
  ],
  MD059: [{ rule: 'link-purpose', words: /./ }],
};

/** Every covered rule compared over the test files of a markdownlint checkout. */
export async function compareCheckout(
  markdownlint: string,
): Promise<Record<string, RuleAgreement>> {
  const tests = join(markdownlint, 'test');
  if (!existsSync(join(tests, 'markdownlint-test.mjs')))
    throw new Error(
      `${tests} holds no markdownlint tests: give the path of a clone of markdownlint`,
    );
  const files: MarkedFile[] = [];
  for (const name of readdirSync(tests)
    .filter((file) => file.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(tests, name), 'utf8');
    // A file with its own frontmatter tests frontmatter, which a post's would replace.
    if (/^(?:---|\+\+\+|\{)/.test(text)) continue;
    const marked: Record<string, number[]> = {};
    text.split('\n').forEach((line, index) => {
      // `{MD056:-3}`: three lines above this one.
      for (const mark of line.matchAll(/\{(MD\d{3})(?::(-?\d+))?\}/g)) {
        const at = mark[2] ? Number(mark[2]) : 0;
        (marked[mark[1]!] ??= []).push(at > 0 ? at : index + 1 + at);
      }
    });
    files.push({ name, ext: '.md', text, marked });
  }
  return compareMarked(files, MARKDOWNLINT_RULES, 'markdownlint');
}

if (import.meta.main) await agreementMain('markdownlint', compareCheckout, 'marked lines');
