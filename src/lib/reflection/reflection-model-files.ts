/**
 * Reflection models are data, not code (README "Reflection models"): the built-in ones are YAML
 * files in `src/reflection-models/` (file name = id); `reflectionModels` in the site config adds
 * more, inline or as YAML files, and may replace a built-in one. This reads and checks them,
 * naming each problem's file and line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseDocument, type Node } from 'yaml';
import {
  MODEL_ID,
  reflectionModelSchema,
  type ReflectionModel,
  type ReflectionModelInput,
  type ReflectionModels,
} from '../../schemas/reflection-model.ts';
import type { ContentProblem } from '../content/references.ts';
import { unknownFields } from '../content/unknown-fields.ts';
import { keyStart } from '../content/frontmatter-yaml.ts';

/**
 * Reads one model file, naming each problem with its line: `sections.2.prompt: expected a
 * string`. The model is undefined when there is any problem.
 */
export function parseModelFile(
  file: string,
  text: string,
): { model?: ReflectionModel; problems: ContentProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0].line,
        message: `the file is not valid YAML (${error.code}): fix the indentation or quoting on this line.`,
      })),
    };
  }
  const data = doc.toJS() as unknown;
  const result = reflectionModelSchema.safeParse(data);
  // A field the schema does not know would be dropped without a word (`promt:`), as in the site
  // config: the model is refused, naming the field meant.
  const unknown = unknownFields(reflectionModelSchema, data).map(({ path, suggestion }) => {
    const start = keyStart(doc, path);
    return {
      file,
      line: start === undefined ? undefined : counter.linePos(start).line,
      message: `${path.join('.')} is not a field of a model${suggestion ? ` (did you mean ${[...path.slice(0, -1), suggestion].join('.')}?)` : ''}: correct its name, or remove it. A model has a name and sections, each with a heading and a prompt (README "Reflection models").`,
    };
  });
  if (result.success && !unknown.length) return { model: result.data, problems: [] };
  if (result.success) return { problems: unknown };
  return {
    problems: result.error.issues
      .map((issue) => {
        let path = issue.path.map(String);
        let node = doc.getIn(path, true) as Node | undefined;
        // A missing field has no node of its own: point at the nearest thing that is there.
        while (!node?.range && path.length > 0) {
          path = path.slice(0, -1);
          node = (path.length ? doc.getIn(path, true) : doc.contents) as Node | undefined;
        }
        const start = node?.range?.[0];
        const field = issue.path.join('.');
        return {
          file,
          line: start === undefined ? undefined : counter.linePos(start).line,
          message: `${field ? `${field}: ` : ''}${issue.message.replace(/\.$/, '')}. A model has a name and sections, each with a heading and a prompt (README "Reflection models").`,
        };
      })
      .concat(unknown),
  };
}

/** Where the built-in models are: `src/reflection-models/`, beside this folder. */
export const builtinModelsDir = () =>
  fileURLToPath(new URL('../../reflection-models', import.meta.url));

/** The models of one folder of `<id>.yaml` files; `shown` turns paths into what messages say. */
export function loadModelDir(
  dir: string,
  shown: (file: string) => string = (file) => file,
): { models: ReflectionModels; problems: ContentProblem[] } {
  const models: ReflectionModels = {};
  const problems: ContentProblem[] = [];
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => /\.ya?ml$/i.test(name))
        .sort()
    : [];
  for (const name of files) {
    const id = basename(name, extname(name));
    const file = join(dir, name);
    if (!MODEL_ID.test(id)) {
      problems.push({
        file: shown(file),
        message: `"${id}" cannot be a model id: name the file in lower-case words joined by hyphens, e.g. my-model.yaml.`,
      });
      continue;
    }
    const parsed = parseModelFile(shown(file), readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.model) models[id] = parsed.model;
  }
  return { models, problems };
}

/**
 * The built-in models plus the site's: each site entry is a model, or the path of a YAML file
 * (relative to `root`) holding one. A site model with a built-in id replaces the built-in one.
 */
export function resolveModels(
  builtin: ReflectionModels,
  extra: Record<string, string | ReflectionModelInput>,
  root: string,
): { models: ReflectionModels; problems: ContentProblem[] } {
  const models: ReflectionModels = { ...builtin };
  const problems: ContentProblem[] = [];
  for (const [id, value] of Object.entries(extra)) {
    if (typeof value !== 'string') {
      // Inline models were parsed with the site config, whose errors name the field.
      models[id] = reflectionModelSchema.parse(value);
      continue;
    }
    const file = isAbsolute(value) ? value : resolve(root, value);
    const shown = relative(root, file).replace(/\\/g, '/');
    if (!existsSync(file)) {
      problems.push({
        file: 'src/site.config.ts',
        message: `reflectionModels.${id}: ${shown} does not exist: create it, or fix the path (it is relative to the project root).`,
      });
      continue;
    }
    const parsed = parseModelFile(shown, readFileSync(file, 'utf8'));
    problems.push(...parsed.problems);
    if (parsed.model) models[id] = parsed.model;
  }
  return { models, problems };
}

const cache = new Map<string, { models: ReflectionModels; problems: ContentProblem[] }>();

/**
 * Every model of a site: the built-in ones and `extra` (the site config's `reflectionModels`),
 * with the problems of any file that could not be read. Read once per root.
 */
export function loadReflectionModels(
  extra: Record<string, string | ReflectionModelInput> = {},
  root = process.cwd(),
): { models: ReflectionModels; problems: ContentProblem[] } {
  const key = `${root}\0${JSON.stringify(extra)}`;
  let loaded = cache.get(key);
  if (!loaded) {
    const builtin = loadModelDir(builtinModelsDir(), (file) =>
      relative(root, file).replace(/\\/g, '/'),
    );
    const site = resolveModels(builtin.models, extra, root);
    loaded = { models: site.models, problems: [...builtin.problems, ...site.problems] };
    cache.set(key, loaded);
  }
  return loaded;
}
