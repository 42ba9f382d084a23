import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { applyFixes } from '../core/fixes.ts';
import type { Fix, Problem } from '../core/types.ts';

/**
 * `npm run check -- --fix`: makes the fixes the problems carry (core/fixes.ts) in their files,
 * and says how many it made in which files, right after the check that found them. A file is
 * written only when its text changed.
 */
export function fixFiles(
  problems: readonly Problem[],
  cwd: string,
): { applied: number; files: string[] } {
  const byFile = new Map<string, Fix[]>();
  for (const { file, fix } of problems)
    if (fix) {
      const path = resolve(cwd, file);
      byFile.set(path, [...(byFile.get(path) ?? []), fix]);
    }
  let applied = 0;
  const files: string[] = [];
  for (const [path, fixes] of byFile) {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      continue;
    }
    const fixed = applyFixes(text, fixes);
    if (fixed.applied === 0 || fixed.text === text) continue;
    writeFileSync(path, fixed.text);
    applied += fixed.applied;
    files.push(path);
  }
  return { applied, files };
}
