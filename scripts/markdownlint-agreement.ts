/**
 * `npm run agreement:markdownlint -- <markdownlint checkout>`: the source layer over
 * markdownlint's own test files (`test/*.md`, where `{MD045}` on a line, or `{MD045:12}`, marks
 * the problem markdownlint expects there), line by line, for the markdownlint rules the gate
 * covers. The evidence behind README "Agreement with the W3C ACT test cases"; markdownlint's
 * files are read from a checkout, as axe-core's are (scripts/axe-agreement.ts).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateConfig } from '../src/a11y/core/config.ts';
import { checkSources } from '../src/a11y/run/parallel.ts';

/**
 * markdownlint rule → the gate rule, and the words of that rule's messages, that count as it. A
 * gate rule may report more than one markdownlint rule checks (`link-target` judges pages too,
 * markdownlint's MD051 only fragments): the words keep each comparison to what both check.
 */
export const MARKDOWNLINT_RULES: Record<string, { rule: string; words: RegExp }[]> = {
  MD001: [{ rule: 'heading-order', words: /skips from level/ }],
  MD011: [{ rule: 'link-syntax', words: /the wrong way round/ }],
  MD018: [{ rule: 'heading-syntax', words: /shows as text/ }],
  MD025: [{ rule: 'heading-order', words: /level-1 heading/ }],
  MD036: [{ rule: 'bold-heading', words: /bold text/ }],
  MD042: [
    { rule: 'link-syntax', words: /has no address/ },
    { rule: 'link-name', words: /no text/ },
  ],
  MD045: [{ rule: 'image-alt', words: /./ }],
  MD051: [{ rule: 'link-target', words: /^Link #/ }],
  MD052: [
    { rule: 'link-syntax', words: /names the (?:link|picture) definition|is a footnote that no/ },
  ],
  MD059: [{ rule: 'link-purpose', words: /./ }],
};

/** The frontmatter each test file gets to be a post; the lines it adds before the file's own. */
const FRONTMATTER = '---\ntitle: Test\ndescription: A test file.\npubDate: 2026-01-01\n---\n';
const ADDED_LINES = FRONTMATTER.split('\n').length - 1;

export interface Line {
  file: string;
  line: number;
  text: string;
  messages: string[];
}

export interface RuleAgreement {
  /** Lines markdownlint marks with this rule. */
  marked: number;
  /** Marked lines where the gate reports nothing that counts as it. */
  missed: Line[];
  /** Lines where the gate reports what counts as it and markdownlint marks nothing. */
  beyond: Line[];
}

/** Every covered rule compared over the test files of a markdownlint checkout. */
export async function compareCheckout(
  markdownlint: string,
): Promise<Record<string, RuleAgreement>> {
  const tests = join(markdownlint, 'test');
  if (!existsSync(join(tests, 'markdownlint-test.mjs')))
    throw new Error(
      `${tests} holds no markdownlint tests: give the path of a clone of markdownlint`,
    );
  const root = mkdtempSync(join(tmpdir(), 'markdownlint-agreement-'));
  const posts = join(root, 'content/posts');
  mkdirSync(posts, { recursive: true });
  mkdirSync(join(root, 'content/pages'), { recursive: true });
  writeFileSync(
    join(root, 'content/pages/about.md'),
    '---\ntitle: About\ndescription: Who.\n---\nHi.\n',
  );
  const sources = new Map<string, { name: string; lines: string[] }>();
  const names = readdirSync(tests)
    .filter((name) => name.endsWith('.md'))
    .sort();
  names.forEach((name, index) => {
    const text = readFileSync(join(tests, name), 'utf8');
    // A file with its own frontmatter tests frontmatter, which a post's would replace.
    if (/^(?:---|\+\+\+|\{)/.test(text)) return;
    const post = `test-${index}.md`;
    writeFileSync(join(posts, post), FRONTMATTER + text);
    sources.set(`content/posts/${post}`, { name, lines: text.split('\n') });
  });
  const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
  const result: Record<string, RuleAgreement> = {};
  for (const [md, counts] of Object.entries(MARKDOWNLINT_RULES)) {
    const agreement: RuleAgreement = { marked: 0, missed: [], beyond: [] };
    for (const [file, { name, lines }] of sources) {
      const marked = new Set<number>();
      lines.forEach((text, index) => {
        for (const mark of text.matchAll(/\{(MD\d{3})(?::(\d+))?\}/g))
          if (mark[1] === md) marked.add(mark[2] ? Number(mark[2]) : index + 1);
      });
      const reported = new Map<number, string[]>();
      for (const problem of problems) {
        if (problem.file !== file) continue;
        if (
          !counts.some(({ rule, words }) => rule === problem.ruleId && words.test(problem.message))
        )
          continue;
        const line = problem.line - ADDED_LINES;
        reported.set(line, [...(reported.get(line) ?? []), problem.message]);
      }
      const at = (line: number): Line => ({
        file: name,
        line,
        text: lines[line - 1] ?? '',
        messages: reported.get(line) ?? [],
      });
      agreement.marked += marked.size;
      for (const line of [...marked].sort((a, b) => a - b))
        if (!reported.has(line)) agreement.missed.push(at(line));
      for (const line of [...reported.keys()].sort((a, b) => a - b))
        if (!marked.has(line)) agreement.beyond.push(at(line));
    }
    result[md] = agreement;
  }
  return result;
}

if (import.meta.main) {
  const markdownlint = process.argv[2];
  if (!markdownlint) {
    console.error('usage: npm run agreement:markdownlint -- <path of a clone of markdownlint>');
    process.exit(2);
  }
  let compared: Record<string, RuleAgreement>;
  try {
    compared = await compareCheckout(markdownlint);
  } catch (error) {
    // A folder that is no clone: say which, and what to give, without a stack.
    console.error((error as Error).message);
    process.exit(2);
  }
  let marked = 0;
  let found = 0;
  for (const [md, { marked: count, missed, beyond }] of Object.entries(compared)) {
    marked += count;
    found += count - missed.length;
    console.log(
      `${md}: ${count - missed.length} of ${count} marked lines reported; ${beyond.length} reported beyond them`,
    );
    for (const line of missed) console.log(`  missed ${line.file}:${line.line}: ${line.text}`);
    for (const line of beyond)
      console.log(
        `  beyond ${line.file}:${line.line}: ${line.text} | ${line.messages.join(' | ')}`,
      );
  }
  console.log(`${found} of ${marked} marked lines reported`);
}
