/**
 * Whether text read as UTF-8 was saved as UTF-16 (Windows Notepad's old "Unicode" encoding):
 * its byte order mark reads as two replacement characters, and every ASCII letter comes with a
 * zero byte, which no UTF-8 text file holds. The build reads such a file as garbage, and what
 * the checks would say of it (no title, no words) sends its author looking in the wrong place.
 */
export function savedAsUtf16(text: string): boolean {
  return text.startsWith('\uFFFD\uFFFD') || text.slice(0, 512).includes('\u0000');
}

/** What to do about it, as the messages say. */
export const SAVE_AS_UTF8 = 'save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)';
