import { relative, sep } from 'node:path';
import { courseFileProblems } from '../../lib/content/content-validation.ts';
import { networkDataProblems } from '../../lib/content/references.ts';
import { collectionOf, contentDirOf } from '../core/source-files.ts';

export { isDataFile } from '../core/source-files.ts';
import type { GateConfig } from '../core/config.ts';
import { displayPath } from '../core/report.ts';
import type { Problem } from '../core/types.ts';

/**
 * The content's data files, `content/courses/<id>.yaml` and `content/networks/<id>.yaml`, under
 * their schemas (rule `content-schema`): the check reports what the build would stop on, with
 * the same functions the build runs (src/integrations/content-check.ts).
 */

export function checkDataFile(
  path: string,
  text: string,
  config: GateConfig,
  cwd = process.cwd(),
): Problem[] {
  const level = config.levels['content-schema'] ?? 'error';
  if (level === 'off') return [];
  const contentDir = contentDirOf(path);
  const kind = contentDir ? collectionOf(path, contentDir) : undefined;
  const rel = relative(cwd, path).split(sep).join('/');
  const found =
    kind === 'networks'
      ? networkDataProblems(rel, text)
      : kind === 'courses'
        ? courseFileProblems(text)
        : [];
  return found.map((problem) => ({
    file: displayPath(path, cwd),
    line: problem.line ?? 1,
    column: 1,
    ruleId: 'content-schema',
    severity: level,
    message: problem.message,
  }));
}
