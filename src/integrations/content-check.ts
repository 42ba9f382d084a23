import { readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HookParameters } from 'astro';
import {
  networkDataProblems,
  readCourse,
  readEntryReferences,
  referenceProblems,
  type ContentProblem,
} from '../lib/content/references.ts';
import { aboutPageProblems } from '../lib/content/about-page.ts';
import { dataFilesIn, entryFilesIn } from '../a11y/core/source-files.ts';
import { courseFileProblems } from '../lib/content/content-validation.ts';
import { userError } from '../lib/util/user-error.ts';
import { formatLines } from '../a11y/core/report.ts';
import type { Problem } from '../a11y/core/types.ts';
import { loadReflectionModels } from '../lib/reflection/reflection-model-files.ts';
import { site } from '../site.config.ts';
import { interfaceWordsWarning } from '../a11y/site-config.ts';
import { timed } from './timing.ts';
import { FRONTMATTER } from '../lib/content/frontmatter-block.ts';
import { scheduledAt, scheduledNotice } from '../lib/content/scheduled.ts';
import { buildDate } from '../lib/content/publish.ts';

/**
 * Whether an entry could hold a `course`, `module`, `network` or `model` key. Most posts name none, and
 * parsing their YAML only to learn that was most of this check's time. A YAML key is written out
 * in the frontmatter (plain, quoted, in a flow mapping or after `?`) and followed, past an
 * optional closing quote, spaces, line breaks and comments, by its `:`; so the word alone, as in
 * "my learning network.", is not enough. A backslash (an escaped key such as "\x63ourse") or an
 * alias (`*name`, which could stand for such a key) sends the file to the parser as well.
 */
export function mayHoldReferences(text: string): boolean {
  const frontmatter = FRONTMATTER.exec(text)?.[1];
  return (
    frontmatter !== undefined &&
    /(?:course|module|network|model)['"]?(?:\s|#[^\n]*)*:|\\|\*/.test(frontmatter)
  );
}

/**
 * astro:config:done: checks course, module, network and model references, network data and
 * reflection model files before
 * Astro loads any content, so a typo fails the build with the file, line and fix rather than a
 * page crashing later with a stack trace (see README "Guides, networks and courses"). Logs
 * `references: <n> files in <s> s`, and, when some entry is not out yet, which goes live next
 * (src/lib/content/scheduled.ts). Each entry is read here and again by the gate's source
 * worker; the read is cheap next to the YAML parse, which only entries that can hold a
 * reference get (`mayHoldReferences`), or are dated from the day before the build on.
 */
export function checkContentReferences({
  config,
  logger,
}: HookParameters<'astro:config:done'>): Promise<void> {
  return timed(logger, 'references', 'files', () => {
    const root = fileURLToPath(config.root);
    const content = join(root, 'content');
    const rel = (file: string) => relative(root, file).replace(/\\/g, '/');
    const id = (file: string) => basename(file, extname(file));

    // Each course and network file is read once, for its id and for its schema check below.
    const readAll = (dir: string) =>
      dataFilesIn(join(content, dir)).map((file) => ({
        file,
        text: readFileSync(file, 'utf8'),
      }));
    const courseFiles = readAll('courses');
    const courses = courseFiles.map(({ file, text }) => readCourse(id(file), rel(file), text));
    const networkFiles = readAll('networks');
    const networks = networkFiles.map(({ file }) => ({ id: id(file), file: rel(file) }));
    let read = courseFiles.length + networkFiles.length;
    // Read here anyway: which entries are not out yet costs a test of each one's date.
    const now = buildDate();
    const scheduled: { file: string; at: Date }[] = [];
    const entries = (['posts', 'guides'] as const).flatMap((collection) =>
      entryFilesIn(join(content, collection)).flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        read++;
        const at = scheduledAt(text, now, site.timeZone);
        if (at) scheduled.push({ file: rel(file), at });
        const refs = mayHoldReferences(text)
          ? readEntryReferences(rel(file), collection, text)
          : undefined;
        return refs ? [refs] : [];
      }),
    );

    const asProblems = (ruleId: string, found: ContentProblem[]): Problem[] =>
      found.map((problem) => ({
        file: problem.file,
        line: problem.line ?? 1,
        column: 1,
        ruleId,
        severity: 'error',
        message: problem.message,
      }));
    const models = loadReflectionModels(site.reflectionModels, root);
    const problems = [
      ...asProblems('content-schema', [
        ...courseFiles.flatMap(({ file, text }) =>
          courseFileProblems(text).map((p) => ({ ...p, file: rel(file) })),
        ),
        ...networkFiles.flatMap(({ file, text }) => networkDataProblems(rel(file), text)),
        ...models.problems,
      ]),
      ...asProblems('content-reference', [
        ...referenceProblems(entries, { courses, networks, models: models.models }),
        ...aboutPageProblems(content, rel),
      ]),
    ];
    if (problems.length > 0) {
      // The same lines, rules and words as `npm run check` (src/a11y/rules/content-*.ts).
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      throw userError(
        `Content references and data files: ${count}\n${formatLines(problems).join('\n')}`,
        'Fix each line above (npm run check lists them before any build); README "Guides, networks and courses" and "Reflection models" list the fields.',
      );
    }
    // The same line `npm run check` prints (src/a11y/site-config.ts).
    const words = interfaceWordsWarning(site, root);
    if (words) logger.warn(words);
    const notice = scheduledNotice(scheduled, now, site.timeZone);
    if (notice) logger.info(notice);
    return { count: read, result: undefined };
  });
}
