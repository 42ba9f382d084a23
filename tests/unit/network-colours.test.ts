import { readFileSync } from 'node:fs';
import { wcagContrast as contrast } from 'culori';
import { describe, expect, it } from 'vitest';

/**
 * The map's status colours are the only colours that carry meaning on the site: they must keep
 * 3:1 against the backgrounds they sit on (WCAG 1.4.11) and the numbers on them 4.5:1, in both
 * themes. Reads the real stylesheet, so a colour change that breaks a ratio fails here.
 */
const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

function pair(name: string): [string, string] {
  const match = new RegExp(
    `--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`,
    'i',
  ).exec(css);
  if (!match) throw new Error(`--${name} is not a light-dark() pair in global.css`);
  return [match[1]!, match[2]!];
}

const themes = [
  ['light', 0],
  ['dark', 1],
] as const;
const statuses = [
  'status-to-research',
  'status-following',
  'status-engaged',
  'status-collaborating',
];

describe('network map colours', () => {
  for (const [theme, i] of themes) {
    for (const status of statuses) {
      it(`${status} keeps 3:1 against the page and the map boxes (${theme})`, () => {
        expect(contrast(pair(status)[i], pair('bg')[i])).toBeGreaterThanOrEqual(3);
        expect(contrast(pair(status)[i], pair('surface')[i])).toBeGreaterThanOrEqual(3);
      });
    }
    for (const status of statuses.slice(1)) {
      it(`numbers on ${status} keep 4.5:1 (${theme})`, () => {
        expect(contrast(pair('status-ink')[i], pair(status)[i])).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
  it('tells the filled statuses apart from each other', () => {
    for (const [, i] of themes) {
      const colours = statuses.slice(1).map((s) => pair(s)[i]);
      expect(new Set(colours).size).toBe(3);
    }
  });
});
