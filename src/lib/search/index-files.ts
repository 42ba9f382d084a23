/**
 * The files of the search index a page may load by name: Pagefind's own scripts and styles, as
 * its documentation shows them (`<link href="/pagefind/pagefind-ui.css" rel="stylesheet">`,
 * `<script src="/pagefind/pagefind-ui.js">`). The search step writes the index into `pagefind/`
 * after the built pages' check has run, so the gate is told these are coming, as it is of the
 * feeds; the rest of the index (hashed chunks, the WebAssembly) is fetched by `pagefind.js` and
 * never linked. A build test keeps the list equal to what Pagefind writes.
 */
export const SEARCH_FOLDER = 'pagefind';

export const SEARCH_FILES: readonly string[] = [
  'pagefind.js',
  'pagefind-worker.js',
  'pagefind-entry.json',
  'pagefind-highlight.js',
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
].map((name) => `${SEARCH_FOLDER}/${name}`);
