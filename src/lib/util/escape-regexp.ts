/**
 * Text made to match itself in a regular expression: a word, an attribute's name (HTML allows
 * almost any character in one, `aria-label.bind`), a character of a spelled-out word.
 */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
