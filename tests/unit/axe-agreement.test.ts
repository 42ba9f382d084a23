import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCheckout } from '../../scripts/axe-agreement.ts';
import { projectRoot } from '../helpers/build-fixture.ts';

/** A checkout with axe-core's layout and one fixture of one of its rules. */
function checkout(html: string, spec: object, rule = 'image-alt', root?: string): string {
  root ??= mkdtempSync(join(tmpdir(), 'axe-core-'));
  const dir = join(root, 'test/integration/rules', rule);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${rule}.html`), html);
  writeFileSync(join(dir, `${rule}.json`), JSON.stringify({ rule, ...spec }));
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

  it('compares color-contrast where a page colours text inline, and leaves out a style sheet, which only a browser applies', () => {
    const inline = checkout(
      [
        '<p id="fail1" style="color: #777; background: #fff">Grey</p>',
        // A white glow gives the black text an edge on mid grey: axe-core passes it, and so does the gate.
        '<p id="pass1" style="color: #000; background: #737373; text-shadow: white 0 0 3px">Glow</p>',
      ].join('\n'),
      { violations: [['#fail1']], passes: [['#pass1']] },
      'color-contrast',
    );
    expect(compareCheckout(inline)).toEqual({
      elements: 2,
      fixtures: [{ file: 'color-contrast/color-contrast.json', disagreements: [] }],
    });
    const sheet = checkout(
      '<style>.grey { color: #777 }</style><p id="fail1" class="grey">Grey</p>',
      { violations: [['#fail1']] },
      'color-contrast',
    );
    expect(compareCheckout(sheet)).toEqual({ elements: 0, fixtures: [] });
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
