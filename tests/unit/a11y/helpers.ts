import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gateConfig, type GateConfig } from '../../../src/a11y/core/config.ts';
import {
  builtinModelsDir,
  loadModelDir,
} from '../../../src/lib/reflection/reflection-model-files.ts';
import { checkSource, createSourceProcessor } from '../../../src/a11y/source/check.ts';
import { checkPage } from '../../../src/a11y/html/check.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';
import { applyFixes } from '../../../src/a11y/core/fixes.ts';

const config = gateConfig(
  {
    videoHosts: ['media.example.edu'],
    imageComponents: ['Photo'],
    mediaComponents: ['Podcast'],
  },
  {},
  { models: loadModelDir(builtinModelsDir()).models },
);
const processor = createSourceProcessor(config);

/** A folder with the files a source refers to (transcripts), so paths resolve like in content/. */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Runs the source layer on one Markdown (`.md`) or MDX (`.mdx`) text. */
export async function lintSource(
  text: string,
  ext: '.md' | '.mdx' = '.mdx',
  files: Record<string, string | Uint8Array> = {},
): Promise<Problem[]> {
  const dir = folder(files);
  return checkSource(processor, join(dir, `post${ext}`), text, dir);
}

/**
 * Runs the source layer on one file at its path in a project (`content/guides/plan.md`), for a
 * rule that depends on where the file is: which collection, if any, it belongs to.
 */
export async function lintSourceAt(path: string, text: string): Promise<Problem[]> {
  const dir = folder({});
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
  return checkSource(processor, join(dir, path), text, dir);
}

/**
 * Runs the source layer on one text under the test config with some settings changed, as a
 * site whose Astro config sets them would (`markdownProcessor`, `base`).
 */
export async function lintSourceUnder(
  settings: Partial<GateConfig>,
  text: string,
  ext: '.md' | '.mdx' = '.mdx',
): Promise<Problem[]> {
  const dir = folder({});
  const under = createSourceProcessor({ ...config, ...settings });
  return checkSource(under, join(dir, `post${ext}`), text, dir);
}

/** Runs the built-HTML page rules on one page. */
export function lintHtml(html: string, files: Record<string, string> = {}): Problem[] {
  const dir = folder(files);
  return checkPage(html, config, { fromFile: () => join(dir, 'index.html') }).problems;
}

/**
 * One rule's problems. A file that could not be parsed was checked by no other rule, so asking
 * for another rule's problems then is a mistake in the test (a form that passes only because it
 * never parsed): it throws, naming the parse error.
 */
export const only = (problems: Problem[], ruleId: string) => {
  const unparsed = problems.find((p) => p.ruleId === 'parse-error' && p.severity === 'error');
  if (unparsed && ruleId !== 'parse-error')
    throw new Error(`asked for ${ruleId}, but the text was not parsed: ${unparsed.message}`);
  return problems.filter((p) => p.ruleId === ruleId);
};
/** `line:column` of each problem of one rule, for compact assertions. */
export const where = (problems: Problem[], ruleId: string) =>
  only(problems, ruleId).map((p) => `${p.line}:${p.column}`);

/** The text once every fix the problems carry is made, as `npm run check -- --fix` makes them. */
export const fixedBy = (text: string, problems: Problem[]) =>
  applyFixes(
    text,
    problems.flatMap((p) => (p.fix ? [p.fix] : [])),
  ).text;
