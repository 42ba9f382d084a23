/**
 * Text made safe to put in HTML, as element text or as a double-quoted attribute value. The one
 * escaper of the site's server code (feeds, transcripts, portfolio); XML writers run it after
 * `xmlSafeText` (src/lib/feeds/sanitize.ts). The browser's search interface keeps its own copy,
 * as src/scripts/search-ui.js ships to readers as written, with no imports.
 */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
