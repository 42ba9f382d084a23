import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { gateConfig } from '../../src/a11y/core/config.ts';
import { builtinModelsDir, loadModelDir } from '../../src/lib/reflection/reflection-model-files.ts';
import { checkSource, createSourceProcessor } from '../../src/a11y/source/check.ts';
import { checkHtmlDir } from '../../src/a11y/html/check.ts';
import type { Problem } from '../../src/a11y/core/types.ts';
import { applyFixes } from '../../src/a11y/core/fixes.ts';
import {
  readmePath,
  readmeTable,
  ruleDocs,
  rulesTable,
  type RuleExample,
} from '../../scripts/rule-docs.ts';

/**
 * Every rule's doc comment carries its ok and not-ok examples (scripts/rule-docs.ts says the
 * format). Each runs through the real layer in a tiny project of its own: a `.md`/`.mdx` input
 * is `content/posts/<name>` checked by the source layer, as `npm run check` does; an `.html`
 * input is `dist/<name>` checked by the built-HTML layer, whole-site rules included. An ok
 * example gives no problem of its rule; a not-ok one gives exactly the output's lines.
 */

const config = gateConfig({}, {}, { models: loadModelDir(builtinModelsDir()).models });
const processor = createSourceProcessor(config);
const docs = ruleDocs();

function project(example: RuleExample, dir: string): { root: string; path: string } {
  const root = mkdtempSync(join(tmpdir(), 'rule-example-'));
  const files = { ...example.files, [`${dir}/${example.name}`]: example.text };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, path: join(root, dir, example.name) };
}

/** remark-lint's form: `line:column-endLine:endColumn: message`, or `line:column:` at a point. */
const line = (p: Problem) =>
  `${p.line}:${p.column}${p.endLine === undefined ? '' : `-${p.endLine}:${p.endColumn}`}: ${p.message}`;

/** `line:column[-endLine:endColumn]: message` of each problem of one rule the example's file gets. */
async function run(example: RuleExample, ruleId: string): Promise<string[]> {
  if (example.name.endsWith('.html')) {
    const { root } = project(example, example.dir ?? 'dist');
    const { problems } = await checkHtmlDir('dist', config, { cwd: root });
    return problems
      .filter((p) => p.ruleId === ruleId && p.file === `${example.dir ?? 'dist'}/${example.name}`)
      .map(line);
  }
  const { root, path } = project(example, example.dir ?? 'content/posts');
  // Put back after the test (vitest.config.ts: unstubEnvs).
  if (example.today) vi.stubEnv('COMMONPLACE_BUILD_DATE', example.today);
  const problems = await checkSource(processor, path, example.text, root);
  return problems.filter((p) => p.ruleId === ruleId).map(line);
}

describe('every rule documents itself with examples', () => {
  it.each(docs.map((doc) => [doc.id, doc] as const))(
    '%s has an ok and a not-ok example, each with an output, for each layer it checks',
    (_id, { rule, examples }) => {
      const layers = [
        ...(rule.source ? [{ layer: 'sources', ext: /\.mdx?$/ }] : []),
        ...(rule.html || rule.site ? [{ layer: 'built pages', ext: /\.html$/ }] : []),
      ];
      for (const { layer, ext } of layers) {
        const of = examples.filter((e) => ext.test(e.name));
        expect(
          of.some((e) => !e.label && e.name.startsWith('ok')),
          `an ok example for ${layer}`,
        ).toBe(true);
        expect(
          of.some((e) => e.label === 'input' && e.name.startsWith('not-ok')),
          `a not-ok example for ${layer}`,
        ).toBe(true);
      }
      for (const example of examples)
        expect(example.name, 'an example is .md, .mdx or .html').toMatch(/\.(mdx?|html)$/);
      for (const input of examples.filter((e) => e.label === 'input'))
        expect(
          examples.filter((e) => e.label === 'output' && e.name === input.name),
          `${input.name} needs one output`,
        ).toHaveLength(1);
    },
  );

  it.each(docs.map((doc) => [doc.id, doc] as const))('%s has a summary and a fix', (_id, doc) => {
    expect(doc.summary).not.toBe('');
    expect(doc.fix).not.toBe('');
  });
});

