/**
 * `npm run agreement:remark-lint -- <remark-lint checkout>`: the source layer over the examples
 * remark-lint's rule packages document themselves with (`packages/remark-lint-<rule>/index.js`,
 * `@example` blocks in the format this project's rules use, scripts/rule-docs.ts), line by line,
 * for the remark-lint rules the gate covers: each not-ok example's output lines are where
 * remark-lint expects a problem; an ok example expects none. Examples with a `config` of their
 * own, or in a syntax the site does not read (directives, math, frontmatter), are left out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseExample } from './rule-docs.ts';
import {
  agreementMain,
  compareMarked,
  type MarkedFile,
  type RuleAgreement,
  type RuleMap,
} from './source-agreement.ts';

/** remark-lint rule → what counts as it in the gate (source-agreement.ts, RuleMap). */
export const REMARK_LINT_RULES: RuleMap = {
  'heading-increment': [{ rule: 'heading-order', words: /skips from level/ }],
  'no-emphasis-as-heading': [{ rule: 'bold-heading', words: /bold text/ }],
  'no-heading-like-paragraph': [{ rule: 'heading-syntax', words: /shows as text/ }],
  'no-empty-url': [
    { rule: 'link-syntax', words: /has no address/ },
    { rule: 'asset-target', words: /names no file, only a|has no address/ },
  ],
  'no-duplicate-definitions': [{ rule: 'link-syntax', words: /again/ }],
  'no-undefined-references': [
    { rule: 'link-syntax', words: /names the (?:link|picture) definition|is a footnote that no/ },
  ],
  'no-reference-like-url': [
    { rule: 'link-target', words: /label of a definition/ },
    { rule: 'asset-target', words: /label of a definition/ },
  ],
  'correct-media-syntax': [{ rule: 'link-syntax', words: /the wrong way round/ }],
  'no-hidden-table-cell': [{ rule: 'table-syntax', words: /leaves out/ }],
};

/** Meta keys of an example the gate cannot honour: its own options, syntaxes the site lacks. */
const LEFT_OUT = ['config', 'directive', 'math', 'frontmatter', 'positionless'];

/** The examples of one rule package, as files marked with the lines of their outputs. */
function examplesOf(index: string, rule: string): MarkedFile[] {
  const source = readFileSync(index, 'utf8');
  const comment = /\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  const lines = comment.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
  const blocks = lines.join('\n').split(/^@(?=\w)/m);
  const examples = blocks
    .filter((block) => block.startsWith('example'))
    .map((block) => {
      const body = block.slice('example'.length);
      const meta = JSON.parse(body.trim().split('\n')[0]!) as Record<string, unknown>;
      return { meta, example: parseExample(body, index) };
    });
  return examples.flatMap(({ meta, example }) => {
    if (example.label === 'output' || LEFT_OUT.some((key) => key in meta)) return [];
    const output = examples.find(
      (other) => other.example.label === 'output' && other.example.name === example.name,
    );
    const marked = (output?.example.text ?? '')
      .split('\n')
      .flatMap((line) => /^(\d+):/.exec(line.trim())?.[1] ?? [])
      .map(Number);
    // Visible whitespace, as some packages write it: `␠` a space, `␉` a tab.
    const text = example.text.replace(/␠/g, ' ').replace(/␉/g, '\t');
    const ext = example.name.endsWith('.mdx') || meta.mdx === true ? '.mdx' : '.md';
    return [
      { name: `${rule}/${example.name}`, ext, text, marked: { [rule]: marked }, tests: rule },
    ];
  });
}

/** Every covered rule compared over its package's examples in a remark-lint checkout. */
export async function compareCheckout(remarkLint: string): Promise<Record<string, RuleAgreement>> {
  const packages = join(remarkLint, 'packages');
  if (!existsSync(join(packages, 'remark-lint/package.json')))
    throw new Error(
      `${packages} holds no remark-lint packages: give the path of a clone of remark-lint`,
    );
  const files = Object.keys(REMARK_LINT_RULES).flatMap((rule) => {
    const index = join(packages, `remark-lint-${rule}`, 'index.js');
    return existsSync(index) ? examplesOf(index, rule) : [];
  });
  return compareMarked(files, REMARK_LINT_RULES, 'remark-lint');
}

if (import.meta.main) await agreementMain('remark-lint', compareCheckout, 'expected problems');
