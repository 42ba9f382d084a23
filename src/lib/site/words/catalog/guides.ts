/**
 * The phrases of guides: a guide's facts, events, network (summary, map and table) and
 * downloads, and the words the guide's calendar and feed list carry (see catalog.ts). The
 * network spreadsheet's column names stay in English. Also uses `Guides` from pages.ts.
 */
export const GUIDES = {
  // The facts under a guide's title.
  Goal: 'Under a guide’s title: what the guide helps its reader do.',
  'Who it is for': 'Under a guide’s title: who the guide is written for.',
  'Time needed': 'Under a guide’s title: how long working through the guide takes.',

  // A guide's events and their calendar file.
  Events: 'Heading of the list of events on a guide’s page.',
  '{link} (iCalendar file, works with most calendar apps).':
    'Under a guide’s events; {link} is the link "Add these events to your calendar".',
  'Add these events to your calendar':
    'Link to the guide’s events as a calendar file, shown in place of {link} in "{link} (iCalendar file, works with most calendar apps)."',
  'From the guide "{title}": {url}':
    'Description of every event in a guide’s calendar file (shown in calendar apps); {title} is the guide’s title, {url} its address.',

  // A guide's network: the diversity summary.
  'The network: {title}':
    'Heading of the network on a guide’s page; {title} is the network’s title.',
  'The network has no entries yet.': 'Summary of a guide’s network that has no one in it yet.',
  'The network has {count} entries: {kinds}.': {
    one: 'The network has {count} entry: {kinds}.',
    note: 'Summary of a guide’s network; {kinds} lists how many of each kind ("2 people and 1 organization").',
  },
  'They cover {covered} of the {count} perspectives this guide asks for.': {
    one: 'They cover {covered} of the {count} perspectives this guide asks for.',
    note: 'Summary of a guide’s network, after "The network has … entries": how many of the perspectives (points of view) the guide asks for its entries bring. English keeps "perspectives" for one too.',
  },
  'This guide does not list the perspectives it wants yet.':
    'Summary of a guide’s network, when the guide names no perspectives (points of view) to look for.',
  'Every perspective this guide asks for has at least one voice.':
    'Summary of a guide’s network, when every perspective (point of view) it asks for is covered.',
  'No one yet from: {perspectives}.':
    'Summary of a guide’s network, in bold: the perspectives (points of view) no entry brings yet; {perspectives} lists them, separated by commas.',
  'Entries per perspective and per kind':
    'Button that opens the network’s counts per perspective (point of view) and per kind.',
  'Per perspective': 'Heading of the network’s counts per perspective (point of view).',
  'Per kind': 'Heading of the network’s counts per kind (people, organizations…).',
  'no one yet':
    'In the network’s counts per perspective, after a perspective’s name when no entry brings it ("fans: no one yet").',
  '{count} people': {
    one: '{count} person',
    note: 'How many entries of a guide’s network are people: in its summary and its counts per kind.',
  },
  '{count} organizations': {
    one: '{count} organization',
    note: 'How many entries of a guide’s network are organizations: in its summary and counts.',
  },
  '{count} communities': {
    one: '{count} community',
    note: 'How many entries of a guide’s network are communities: in its summary and counts.',
  },
  '{count} events': {
    one: '{count} event',
    note: 'How many entries of a guide’s network are events (conferences, meetups): in its summary and counts.',
  },
  '{count} publications': {
    one: '{count} publication',
    note: 'How many entries of a guide’s network are publications (magazines, newsletters): in its summary and counts.',
  },
  '{count} platforms': {
    one: '{count} platform',
    note: 'How many entries of a guide’s network are platforms (forums, websites): in its summary and counts.',
  },

  // Kinds and statuses of a network's entries, in the map's legend and the table.
  Person: 'Kind of a network entry, in the network table and the map’s legend.',
  Organization: 'Kind of a network entry, in the network table and the map’s legend.',
  Community: 'Kind of a network entry, in the network table and the map’s legend.',
  Event:
    'Kind of a network entry (a conference, a meetup), in the network table and the map’s legend.',
  Publication:
    'Kind of a network entry (a magazine, a newsletter), in the network table and the map’s legend.',
  Platform:
    'Kind of a network entry (a forum, a website), in the network table and the map’s legend.',
  'To research':
    'Status of a network entry: the author has yet to look into it. In the network table and the map’s legend.',
  Following:
    'Status of a network entry: the author follows what it publishes. In the network table and the map’s legend.',
  Engaged:
    'Status of a network entry, between Following and Collaborating: the author interacts with it. In the network table and the map’s legend.',
  Collaborating:
    'Status of a network entry: the author works with it. In the network table and the map’s legend.',

  // The network map.
  'Network map: {count} entries grouped by perspective': {
    one: 'Network map: {count} entry grouped by perspective',
    note: 'Name of the network map (an image) for screen readers.',
  },
  'Each box is a perspective; each numbered shape is an entry, numbered as in the network table. An entry with several perspectives appears in several boxes. Shape shows the kind and colour shows the status; the legend and the table below say the same in words.':
    'Description of the network map for screen readers, after the network’s summary.',
  'No one yet': 'In the network map, inside the box of a perspective no entry brings yet.',
  'Numbers match the rows of the {link}, which lists every entry in words.':
    'Caption of the network map; {link} is a link saying "network table".',
  'network table':
    'Link to the network table, shown in place of {link} in "Numbers match the rows of the {link}, which lists every entry in words."',
  'Shape shows kind': 'Heading of the network map’s legend of shapes.',
  'Colour shows status': 'Heading of the network map’s legend of colours.',
  '(dashed outline)': 'In the network map’s legend, after the status "To research".',

  // The network table.
  'Every entry in the network ({count})':
    'Caption of the network table; {count} is how many entries it has.',
  Name: 'Column heading of the network table: an entry’s name.',
  Kind: 'Column heading of the network table: whether an entry is a person, an organization…',
  Perspectives: 'Column heading of the network table: the points of view an entry brings.',
  'Where to follow':
    'Column heading of the network table: the links to an entry’s website, feed and accounts.',
  Status: 'Column heading of the network table: how far the author has got with an entry.',
  'None listed': 'In the network table’s "Where to follow" column, when an entry has no link.',
  Website: 'Link to a network entry’s website, in the network table.',
  Feed: 'Link to a network entry’s feed (RSS or Atom), in the network table.',

  // A guide's downloads.
  Downloads: 'Heading of the list of files to download at the end of a guide.',
  'Network spreadsheet (CSV)': 'Link to download a guide’s network as a spreadsheet.',
  '{link}: every entry, with empty "last contact" and "next step" columns for tracking outreach.':
    'Beside the link "Network spreadsheet (CSV)", shown in place of {link}. "last contact" and "next step" are the names of the file’s columns, which stay in English: keep them as written.',
  'Network feeds (OPML)': 'Link to download the feeds of a guide’s network as an OPML list.',
  '{link}: every feed in the network, grouped by perspective; import it into a feed reader to follow them all at once.':
    'Beside the link "Network feeds (OPML)", shown in place of {link}.',
  'Events calendar (iCalendar, .ics)': 'Link to download a guide’s events as a calendar file.',
  "{link}: the guide's events, for any calendar app.":
    'Beside the link "Events calendar (iCalendar, .ics)", shown in place of {link}.',
  '{network} (from the guide "{guide}")':
    'Title of a guide’s network feed list (OPML), shown by feed readers; {network} is the network’s title, {guide} the guide’s.',
} as const;
