import { expect, test } from '@playwright/test';
import { runAxe } from './axe.ts';

/**
 * The gate's `text-contrast` verdicts on inline colours, and the fixes its messages give (the
 * values tests/unit/a11y/rules/text-contrast.test.ts pins), judged again by axe in a real
 * browser, in each of the site's themes: the page is the judge, and light-dark() in a post's
 * inline style must follow the site's theme as the gate assumes.
 */
const CASES: { style: string; failsIn: ('light' | 'dark')[]; in?: string }[] = [
  { style: 'color: #333', failsIn: ['dark'] },
  { style: 'color: light-dark(#333, #808080)', failsIn: [] },
  { style: 'color: #777', failsIn: ['light', 'dark'] },
  { style: 'color: light-dark(#747474, #808080)', failsIn: [] },
  { style: 'background: yellow', failsIn: ['dark'] },
  { style: 'background: light-dark(yellow, #716a00)', failsIn: [] },
  // On the page it passes; on a warning callout's surface, in either theme, it does not.
  { style: 'color: light-dark(#707070, #909090)', failsIn: [] },
  {
    style: 'color: light-dark(#707070, #909090)',
    failsIn: ['light', 'dark'],
    in: 'callout callout-warning',
  },
  { style: 'color: light-dark(#6d6d6d, #969696)', failsIn: [], in: 'callout callout-warning' },
  // Large text needs 3:1.
  { style: 'font-size: 24px; color: #8c8c8c', failsIn: [] },
  { style: 'font-size: 16px; color: #8c8c8c', failsIn: ['light'] },
  // The theme's own text, faded: the browser draws it over the page as the gate does.
  { style: 'opacity: 0.4', failsIn: ['light', 'dark'] },
  { style: 'opacity: 0.65', failsIn: [] },
  // A white glow gives black text an edge on mid grey; a wide black glow buries it on the grey it
  // reads on without one (axe-core's pass8 and fail7).
  { style: 'color: #000; background: #737373', failsIn: ['light', 'dark'] },
  { style: 'color: #000; background: #737373; text-shadow: white 0 0 3px', failsIn: [] },
  { style: 'color: #000; background: #777', failsIn: [] },
  {
    style: 'color: #000; background: #777; text-shadow: black 0 0 0.2em',
    failsIn: ['light', 'dark'],
  },
  // See-through text is its shadow.
  { style: 'color: transparent; background: #000; text-shadow: 0 0 0 white', failsIn: [] },
  // A fill colour paints the glyphs instead of color.
  { style: 'color: #777; -webkit-text-fill-color: #333', failsIn: ['dark'] },
  { style: 'color: #777; -webkit-text-fill-color: light-dark(#333, #808080)', failsIn: [] },
  // A gradient the text reads on somewhere is no violation (axe-core asks a person to look).
  { style: 'color: #333; background: linear-gradient(to right, #fff, #00f)', failsIn: [] },
];

test('axe agrees with the gate on inline colours, and passes the fixes it gives, in both themes', async ({
  page,
}) => {
  await page.goto('/about/');
  await page.evaluate((cases) => {
    const main = document.querySelector('main')!;
    cases.forEach(({ style, in: className }, index) => {
      const paragraph = document.createElement(className ? 'div' : 'p');
      if (className) paragraph.className = className;
      const span = document.createElement('span');
      span.id = `contrast-case-${index}`;
      span.setAttribute('style', style);
      span.textContent = `Words a reader has to read, case ${index}`;
      paragraph.append(span);
      main.append(paragraph);
    });
  }, CASES);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
    const { violations } = await runAxe(
      page,
      { rules: ['color-contrast'] },
      [...CASES.keys()].map((index) => `#contrast-case-${index}`),
    );
    const failing = violations.flatMap((v) => v.nodes.map((node) => node.target.join(' ')));
    expect(failing.sort(), scheme).toEqual(
      CASES.flatMap(({ failsIn }, index) =>
        failsIn.includes(scheme) ? [`#contrast-case-${index}`] : [],
      ).sort(),
    );
  }
});
