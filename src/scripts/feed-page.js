// @ts-check
/*
 * Makes an RSS feed opened in a browser read as a page: what a feed is, how to subscribe, and the
 * latest entries. Every feed names this file in a `<script>` of the XHTML namespace, which
 * browsers run in any XML document, and `/feed.css` in its `xml-stylesheet`, which styles the
 * page this builds (and the feed itself, for a reader without JavaScript). Browsers are removing
 * XSLT, which the page was made with before: Chromium already warns over every page made so.
 * Feed readers ignore both. Plain JavaScript shipped as the build writes it, with no imports.
 */

/**
 * The site's settings, which the build writes in place of this object
 * (src/lib/feeds/page-script.ts); as written here, an English site with no time zone.
 * @type {import('../lib/feeds/page-script.ts').FeedPageSettings}
 */
const settings = /* settings */ {
  lang: 'en',
  dir: 'ltr',
  timeZone: 'UTC',
  ui: {},
  site: {},
  words: {},
};

const XHTML = 'http://www.w3.org/1999/xhtml';
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An XHTML element, with attributes and children (text or elements).
 * @param {string} name
 * @param {Record<string, string | undefined>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function h(name, attributes = {}, children = []) {
  const el = document.createElementNS(XHTML, name);
  for (const [key, value] of Object.entries(attributes))
    if (value !== undefined) el.setAttribute(key, value);
  el.append(...children);
  return el;
}

/**
 * A phrase in the interface's words (English where the site has none in its language), with
 * each `{placeholder}` given as a node: the parts stay nodes, never markup made of feed text.
 * @param {string} phrase
 * @param {Record<string, Node | string>} [parts]
 */
function say(phrase, parts = {}) {
  const words = settings.words[phrase] ?? phrase;
  return words.split(/(\{\w+\})/).map((piece) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return name && name in parts ? parts[name] : piece;
  });
}

/**
 * An item's date as the site's pages write it (src/components/FormattedDate.astro): a date
 * written as a day, which the feed gives as midnight UTC, is that day; a date with a time is
 * the day it falls on in the site's time zone. In the site's language and its calendar.
 * @param {string} rss
 */
function dateOf(rss) {
  const date = new Date(rss);
  if (Number.isNaN(date.getTime())) return rss;
  const timeZone = date.getTime() % DAY_MS === 0 ? 'UTC' : settings.timeZone;
  try {
    return new Intl.DateTimeFormat(settings.lang, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    return date.toUTCString().slice(5, 16);
  }
}

/**
 * The text of `parent`'s first child element named `name` (as the feed writes it, `atom:link`
 * with its prefix), or ''.
 * @param {Element} parent
 * @param {string} name
 */
function childText(parent, name) {
  for (const child of parent.children) if (child.nodeName === name) return child.textContent ?? '';
  return '';
}

/** The page, built from the feed. */
function render() {
  const channel = document.querySelector('channel');
  if (!channel || document.documentElement.namespaceURI === XHTML) return;
  const title = childText(channel, 'title');
  const lang = childText(channel, 'language') || settings.lang;
  const self = [...channel.children].find(
    (child) => child.nodeName === 'atom:link' && child.getAttribute('rel') === 'self',
  );
  const items = [...channel.children].filter((child) => child.nodeName === 'item');
  /** An entry in another language than the feed's says so, and lays itself out. */
  const itsLanguage = (/** @type {Element} */ item) => {
    const own = childText(item, 'dc:language');
    return own && own.toLowerCase() !== lang.toLowerCase() ? { lang: own, dir: 'auto' } : {};
  };
  const page = h('html', { lang, dir: settings.dir }, [
    h('head', {}, [
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', {}, say('Feed: {title}', { title })),
    ]),
    h('body', {}, [
      h('main', {}, [
        h('h1', {}, [title]),
        h('p', {}, [childText(channel, 'description')]),
        h('p', {}, [
          h('a', { href: childText(channel, 'link'), ...settings.ui }, say('Visit the website')),
        ]),
        h('section', { class: 'about', 'aria-labelledby': 'about-feeds', ...settings.ui }, [
          h('h2', { id: 'about-feeds' }, say('This is a web feed')),
          h(
            'p',
            {},
            say(
              'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.',
            ),
          ),
          h(
            'p',
            {},
            say("To subscribe, copy this page's address into your feed reader: {address}", {
              address: h('code', {}, [self?.getAttribute('href') ?? location.href]),
            }),
          ),
          h(
            'p',
            {},
            say(
              'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.',
            ),
          ),
        ]),
        h('h2', settings.ui, say('Latest entries')),
        h(
          'ol',
          {},
          items.map((item) =>
            h('li', {}, [
              h('h3', {}, [
                h('a', { href: childText(item, 'link'), ...itsLanguage(item) }, [
                  childText(item, 'title'),
                ]),
              ]),
              h(
                'p',
                { class: 'meta', ...settings.ui },
                say('Published {date}', {
                  date: h('span', settings.site, [dateOf(childText(item, 'pubDate'))]),
                }),
              ),
              h('p', itsLanguage(item), [childText(item, 'description')]),
            ]),
          ),
        ),
      ]),
    ]),
  ]);
  document.replaceChild(page, document.documentElement);
}

// This script runs where the feed names it, before the items after it are read.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
else render();
