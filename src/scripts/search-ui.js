// @ts-check
/*
 * The search interface, loaded only when a reader opens search (the header control's inline
 * script imports it on `/` or a click; /search/ loads it at once). Plain JavaScript shipped as
 * is, because the tiny inline loader needs this file's final URL, which a `?url` import gives.
 * It talks to Pagefind's JS API directly: a small custom UI is lighter than Pagefind's own.
 */

const PAGE_SIZE = 10;
// Filter values as the index holds them, with the phrase each shows as (`say`).
const TYPE_LABELS = { reflection: 'Reflection', guide: 'Guide' };
const TYPE_FILTERS = [
  ['reflection', 'Reflections'],
  ['guide', 'Guides'],
];

/** @type {HTMLElement | null} */
const control = document.querySelector('[data-search-bundle]');
/** The /search/ page's search interface, if this is that page. @type {HTMLElement | null} */
const pageRoot = document.querySelector('[data-search-page]');
const bundle = control?.dataset.searchBundle ?? '/pagefind/';
// The /search/ page's address, base included (the header's search link points at it).
const searchPage = control?.getAttribute('href') ?? '/search/';
// The interface speaks the language of its words (the site's, or English where Commonplace has
// none in it), whatever language the page's content is in. The site's own language, where it
// differs, is the one its entries and dates are in: results name only other languages.
const lang = control?.dataset.searchLang || document.documentElement.lang || 'en';
const siteLang = control?.dataset.searchSiteLang || lang;
const dir = control?.dataset.searchDir === 'rtl' ? 'rtl' : 'ltr';
const dateFormat = new Intl.DateTimeFormat(siteLang, { dateStyle: 'long', timeZone: 'UTC' });
/** @type {Intl.DisplayNames | undefined} */
let languageNames;
/** @param {string} tag */
function languageName(tag) {
  try {
    languageNames ??= new Intl.DisplayNames([lang], { type: 'language' });
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
/** @param {string} tag */
const primary = (tag) => tag.toLowerCase().split('-')[0];

/**
 * The interface's words in the site's language, keyed by their English phrase: the page names a
 * file of them (`data-search-words`, src/lib/search/search-words.ts) where they are not this
 * file's English, a phrase that depends on a number with its forms by plural category. Every
 * phrase `say` and `sayCount` are asked for is listed there, and in the catalog
 * (catalog/search.ts). Fetched before this module is ready, so the first words are right; a
 * file that cannot be read leaves the English.
 * @type {Record<string, string | Record<string, string>>}
 */
const words = await (async () => {
  const file = control?.dataset.searchWords ?? pageRoot?.dataset.searchWords;
  if (!file) return {};
  try {
    const response = await fetch(file);
    return response.ok ? await response.json() : {};
  } catch {
    return {};
  }
})();
/** @type {Intl.PluralRules | undefined} */
let pluralRules;
/** @type {Intl.NumberFormat | undefined} */
let numberFormat;

/**
 * The text with each `{name}` replaced by its value; numbers in given words are written as the
 * site's language writes them (English keeps its plain digits).
 * @param {string} text @param {Record<string, string | number>} values @param {boolean} given
 */
function fill(text, values, given) {
  return text.replace(/\{(\w+)\}/g, (whole, /** @type {string} */ name) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (typeof value === 'number' && given)
      return (numberFormat ??= new Intl.NumberFormat(lang)).format(value);
    return String(value);
  });
}

/**
 * A phrase in the site's language, its `{name}` placeholders filled from `values`.
 * @param {string} phrase @param {Record<string, string | number>} [values]
 */
function say(phrase, values = {}) {
  const given = words[phrase];
  return typeof given === 'string' ? fill(given, values, true) : fill(phrase, values, false);
}

/**
 * A phrase that depends on `count` (its English `other` form, `{count} results.`; `one` its
 * English form for 1), in the form the site's language uses for that number.
 * @param {number} count @param {string} other @param {string} one
 * @param {Record<string, string | number>} [values]
 */
function sayCount(count, other, one, values = {}) {
  const forms = words[other];
  const all = { count, ...values };
  if (typeof forms !== 'object') return fill(count === 1 ? one : other, all, false);
  const category = (pluralRules ??= new Intl.PluralRules(lang)).select(count);
  return fill(forms[category] ?? forms.other ?? other, all, true);
}

/**
 * Pagefind keeps one index per language (from each page's `<html lang>`) and stems both the
 * index and the search words by language. Search runs in one Pagefind instance with every
 * language's index merged in, so entries in any language are found from any page. Merged
 * indexes are searched with the instance's own stemmer, and a page holds one stemmer at a time,
 * so the instance's language follows the words searched for: the page's language, unless the
 * words are in a script the page's language is not written in and a language in that script
 * has an index (an Arabic word searched from an English page is stemmed as Arabic, and finds
 * "الاستدامة" where the index holds "استدام"). README "Posts in any language".
 */
const base = new URL(bundle, location.href).href;
/** @type {Promise<Record<string, string>> | undefined} */
let languagesPromise;
/** @type {{ language: string, instance: Promise<any> } | undefined} */
let current;

/**
 * The script a language is written in, e.g. `Arab` for `ar`; undefined when unknown.
 * @param {string} tag
 */
function scriptOf(tag) {
  try {
    return new Intl.Locale(tag).maximize().script;
  } catch {
    return undefined;
  }
}

/** The index languages of the built site (`pagefind-entry.json`), largest first, with their scripts. */
function indexLanguages() {
  languagesPromise ??= fetch(`${base}pagefind-entry.json`)
    .then((response) => response.json())
    .then((entry) => {
      /** @type {Record<string, { page_count: number }>} */
      const languages = entry.languages ?? {};
      /** @type {Record<string, string>} */
      const scripts = {};
      for (const key of Object.keys(languages).sort(
        (a, b) => (languages[b]?.page_count ?? 0) - (languages[a]?.page_count ?? 0),
      ))
        scripts[key] = scriptOf(key) ?? '';
      return scripts;
    })
    .catch(() => ({}));
  return languagesPromise;
}

/** The page's language, as Pagefind reads it. */
const pageLanguage = () =>
  (document.documentElement.getAttribute('lang') || 'unknown').toLowerCase();

/**
 * The index Pagefind loads for a page in `tag`, as it chooses: the exact tag, else the primary
 * language, else the largest.
 * @param {string} tag @param {string[]} keys
 */
const indexFor = (tag, keys) =>
  keys.find((key) => key === tag) ?? keys.find((key) => key === primary(tag)) ?? keys[0];

/**
 * The Pagefind instance whose own language is `language`, with every other language's index
 * merged in; the instance of another language is closed first. Pagefind takes an instance's
 * language from `<html lang>` as it is created, so for another language than the page's the
 * attribute is set for that one synchronous call.
 * @param {string} language
 */
function instanceFor(language) {
  if (current?.language === language) return current.instance;
  const previous = current?.instance;
  const instance = (async () => {
    await previous?.then((old) => old.destroy()).catch(() => {});
    const pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`);
    const keys = Object.keys(await indexLanguages());
    const html = document.documentElement;
    const pageLang = html.getAttribute('lang');
    const swap = language !== pageLanguage();
    if (swap) html.setAttribute('lang', language);
    let created;
    try {
      created = pagefind.createInstance({ excerptLength: 24 });
    } finally {
      if (swap) {
        if (pageLang === null) html.removeAttribute('lang');
        else html.setAttribute('lang', pageLang);
      }
    }
    await created.init();
    const own = indexFor(language, keys);
    // The absolute address: Pagefind skips a merge whose path starts its own index's path.
    await Promise.all(
      keys
        .filter((key) => key !== own)
        .map((key) => created.mergeIndex(base, { language: key }).catch(() => {})),
    );
    return created;
  })();
  current = { language, instance };
  return instance;
}

/** The instance open now, else the page language's. */
const loadPagefind = () => current?.instance ?? instanceFor(pageLanguage());

/**
 * Every filter value with its count: the same in every instance, as each holds every index. An
 * instance closed for a search in another script while it answered is asked again.
 * @returns {Promise<Record<string, Record<string, number>>>}
 */
async function currentFilters() {
  for (;;) {
    const instance = loadPagefind();
    try {
      return await (await instance).filters();
    } catch (error) {
      if (current?.instance === instance) throw error;
    }
  }
}

/**
 * The instance to search `term` in: the page language's, unless the term's first letter is in a
 * script the page's language is not written in and an index of a language in that script exists.
 * @param {string} term
 */
async function pagefindForTerm(term) {
  const letter = /\p{L}/u.exec(term)?.[0];
  const scripts = await indexLanguages();
  /** @param {string | undefined} script */
  const matches = (script) => {
    if (!letter || !script) return false;
    try {
      return new RegExp(`\\p{Script=${script}}`, 'u').test(letter);
    } catch {
      return false; // a script code that is not a Unicode script name, such as Hans
    }
  };
  const page = pageLanguage();
  if (!letter || matches(scriptOf(page))) return instanceFor(page);
  const other = Object.keys(scripts).find((key) => matches(scripts[key]));
  return instanceFor(other ?? page);
}

let uid = 0;

/**
 * A tag's URL slug, as src/lib/content/slug.ts makes it: `?tag=classroom-design` and
 * `?tag=Classroom%20Design` both find the tag shown as "Classroom Design".
 * @param {string} text
 */
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/**
 * Pagefind's excerpt is the page's text with only `<` and `>` escaped, and <mark> around
 * matches. Only those marks become elements; everything else stays text, so nothing in a page's
 * content can turn into markup here.
 * @param {string} excerpt
 */
function excerptNodes(excerpt) {
  const text = (/** @type {string} */ part) => part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  const out = document.createDocumentFragment();
  excerpt.split(/(<mark>.*?<\/mark>)/s).forEach((part, index) => {
    if (index % 2 === 0) {
      out.append(text(part));
    } else {
      const mark = document.createElement('mark');
      mark.textContent = text(part.slice('<mark>'.length, -'</mark>'.length));
      out.append(mark);
    }
  });
  return out;
}

/**
 * Builds one search interface into `root` and wires it to Pagefind.
 * @param {HTMLElement} root
 * @param {{ headingLevel: number, syncUrl: boolean }} options
 */
function mount(root, { headingLevel, syncUrl }) {
  const id = `search-${++uid}`;
  const text = (/** @type {string} */ phrase) => escapeHtml(say(phrase));
  root.innerHTML = `
    <form class="search-form" role="search" action="${escapeHtml(searchPage)}" aria-label="${text('Site search')}">
      <label for="${id}-q">${text('Search reflections and guides')}</label>
      <input id="${id}-q" name="q" type="search" autocomplete="off" spellcheck="false" />
      <div class="search-options">
        <fieldset class="search-types">
          <legend>${text('Type')}</legend>
          ${TYPE_FILTERS.map(
            ([value, label]) =>
              `<label><input type="checkbox" name="type" value="${value}" /> ${text(label)}</label>`,
          ).join('')}
        </fieldset>
        <label class="search-sort">${text('Sort')}
          <select name="sort"><option value="">${text('Best match')}</option><option value="date">${text('Newest first')}</option></select>
        </label>
      </div>
      <details class="search-tags">
        <summary>${text('Filter by tag')}</summary>
        <fieldset><legend class="visually-hidden">${text('Tags')}</legend><p class="search-tag-list">${text('Loading tags…')}</p></fieldset>
      </details>
      <fieldset class="search-models" hidden><legend>${text('Reflection model')}</legend></fieldset>
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-results"></ol>
    <button type="button" class="search-more" hidden>${text('Show more results')}</button>`;

  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  const sort = /** @type {HTMLSelectElement} */ (form.elements.namedItem('sort'));
  const status = /** @type {HTMLElement} */ (root.querySelector('.search-status'));
  const list = /** @type {HTMLOListElement} */ (root.querySelector('.search-results'));
  const more = /** @type {HTMLButtonElement} */ (root.querySelector('.search-more'));
  const tagList = /** @type {HTMLElement} */ (root.querySelector('.search-tag-list'));
  const modelList = /** @type {HTMLFieldSetElement} */ (root.querySelector('.search-models'));
  /** @type {any[]} */
  let results = [];
  let shown = 0;
  let run = 0;
  /**
   * Tags and reflection models named in the address (`?tag=pln`, `?model=gibbs`), kept and
   * applied until their checkboxes exist: they are built only once Pagefind has listed the
   * filter values, after the first search started (and rewrote the address).
   * @type {{ tag: string[], model: string[] } | undefined}
   */
  let pending = syncUrl
    ? {
        tag: new URLSearchParams(location.search).getAll('tag'),
        model: new URLSearchParams(location.search).getAll('model'),
      }
    : { tag: [], model: [] };

  /** @param {string} name */
  const checked = (name) =>
    pending && (name === 'tag' || name === 'model')
      ? pending[name]
      : [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(
          (box) => /** @type {HTMLInputElement} */ (box).value,
        );

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const thisRun = run;
    // A newer search in another script closes the instance these results came from.
    const data = await Promise.all(batch.map((result) => result.data())).catch(() => undefined);
    if (!data || thisRun !== run) return;
    for (const item of data) list.append(resultItem(item));
    shown += batch.length;
    more.hidden = shown >= results.length;
  }

  /** @param {any} item */
  function resultItem(item) {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement(`h${headingLevel}`);
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result-meta';
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(excerptNodes(item.excerpt ?? ''));
    // An entry in another language than the interface's: its title and excerpt say which; in
    // another than the site's, the result names it too.
    const itemLang = item.meta.lang;
    if (itemLang && primary(itemLang) !== primary(lang)) {
      for (const text of [link, excerpt]) {
        text.lang = itemLang;
        text.dir = 'auto';
      }
    }
    if (itemLang && primary(itemLang) !== primary(siteLang)) {
      const language = document.createElement('span');
      language.className = 'search-result-lang';
      language.textContent = languageName(itemLang);
      meta.append(language, ' · ');
    }
    const typeLabel = TYPE_LABELS[/** @type {'guide'} */ (item.meta.type)];
    const type = typeLabel && say(typeLabel);
    if (type) meta.append(type);
    const date = new Date(item.meta.date ?? '');
    if (!Number.isNaN(date.getTime())) {
      const time = document.createElement('time');
      time.dateTime = item.meta.date;
      time.textContent = dateFormat.format(date);
      if (siteLang !== lang) time.lang = siteLang;
      meta.append(type ? ' · ' : '', time);
    }
    li.append(heading, meta, excerpt);
    return li;
  }

  function updateUrl() {
    if (!syncUrl) return;
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const type of checked('type')) params.append('type', type);
    for (const tag of checked('tag')) params.append('tag', tag);
    for (const model of checked('model')) params.append('model', model);
    if (sort.value) params.set('sort', sort.value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  }

  /** @param {number} [debounce] */
  async function search(debounce = 200) {
    const thisRun = ++run;
    updateUrl();
    const term = input.value.trim();
    const types = checked('type');
    const tags = checked('tag');
    const models = checked('model');
    if (!term && types.length === 0 && tags.length === 0 && models.length === 0) {
      results = [];
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    /** @type {Record<string, { any: string[] }>} */
    const filters = {};
    if (types.length) filters.type = { any: types };
    if (tags.length) filters.tag = { any: tags };
    if (models.length) filters.model = { any: models };
    let pagefind;
    try {
      pagefind = await pagefindForTerm(term);
    } catch {
      status.textContent =
        'Search is not available here: the search index is made by `npm run build`.';
      return;
    }
    const found = await pagefind
      .debouncedSearch(
        term || null,
        { filters, ...(sort.value === 'date' && { sort: { date: 'desc' } }) },
        debounce,
      )
      .catch(() => null); // its instance was closed for a newer search in another script
    if (found === null || thisRun !== run) return; // a newer search superseded this one
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (thisRun !== run) return;
    const count = results.length;
    const narrowed = types.length > 0 || tags.length > 0 || models.length > 0;
    // Whole sentences, so that a language can put the words searched for where it needs them.
    const [none, some, one] = term
      ? narrowed
        ? [
            'No results for “{term}” with the chosen filters.',
            '{count} results for “{term}” with the chosen filters.',
            '{count} result for “{term}” with the chosen filters.',
          ]
        : [
            'No results for “{term}”.',
            '{count} results for “{term}”.',
            '{count} result for “{term}”.',
          ]
      : narrowed
        ? [
            'No results with the chosen filters.',
            '{count} results with the chosen filters.',
            '{count} result with the chosen filters.',
          ]
        : ['No results.', '{count} results.', '{count} result.'];
    status.textContent = count === 0 ? say(none, { term }) : sayCount(count, some, one, { term });
  }

  async function loadTags() {
    const wantedTags = new Set((pending?.tag ?? []).map(slug));
    const wantedModels = new Set(pending?.model ?? []);
    try {
      const filters = await currentFilters();
      /** @param {string} name @param {(value: string) => boolean} wanted */
      const boxes = (name, wanted) =>
        Object.keys(filters[name] ?? {})
          .sort((a, b) => a.localeCompare(b))
          .map(
            (value) =>
              `<label><input type="checkbox" name="${name}" value="${escapeHtml(value)}"${wanted(value) ? ' checked' : ''} /> ${escapeHtml(value)} <span class="search-count">(${filters[name][value]})</span></label>`,
          )
          .join('');
      tagList.outerHTML = boxes('tag', (tag) => wantedTags.has(slug(tag)));
      // Only sites with reflections that follow a model get the model filter.
      const models = boxes('model', (model) => wantedModels.has(model));
      if (models) {
        modelList.insertAdjacentHTML('beforeend', models);
        modelList.hidden = false;
      }
    } catch {
      tagList.textContent = say('Tags are not available.');
      return; // the address's tags and models stay applied as written
    }
    // From now on the checkboxes say which tags and models apply. The search runs again only
    // if they differ from what the address named: a tag by another spelling than the one shown
    // (`?tag=Classroom-design`), or a model no entry follows.
    const named = pending ?? { tag: [], model: [] };
    pending = undefined;
    const now = { tag: checked('tag'), model: checked('model') };
    // Tags chosen by the address are shown chosen, not hidden in a closed disclosure.
    if (now.tag.length)
      /** @type {HTMLDetailsElement} */ (root.querySelector('.search-tags')).open = true;
    const same = (/** @type {string[]} */ a, /** @type {string[]} */ b) =>
      a.length === b.length && a.every((value, i) => value === b[i]);
    if (!same(named.tag, now.tag) || !same(named.model, now.model)) search(0);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search(0);
  });
  input.addEventListener('input', () => search());
  form.addEventListener('change', (event) => {
    if (event.target !== input) search(0);
  });
  more.addEventListener('click', () => {
    const next = list.children.length;
    showMore().then(() =>
      /** @type {HTMLElement | null} */ (list.children[next]?.querySelector('a'))?.focus(),
    );
  });

  if (syncUrl) {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const type of params.getAll('type')) {
      const box = form.querySelector(`input[name="type"][value="${CSS.escape(type)}"]`);
      if (box) /** @type {HTMLInputElement} */ (box).checked = true;
    }
    if (params.get('sort') === 'date') sort.value = 'date';
  }
  loadTags();
  search(0);
  return input;
}

/** @type {HTMLDialogElement | undefined} */
let dialog;
/** @type {HTMLInputElement | undefined} */
let dialogInput;
/** @type {Element | null} */
let returnFocus = null;

function closeDialog() {
  if (!dialog?.open) return;
  dialog.close();
  if (returnFocus instanceof HTMLElement) returnFocus.focus();
}

function createDialog() {
  const created = document.createElement('dialog');
  created.className = 'search-dialog';
  // In the site's language and direction, also on a page whose content is in another.
  created.lang = lang;
  created.dir = dir;
  created.setAttribute('aria-labelledby', 'search-dialog-title');
  created.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">${escapeHtml(say('Search'))}</h2>
      <button type="button" class="search-close">${fill(escapeHtml(say('Close {search}')), { search: `<span class="visually-hidden">${escapeHtml(say('search'))}</span>` }, false)}</button>
    </div>
    <div class="search-dialog-body"></div>`;
  document.body.append(created);
  const body = /** @type {HTMLElement} */ (created.querySelector('.search-dialog-body'));
  dialogInput = mount(body, { headingLevel: 3, syncUrl: false });
  created.querySelector('.search-close')?.addEventListener('click', closeDialog);
  // Escape always closes, even when the search box would otherwise just clear itself.
  created.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      closeDialog();
    }
  });
  created.addEventListener('cancel', (event) => {
    event.preventDefault();
    closeDialog();
  });
  // A click on the backdrop (outside the dialog's box) closes it too.
  created.addEventListener('click', (event) => {
    if (event.target === created) closeDialog();
  });
  return created;
}

/** The /search/ page's own interface, mounted as soon as this module runs. */
const pageInput = pageRoot ? mount(pageRoot, { headingLevel: 2, syncUrl: true }) : undefined;
if (pageInput && !pageInput.value) pageInput.focus();

/**
 * Opens search: the page's search box on /search/, else the search dialog. `typed` holds keys
 * pressed while this module loaded; they replace the previous search, which otherwise stays,
 * selected, so typing starts a new one.
 * @param {string} [typed]
 */
export function openSearch(typed = '') {
  let input = pageInput;
  if (!input) {
    if (!dialog?.open) {
      returnFocus = document.activeElement;
      dialog ??= createDialog();
      dialog.showModal();
    }
    input = dialogInput;
  }
  if (!input) return;
  input.focus();
  if (typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input'));
  } else {
    input.select();
  }
  loadPagefind().catch(() => {});
}
