import type { Words } from '../site/words/translate.ts';

/** The class of the region a table scrolls in (src/styles/global.css gives it its overflow). */
export const TABLE_SCROLL_CLASS = 'table-scroll';

/** Column headers named in a region's label before the rest are counted. */
const NAMED_COLUMNS = 4;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The name of the region a table scrolls in, which a screen reader announces when the region
 * takes focus: the table's caption, as written; a Markdown table has none, so its column
 * headers ("Table: Platform, Audience, Alt text and 2 more columns"); "Table" when it has
 * neither (the gate's table-header rule reports that table). In the interface's `words`.
 */
export function tableRegionLabel(
  caption: string | undefined,
  headers: string[],
  words: Pick<Words, 't' | 'plural'>,
): string {
  const captionText = clean(caption ?? '');
  if (captionText) return captionText;
  const named = headers.map(clean).filter(Boolean);
  if (named.length === 0) return words.t('Table');
  const columns = named.slice(0, NAMED_COLUMNS).join(', ');
  const more = named.length - NAMED_COLUMNS;
  return more > 0
    ? words.plural(more, 'Table: {columns} and {count} more columns', { columns })
    : words.t('Table: {columns}', { columns });
}
