/**
 * RFC 4180 CSV: CRLF between records, and any field holding a comma, a double quote, CR or LF is
 * quoted with its quotes doubled. Spreadsheets accept this everywhere, so nothing fancier.
 */

/** One field, quoted only when it has to be. */
export function csvField(value: string | number | boolean | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as one CSV document, each record ending in CRLF. */
export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  const width = header.length;
  for (const [index, row] of rows.entries()) {
    // RFC 4180 requires every record to have the same number of fields as the header.
    if (row.length !== width) {
      throw new Error(`CSV row ${index + 1} has ${row.length} fields, but the header has ${width}`);
    }
  }
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
