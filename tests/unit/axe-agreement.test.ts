import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckout } from '../../scripts/axe-agreement.ts';
import { projectRoot } from '../helpers/build-fixture.ts';

/** A checkout with axe-core's layout and one fixture of its image-alt rule. */
function checkout(html: string, spec: object): string {
  const root = mkdtempSync(join(tmpdir(), 'axe-core-'));
  const dir = join(root, 'test/integration/rules/image-alt');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'image-alt.html'), html);
  writeFileSync(join(dir, 'image-alt.json'), JSON.stringify({ rule: 'image-alt', ...spec }));
  return root;
}

describe('npm run agreement:axe', () => {
  it('compares each element axe-core names with what the gate reports at it', () => {
    const root = checkout(
      [
        '<img src="a.png" id="fail1" />',
        '<img src="a.png" id="pass1" alt="A red car in the rain" />',
        // axe-core says it passes; the gate reports it: a disagreement, with the gate's words.
        '<a href="/x/" id="pass2"><img src="a.png" /></a>',
        // axe-core says it fails; the gate is silent: a disagreement.
        '<img src="a.png" id="fail2" alt="" />',
      ].join('\n'),
      {
        violations: [['#fail1'], ['#fail2'], ['#frame', '#inside']],
        passes: [['#pass1'], ['#pass2']],
      },
    );
    const { elements, fixtures } = compareCheckout(root);
    // The selector into a frame is left out: a page is checked alone.
    expect(elements).toBe(4);
    expect(fixtures).toEqual([
      {
        file: 'image-alt/image-alt.json',
        disagreements: [
          { id: 'fail2', expected: 'violation', messages: [] },
          {
            id: 'pass2',
            expected: 'pass',
            messages: [expect.stringContaining('and it is all its link holds')],
          },
        ],
      },
    ]);
  });

  it('says what to give it when the folder is no axe-core clone, without a stack', () => {
    expect(() => compareCheckout(tmpdir())).toThrow(/give the path of a clone of axe-core/);
    const run = spawnSync(
      process.execPath,
      [join(projectRoot, 'scripts/axe-agreement.ts'), tmpdir()],
      {
        encoding: 'utf8',
      },
    );
    expect(run.stderr).toBe(
      `${join(tmpdir(), 'test/integration/rules')} does not exist: give the path of a clone of axe-core\n`,
    );
    expect(run.status).toBe(2);
  });
});
