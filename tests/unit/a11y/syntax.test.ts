import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource } from './helpers.ts';
import { projectRoot } from '../../helpers/build-fixture.ts';

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
