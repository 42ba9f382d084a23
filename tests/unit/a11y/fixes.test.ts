import { describe, expect, it } from 'vitest';
import { applyFixes, fixOf, withFix } from '../../../src/a11y/core/fixes.ts';

describe('fixes (npm run check -- --fix)', () => {
  it('makes each fix at its place, whatever order they come in', () => {
    const text = '##\u00a0Plan\n\n•\u00a0One\n';
    expect(
      applyFixes(text, [
        { range: [9, 14], text: '- One' },
        { range: [0, 7], text: '## Plan' },
      ]),
    ).toEqual({ text: '## Plan\n\n- One\n', applied: 2 });
  });

  it('leaves a fix that overlaps one already made for the next round, and one past the end', () => {
    expect(
      applyFixes('abcdef', [
        { range: [1, 4], text: 'X' },
        { range: [3, 5], text: 'Y' },
        { range: [4, 9], text: 'Z' },
      ]),
    ).toEqual({ text: 'aXef', applied: 1 });
    // Two insertions at one place: the first only, as their order would be a guess.
    expect(
      applyFixes('ab', [
        { range: [1, 1], text: 'X' },
        { range: [1, 1], text: 'Y' },
      ]),
    ).toEqual({ text: 'aXb', applied: 1 });
    // Fixes that touch without overlapping are both made.
    expect(
      applyFixes('abcd', [
        { range: [0, 2], text: 'X' },
        { range: [2, 4], text: 'Y' },
      ]),
    ).toEqual({ text: 'XY', applied: 2 });
  });

  it('carries a fix on a message and reads back only a well-formed one', () => {
    expect(fixOf(withFix({}, { range: [2, 5], text: 'x' }))).toEqual({ range: [2, 5], text: 'x' });
    expect(fixOf({})).toBeUndefined();
    expect(fixOf({ fix: { range: [5, 2], text: 'x' } })).toBeUndefined();
    expect(fixOf({ fix: { range: [0, 1] } })).toBeUndefined();
  });
});
