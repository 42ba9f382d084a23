/**
 * The phrases of the search interface: the /search/ page and the search box, filters and
 * results that src/scripts/search-ui.js builds in the browser, on that page and in the search
 * dialog. The script also shows `Search`, `Tags`, `Reflections`, `Guides`, `Reflection` and
 * `Guide`, which pages.ts lists (see catalog.ts).
 */
export const SEARCH = {
  'Search needs JavaScript, which is turned off or blocked in this browser. Browse by topic in {tagIndex} instead.':
    'Shown on the search page in place of the search box when the browser runs no scripts; {tagIndex} is a link, “the tag index”.',
  'the tag index':
    'Link to the page that lists every tag, inside “Search needs JavaScript… Browse by topic in {tagIndex} instead.”',
  'Site search': 'Name of the search form, which screen readers announce (a search landmark).',
  'Search reflections and guides': 'Label of the search box.',
  Type: 'Label of the checkboxes that limit search results to reflections or guides.',
  Sort: 'Label of the menu that orders search results.',
  'Best match': 'Choice in the “Sort” menu of search: the most relevant results first.',
  'Newest first': 'Choice in the “Sort” menu of search: the most recent entries first.',
  'Filter by tag': 'Disclosure in search that opens a checkbox for every tag.',
  'Loading tags…': 'Shown in place of the tag checkboxes in search while they load.',
  'Tags are not available.':
    'Shown in place of the tag checkboxes in search when they could not be loaded.',
  'Reflection model':
    'Label of the checkboxes that limit search results to reflections following one model (such as Gibbs).',
  'Show more results': 'Button under the search results that shows the next ten.',
  'No results.':
    'Status under the search box when nothing is found (no words were searched, only filters).',
  'No results for “{term}”.':
    'Status under the search box when nothing is found; {term} is what the reader typed.',
  'No results with the chosen filters.':
    'Status under the search box when no entry matches the chosen filters (type, tags, model).',
  'No results for “{term}” with the chosen filters.':
    'Status under the search box when nothing matches both; {term} is what the reader typed.',
  '{count} results.': {
    one: '{count} result.',
    note: 'Status under the search box: how many results (only filters were chosen).',
  },
  '{count} results for “{term}”.': {
    one: '{count} result for “{term}”.',
    note: 'Status under the search box: how many results; {term} is what the reader typed.',
  },
  '{count} results with the chosen filters.': {
    one: '{count} result with the chosen filters.',
    note: 'Status under the search box: how many entries match the chosen filters.',
  },
  '{count} results for “{term}” with the chosen filters.': {
    one: '{count} result for “{term}” with the chosen filters.',
    note: 'Status under the search box: how many results match both; {term} is what the reader typed.',
  },
  'Close {search}':
    'Button that closes the search dialog; {search} is the phrase “search”, which only screen readers hear, so that the button reads “Close search”.',
  search: 'Completes “Close {search}” for screen readers: the button then reads “Close search”.',
} as const;
