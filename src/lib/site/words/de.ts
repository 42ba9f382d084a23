import type { Translation } from './types.ts';

/** The interface in German (de): informal „du“, as Starlight's German writes it; plain, short labels. */
export default {
  // Every page: src/layouts/BaseLayout.astro, Header.astro, Footer.astro.
  'Skip to content': 'Zum Inhalt springen',
  Main: 'Hauptnavigation',
  Reflections: 'Reflexionen',
  Guides: 'Leitfäden',
  Courses: 'Kurse',
  Tags: 'Schlagwörter',
  About: 'Über mich',
  'Dark theme': 'Dunkles Design',
  '© {year} {name}. Built with Commonplace.': '© {year} {name}. Erstellt mit Commonplace.',
  Subscribe: 'Abonnieren',
  'Subscribe (RSS)': 'Abonnieren (RSS)',
  'JSON Feed': 'JSON Feed',
  'Every feed (OPML)': 'Alle Feeds (OPML)',
  Elsewhere: 'Anderswo im Netz',

  // Home page: src/pages/index.astro.
  'Who writes here': 'Wer hier schreibt',
  'More about this site': 'Mehr über diese Website',
  'Latest reflections': 'Neueste Reflexionen',
  'All reflections': 'Alle Reflexionen',
  'Featured guides': 'Ausgewählte Leitfäden',
  'All guides': 'Alle Leitfäden',

  // Lists of entries: src/components/PostsPage.astro, EntryList.astro, Pagination.astro.
  'Reflections, page {page}': 'Reflexionen, Seite {page}',
  'Every reflection, newest first.': 'Alle Reflexionen, die neuesten zuerst.',
  '{site}: reflections': '{site}: Reflexionen',
  Reflection: 'Reflexion',
  Guide: 'Leitfaden',
  Pagination: 'Seitennavigation',
  Newer: 'Neuere',
  Older: 'Ältere',
  'Page {current} of {last}': 'Seite {current} von {last}',
  '{count} entries': { one: '{count} Eintrag', other: '{count} Einträge' },

  // Guides: src/pages/guides/index.astro.
  'Step-by-step guides to building a personal learning network.':
    'Schritt-für-Schritt-Leitfäden zum Aufbau eines persönlichen Lernnetzwerks.',
  'Plans to work through, one step at a time, with a network that grows as you go.':
    'Pläne zum Durcharbeiten, Schritt für Schritt, mit einem Netzwerk, das dabei mitwächst.',
  '{site}: guides': '{site}: Leitfäden',

  // Tags: src/pages/tags/.
  'Every topic on this site, with how many entries cover it.':
    'Alle Themen dieser Website und wie viele Einträge es jeweils dazu gibt.',
  'Tagged #{tag}': 'Schlagwort #{tag}',
  'Reflections and guides tagged {tag}.': 'Reflexionen und Leitfäden mit dem Schlagwort {tag}.',
  'Subscribe to #{tag}': '#{tag} abonnieren',
  'All tags': 'Alle Schlagwörter',

  // An entry's page: src/layouts/EntryLayout.astro, Toc.astro, PrevNext.astro.
  Published: 'Veröffentlicht am',
  Updated: 'Aktualisiert am',
  '{count} min read': { one: '{count} Min. Lesezeit', other: '{count} Min. Lesezeit' },
  'Reflection model:': 'Reflexionsmodell:',
  Contents: 'Inhalt',
  'Previous:': 'Zurück:',
  'Next:': 'Weiter:',

  // Only on the dev server: src/components/DevOnlyLabel.astro; and a draft page.
  Draft: 'Entwurf',
  Scheduled: 'Geplant',
  'goes live {when} ({timeZone})': 'erscheint am {when} ({timeZone})',

  // Page not found: src/pages/404.astro.
  'Page not found': 'Seite nicht gefunden',
  'There is no page at this address.': 'Unter dieser Adresse gibt es keine Seite.',
  'There is no page at this address. It may have moved, or the link may have a typo.':
    'Unter dieser Adresse gibt es keine Seite. Vielleicht wurde sie verschoben oder der Link enthält einen Tippfehler.',
  'Go to the home page': 'Zur Startseite',
  'Browse all reflections': 'Alle Reflexionen ansehen',
  'Search the site': 'Website durchsuchen',

  // Search page: src/pages/search.astro (the search box's own words are in search.ts).
  Search: 'Suche',
  'Search every reflection and guide.': 'Alle Reflexionen und Leitfäden durchsuchen.',

  // The list of courses (/courses/).
  'Courses whose reflections and guides are published here, module by module.':
    'Kurse, deren Reflexionen und Leitfäden hier Modul für Modul veröffentlicht werden.',
  'No courses yet.': 'Noch keine Kurse.',
  '{count} modules': { one: '{count} Modul', other: '{count} Module' },

  // A course's page and its modules.
  Course: 'Kurs',
  'Subscribe to this course': 'Diesen Kurs abonnieren',
  'Read the whole course on one page (portfolio)':
    'Den ganzen Kurs auf einer Seite lesen (Portfolio)',
  'Module {number}: {title}': 'Modul {number}: {title}',
  'Nothing published in this module yet.': 'In diesem Modul ist noch nichts veröffentlicht.',
  'Also in this course': 'Außerdem in diesem Kurs',

  // On an entry: the course badge, the series box and the labels of previous/next.
  'Course: {title}': 'Kurs: {title}',
  'Series: {name}': 'Reihe: {name}',
  'Part {part} of {total}': 'Teil {part} von {total}',
  '{part} in the series “{name}”': '{part} der Reihe „{name}“',
  'Parts of the series {name}': 'Teile der Reihe {name}',
  '(you are here)': '(du bist hier)',

  // A course's portfolio (/courses/<id>/portfolio/): every entry on one page, for print.
  'Portfolio: {title}': 'Portfolio: {title}',
  'Every entry of {course} ({term}) on one page, module by module.':
    'Alle Einträge des Kurses {course} ({term}) auf einer Seite, Modul für Modul.',
  'Course portfolio': 'Kursportfolio',
  '{count} entries in module order.': {
    one: '{count} Eintrag in der Reihenfolge der Module.',
    other: '{count} Einträge in der Reihenfolge der Module.',
  },
  'Back to the course': 'Zurück zum Kurs',
  "To hand it in or keep it, print this page or save it as a PDF: the print version leaves out the site's navigation, starts each entry on a new page and prints each link's address.":
    'Zum Abgeben oder Aufbewahren kannst du diese Seite drucken oder als PDF speichern: Die Druckversion lässt die Navigation der Website weg, beginnt jeden Eintrag auf einer neuen Seite und druckt zu jedem Link seine Adresse.',
  '(nothing published yet)': '(noch nichts veröffentlicht)',
  'Read it online': 'Online lesen',
  'Alt text:': 'Alternativtext:',

  // The facts under a guide's title.
  Goal: 'Ziel',
  'Who it is for': 'Zielgruppe',
  'Time needed': 'Zeitaufwand',

  // A guide's events and their calendar file.
  Events: 'Termine',
  '{link} (iCalendar file, works with most calendar apps).':
    '{link} (iCalendar-Datei, funktioniert mit den meisten Kalender-Apps).',
  'Add these events to your calendar': 'Diese Termine in deinen Kalender übernehmen',
  'From the guide "{title}": {url}': 'Aus dem Leitfaden „{title}“: {url}',

  // A guide's network: the diversity summary.
  'The network: {title}': 'Das Netzwerk: {title}',
  'The network has no entries yet.': 'Das Netzwerk hat noch keine Einträge.',
  'The network has {count} entries: {kinds}.': {
    one: 'Das Netzwerk hat {count} Eintrag: {kinds}.',
    other: 'Das Netzwerk hat {count} Einträge: {kinds}.',
  },
  'They cover {covered} of the {count} perspectives this guide asks for.': {
    one: 'Sie decken {covered} von {count} Perspektive ab, die dieser Leitfaden vorsieht.',
    other: 'Sie decken {covered} der {count} Perspektiven ab, die dieser Leitfaden vorsieht.',
  },
  'This guide does not list the perspectives it wants yet.':
    'Dieser Leitfaden nennt noch keine Perspektiven.',
  'Every perspective this guide asks for has at least one voice.':
    'Jede Perspektive, die dieser Leitfaden vorsieht, ist mit mindestens einer Stimme vertreten.',
  'No one yet from: {perspectives}.': 'Noch nicht vertreten: {perspectives}.',
  'Entries per perspective and per kind': 'Einträge nach Perspektive und Art',
  'Per perspective': 'Nach Perspektive',
  'Per kind': 'Nach Art',
  'no one yet': 'noch niemand',
  '{count} people': { one: '{count} Person', other: '{count} Personen' },
  '{count} organizations': { one: '{count} Organisation', other: '{count} Organisationen' },
  '{count} communities': { one: '{count} Community', other: '{count} Communities' },
  '{count} events': { one: '{count} Veranstaltung', other: '{count} Veranstaltungen' },
  '{count} publications': { one: '{count} Publikation', other: '{count} Publikationen' },
  '{count} platforms': { one: '{count} Plattform', other: '{count} Plattformen' },

  // Kinds and statuses of a network's entries, in the map's legend and the table.
  Person: 'Person',
  Organization: 'Organisation',
  Community: 'Community',
  Event: 'Veranstaltung',
  Publication: 'Publikation',
  Platform: 'Plattform',
  'To research': 'Zu recherchieren',
  Following: 'Gefolgt',
  Engaged: 'Im Austausch',
  Collaborating: 'In Zusammenarbeit',

  // The network map.
  'Network map: {count} entries grouped by perspective': {
    one: 'Netzwerkkarte: {count} Eintrag, nach Perspektive gruppiert',
    other: 'Netzwerkkarte: {count} Einträge, nach Perspektive gruppiert',
  },
  'Each box is a perspective; each numbered shape is an entry, numbered as in the network table. An entry with several perspectives appears in several boxes. Shape shows the kind and colour shows the status; the legend and the table below say the same in words.':
    'Jeder Kasten ist eine Perspektive, jede nummerierte Form ein Eintrag, nummeriert wie in der Netzwerktabelle. Ein Eintrag mit mehreren Perspektiven erscheint in mehreren Kästen. Die Form zeigt die Art, die Farbe den Status; die Legende und die Tabelle darunter sagen dasselbe in Worten.',
  'No one yet': 'Noch niemand',
  'Numbers match the rows of the {link}, which lists every entry in words.':
    'Die Nummern entsprechen den Zeilen der {link}, die jeden Eintrag in Worten aufführt.',
  'network table': 'Netzwerktabelle',
  'Shape shows kind': 'Form zeigt die Art',
  'Colour shows status': 'Farbe zeigt den Status',
  '(dashed outline)': '(gestrichelter Rand)',

  // The network table.
  'Every entry in the network ({count})': 'Alle Einträge im Netzwerk ({count})',
  Name: 'Name',
  Kind: 'Art',
  Perspectives: 'Perspektiven',
  'Where to follow': 'Folgen über',
  Status: 'Status',
  'None listed': 'Keine angegeben',
  Website: 'Website',
  Feed: 'Feed',

  // A guide's downloads.
  Downloads: 'Downloads',
  'Network spreadsheet (CSV)': 'Netzwerk als Tabelle (CSV)',
  '{link}: every entry, with empty "last contact" and "next step" columns for tracking outreach.':
    '{link}: alle Einträge, mit leeren Spalten „last contact“ und „next step“, um deine Kontaktaufnahmen festzuhalten.',
  'Network feeds (OPML)': 'Feeds des Netzwerks (OPML)',
  '{link}: every feed in the network, grouped by perspective; import it into a feed reader to follow them all at once.':
    '{link}: alle Feeds des Netzwerks, nach Perspektive gruppiert; importiere die Datei in einen Feedreader, um allen auf einmal zu folgen.',
  'Events calendar (iCalendar, .ics)': 'Terminkalender (iCalendar, .ics)',
  "{link}: the guide's events, for any calendar app.":
    '{link}: die Termine des Leitfadens, für jede Kalender-App.',
  '{network} (from the guide "{guide}")': '{network} (aus dem Leitfaden „{guide}“)',

  // The components every MDX entry gets: players, transcripts, callouts, steps, tables.
  'Download the audio': 'Audio herunterladen',
  'Download the video': 'Video herunterladen',
  Captions: 'Untertitel',
  'Play video: {title}': 'Video abspielen: {title}',
  Transcript: 'Transkript',
  'Transcript: {title}': 'Transkript: {title}',
  Note: 'Hinweis',
  Tip: 'Tipp',
  Warning: 'Achtung',
  '{done} of {total} tasks done': {
    one: '{done} von {total} Aufgabe erledigt',
    other: '{done} von {total} Aufgaben erledigt',
  },
  'Reset progress': 'Fortschritt zurücksetzen',
  Table: 'Tabelle',
  'Table: {columns}': 'Tabelle: {columns}',
  'Table: {columns} and {count} more columns': {
    one: 'Tabelle: {columns} und {count} weitere Spalte',
    other: 'Tabelle: {columns} und {count} weitere Spalten',
  },

  // The search interface: the /search/ page, and the search box, filters and results.
  'Search needs JavaScript, which is turned off or blocked in this browser. Browse by topic in {tagIndex} instead.':
    'Die Suche braucht JavaScript, das in diesem Browser ausgeschaltet oder blockiert ist. Stöbere stattdessen nach Themen im {tagIndex}.',
  'the tag index': 'Schlagwortverzeichnis',
  'Site search': 'Websitesuche',
  'Search reflections and guides': 'Reflexionen und Leitfäden durchsuchen',
  Type: 'Typ',
  Sort: 'Sortierung',
  'Best match': 'Relevanz',
  'Newest first': 'Neueste zuerst',
  'Filter by tag': 'Nach Schlagwort filtern',
  'Loading tags…': 'Schlagwörter werden geladen …',
  'Tags are not available.': 'Schlagwörter sind nicht verfügbar.',
  'Reflection model': 'Reflexionsmodell',
  'Show more results': 'Mehr Ergebnisse anzeigen',
  'No results.': 'Keine Ergebnisse.',
  'No results for “{term}”.': 'Keine Ergebnisse für „{term}“.',
  'No results with the chosen filters.': 'Keine Ergebnisse mit den gewählten Filtern.',
  'No results for “{term}” with the chosen filters.':
    'Keine Ergebnisse für „{term}“ mit den gewählten Filtern.',
  '{count} results.': { one: '{count} Ergebnis.', other: '{count} Ergebnisse.' },
  '{count} results for “{term}”.': {
    one: '{count} Ergebnis für „{term}“.',
    other: '{count} Ergebnisse für „{term}“.',
  },
  '{count} results with the chosen filters.': {
    one: '{count} Ergebnis mit den gewählten Filtern.',
    other: '{count} Ergebnisse mit den gewählten Filtern.',
  },
  '{count} results for “{term}” with the chosen filters.': {
    one: '{count} Ergebnis für „{term}“ mit den gewählten Filtern.',
    other: '{count} Ergebnisse für „{term}“ mit den gewählten Filtern.',
  },
  'Close {search}': '{search} schließen',
  search: 'Suche',

  // The feeds: names, descriptions, stand-ins for players, the list of every feed, the feed page.
  'Weekly reflections from {site}.': 'Wöchentliche Reflexionen von {site}.',
  'Guides from {site}.': 'Leitfäden von {site}.',
  '{site}: {feed}': '{site}: {feed}',
  '{site}: every feed': '{site}: alle Feeds',
  Everything: 'Alles',
  'By type': 'Nach Typ',
  'By tag': 'Nach Schlagwort',
  'By course': 'Nach Kurs',
  'Watch the video': 'Video ansehen',
  'Watch the video: {title}': 'Video ansehen: {title}',
  'Listen to the audio': 'Audio anhören',
  'Listen to the audio: {title}': 'Audio anhören: {title}',
  'Open the embedded content': 'Eingebetteten Inhalt öffnen',
  'Open the embedded content: {title}': 'Eingebetteten Inhalt öffnen: {title}',
  'Feed: {title}': 'Feed: {title}',
  'Visit the website': 'Zur Website',
  'This is a web feed': 'Das ist ein Web-Feed',
  'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.':
    'Mit einem Feed folgst du dieser Website in einem Feedreader: Neue Einträge kommen dort automatisch und vollständig an, ohne Konto und ohne Algorithmus.',
  "To subscribe, copy this page's address into your feed reader: {address}":
    'Zum Abonnieren kopierst du die Adresse dieser Seite in deinen Feedreader: {address}',
  'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.':
    'Noch keinen Feedreader? Die meisten sind kostenlos, im Web, auf dem Smartphone und am Computer; such nach „RSS-Reader“, um einen zu finden.',
  'Latest entries': 'Neueste Einträge',
  'Published {date}': 'Veröffentlicht am {date}',
} satisfies Translation;
