import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.2 AA rule tags every axe check runs. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome a colour scheme can change: contrast, and links told from text. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Each violation with the elements it was found on, so a failure says where to look. */
async function violations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map(
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
  const light = await violations(new AxeBuilder({ page }).withTags(WCAG));
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  const dark = await violations(new AxeBuilder({ page }).withRules(COLOUR_RULES));
  return { light, dark };
}

/** No violations in either scheme: `expect(await axeInBothSchemes(page)).toEqual(NONE)`. */
export const NONE = { light: [], dark: [] };
