/**
 * The gate's rules documented by their own doc comments, as remark-lint's rule packages are.
 *
 * Each `src/a11y/rules/<rule-id>.ts` has a doc comment right above `const rule: GateRule`:
 * a first paragraph saying what the rule catches (the README's "catches" cell), an `@fix`
 * paragraph (the "fix" cell) and `@example` blocks. An example starts with a JSON line,
 * `{"name": "ok.md"}`, `{"name": "not-ok.mdx", "label": "input"}` or
 * `{"name": "not-ok.mdx", "label": "output"}`, then a blank line, then its text indented by two
 * spaces. An input may name other files of the tiny project it runs in
 * (`"files": {"content/courses/f1.yaml": "…"}`) and the folder it goes in
 * (`"dir": "content/guides/f1"`; default `content/posts`, `dist` for `.html`), and the build's
 * date it is checked on (`"today": "2026-12-06"`), for a rule that depends on it, and that its fix
 * moves lines (`"movesLines": true`, see `RuleExample`). The output lists
 * one line per problem of the rule, as remark-lint's rules do: `line:column-endLine:endColumn:
 * message` for a problem that spans an element or a word, `line:column: message` at a point.
 *
 * `npm run docs:rules` writes the README's rules table from these comments and the rule objects
 * (severity, layers); tests/unit/rule-examples.test.ts runs every example and fails when the
 * README's table differs from what this script writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import { format, resolveConfig } from 'prettier';
import { rules } from '../src/a11y/rules/index.ts';
import type { GateRule } from '../src/a11y/core/rule.ts';
import { ALWAYS_ERRORS, type RuleId } from '../src/a11y/core/rule-ids.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const rulesDir = join(root, 'src/a11y/rules');
export const readmePath = join(root, 'README.md');

export interface RuleExample {
  /** File name, which gives the syntax: `ok.md`, `not-ok.mdx`, `not-ok.html`. */
  name: string;
  /** `input` or `output` for a not-ok example; none for an ok one. */
  label?: 'input' | 'output';
  /** Other files of the project the example runs in, by path from its root. */
  files?: Record<string, string>;
  /** Folder of the input in that project. Default `content/posts` (`dist` for `.html`). */
  dir?: string;
  /**
   * The build's date the example is checked on (`COMMONPLACE_BUILD_DATE`), for a rule whose
   * answer depends on it; default: the clock.
   */
  today?: string;
  /**
   * The input's fix moves lines (it writes a frontmatter block from the text's first heading):
   * the lines after it shift, and a problem left says where the block now is. The test of fixes
   * then compares what is left by rule and by what each problem is about (its words up to the
   * first colon), not by line and every word.
   */
  movesLines?: boolean;
  text: string;
}

export interface RuleDoc {
  id: string;
  rule: GateRule;
  /** The first paragraph of the doc comment, on one line. */
  summary: string;
  fix: string;
  examples: RuleExample[];
}

