import { describe, expect, it } from 'vitest';
import {
  applyFixes,
  fixOf,
  keyRemoved,
  keyRenamed,
  withFix,
} from '../../../src/a11y/core/fixes.ts';

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

  it('renames a key only where it is written whole, and removes one only where its value is on its line', () => {
    const text = 'tagsline: x\ntags: [a]\n"date": 2026-01-01\n';
    expect(keyRenamed(text, 0, { key: 'tags', to: 'labels' })).toBeUndefined();
    expect(keyRenamed(text, 12, { key: 'tags', to: 'labels' })).toEqual({
      fix: { range: [12, 16], text: 'labels' },
    });
    // In quotes: not the key as the rename names it.
    expect(keyRenamed(text, 22, { key: 'date', to: 'pubDate' })).toBeUndefined();
    const removed = (yaml: string) => {
      const found = keyRemoved(yaml, 0);
      return found && applyFixes(yaml, [found.fix]).text;
    };
    expect(removed('layout: post # theme\ntitle: T\n')).toBe('title: T\n');
    expect(removed('author: "Sam Rivera"\r\ntitle: T\r\n')).toBe('title: T\r\n');
    // A value that runs on below, or that YAML reads more of than its text: left alone.
    for (const yaml of [
      'author:\n  - Sam\n',
      'author:\n- Sam\n',
      'layout: |\n  post\n',
      'layout: &l post\ntitle: *l\n',
      'layout: [post,\n  page]\n',
      'layout: post',
    ])
      expect(removed(yaml), yaml).toBeUndefined();
  });
});
