/**
 * Lists in a sentence, as the messages write them: `a, b and c`, `note, tip or warning` (British
 * English, no comma before the last word). Intl.ListFormat does the joining.
 */
const and = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const or = new Intl.ListFormat('en-GB', { type: 'disjunction' });

/** "a", "a and b", "a, b and c". */
export const allOf = (items: readonly string[]): string => and.format(items);

/** "a", "a or b", "a, b or c". */
export const oneOf = (items: readonly string[]): string => or.format(items);
