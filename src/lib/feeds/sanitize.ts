/**
 * Characters XML 1.0 forbids (C0 controls other than tab, newline and carriage return, lone
 * surrogates, U+FFFE and U+FFFF) and the C1 controls it discourages. One stray control character
 * pasted into a post would make the whole feed unparseable, so they are dropped everywhere.
 */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text with every character that is not allowed in an XML document removed. */
export function xmlSafeText(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}
