/** The phrases of every page's frame, the listings and the entry pages (see catalog.ts). */
export const PAGES = {
  // Every page: src/layouts/BaseLayout.astro, Header.astro, Footer.astro.
  'Skip to content': 'the skip link, the first thing a keyboard reaches on every page',
  Main: "the name of the header's navigation, which screen readers announce",
  Reflections: 'header navigation: the list of posts; also the heading of /posts/',
  Guides: 'header navigation: the list of guides; also the heading of /guides/',
  Courses: 'header navigation: the list of courses',
  Tags: 'header navigation: the list of tags; also the name of the tags under a post',
  About: 'header navigation: the About page',
  'Dark theme': 'the button that turns the dark colour theme on and off',
  '© {year} {name}. Built with Commonplace.':
    "the footer's first line; {name} is the site author's, Commonplace the tool's name",
  Subscribe: "the name of the footer's list of feed links",
  'Subscribe (RSS)': "footer: a link to the site's RSS feed",
  'JSON Feed': "footer: a link to the site's JSON Feed (a feed format's name)",
  'Every feed (OPML)': "footer: a link to a file listing every one of the site's feeds",
  Elsewhere: "the name of the footer's list of the author's profiles on other sites",

  // Home page: src/pages/index.astro.
  'Who writes here': "home page: heading over the author's name and bio",
  'More about this site': 'home page: a link to the About page, after the bio',
  'Latest reflections': 'home page: heading over the newest posts',
  'All reflections': 'home page: a link to the list of every post',
  'Featured guides': 'home page: heading over the guides the site features',
  'All guides': 'home page: a link to the list of every guide',

  // Lists of entries: src/components/PostsPage.astro, EntryList.astro, Pagination.astro.
  'Reflections, page {page}': "the title of /posts/'s later pages, {page} a number from 2",
  'Every reflection, newest first.': 'the description of /posts/ (search results, link previews)',
  '{site}: reflections': "the name of the posts' feed, {site} the site's title",
  Reflection: 'the kind of an entry, shown before its date in mixed lists: a post',
  Guide: 'the kind of an entry, shown before its date in mixed lists: a guide',
  Pagination: 'the name of the navigation between pages of posts',
  Newer: 'pagination: the link to the page of newer posts',
  Older: 'pagination: the link to the page of older posts',
  'Page {current} of {last}': 'pagination: where the reader is, e.g. "Page 2 of 5"',
  '{count} entries': {
    one: '{count} entry',
    note: 'how many posts and guides a tag or a list has',
  },

  // Guides: src/pages/guides/index.astro.
  'Step-by-step guides to building a personal learning network.':
    'the description of /guides/ (search results, link previews)',
  'Plans to work through, one step at a time, with a network that grows as you go.':
    'the sentence under the heading of /guides/',
  '{site}: guides': "the name of the guides' feed, {site} the site's title",

  // Tags: src/pages/tags/.
  'Every topic on this site, with how many entries cover it.':
    'the description of /tags/ (search results, link previews)',
  'Tagged #{tag}': "a tag's page: its title and heading; keep # before {tag}",
  'Reflections and guides tagged {tag}.': "the description of a tag's page",
  'Subscribe to #{tag}': "a tag's page: the link to the tag's own feed",
  'All tags': "a tag's page: the link to the list of every tag",

  // An entry's page: src/layouts/EntryLayout.astro, Toc.astro, PrevNext.astro.
  Published: 'before the date a post was published: "Published 3 March 2026"',
  Updated: 'before the date a post was last changed: "Updated 5 March 2026"',
  '{count} min read': {
    one: '{count} min read',
    note: 'how long a post takes to read, in minutes, after its dates',
  },
  'Reflection model:': 'before the name of the reflection model a post follows (e.g. Gibbs)',
  Contents: "the heading of a long post's list of sections",
  'Previous:': 'before the title of the previous post in a series, a course or by date',
  'Next:': 'before the title of the next post in a series, a course or by date',

  // Only on the dev server: src/components/DevOnlyLabel.astro; and a draft page.
  Draft: 'a label on an entry the built site leaves out until it is no longer a draft',
  Scheduled: 'a label on an entry that goes live at a later date',
  'goes live {when} ({timeZone})': 'after "Scheduled": {when} a date and time',

  // Page not found: src/pages/404.astro.
  'Page not found': 'the title and heading of the page shown for an address with no page',
  'There is no page at this address.': 'the description of the page not found page',
  'There is no page at this address. It may have moved, or the link may have a typo.':
    'the sentence under "Page not found"',
  'Go to the home page': 'page not found: a link to the home page',
  'Browse all reflections': 'page not found: a link to the list of every post',
  'Search the site': 'page not found: a link to the search page',

  // Search page: src/pages/search.astro (the search box's own words are in search.ts).
  Search: "the search page's title and heading, and the header's link to search",
  'Search every reflection and guide.': 'the description of the search page',
} as const;
