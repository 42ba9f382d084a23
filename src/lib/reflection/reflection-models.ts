/**
 * Reflection models (README "Reflection models"): matching a post's headings to a model's
 * sections, the messages about them, and the body of a new draft. Pure, and free of the schema
 * library, so the gate's workers load it cheaply; reading the model files is
 * `reflection-model-files.ts`.
 */
import type { ReflectionModel, ReflectionModels } from '../../schemas/reflection-model.ts';
import { oneOf } from '../util/word-list.ts';
import { closestName } from '../util/closest-name.ts';

export type { ReflectionModel, ReflectionModels };

/** `"4f", "gibbs", "kolb" or "rolfe"`, for messages. */
export function modelList(models: ReflectionModels): string {
  return oneOf(
    Object.keys(models)
      .sort()
      .map((id) => `"${id}"`),
  );
}

/**
 * The message for a `model:` (or `npm run new`'s `--model`) that names no model: the model a
 * typo away first (`gibs`: did you mean "gibbs"?), else every model there is.
 */
export function unknownModelMessage(
  id: string,
  models: ReflectionModels,
  named = `model "${id}"`,
): string {
  const meant = closestName(id, Object.keys(models));
  const use = meant ? `did you mean "${meant}"? Otherwise add` : `use ${modelList(models)}, or add`;
  return `${named} is not a reflection model: ${use} it under reflectionModels in src/site.config.ts`;
}

/** Heading text reduced to its words: case, punctuation and spacing ignored. */
export function headingWords(text: string): string {
  return text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

/**
 * Whether a heading is this section's: its words are the section heading's (or an alias's), or
 * start with them, so "Feelings: the night before" is the Feelings section.
 */
export function headingMatches(
  heading: string,
  section: ReflectionModel['sections'][number],
): boolean {
  const words = headingWords(heading);
  return [section.heading, ...section.aliases].some((name) => {
    const wanted = headingWords(name);
    return wanted !== '' && (words === wanted || words.startsWith(`${wanted} `));
  });
}

/**
 * Which heading (by index into `headings`) holds each section of the model, in the model's
 * order; -1 where none does. A heading holds at most one section.
 */
export function matchSections(headings: string[], model: ReflectionModel): number[] {
  const used = new Set<number>();
  return model.sections.map((section) => {
    const index = headings.findIndex((text, i) => !used.has(i) && headingMatches(text, section));
    if (index !== -1) used.add(index);
    return index;
  });
}

/**
 * A comment that never reaches the page, in the syntax of the file type: MDX comments in
 * `.mdx` (where `<!-- -->` is a syntax error), HTML comments in `.md`. Text that would end the
 * comment early is broken up.
 */
export function draftComment(text: string, ext: '.md' | '.mdx'): string {
  return ext === '.mdx'
    ? `{/* ${text.replace(/\*\//g, '* /')} */}`
    : `<!-- ${text.replace(/--+>?/g, '–')} -->`;
}

/** A heading's text as Markdown or MDX source: characters MDX would read as code are escaped. */
function headingSource(text: string, ext: '.md' | '.mdx'): string {
  const escaped = text.replace(/[\\`*_[\]#]/g, '\\$&');
  return ext === '.mdx' ? escaped.replace(/[{}<>]/g, '\\$&') : escaped.replace(/</g, '\\<');
}

/**
 * The body of a new draft that follows `model`: one `##` heading per section, with its prompt
 * under it as a comment, so a section left unanswered publishes nothing but its heading, and
 * `npm run check` says which ones are still empty.
 */
export function modelDraftBody(model: ReflectionModel, ext: '.md' | '.mdx'): string {
  const intro = draftComment(
    `${model.name}: answer each prompt under its heading. The comments are never published.`,
    ext,
  );
  const sections = model.sections.map(
    (section) =>
      `## ${headingSource(section.heading, ext)}\n\n${draftComment(section.prompt, ext)}\n`,
  );
  return [`${intro}\n`, ...sections].join('\n');
}
