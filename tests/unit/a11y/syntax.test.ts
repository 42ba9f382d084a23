import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayHoldJavaScript, unclosedBrace } from '../../../src/a11y/source/syntax.ts';
import { lintSource } from './helpers.ts';
import { projectRoot } from '../../helpers/build-fixture.ts';

describe('mayHoldJavaScript: which MDX files micromark reads first', () => {
  const yes: [string, string][] = [
    ['an expression in text', 'Total: {1 + 1}'],
    ['an attribute expression', '<Video src={clip} />'],
    ['an import', "import Clip from './clip.astro';"],
    ['an export', 'export const year = 2026;'],
    ['a brace in text, as a README writes one', 'Standalone <code>{</code> needs no escape'],
    ['a brace after an escaped backslash', 'a \\\\{b}'],
    ['a brace beside a run of backticks that closes nothing', '``{x}`'],
    ['a brace after a fence that closed', '```\ncode\n```\n\n{x}'],
    ['a brace after a longer fence closed by a longer run', '````\n```\n````\n{x}'],
  ];
  const no: [string, string][] = [
    ['plain Markdown', '# Week 3\n\nI asked *one* question.'],
    ['an escaped brace', 'Write \\{ for a brace.'],
    ['a brace in a code span', 'Write `{` for a brace, or ``{}``.'],
    ['a brace in a fenced code block', '```js\nconst a = { b: 1 };\n```'],
    ['a brace in a fence that never closes', '~~~\n{'],
    ['a brace in the frontmatter', '---\ntitle: "{draft}"\n---\n\nWords.'],
    ['import as a word in a sentence', 'Important: nothing imports here.'],
  ];
  it.each(yes)('yes: %s', (_, text) => expect(mayHoldJavaScript(text)).toBe(true));
  it.each(no)('no: %s', (_, text) => expect(mayHoldJavaScript(text)).toBe(false));
});

describe('unclosedBrace: where an expression that runs to the end of the file starts', () => {
  it.each([
    ['the only brace', 'a {b', 2],
    ['the outer of two', 'a {b {c}', 2],
    ['after closed ones', '{a} and {b', 8],
    ['not one in code', '`{` and {b', 8],
    ['not one escaped', '\\{ and {b', 7],
  ])('%s', (_, text, offset) => expect(unclosedBrace(text)).toBe(offset));
  it('finds none when every brace closes', () =>
    expect(unclosedBrace('{a} {b {c}}')).toBeUndefined());
});

describe('MDX that satteri reads in exponential time', () => {
  // HTML habits in MDX: a `{` in text opens an expression that runs to the end of the file, over
  // lines broken with unclosed `<br>`s. Satteri took about 0.03 s for 20 of them, doubling with
  // each more (hours for forty); `npm run check` and the build's source layer hung on the file.
  const lines = Array.from({ length: 40 }, (_, line) => `Line ${line} of the poem<br>`).join('\n');
  const text = `Standalone <code>{</code> works.\n${lines}\n`;

  it('is parsed at once: in a child process, which a native parser that never returns cannot hang', () => {
    // A parse that never returns blocks its thread, and vitest's own timeout with it.
    const code = `import { VFile } from 'vfile';
      import { parseSource } from ${JSON.stringify(join(projectRoot, 'src/a11y/source/syntax.ts'))};
      try { parseSource(new VFile({ path: 'post.mdx', value: ${JSON.stringify(text)} })); console.log('parsed'); }
      catch (error) { console.log('rejected at line', error.line); }`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: projectRoot,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal, 'killed after 30 s: the parse did not return').toBeNull();
    expect(run.stdout.trim(), run.stderr).toMatch(/^rejected at line \d+$/);
  });

  it('reports the brace that never closes, where it is, not at the end of the file', async () => {
    const problems = await lintSource(text);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([
      '1:18 parse-error MDX could not be parsed (Unexpected end of file in expression, expected a corresponding closing brace for `{`): fix the syntax here; in MDX a literal < or { in text needs a backslash, \\< or \\{',
    ]);
  });
});
