/**
 * What the agreement scripts of the source layer share (scripts/markdownlint-agreement.ts,
 * scripts/remark-lint-agreement.ts): another linter's test files, each with the lines where that
 * linter expects a problem of each of its rules, checked as posts of a tiny project by
 * `npm run check`'s own code, and compared line by line for the rules the gate covers.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gateConfig } from '../src/a11y/core/config.ts';
import { checkSources } from '../src/a11y/run/parallel.ts';

/**
 * Another linter's rule → the gate rule, and the words of that rule's messages, that count as
 * it. A gate rule may report more than the other rule checks (`link-target` judges pages too,
 * markdownlint's MD051 only fragments): the words keep each comparison to what both check.
 */
export type RuleMap = Record<string, { rule: string; words: RegExp }[]>;

/** One test file: its name, its text, and the lines where the linter expects each rule's problem. */
export interface MarkedFile {
  name: string;
  /** `.md` or `.mdx`: how the gate reads it. */
  ext: '.md' | '.mdx';
  text: string;
  marked: Record<string, number[]>;
  /** The one rule the file tests, when it is compared for that rule alone. */
  tests?: string;
}

export interface Line {
  file: string;
  line: number;
  text: string;
  messages: string[];
}

export interface RuleAgreement {
  /** Lines the linter marks with this rule. */
  marked: number;
  /** Marked lines where the gate reports nothing that counts as it. */
  missed: Line[];
  /** Lines where the gate reports what counts as it and the linter marks nothing. */
  beyond: Line[];
}

/** The frontmatter each test file gets to be a post; the lines it adds before the file's own. */
const FRONTMATTER = '---\ntitle: Test\ndescription: A test file.\npubDate: 2026-01-01\n---\n';
const ADDED_LINES = FRONTMATTER.split('\n').length - 1;

/** Each rule of `rules` compared over the files, checked together as one site's posts. */
export async function compareMarked(
  files: MarkedFile[],
  rules: RuleMap,
  prefix: string,
): Promise<Record<string, RuleAgreement>> {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-agreement-`));
  const posts = join(root, 'content/posts');
  mkdirSync(posts, { recursive: true });
  mkdirSync(join(root, 'content/pages'), { recursive: true });
  writeFileSync(
    join(root, 'content/pages/about.md'),
    '---\ntitle: About\ndescription: Who.\n---\nHi.\n',
  );
  const sources = new Map<string, MarkedFile>();
  files.forEach((file, index) => {
    const post = `test-${index}${file.ext}`;
    writeFileSync(join(posts, post), FRONTMATTER + file.text);
    sources.set(`content/posts/${post}`, file);
  });
  const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
  const result: Record<string, RuleAgreement> = {};
  for (const [id, counts] of Object.entries(rules)) {
    const agreement: RuleAgreement = { marked: 0, missed: [], beyond: [] };
    for (const [path, file] of sources) {
      if (file.tests !== undefined && file.tests !== id) continue;
      const marked = new Set(file.marked[id] ?? []);
      const lines = file.text.split('\n');
      const reported = new Map<number, string[]>();
      for (const problem of problems) {
        if (problem.file !== path) continue;
        if (
          !counts.some(({ rule, words }) => rule === problem.ruleId && words.test(problem.message))
        )
          continue;
        const line = problem.line - ADDED_LINES;
        reported.set(line, [...(reported.get(line) ?? []), problem.message]);
      }
      const at = (line: number): Line => ({
        file: file.name,
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
    result[id] = agreement;
  }
  return result;
}

/** Prints each rule's agreement, then the total; `unit` names what the linter marks. */
export function printAgreement(compared: Record<string, RuleAgreement>, unit: string): void {
  let marked = 0;
  let found = 0;
  for (const [id, { marked: count, missed, beyond }] of Object.entries(compared)) {
    marked += count;
    found += count - missed.length;
    console.log(
      `${id}: ${count - missed.length} of ${count} ${unit} reported; ${beyond.length} reported beyond them`,
    );
    for (const line of missed) console.log(`  missed ${line.file}:${line.line}: ${line.text}`);
    for (const line of beyond)
      console.log(
        `  beyond ${line.file}:${line.line}: ${line.text} | ${line.messages.join(' | ')}`,
      );
  }
  console.log(`${found} of ${marked} ${unit} reported`);
}

/**
 * A script's command line: the path of a clone of `linter`, compared and printed. Without one,
 * or given a folder that is no clone, it says what to give, without a stack, and exits 2.
 */
export async function agreementMain(
  linter: string,
  compare: (checkout: string) => Promise<Record<string, RuleAgreement>>,
  unit: string,
): Promise<void> {
  const checkout = process.argv[2];
  if (!checkout) {
    console.error(`usage: npm run agreement:${linter} -- <path of a clone of ${linter}>`);
    process.exit(2);
  }
  let compared: Record<string, RuleAgreement>;
  try {
    compared = await compare(checkout);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  printAgreement(compared, unit);
}
