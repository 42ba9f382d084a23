// @ts-check
/*
 * The search interface, loaded only when a reader opens search (the header control's inline
 * script imports it on `/` or a click; /search/ loads it at once). Plain JavaScript shipped as
 * is, because the tiny inline loader needs this file's final URL, which a `?url` import gives.
 * It talks to Pagefind's JS API directly: a small custom UI is lighter than Pagefind's own.
 */

const PAGE_SIZE = 10;
const TYPE_LABELS = { reflection: 'Reflection', guide: 'Guide' };
const TYPE_FILTERS = [
  ['reflection', 'Reflections'],
  ['guide', 'Guides'],
];

/** @type {HTMLElement | null} */
const control = document.querySelector('[data-search-bundle]');
const bundle = control?.dataset.searchBundle ?? '/pagefind/';
// The /search/ page's address, base included (the header's search link points at it).
const searchPage = control?.getAttribute('href') ?? '/search/';
const lang = document.documentElement.lang || 'en';
const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });

/** @type {Promise<any> | undefined} */
let pagefindPromise;
function loadPagefind() {
  pagefindPromise ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  });
  return pagefindPromise;
}

let uid = 0;

/**
 * A tag's URL slug, as src/lib/slug.ts makes it: `?tag=classroom-design` and
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
  root.innerHTML = `
    <form class="search-form" role="search" action="${escapeHtml(searchPage)}" aria-label="Site search">
      <label for="${id}-q">Search reflections and guides</label>
      <input id="${id}-q" name="q" type="search" autocomplete="off" spellcheck="false" />
      <div class="search-options">
        <fieldset class="search-types">
          <legend>Type</legend>
          ${TYPE_FILTERS.map(
            ([value, label]) =>
              `<label><input type="checkbox" name="type" value="${value}" /> ${label}</label>`,
          ).join('')}
        </fieldset>
        <label class="search-sort">Sort
          <select name="sort"><option value="">Best match</option><option value="date">Newest first</option></select>
        </label>
      </div>
      <details class="search-tags">
        <summary>Filter by tag</summary>
        <fieldset><legend class="visually-hidden">Tags</legend><p class="search-tag-list">Loading tags…</p></fieldset>
      </details>
    </form>
    <p class="search-status" role="status" aria-live="polite"></p>
    <ol class="search-results"></ol>
    <button type="button" class="search-more" hidden>Show more results</button>`;

  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  const sort = /** @type {HTMLSelectElement} */ (form.elements.namedItem('sort'));
  const status = /** @type {HTMLElement} */ (root.querySelector('.search-status'));
  const list = /** @type {HTMLOListElement} */ (root.querySelector('.search-results'));
  const more = /** @type {HTMLButtonElement} */ (root.querySelector('.search-more'));
  const tagList = /** @type {HTMLElement} */ (root.querySelector('.search-tag-list'));
  /** @type {any[]} */
  let results = [];
  let shown = 0;
  let run = 0;
  /**
   * Tags named in the address (`?tag=pln`), kept and applied until the tag checkboxes exist:
   * they are built only once Pagefind has listed the tags, after the first search started.
   * @type {string[] | undefined}
   */
  let pendingTags = syncUrl ? new URLSearchParams(location.search).getAll('tag') : [];

  /** @param {string} name */
  const checked = (name) =>
    name === 'tag' && pendingTags
      ? pendingTags
      : [...form.querySelectorAll(`input[name="${name}"]:checked`)].map(
          (box) => /** @type {HTMLInputElement} */ (box).value,
        );

  async function showMore() {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const thisRun = run;
    const data = await Promise.all(batch.map((result) => result.data()));
    if (thisRun !== run) return;
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
    const type = TYPE_LABELS[/** @type {'guide'} */ (item.meta.type)];
    if (type) meta.append(type);
    const date = new Date(item.meta.date ?? '');
    if (!Number.isNaN(date.getTime())) {
      const time = document.createElement('time');
      time.dateTime = item.meta.date;
      time.textContent = dateFormat.format(date);
      meta.append(type ? ' · ' : '', time);
    }
    const excerpt = document.createElement('p');
    excerpt.className = 'search-excerpt';
    excerpt.append(excerptNodes(item.excerpt ?? ''));
    li.append(heading, meta, excerpt);
    return li;
  }

  function updateUrl() {
    if (!syncUrl) return;
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const type of checked('type')) params.append('type', type);
    for (const tag of checked('tag')) params.append('tag', tag);
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
    if (!term && types.length === 0 && tags.length === 0) {
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
    let pagefind;
    try {
      pagefind = await loadPagefind();
    } catch {
      status.textContent =
        'Search is not available here: the search index is made by `npm run build`.';
      return;
    }
    const found = await pagefind.debouncedSearch(
      term || null,
      { filters, ...(sort.value === 'date' && { sort: { date: 'desc' } }) },
      debounce,
    );
    if (found === null || thisRun !== run) return; // a newer search superseded this one
    results = found.results;
    shown = 0;
    list.replaceChildren();
    await showMore();
    if (thisRun !== run) return;
    const count = results.length;
    const what = term ? ` for “${term}”` : '';
    const narrowed = types.length || tags.length ? ' with the chosen filters' : '';
    status.textContent =
      count === 0
        ? `No results${what}${narrowed}.`
        : `${count} ${count === 1 ? 'result' : 'results'}${what}${narrowed}.`;
  }

  async function loadTags() {
    const wanted = new Set((pendingTags ?? []).map(slug));
    try {
      const pagefind = await loadPagefind();
      const filters = await pagefind.filters();
      const tags = Object.keys(filters.tag ?? {}).sort((a, b) => a.localeCompare(b));
      tagList.outerHTML = tags
        .map(
          (tag) =>
            `<label><input type="checkbox" name="tag" value="${escapeHtml(tag)}"${wanted.has(slug(tag)) ? ' checked' : ''} /> ${escapeHtml(tag)} <span class="search-count">(${filters.tag[tag]})</span></label>`,
        )
        .join('');
    } catch {
      tagList.textContent = 'Tags are not available.';
      return; // the address's tags stay applied as written
    }
    // From now on the checkboxes say which tags apply. The search runs again only if the
    // address named a tag by another spelling than the one shown (`?tag=Classroom-design`).
    const named = pendingTags ?? [];
    pendingTags = undefined;
    const now = checked('tag');
    // Tags chosen by the address are shown chosen, not hidden in a closed disclosure.
    if (now.length)
      /** @type {HTMLDetailsElement} */ (root.querySelector('.search-tags')).open = true;
    if (named.length !== now.length || named.some((tag, i) => tag !== now[i])) search(0);
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
  created.setAttribute('aria-labelledby', 'search-dialog-title');
  created.innerHTML = `
    <div class="search-dialog-head">
      <h2 id="search-dialog-title">Search</h2>
      <button type="button" class="search-close">Close <span class="visually-hidden">search</span></button>
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
/** @type {HTMLElement | null} */
const pageRoot = document.querySelector('[data-search-page]');
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
