import type { El, Model } from './model.ts';

/**
 * Link and picture definitions a Markdown file writes (`[mercury]: https://…`), by label as
 * Markdown matches them: in any case, with runs of spaces as one. A link written
 * `[Mercury](mercury)` names such a label as its address, a path on this site, where
 * `[Mercury][mercury]` would read the definition (remark-lint's `no-reference-like-url`).
 */

const DEFINITION = /^ {0,3}\[((?:[^\\\]\n]|\\.){1,999})\]:[ \t]*\n?[ \t]*(<[^>\n]*>|\S*)/gm;

/** A label as Markdown compares it. */
const normalized = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The address the file's first definition of this label gives (without its angle brackets),
 * or undefined when the file does not define it.
 */
export function definedAddress(text: string, label: string): string | undefined {
  if (!text.includes(']:')) return undefined;
  const wanted = normalized(label);
  for (const match of text.matchAll(DEFINITION))
    if (normalized(match[1]!) === wanted) return match[2]!.replace(/^<(.*)>$/, '$1');
  return undefined;
}

/** Whether the file's text defines this label. */
export function definesLabel(text: string, label: string): boolean {
  return definedAddress(text, label) !== undefined;
}

/**
 * A Markdown link or picture written as a resource whose address is a label the file defines:
 * the reference to write instead (`[**Mercury**](mercury)` gives `[**Mercury**][mercury]`), or
 * undefined.
 */
export function referenceMeant(el: El, address: string, model: Model): string | undefined {
  if (el.end === undefined) return undefined;
  const text = model.text;
  const written = text.slice(el.offset, el.end);
  const resource = /^(!?\[[\s\S]*\])\(\s*<?([^()<>]*?)>?\s*\)$/.exec(written);
  if (!resource || resource[2] !== address || /[/.#?:]/.test(address) || !address.trim())
    return undefined;
  return definesLabel(text, address) ? `${resource[1]}[${address}]` : undefined;
}
