/** One formatter per language: building an Intl.DateTimeFormat is costly, and every list calls this. */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** "26 November 2026" in the site's language; UTC so a build's time zone never shifts a date. */
export function formatDate(date: Date, lang: string): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** `2026-11-26`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
