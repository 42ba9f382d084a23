import { DYNAMIC, type El } from './model.ts';

/**
 * An element's inline style (`style="color: #333; display: none"`, or MDX's `style={{ … }}` as
 * the model writes it), read as CSS applies it: the last declaration of a property wins. What
 * hides an element (core/policy.ts) and what colours and sizes its text (`text-contrast`) read
 * it here.
 */

/**
 * Splits at `separator` outside parentheses: a style's `;` (not one inside a data: URL), or the
 * `,` between light-dark()'s two colours (not one inside `rgb(1, 2, 3)`).
 */
export function splitOutsideParentheses(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '(') depth++;
    else if (char === ')') depth = Math.max(0, depth - 1);
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** An inline style's declarations in order, property lower-cased. */
export function styleDeclarations(style: string): [string, string][] {
  return splitOutsideParentheses(style, ';').flatMap((part): [string, string][] => {
    const colon = part.indexOf(':');
    return colon > 0
      ? [[part.slice(0, colon).trim().toLowerCase(), part.slice(colon + 1).trim()]]
      : [];
  });
}

/** Each element's inline style, read once: the checks ask of it for every text below it. */
const parsedStyles = new WeakMap<El, [string, string][]>();

/**
 * The last declaration of one of `names` in an element's inline style, and under which name.
 * DYNAMIC when its style is known only to the build.
 */
export function inlineDeclaration(
  el: El,
  names: readonly string[],
): { name: string; value: string } | typeof DYNAMIC | undefined {
  const style = el.attrs.style;
  if (style === DYNAMIC) return DYNAMIC;
  if (typeof style !== 'string' || !style.includes(':')) return undefined;
  let declarations = parsedStyles.get(el);
  if (!declarations) parsedStyles.set(el, (declarations = styleDeclarations(style)));
  const found = declarations.findLast(([name]) => names.includes(name));
  return found && { name: found[0], value: found[1] };
}

/** The value of one property the inline style sets, `!important` aside and lower-cased. */
export function inlineValue(el: El, name: string): string | undefined {
  const found = inlineDeclaration(el, [name]);
  return found && found !== DYNAMIC
    ? found.value
        .replace(/\s*!important\s*$/i, '')
        .trim()
        .toLowerCase()
    : undefined;
}