describe("rules' examples run through the real layers", () => {
  const cases = docs.flatMap((doc) =>
    doc.examples
      .filter((example) => example.label !== 'output')
      .map((example) => [`${doc.id}: ${example.name}`, doc.id, example, doc.examples] as const),
  );
  it.each(cases)('%s', async (_name, id, example, all) => {
    const expected =
      example.label === 'input'
        ? all
            .find((e) => e.label === 'output' && e.name === example.name)!
            .text.split('\n')
            .filter(Boolean)
        : [];
    expect(await run(example, id)).toEqual(expected);
  });
});

describe("the fixes rules' problems carry (npm run check -- --fix)", () => {
  const inputs = docs.flatMap((doc) =>
    doc.examples
      .filter((example) => example.label === 'input' && /\.mdx?$/.test(example.name))
      .map((example) => [`${doc.id}: ${example.name}`, example] as const),
  );
  it.each(inputs)(
    '%s: each fix ends its problem, and adds none but what it makes',
    async (_name, example) => {
      const { root, path } = project(example, example.dir ?? 'content/posts');
      if (example.today) vi.stubEnv('COMMONPLACE_BUILD_DATE', example.today);
      const before = await checkSource(processor, path, example.text, root);
      const fixes = before.flatMap((p) => (p.fix ? [p.fix] : []));
      const fixed = applyFixes(example.text, fixes);
      // Two problems may offer one fix (a title and a date both written by one block).
      expect(fixed.applied).toBe(new Set(fixes.map((fix) => JSON.stringify(fix))).size);
      const after = await checkSource(processor, path, fixed.text, root);
      const said = (p: Problem) =>
        `${p.ruleId}: ${example.movesLines ? p.message.split(': ')[0] : p.message}`;
      const left = after.map(said);
      // Every problem without a fix is still there, word for word; every one with a fix is gone.
      for (const problem of before)
        expect(left.includes(said(problem)), said(problem)).toBe(!problem.fix);
      // A fix keeps the lines where they were. What it adds is about what it made, on its own
      // lines: a tag in curly quotes, mended, is a player that needs its transcript.
      if (!example.movesLines)
        expect(fixed.text.split('\n').length).toBe(example.text.split('\n').length);
      const lineOf = (offset: number) => example.text.slice(0, offset).split('\n').length;
      const made = (p: Problem) =>
        fixes.some((f) => lineOf(f.range[0]) <= p.line && p.line <= lineOf(f.range[1]));
      const fixedRules = new Set(before.filter((p) => p.fix).map((p) => p.ruleId));
      for (const problem of after.filter((p) => !before.some((b) => said(b) === said(p)))) {
        expect(made(problem), said(problem)).toBe(true);
        expect(fixedRules.has(problem.ruleId), said(problem)).toBe(false);
      }
    },
  );

  it('are carried by the rules that are certain of them', async () => {
    const fixable = new Set<string>();
    for (const [, example] of inputs) {
      const { root, path } = project(example, example.dir ?? 'content/posts');
      for (const problem of await checkSource(processor, path, example.text, root))
        if (problem.fix) fixable.add(problem.ruleId);
    }
    expect([...fixable].sort()).toEqual([
      'aria-attribute',
      'content-schema',
      'emphasis-syntax',
      'frontmatter-date',
      'heading-syntax',
      'html-syntax',
      'lang-tag',
      'link-syntax',
      'list-syntax',
      'template-syntax',
      'wrapped-link',
    ]);
  });
});

describe("README's rules table", () => {
  it('is what npm run docs:rules writes from the rules (else run npm run docs:rules)', async () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readmeTable(readme), 'README.md rules table is stale: run npm run docs:rules').toBe(
      await rulesTable(readme),
    );
  });
});
