import type { z } from 'astro/zod';
import { closestName } from '../util/closest-name.ts';

/**
 * Fields that a schema does not know. Zod objects drop keys they do not declare, so a misspelt
 * `darft: true` is read as no `draft` at all and the post is published, with no error anywhere.
 * This walks the data beside its schema (objects, lists and records of objects, and the wrappers
 * around them: optional, default, refinements, transforms) and lists every key no object declares,
 * with the declared key it most likely means. An object that accepts any key (a catch-all) is
 * never reported.
 */

export interface UnknownField {
  /** Where it is: `['darft']`, `['events', 0, 'lcoation']`. */
  path: (string | number)[];
  /** The declared key of that object closest to it (`draft`), if one is close enough. */
  suggestion?: string;
}

/** Zod 4's definition of a schema: its kind and what it wraps. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers whose value is their inner schema's. */
const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'prefault',
  'nonoptional',
  'readonly',
  'catch',
]);

/** The object or list schema under wrappers and transforms (a pipe's input is what is written). */
function unwrap(schema: z.ZodType): Def {
  let def = defOf(schema);
  for (let depth = 0; depth < 20; depth++) {
    if (WRAPPERS.has(def.type) && def.innerType) def = defOf(def.innerType);
    else if (def.type === 'pipe' && def.in) def = defOf(def.in);
    else break;
  }
  return def;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Every key of `data` (at any depth) that its place in `schema` does not declare. */
export function unknownFields(
  schema: z.ZodType,
  data: unknown,
  path: (string | number)[] = [],
): UnknownField[] {
  const def = unwrap(schema);
  if (def.type === 'union' && def.options) {
    // The option for this kind of value: `allowWords` items are a word, or { word, reason }.
    const objects = def.options.filter((option) => unwrap(option).type === 'object');
    const lists = def.options.filter((option) => unwrap(option).type === 'array');
    const fitting = isRecord(data) ? objects : Array.isArray(data) ? lists : [];
    return fitting.length === 1 ? unknownFields(fitting[0]!, data, path) : [];
  }
  if (def.type === 'array' && def.element && Array.isArray(data))
    return data.flatMap((item, index) => unknownFields(def.element!, item, [...path, index]));
  // A record's keys are the author's own (`reflectionModels: { my-model: … }`); its values are not.
  if (def.type === 'record' && def.valueType && isRecord(data))
    return Object.entries(data).flatMap(([key, value]) =>
      unknownFields(def.valueType!, value, [...path, key]),
    );
  if (def.type !== 'object' || !def.shape || def.catchall || !isRecord(data)) return [];
  const declared = Object.keys(def.shape);
  return Object.entries(data).flatMap(([key, value]) => {
    const field = def.shape![key];
    if (field) return unknownFields(field, value, [...path, key]);
    const suggestion = closestName(key, declared);
    return [{ path: [...path, key], ...(suggestion && { suggestion }) }];
  });
}

/**
 * The fields the object schema at `path` declares (`['author']` → `name`, `url`, `bio`), through
 * lists, wrappers, refinements and transforms; undefined where no object schema is.
 */
export function shapeAt(
  schema: z.ZodType,
  path: readonly PropertyKey[],
): Record<string, z.ZodType> | undefined {
  let def = unwrap(schema);
  for (const key of path) {
    if (def.type === 'array' && def.element && typeof key === 'number') def = unwrap(def.element);
    else if (def.type === 'object' && def.shape?.[String(key)])
      def = unwrap(def.shape[String(key)]!);
    else return undefined;
  }
  return def.type === 'object' ? def.shape : undefined;
}
