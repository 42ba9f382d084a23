import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckout } from '../../scripts/remark-lint-agreement.ts';
import { projectRoot } from '../helpers/build-fixture.ts';

/** A checkout with remark-lint's layout: its packages, each rule documented by its examples. */
function checkout(packages: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'remark-lint-'));
  mkdirSync(join(root, 'packages/remark-lint'), { recursive: true });
  writeFileSync(join(root, 'packages/remark-lint/package.json'), '{}');
  for (const [rule, comment] of Object.entries(packages)) {
    mkdirSync(join(root, `packages/remark-lint-${rule}`));
    writeFileSync(
      join(root, `packages/remark-lint-${rule}/index.js`),
      `/**\n * @module ${rule}\n${comment}\n */\n\nexport default function rule() {}\n`,
    );
  }
  return root;
}

/** An `@example` block as remark-lint writes it in a doc comment. */
const example = (meta: object, text: string) =>
  ` * @example\n *   ${JSON.stringify(meta)}\n *\n${text
    .split('\n')
    .map((line) => (line ? ` *   ${line}` : ' *'))
    .join('\n')}`;

describe('npm run agreement:remark-lint', () => {
  it("compares the lines each not-ok example's output names with what the gate reports there", async () => {
    const root = checkout({
      'heading-increment': [
        example({ name: 'ok.md' }, '## Mercury\n\n### Nomenclature'),
        example({ label: 'input', name: 'not-ok.md' }, '## Mercury\n\n#### Orbit'),
        example(
          { label: 'output', name: 'not-ok.md' },
          '3:1-3:11: Unexpected heading rank `4`, expected rank `3`',
        ),
        // Its own options: left out.
        example({ config: { allow: true }, name: 'allow.md' }, '## A\n\n###### B'),
      ].join('\n'),
      'no-undefined-references': [
        example({ label: 'input', name: 'not-ok.md' }, '[Venus][] and [Mars].'),
        example(
          { label: 'output', name: 'not-ok.md' },
          '1:1-1:10: Unexpected reference to undefined definition\n1:15-1:21: Unexpected reference to undefined definition',
        ),
        example({ label: 'input', name: 'shortcut.md' }, 'Only [Mars].'),
        example(
          { label: 'output', name: 'shortcut.md' },
          '1:6-1:12: Unexpected reference to undefined definition',
        ),
      ].join('\n'),
    });
    const compared = await compareCheckout(root);
    expect(compared['heading-increment']).toEqual({ marked: 1, missed: [], beyond: [] });
    // A shortcut reference is as often brackets in prose: left alone.
    expect(compared['no-undefined-references']).toEqual({
      marked: 2,
      missed: [
        {
          file: 'no-undefined-references/shortcut.md',
          line: 1,
          text: 'Only [Mars].',
          messages: [],
        },
      ],
      beyond: [],
    });
  });

  it('says what to give it when the folder is no remark-lint clone, without a stack', async () => {
    await expect(compareCheckout(tmpdir())).rejects.toThrow(
      /give the path of a clone of remark-lint/,
    );
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/remark-lint-agreement.ts'), tmpdir()],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toBe(
      `${join(tmpdir(), 'packages')} holds no remark-lint packages: give the path of a clone of remark-lint\n`,
    );
    expect(run.status).toBe(2);
  });
});
