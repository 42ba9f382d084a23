import type { z } from 'astro/zod';
import { oneOf } from './word-list.ts';
import { closestName } from './closest-name.ts';

/**
 * A zod issue in the messages' grammar, what is wrong and then what to do, for the site config,
 * entries' frontmatter, course files and network files alike. Zod's own English ("Too small:
 * expected string to have >=1 characters", "Invalid URL") names neither the value nor the fix;
 * a message a schema gives itself (`'is not an http(s) address'`) is the schema's, and kept.
 */

/** The value a path of an issue names in the data that was parsed, if it is there. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The issue a schema still finds at `path` once that value is `value`: whether a fix a message
 * would suggest (`cover: "#hero"`) passes, tried before it is suggested. Undefined when it passes.
 */
export function issueOnceSet(
  parse: (data: unknown) => { success: boolean; error?: { issues: z.core.$ZodIssue[] } },
  data: unknown,
  path: readonly PropertyKey[],
  value: unknown,
): { issue: z.core.$ZodIssue; data: unknown } | undefined {
  if (path.length === 0) return undefined;
  const changed = structuredClone(data);
  const holder = valueAt(changed, path.slice(0, -1));
  if (holder === null || typeof holder !== 'object') return undefined;
  (holder as Record<PropertyKey, unknown>)[path.at(-1)!] = value;
  const issue = parse(changed).error?.issues.find(
    (found) => found.path.length === path.length && found.path.every((key, i) => key === path[i]),
  );
  return issue && { issue, data: changed };
}

/** A value as a message quotes it: text in quotes, a date as 2026-03-02, the rest as JSON. */
export function shownValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/** What a zod type name stands for, in words: `a list`, `text`, `true or false`. */
export function typeInWords(type: string): string {
  return (
    {
      array: 'a list',
      object: 'a set of fields',
      string: 'text',
      number: 'a number',
      boolean: 'true or false',
    }[type] ?? `a ${type}`
  );
}

/** Zod's own wording, which the schema did not replace with its own (see zod's `en` locale). */
export function isZodWording(message: string): boolean {
  return /^(?:Invalid |Too (?:small|big):|Unrecognized key)/.test(message);
}

/** What is wrong with a field, and what to do, as two parts a caller may join or replace. */
export interface IssueWords {
  what: string;
  fix: string;
  /** The fix names the very value meant (`write kind: person`), over a field's general hint. */
  certain?: boolean;
  /**
   * The fix names the value most likely meant (`write status: following` for `follow`), over a
   * field's general hint; not certain, so never written by `--fix`.
   */
  likely?: boolean;
}

/** `reflection, pln` or `reflection pln` (Jekyll takes either) as the YAML list it means. */
export function listOf(text: string): string {
  return `[${listItems(text).join(', ')}]`;
}

/** The items of a list written as text: with commas between, or else spaces. */
export function listItems(text: string): string[] {
  const items = text.split(text.includes(',') ? ',' : /\s+/).map((item) => item.trim());
  return items.filter(Boolean);
}

/** A field's own name, as it is written in its line: `kind` for `entries[0].kind`. */
function ownName(field: string): string {
  return field
    .split('.')
    .at(-1)!
    .replace(/\[\d+\]$/, '');
}

/**
 * The allowed value meant by one written in another case or with spaces (`Person`, `To
 * research` for `to-research`), else undefined.
 */
function allowedAs(value: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  const plain = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return allowed.map(String).find((option) => option === plain);
}

/**
 * The one option a value not allowed most likely means: the only option it begins (`collab`,
 * four letters or more), or one a slip of a letter or two away (`follow` for `following`).
 */
function nearOption(value: string, options: string[]): string | undefined {
  const plain = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const begun = options.filter((option) => plain.length >= 4 && option.startsWith(plain));
  if (begun.length === 1) return begun[0];
  return closestName(plain, options);
}

/**
 * A zod issue about `field` (its name as the author writes it), whose value is `value`, in
 * words; undefined when zod's wording has no better one here, or the schema wrote its own.
 */
export function issueWords(
  issue: z.core.$ZodIssue,
  field: string,
  value: unknown,
): IssueWords | undefined {
  if (!isZodWording(issue.message)) return undefined;
  const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined || value === null)
        return { what: `${field} is missing`, fix: 'add it' };
      // `perspectives: engineering, policy`: the list it means.
      if (issue.expected === 'array' && typeof value === 'string' && listItems(value).length)
        return {
          what: `${field} must be a list, not ${shownValue(value)}`,
          fix: `write ${ownName(field)}: ${listOf(value)}`,
          certain: true,
        };
      return {
        what: `${field} must be ${typeInWords(issue.expected)}, not ${shownValue(value)}`,
        fix: `write ${typeInWords(issue.expected)}`,
      };
    case 'too_small': {
      const least = Number(issue.minimum) + (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string' && typeof value === 'string')
        return value.length === 0
          ? { what: `${field} is empty`, fix: 'write its text' }
          : {
              what: `${field} has ${count(value.length, 'character')}`,
              fix: `write at least ${least}`,
            };
      if (issue.origin === 'array' && Array.isArray(value))
        return value.length === 0
          ? { what: `${field} lists nothing`, fix: `list at least ${least === 1 ? 'one' : least}` }
          : { what: `${field} lists ${value.length}`, fix: `list at least ${least}` };
      if (typeof value === 'number')
        return { what: `${field} is ${value}`, fix: `write ${least} or more` };
      return undefined;
    }
    case 'too_big': {
      const most = Number(issue.maximum) - (issue.inclusive === false ? 1 : 0);
      if (issue.origin === 'string' && typeof value === 'string')
        return {
          what: `${field} has ${count(value.length, 'character')}`,
          fix: `shorten it to ${most} or fewer`,
        };
      if (issue.origin === 'array' && Array.isArray(value))
        return { what: `${field} lists ${value.length}`, fix: `list at most ${most}` };
      if (typeof value === 'number')
        return { what: `${field} is ${value}`, fix: `write ${most} or less` };
      return undefined;
    }
    case 'invalid_format':
      if (issue.format === 'url' && typeof value === 'string') {
        if (/^[a-z][a-z\d+.-]*:/i.test(value))
          return { what: `${field} ${shownValue(value)} is not a valid address`, fix: 'fix it' };
        // `example.org/feed` wants its scheme; `#home` or `notes` is no address to add one to.
        const withScheme = `https://${value.replace(/^\/+/, '')}`;
        return {
          what: `${field} ${shownValue(value)} is not a full address`,
          fix: hostOf(withScheme).includes('.')
            ? `write it with https://, e.g. ${withScheme}`
            : 'write the whole address, starting with https://',
        };
      }
      return undefined;
    case 'invalid_value': {
      const options = issue.values.map(String);
      if (value === undefined)
        return { what: `${field} is missing`, fix: `add it, one of ${oneOf(options)}` };
      const meant = allowedAs(value, issue.values);
      if (meant)
        return {
          what: `${field} ${shownValue(value)} is not allowed`,
          fix: `write ${ownName(field)}: ${meant}`,
          certain: true,
        };
      // `follow` for `following`, `collab` for `collaborating`: likely, not certain.
      const near = typeof value === 'string' ? nearOption(value, options) : undefined;
      return {
        what: `${field} ${shownValue(value)} is not allowed`,
        ...(near
          ? {
              fix: `write ${ownName(field)}: ${near}, or use ${oneOf(options.filter((o) => o !== near))}`,
              likely: true,
            }
          : { fix: `use ${oneOf(options)}` }),
      };
    }
    default:
      return undefined;
  }
}

/** The host an address names, or nothing where it is no address. */
function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}
