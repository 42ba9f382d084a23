/**
 * `npm run agreement:axe -- <axe-core checkout>`: the built-page layer over axe-core's own rule
 * tests (`test/integration/rules/<rule>/*.html`, each with a `.json` naming the ids axe-core
 * expects to fail and to pass), element by element, for the axe-core rules the gate covers. The
 * evidence behind README "Agreement with the W3C ACT test cases"; axe-core is under the MPL, so
 * its fixtures are read from a checkout, not kept here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkPage } from '../src/a11y/html/check.ts';
import { gateConfig } from '../src/a11y/core/config.ts';

/** axe-core rule → the gate rules whose problem at an element counts as axe-core's failure. */
export const AXE_RULES: Record<string, string[]> = {
  'image-alt': ['image-alt'],
  'input-image-alt': ['image-alt'],
  'area-alt': ['image-alt'],
  'role-img-alt': ['image-alt', 'svg-name'],
  'svg-img-alt': ['svg-name', 'image-alt'],
  // A role="img" object is image-alt's.
  'object-alt': ['object-alt', 'image-alt'],
  'frame-title': ['frame-title'],
  // An image that is all a link's or a button's content is reported at the image.
  'link-name': ['link-name', 'image-alt'],
  'button-name': ['button-name', 'image-alt'],
  // role="img" makes the input button an image, named or not at the image.
  'input-button-name': ['button-name', 'image-alt'],
  // A summary with a role of its own is that role's: a button's name, a heading's.
  'summary-name': ['summary-name', 'button-name', 'heading-name'],
  'empty-heading': ['heading-name'],
  label: ['field-name'],
  'select-name': ['field-name'],
  'aria-input-field-name': ['field-name'],
  'aria-toggle-field-name': ['field-name'],
  'aria-hidden-focus': ['hidden-focus'],
  'nested-interactive': ['nested-interactive'],
  'valid-lang': ['lang-tag'],
  'heading-order': ['heading-order'],
  'meta-refresh': ['page-refresh'],
  'meta-viewport': ['page-zoom'],
  marquee: ['moving-text'],
  'color-contrast': ['text-contrast'],
  'empty-table-header': ['table-header'],
};

/**
 * Rules the gate judges from inline styles only: their fixtures that colour text from a style
 * sheet (a `<style>` element) are left out, as only a browser applies one.
 */
const INLINE_STYLES_ONLY = new Set(['color-contrast']);

export interface Disagreement {
  id: string;
  expected: 'violation' | 'pass';
  messages: string[];
}

/** One fixture's elements: how many axe-core names, and where the gate says otherwise. */
export function compareFixture(
  html: string,
  spec: { rule: string; violations?: unknown[]; passes?: unknown[] },
): { elements: number; disagreements: Disagreement[] } {
  const gate = AXE_RULES[spec.rule] ?? [];
  // A fragment gets a page with a language and a title, so only the rule's own problems count.
  const page = /^\s*(?:<!doctype|<html)/i.test(html)
    ? html
    : `<!doctype html><html lang="en"><head><title>Fixture</title><meta name="viewport" content="width=device-width"></head><body><main>\n${html}\n</main></body></html>`;
  const { model, problems } = checkPage(page, gateConfig());
  const lineStarts = [0];
  for (const line of page.split('\n')) lineStarts.push(lineStarts.at(-1)! + line.length + 1);
  const withId = model.elements.flatMap((el) =>
    typeof el.attrs.id === 'string' && el.attrs.id
      ? [{ id: el.attrs.id, start: el.offset, end: el.end ?? el.tagEnd ?? el.offset + 1 }]
      : [],
  );
  // Each problem belongs to the innermost element with an id around where it is reported.
  const flagged = new Map<string, string[]>();
  for (const problem of problems) {
    if (!gate.includes(problem.ruleId)) continue;
    const offset = lineStarts[problem.line - 1]! + problem.column - 1;
    const owner = withId
      .filter((el) => el.start <= offset && offset < el.end)
      .sort((a, b) => b.start - a.start)[0];
    if (owner) flagged.set(owner.id, [...(flagged.get(owner.id) ?? []), problem.message]);
  }
  // Selectors into frames (arrays of more than one) are left out: a page is checked alone.
  const ids = (list: unknown[] | undefined) =>
    (list ?? []).flatMap((selector) =>
      Array.isArray(selector) && selector.length === 1 && /^#[\w-]+$/.test(String(selector[0]))
        ? [String(selector[0]).slice(1)]
        : [],
    );
  const violations = ids(spec.violations);
  const passes = ids(spec.passes);
  const disagreements: Disagreement[] = [
    ...violations
      .filter((id) => !flagged.has(id))
      .map((id) => ({ id, expected: 'violation' as const, messages: [] })),
    ...passes
      .filter((id) => flagged.has(id))
      .map((id) => ({ id, expected: 'pass' as const, messages: flagged.get(id)! })),
  ];
  return { elements: violations.length + passes.length, disagreements };
}

/** Every fixture of the covered rules in an axe-core checkout, compared. */
export function compareCheckout(axe: string): {
  elements: number;
  fixtures: { file: string; disagreements: Disagreement[] }[];
} {
  const rules = join(axe, 'test/integration/rules');
  if (!existsSync(rules))
    throw new Error(`${rules} does not exist: give the path of a clone of axe-core`);
  let elements = 0;
  const fixtures: { file: string; disagreements: Disagreement[] }[] = [];
  for (const rule of Object.keys(AXE_RULES)) {
    const dir = join(rules, rule);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const htmlFile = join(dir, name.replace(/\.json$/, '.html'));
      if (!existsSync(htmlFile)) continue;
      const html = readFileSync(htmlFile, 'utf8');
      if (INLINE_STYLES_ONLY.has(rule) && /<style[\s>]/i.test(html)) continue;
      const spec = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const result = compareFixture(html, { ...spec, rule });
      elements += result.elements;
      fixtures.push({ file: `${rule}/${name}`, disagreements: result.disagreements });
    }
  }
  return { elements, fixtures };
}

if (import.meta.main) {
  const axe = process.argv[2];
  if (!axe) {
    console.error('usage: npm run agreement:axe -- <path of a clone of axe-core>');
    process.exit(2);
  }
  let compared: ReturnType<typeof compareCheckout>;
  try {
    compared = compareCheckout(axe);
  } catch (error) {
    // A folder that is no clone: say which, and what to give, without a stack.
    console.error((error as Error).message);
    process.exit(2);
  }
  const { elements, fixtures } = compared;
  let differ = 0;
  for (const { file, disagreements } of fixtures) {
    differ += disagreements.length;
    for (const d of disagreements)
      console.log(
        `${file}: #${d.id} ${d.expected === 'violation' ? 'fails in axe-core, passes here' : `passes in axe-core, fails here: ${d.messages.join(' | ')}`}`,
      );
  }
  console.log(`${elements - differ} of ${elements} elements agree`);
}
