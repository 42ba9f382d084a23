import type { El } from './model.ts';
import { escapeRegExp } from '../../lib/util/escape-regexp.ts';

/**
 * Where an attribute is written in an element's start tag, for a fix that changes its name or
 * its value: found in the file's text, since the model keeps values, not their places (a JSX
 * literal's value aside).
 */

/** Where `name` is written in the element's start tag, as written (any letter case). */
export function attributeNameAt(
  el: El,
  name: string,
  text: string,
): { at: number; as: string } | undefined {
  const tag = text.slice(el.offset, el.tagEnd ?? el.end ?? text.length);
  const found = new RegExp(`\\s(${escapeRegExp(name)})(?=\\s*=|[\\s/>]|$)`, 'i').exec(tag);
  return found ? { at: el.offset + found.index + 1, as: found[1]! } : undefined;
}

/** Where the value of `name` is written in the element's start tag, between its quotes. */
export function attributeValueAt(el: El, name: string, text: string): [number, number] | undefined {
  // A JSX literal's range may take in its closing quote: only its start is used.
  const literal = el.attrRanges?.[name];
  const value = el.attrs[name];
  if (literal && typeof value === 'string') return [literal[0], literal[0] + value.length];
  const tag = text.slice(el.offset, el.tagEnd ?? el.end ?? text.length);
  const found = new RegExp(
    `\\s${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`/]+))`,
    'i',
  ).exec(tag);
  if (!found) return undefined;
  const written = found[1] ?? found[2] ?? found[3]!;
  const start = el.offset + found.index + found[0].length - written.length - (found[3] ? 0 : 1);
  return [start, start + written.length];
}
