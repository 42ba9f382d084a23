/**
 * The phrases of courses: the list of courses, a course's page and portfolio, the course badge
 * and series box on an entry, and the labels of a course's or series' previous/next (see
 * catalog.ts). Also uses, from pages.ts: `Courses` (the list's title and
 * heading), `Contents`, `Guide`, `Reflection`, `Published`, `Updated` and `{count} entries`.
 */
export const COURSES = {
  // The list of courses (/courses/).
  'Courses whose reflections and guides are published here, module by module.':
    'Description of the page that lists every course (search results, link previews).',
  'No courses yet.': 'The page that lists every course, when the site has none.',
  '{count} modules': {
    one: '{count} module',
    note: 'Under a course in the list of courses: how many modules it has ("Spring 2027 · 3 modules · 8 entries").',
  },

  // A course's page and its modules.
  Course:
    'Above a course’s title on its page, before the term it is taught in ("Course · Spring 2027").',
  'Subscribe to this course': 'Link on a course’s page to the course’s RSS feed.',
  'Read the whole course on one page (portfolio)':
    'Link on a course’s page to its portfolio, every entry of the course on one printable page.',
  'Module {number}: {title}':
    'Heading of a module on a course’s page and in its portfolio, and on the course badge of an entry; {number} is its place in the course (1, 2, 3), {title} the module’s title.',
  'Nothing published in this module yet.':
    'Under a module’s heading on a course’s page or portfolio, when no entry belongs to it yet.',
  'Also in this course':
    'Heading after a course’s modules, over the entries that name the course but no module of it.',

  // On an entry: the course badge, the series box and the labels of previous/next.
  'Course: {title}':
    'The course badge above an entry’s title, and the title of the previous/next links that follow the course; {title} is the course’s title.',
  'Series: {name}':
    'Title of the previous/next links under an entry that follow its series; {name} is the series’ name.',
  'Part {part} of {total}':
    'Where an entry sits in its series ("Part 2 of 4"), in bold at the start of the series box.',
  '{part} in the series “{name}”':
    'The line at the top of the series box on an entry; {part} is "Part 2 of 4" (shown in bold), {name} the series’ name.',
  'Parts of the series {name}':
    'Name of the series box for screen readers (it lists every part of the series); {name} is the series’ name.',
  '(you are here)': 'After the current entry in the series box’s list of parts.',

  // A course's portfolio (/courses/<id>/portfolio/): every entry on one page, for print.
  'Portfolio: {title}': 'Title and heading of a course’s portfolio page; {title} is the course’s.',
  'Every entry of {course} ({term}) on one page, module by module.':
    'Description of a course’s portfolio page (search results, link previews); {course} is the course’s title, {term} when it is taught ("Spring 2027").',
  'Course portfolio':
    'Above the heading of a course’s portfolio, before the term ("Course portfolio · Spring 2027").',
  '{count} entries in module order.': {
    one: '{count} entry in module order.',
    note: 'Under the heading of a course’s portfolio: how many entries follow, in the order of the course’s modules. A link "Back to the course" follows it.',
  },
  'Back to the course': 'Link from a course’s portfolio back to the course’s page.',
  "To hand it in or keep it, print this page or save it as a PDF: the print version leaves out the site's navigation, starts each entry on a new page and prints each link's address.":
    'Tip at the top of a course’s portfolio, shown on screen only (not printed).',
  '(nothing published yet)':
    'In the portfolio’s table of contents, after a module that has no entry yet.',
  'Read it online':
    'Link in the portfolio, beside an entry’s date, to the entry’s own page (on paper its address is printed after it).',
  'Alt text:':
    'Label of the caption the portfolio adds under an image, before the image’s text alternative (the words that describe it), so readers of the printed page see them.',
} as const;