/** The doc comment right above `const rule: GateRule`, without its `/**`, `*` and `*\/`. */
export function ruleComment(source: string, file: string): string {
  const match = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*const rule: GateRule\b/.exec(source);
  if (!match) throw new Error(`${file}: no doc comment right above const rule: GateRule`);
  return match[1]!
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

/** Splits a doc comment into its description and its tags (`@fix`, `@example`). */
export function parseComment(comment: string, file: string) {
  const [description, ...blocks] = comment.split(/^@(?=\w)/m);
  const summary = description!
    .trim()
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ');
  let fix = '';
  const examples: RuleExample[] = [];
  for (const block of blocks) {
    const tag = /^\w+/.exec(block)![0];
    const body = block.slice(tag.length);
    if (tag === 'fix') fix = body.trim().replace(/\s+/g, ' ');
    else if (tag === 'example') examples.push(parseExample(body, file));
    else throw new Error(`${file}: unknown tag @${tag} in the rule's doc comment`);
  }
  return { summary, fix, examples };
}

/**
 * One `@example` block, its JSON line then its text (remark-lint's rule packages write theirs the
 * same way: scripts/remark-lint-agreement.ts reads them with this).
 */
export function parseExample(body: string, file: string): RuleExample {
  const lines = body.replace(/^\n/, '').split('\n');
  const head = lines.shift()!.trim();
  let meta: Omit<RuleExample, 'text'>;
  try {
    meta = JSON.parse(head) as Omit<RuleExample, 'text'>;
  } catch {
    throw new Error(`${file}: an @example must start with a JSON line such as {"name": "ok.md"}`);
  }
  if (lines[0]?.trim() === '') lines.shift();
  const text = lines
    .map((line) => line.replace(/^ {2}/, ''))
    .join('\n')
    .replace(/\s+$/, '');
  return { ...meta, text: meta.label === 'output' ? text : `${text}\n` };
}

/** Every rule of rules/index.ts with its doc comment. */
export function ruleDocs(): RuleDoc[] {
  return rules.map((rule) => {
    const file = join(rulesDir, `${rule.id}.ts`);
    const shown = `src/a11y/rules/${rule.id}.ts`;
    const doc = parseComment(ruleComment(readFileSync(file, 'utf8'), shown), shown);
    // The comment opens with the rule's id, as the code reads it; the table has its own column.
    const summary = doc.summary.replace(/^`[a-z-]+`[^:]*: /, '');
    return { id: rule.id, rule, ...doc, summary: summary[0]!.toUpperCase() + summary.slice(1) };
  });
}

const START = '<!-- rules-table: generated by npm run docs:rules from src/a11y/rules/*.ts -->';
const END = '<!-- /rules-table -->';

/** Which layers check a rule: "both" when sources and built pages do. */
export function layers(rule: GateRule): string {
  const pages = Boolean(rule.html || rule.site);
  return rule.source && pages ? 'both' : pages ? 'pages' : 'sources';
}

/** Anchors that README headings already give (`### \`alt-quality\`` gives `#alt-quality`). */
function headingAnchors(readme: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>();
  let fenced = false;
  for (const line of readme.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) anchors.add(slugger.slug(heading[1]!.replace(/`/g, '')));
  }
  return anchors;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The rules table as `npm run docs:rules` writes it, aligned by Prettier as the README is. */
export async function rulesTable(readme: string, docs = ruleDocs()): Promise<string> {
  const headings = headingAnchors(readme);
  const rows = docs.map(({ id, rule, summary, fix }) => {
    // A rule with its own section links there; the others get their anchor in the table.
    const name = headings.has(id) ? `[\`${id}\`](#${id})` : `<a id="${id}"></a>\`${id}\``;
    const severity = ALWAYS_ERRORS.includes(id as RuleId)
      ? 'error, always'
      : rule.someStopTheBuild
        ? `${rule.severity}; what stops the build, always`
        : rule.severity;
    return `| ${name} | ${severity} | ${layers(rule)} | ${cell(summary)} | ${cell(fix)} |`;
  });
  const table = [
    '| rule | severity | layer | catches | fix |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  const options = (await resolveConfig(readmePath)) ?? {};
  return (await format(table, { ...options, parser: 'markdown' })).trim();
}

/** The README with its rules table replaced; throws when the markers are missing. */
export function withRulesTable(readme: string, table: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md: no ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n\n${table}\n\n${readme.slice(end)}`;
}

/** The table between the markers, as written in the README. */
export function readmeTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) return '';
  return readme.slice(start + START.length, end).trim();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const readme = readFileSync(readmePath, 'utf8');
  const next = withRulesTable(readme, await rulesTable(readme));
  if (next !== readme) writeFileSync(readmePath, next);
  console.log(
    next === readme ? 'README.md: rules table up to date' : 'README.md: rules table written',
  );
}
