import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { checkSources } from '../../../src/a11y/run/parallel.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';

/** A tiny project on disk (`content/…`, `public/…`); returns its root. */
export function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'gate-project-'));
  // Every site has its About page (else `npm run check` over content/ reports its absence).
  const about = { 'content/pages/about.md': '---\ntitle: About\ndescription: Who.\n---\nHi.\n' };
  const site = Object.keys(files).some((path) => path.startsWith('content/'));
  for (const [path, text] of Object.entries(site ? { ...about, ...files } : files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/**
 * Frontmatter every post needs, plus `extra` lines. A second post of a site needs a title of its
 * own: two with one title are `duplicate-title`'s warning.
 */
export const post = (body: string, extra = '', title = 'T') =>
  `---\ntitle: ${title}\ndescription: D.\npubDate: 2026-01-01\n${extra}---\n\n${body}\n`;

/** `npm run check` over a project's content: its root, and every problem, fixes and all. */
export async function projectProblems(
  files: Record<string, string | Buffer>,
  config = gateConfig(),
): Promise<{ root: string; problems: Problem[] }> {
  const root = project(files);
  const { problems } = await checkSources([join(root, 'content')], config, root);
  return { root, problems };
}

/** `npm run check` over a project's content: `file:line:column message` of one rule's problems. */
export async function checkProject(
  files: Record<string, string>,
  ruleId: string,
  config = gateConfig(),
) {
  const { problems } = await projectProblems(files, config);
  return problems
    .filter((p) => p.ruleId === ruleId)
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}
