import type { APIRoute, GetStaticPaths } from 'astro';
import { SEARCH_WORDS_FILE, hasSearchWords, searchWords } from '../lib/search/search-words.ts';
import { words } from '../lib/site/words/site.ts';

/**
 * `/search-words.json`: the search interface's words in the site's language, which the script
 * fetches when a reader opens search (src/lib/search/search-words.ts). Written only for a site
 * whose search box does not speak the script's own English: an English site's pages name no
 * such file, and it has none.
 */
export const getStaticPaths = (() =>
  hasSearchWords(words)
    ? [{ params: { searchWords: SEARCH_WORDS_FILE.replace(/\.json$/, '') } }]
    : []) satisfies GetStaticPaths;

export const GET: APIRoute = () =>
  new Response(JSON.stringify(searchWords(words)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
