import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckout } from '../../scripts/markdownlint-agreement.ts';
import { projectRoot } from '../helpers/build-fixture.ts';

/** A checkout with markdownlint's layout: its test runner and test files. */
function checkout(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'markdownlint-'));
  mkdirSync(join(root, 'test'));
  writeFileSync(join(root, 'test/markdownlint-test.mjs'), '');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'test', name), text);
  return root;
}

describe('npm run agreement:markdownlint', () => {
  it('compares the lines markdownlint marks with what the gate reports there', async () => {
    const root = checkout({
      'no-alt-text.md': [
        '## Images',
        '',
        '![](pit.png) {MD045}',
        '',
        '![The pit wall at dusk](pit.png)',
        '',
        // Marked on the line of the tag's end, as markdownlint's multi-line cases are.
        '<img',
        '  src="pit.png"> {MD045:7}',
        '',
        // markdownlint marks it; the gate lets an empty alt mark the image decorative.
        '<img src="pit.png" alt> {MD045}',
        '',
      ].join('\n'),
      'reversed.md':
        'Go to (the plan)[https://example.org/plan] {MD011}\n\n(a note)[sic] {MD011}\n',
      // Its own frontmatter is what it tests: left out.
      'front-matter.md': '---\ntitle: x\n---\n![](x.png) {MD045}\n',
    });
    const compared = await compareCheckout(root);
    expect(compared.MD045).toEqual({
      marked: 3,
      missed: [
        { file: 'no-alt-text.md', line: 10, text: '<img src="pit.png" alt> {MD045}', messages: [] },
      ],
      beyond: [],
    });
    expect(compared.MD011).toEqual({
      marked: 2,
      missed: [{ file: 'reversed.md', line: 3, text: '(a note)[sic] {MD011}', messages: [] }],
      beyond: [],
    });
  });

  it('says what to give it when the folder is no markdownlint clone, without a stack', async () => {
    await expect(compareCheckout(tmpdir())).rejects.toThrow(
      /give the path of a clone of markdownlint/,
    );
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/markdownlint-agreement.ts'), tmpdir()],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe(
      `${join(tmpdir(), 'test')} holds no markdownlint tests: give the path of a clone of markdownlint\n`,
    );
    expect(run.status).toBe(2);
  });
});
