// @ts-nocheck
/*
 * The only script a page runs before interaction, inlined in <head> and minified at build time
 * (src/components/BootScript.astro). Render-blocking on purpose: it sets the theme before first
 * paint, so a reader who chose dark never sees a flash of light. It also wires the theme toggle
 * and the search opener: `/` outside a text field, or a plain click on the header's search link,
 * imports the search interface (src/scripts/search-ui.js) only then. Keys typed while it loads
 * are handed over; if it cannot load, the link is followed as without JavaScript.
 */
(() => {
  const html = document.documentElement.dataset;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const find = (selector) => document.querySelector(selector);
  const on = addEventListener;
  const store = (value) => {
    try {
      return value ? (localStorage.theme = value) : localStorage.theme;
    } catch {}
  };
  const apply = (theme) => {
    html.theme = theme;
    find('#theme-toggle')?.setAttribute('aria-pressed', theme == 'dark');
  };
  apply(store() || (media.matches ? 'dark' : 'light'));
  media.onchange = (e) => store() || apply(e.matches ? 'dark' : 'light');
  // The toggle is hidden in the HTML: without JavaScript it could not work.
  on('DOMContentLoaded', () => {
    apply(html.theme);
    find('#theme-toggle')?.removeAttribute('hidden');
  });

  let typed = null;
  const open = (e, link) => {
    e.preventDefault();
    typed ??
      // The search UI's address is the page's to give (it carries the base); Vite need not
      // follow it, and says so in every dev session unless told.
      import(/* @vite-ignore */ link.dataset.searchUi).then(
        (ui) => {
          ui.openSearch(typed);
          typed = null;
        },
        () => (location.href = link.href),
      );
    typed ??= '';
  };
  on('keydown', (e) => {
    const link = find('[data-search-ui]');
    if (!link || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    if (typed != null && !e.key[1]) {
      typed += e.key;
      e.preventDefault();
    } else if (e.key == '/' && !e.target.closest('input,select,textarea,[contenteditable]')) {
      open(e, link);
    }
  });
  on('click', (e) => {
    const t = e.target.closest('#theme-toggle,[data-search-ui]');
    if (t?.id) store(apply(html.theme == 'dark' ? 'light' : 'dark') ?? html.theme);
    else if (t && !(e.button || e.ctrlKey || e.metaKey || e.shiftKey)) open(e, t);
  });
})();
