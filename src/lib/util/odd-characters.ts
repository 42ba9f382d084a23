/**
 * Characters that look like a space and are not one, as pasted text and some keyboards bring
 * them: the no-break space word processors write after a colon and web pages between words, the
 * narrow no-break space macOS writes before AM in a screenshot's name, the other Unicode spaces;
 * and characters that show as nothing. YAML (src/lib/content/yaml-lookalikes.ts) and a file's
 * name (src/lib/util/files.ts) read none of them as a space.
 */

/** Spaces other than the space and the tab, as a character class's contents. */
export const ODD_SPACE = '\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000';
/** Characters that show as nothing, as a character class's contents. */
export const HIDDEN = '\\u200b-\\u200d\\u2060\\ufeff';

const NAMES: Record<string, string> = {
  '\u00a0': 'no-break space',
  '\u202f': 'narrow no-break space',
  '\u3000': 'full-width space',
  '\u200b': 'zero-width space',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
  '\u2060': 'word joiner',
  '\ufeff': 'byte order mark',
};

/**
 * A character named with its code point, `a no-break space (U+00A0)`; `other` names one that has
 * no name here (`space YAML does not read as one`).
 */
export function characterName(char: string, other: string): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[char] ?? other;
  return `${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name} (${code})`;
}
