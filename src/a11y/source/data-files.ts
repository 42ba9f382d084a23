import { basename, dirname, extname, join, relative, sep } from 'node:path';
import { courseFileProblems, unknownFieldProblems } from '../../lib/content/content-validation.ts';
import { networkDataProblems } from '../../lib/content/references.ts';
import { commentMessage, hashtagComments } from '../../lib/content/yaml-hashtags.ts';
import { collectionOf, contentDirOf } from '../core/source-files.ts';
import type { GateConfig } from '../core/config.ts';
import { Locator } from '../core/model.ts';
import { displayPath } from '../core/report.ts';
import type { Problem } from '../core/types.ts';
import { wrappedLinksInYaml } from '../../lib/site/link-wrappers.ts';

/**
 * The content's data files, `content/courses/<id>.yaml` and `content/networks/<id>.yaml`, under
 * their schemas (rule `content-schema`): the check reports what the build would stop on, with
 * the same functions the build runs (src/integrations/content-check.ts); and fields the schemas
 * do not declare (rule `unknown-field`, a warning), which the build drops. The content files the
 * source layer reads without parsing them as entries are here too: a post written as
 * `.markdown`, which the collections leave out (`unreadMarkdownProblem`).
 */

export function checkDataFile(
  path: string,
  text: string,
  config: GateConfig,
  cwd = process.cwd(),
): Problem[] {
  const contentDir = contentDirOf(path);
  const kind = contentDir ? collectionOf(path, contentDir) : undefined;
  if (kind !== 'networks' && kind !== 'courses') return [];
  const rel = relative(cwd, path).split(sep).join('/');
  const schemaLevel = config.levels['content-schema'] ?? 'error';
  const fieldLevel = config.levels['unknown-field'] ?? 'warning';
  const hashtagLevel = config.levels.hashtags ?? 'warning';
  const file = displayPath(path, cwd);
  const problems: Problem[] = [];
  if (schemaLevel !== 'off') {
    const found = kind === 'networks' ? networkDataProblems(rel, text) : courseFileProblems(text);
    for (const { line, message } of found)
      problems.push({
        file,
        line: line ?? 1,
        column: 1,
        ruleId: 'content-schema',
        severity: schemaLevel,
        message,
      });
  }
  // A platform's or a person's address copied from an email or a social site with its wrapper.
  const wrappedLevel = config.levels['wrapped-link'] ?? 'warning';
  if (wrappedLevel !== 'off') {
    const locator = new Locator(text);
    for (const { offset, message, fix } of wrappedLinksInYaml(text)) {
      const { line, column } = locator.point(offset);
      problems.push({
        file,
        line,
        column,
        ruleId: 'wrapped-link',
        severity: wrappedLevel,
        message,
        ...(fix && { fix }),
      });
    }
  }
  // `notes: Fast-moving #f1 threads`: a hashtag YAML read as a comment (yaml-hashtags.ts); one
  // that left a value empty is the schema's error above.
  if (hashtagLevel !== 'off') {
    const locator = new Locator(text);
    for (const comment of hashtagComments(text).filter((c) => c.reads)) {
      const { line, column } = locator.point(comment.offset);
      problems.push({
        file,
        line,
        column,
        ruleId: 'hashtags',
        severity: hashtagLevel,
        message: commentMessage(comment),
      });
    }
  }
  // Fields the schema does not declare, which the build drops without a word.
  if (fieldLevel !== 'off') {
    for (const { line, column, message } of unknownFieldProblems(kind, text))
      problems.push({
        file,
        line,
        column: column ?? 1,
        ruleId: 'unknown-field',
        severity: fieldLevel,
        message,
      });
  }
  return problems;
}

/** `unknown-field`, at line 1, for a whole file the build ignores; none at `off`. */
function unreadFileProblem(
  path: string,
  config: GateConfig,
  cwd: string,
  message: () => string,
): Problem[] {
  const level = config.levels['unknown-field'] ?? 'warning';
  if (level === 'off') return [];
  const file = displayPath(path, cwd);
  return [
    { file, line: 1, column: 1, ruleId: 'unknown-field', severity: level, message: message() },
  ];
}

/**
 * A post the collections do not read, left out of the site without a word: written as
 * `.markdown` (Jekyll's default), or as `.MD` (`isUnreadMarkdown`).
 */
export function unreadMarkdownProblem(
  path: string,
  config: GateConfig,
  cwd = process.cwd(),
): Problem[] {
  return unreadFileProblem(path, config, cwd, () => {
    const name = basename(path);
    const renamed = name.replace(/\.[^.]+$/, (ext) => (/^\.mdx$/i.test(ext) ? '.mdx' : '.md'));
    return `${extname(name)} is not an extension the site reads (it takes .md and .mdx), so the build leaves this entry out: rename it ${renamed}`;
  });
}

/**
 * A course or network file the collections do not load (`isUnreadDataFile`): one in a folder of
 * its own, or written `.YAML`. Its course is left out of the site, and every entry that names
 * it fails the build.
 */
export function unreadDataProblem(
  path: string,
  config: GateConfig,
  cwd = process.cwd(),
): Problem[] {
  return unreadFileProblem(path, config, cwd, () => {
    const contentDir = contentDirOf(path)!;
    const collection = collectionOf(path, contentDir)!;
    const folder = join(contentDir, collection);
    const what = collection === 'courses' ? 'course' : 'network';
    const name = basename(path).replace(/\.ya?ml$/i, (ext) => ext.toLowerCase());
    return dirname(path) === folder
      ? `${extname(path)} is not an extension the site reads (it takes .yaml and .yml), so the build leaves this ${what} out: rename it ${name}`
      : `The site reads the ${what} files directly in ${displayPath(folder, cwd)}/, not in folders of their own, so the build leaves this ${what} out: move it to ${displayPath(join(folder, name), cwd)}`;
  });
}
