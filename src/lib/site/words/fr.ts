import type { Translation } from './types.ts';

/** The interface in French (fr): neutral, standard French, readers addressed as « vous » throughout, infinitives for links and buttons. */
export default {
  // Every page: src/layouts/BaseLayout.astro, Header.astro, Footer.astro.
  'Skip to content': 'Aller au contenu',
  Main: 'Principale',
  Reflections: 'Réflexions',
  Guides: 'Guides',
  Courses: 'Cours',
  Tags: 'Étiquettes',
  About: 'À propos',
  'Dark theme': 'Thème sombre',
  '© {year} {name}. Built with Commonplace.': '© {year} {name}. Créé avec Commonplace.',
  Subscribe: 'S’abonner',
  'Subscribe (RSS)': 'S’abonner (RSS)',
  'JSON Feed': 'JSON Feed',
  'Every feed (OPML)': 'Tous les flux (OPML)',
  Elsewhere: 'Ailleurs sur le web',

  // Home page: src/pages/index.astro.
  'Who writes here': 'Qui écrit ici',
  'More about this site': 'En savoir plus sur ce site',
  'Latest reflections': 'Dernières réflexions',
  'All reflections': 'Toutes les réflexions',
  'Featured guides': 'Guides à la une',
  'All guides': 'Tous les guides',

  // Lists of entries: src/components/PostsPage.astro, EntryList.astro, Pagination.astro.
  'Reflections, page {page}': 'Réflexions, page {page}',
  'Every reflection, newest first.': 'Toutes les réflexions, des plus récentes aux plus anciennes.',
  '{site}: reflections': '{site} : réflexions',
  Reflection: 'Réflexion',
  Guide: 'Guide',
  Pagination: 'Pagination',
  Newer: 'Plus récentes',
  Older: 'Plus anciennes',
  'Page {current} of {last}': 'Page {current} sur {last}',
  '{count} entries': {
    one: '{count} entrée',
    many: '{count} d’entrées',
    other: '{count} entrées',
  },

  // Guides: src/pages/guides/index.astro.
  'Step-by-step guides to building a personal learning network.':
    'Des guides pas à pas pour construire votre réseau personnel d’apprentissage.',
  'Plans to work through, one step at a time, with a network that grows as you go.':
    'Des parcours à suivre étape par étape, avec un réseau qui s’agrandit à mesure que vous avancez.',
  '{site}: guides': '{site} : guides',

  // Tags: src/pages/tags/.
  'Every topic on this site, with how many entries cover it.':
    'Tous les sujets de ce site, avec le nombre d’entrées pour chacun.',
  'Tagged #{tag}': 'Étiquette #{tag}',
  'Reflections and guides tagged {tag}.': 'Réflexions et guides avec l’étiquette {tag}.',
  'Subscribe to #{tag}': 'S’abonner à #{tag}',
  'All tags': 'Toutes les étiquettes',

  // An entry's page: src/layouts/EntryLayout.astro, Toc.astro, PrevNext.astro.
  Published: 'Publié le',
  Updated: 'Mis à jour le',
  '{count} min read': {
    one: '{count} min de lecture',
    many: '{count} min de lecture',
    other: '{count} min de lecture',
  },
  'Reflection model:': 'Modèle de réflexion :',
  Contents: 'Sommaire',
  'Previous:': 'Précédent :',
  'Next:': 'Suivant :',

  // Only on the dev server: src/components/DevOnlyLabel.astro; and a draft page.
  Draft: 'Brouillon',
  Scheduled: 'Programmé',
  'goes live {when} ({timeZone})': 'sera en ligne le {when} ({timeZone})',

  // Page not found: src/pages/404.astro.
  'Page not found': 'Page introuvable',
  'There is no page at this address.': 'Il n’y a aucune page à cette adresse.',
  'There is no page at this address. It may have moved, or the link may have a typo.':
    'Il n’y a aucune page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.',
  'Go to the home page': 'Aller à la page d’accueil',
  'Browse all reflections': 'Parcourir toutes les réflexions',
  'Search the site': 'Rechercher sur le site',

  // Search page: src/pages/search.astro (the search box's own words are in search.ts).
  Search: 'Rechercher',
  'Search every reflection and guide.': 'Rechercher dans toutes les réflexions et tous les guides.',

  // The list of courses (/courses/).
  'Courses whose reflections and guides are published here, module by module.':
    'Les cours dont les réflexions et les guides sont publiés ici, module par module.',
  'No courses yet.': 'Aucun cours pour l’instant.',
  '{count} modules': {
    one: '{count} module',
    many: '{count} de modules',
    other: '{count} modules',
  },

  // A course's page and its modules.
  Course: 'Cours',
  'Subscribe to this course': 'S’abonner à ce cours',
  'Read the whole course on one page (portfolio)':
    'Lire tout le cours sur une seule page (portfolio)',
  'Module {number}: {title}': 'Module {number} : {title}',
  'Nothing published in this module yet.': 'Rien n’est encore publié dans ce module.',
  'Also in this course': 'Aussi dans ce cours',

  // On an entry: the course badge, the series box and the labels of previous/next.
  'Course: {title}': 'Cours : {title}',
  'Series: {name}': 'Série : {name}',
  'Part {part} of {total}': 'Partie {part} sur {total}',
  '{part} in the series “{name}”': '{part} de la série « {name} »',
  'Parts of the series {name}': 'Parties de la série {name}',
  '(you are here)': '(vous êtes ici)',

  // A course's portfolio (/courses/<id>/portfolio/): every entry on one page, for print.
  'Portfolio: {title}': 'Portfolio : {title}',
  'Every entry of {course} ({term}) on one page, module by module.':
    'Toutes les entrées de {course} ({term}) sur une seule page, module par module.',
  'Course portfolio': 'Portfolio du cours',
  '{count} entries in module order.': {
    one: '{count} entrée, dans l’ordre des modules.',
    many: '{count} d’entrées, dans l’ordre des modules.',
    other: '{count} entrées, dans l’ordre des modules.',
  },
  'Back to the course': 'Retour au cours',
  "To hand it in or keep it, print this page or save it as a PDF: the print version leaves out the site's navigation, starts each entry on a new page and prints each link's address.":
    'Pour le rendre ou le conserver, imprimez cette page ou enregistrez-la en PDF : la version imprimée omet la navigation du site, commence chaque entrée sur une nouvelle page et imprime l’adresse de chaque lien.',
  '(nothing published yet)': '(rien de publié pour l’instant)',
  'Read it online': 'Lire en ligne',
  'Alt text:': 'Texte alternatif :',

  // The facts under a guide's title.
  Goal: 'Objectif',
  'Who it is for': 'Public visé',
  'Time needed': 'Temps nécessaire',

  // A guide's events and their calendar file.
  Events: 'Événements',
  '{link} (iCalendar file, works with most calendar apps).':
    '{link} (fichier iCalendar, compatible avec la plupart des applications de calendrier).',
  'Add these events to your calendar': 'Ajouter ces événements à votre calendrier',
  'From the guide "{title}": {url}': 'Tiré du guide « {title} » : {url}',

  // A guide's network: the diversity summary.
  'The network: {title}': 'Le réseau : {title}',
  'The network has no entries yet.': 'Le réseau n’a encore aucune entrée.',
  'The network has {count} entries: {kinds}.': {
    one: 'Le réseau compte {count} entrée : {kinds}.',
    many: 'Le réseau compte {count} d’entrées : {kinds}.',
    other: 'Le réseau compte {count} entrées : {kinds}.',
  },
  'They cover {covered} of the {count} perspectives this guide asks for.': {
    one: 'Elles couvrent {covered} sur {count} point de vue demandé par ce guide.',
    many: 'Elles couvrent {covered} des {count} de points de vue demandés par ce guide.',
    other: 'Elles couvrent {covered} des {count} points de vue demandés par ce guide.',
  },
  'This guide does not list the perspectives it wants yet.':
    'Ce guide n’indique pas encore les points de vue qu’il recherche.',
  'Every perspective this guide asks for has at least one voice.':
    'Chaque point de vue demandé par ce guide a au moins une voix.',
  'No one yet from: {perspectives}.': 'Pas encore de voix pour : {perspectives}.',
  'Entries per perspective and per kind': 'Entrées par point de vue et par type',
  'Per perspective': 'Par point de vue',
  'Per kind': 'Par type',
  'no one yet': 'personne pour l’instant',
  '{count} people': {
    one: '{count} personne',
    many: '{count} de personnes',
    other: '{count} personnes',
  },
  '{count} organizations': {
    one: '{count} organisation',
    many: '{count} d’organisations',
    other: '{count} organisations',
  },
  '{count} communities': {
    one: '{count} communauté',
    many: '{count} de communautés',
    other: '{count} communautés',
  },
  '{count} events': {
    one: '{count} événement',
    many: '{count} d’événements',
    other: '{count} événements',
  },
  '{count} publications': {
    one: '{count} publication',
    many: '{count} de publications',
    other: '{count} publications',
  },
  '{count} platforms': {
    one: '{count} plateforme',
    many: '{count} de plateformes',
    other: '{count} plateformes',
  },

  // Kinds and statuses of a network's entries, in the map's legend and the table.
  Person: 'Personne',
  Organization: 'Organisation',
  Community: 'Communauté',
  Event: 'Événement',
  Publication: 'Publication',
  Platform: 'Plateforme',
  'To research': 'À explorer',
  Following: 'Suivi',
  Engaged: 'En interaction',
  Collaborating: 'En collaboration',

  // The network map.
  'Network map: {count} entries grouped by perspective': {
    one: 'Carte du réseau : {count} entrée regroupée par point de vue',
    many: 'Carte du réseau : {count} d’entrées regroupées par point de vue',
    other: 'Carte du réseau : {count} entrées regroupées par point de vue',
  },
  'Each box is a perspective; each numbered shape is an entry, numbered as in the network table. An entry with several perspectives appears in several boxes. Shape shows the kind and colour shows the status; the legend and the table below say the same in words.':
    'Chaque cadre est un point de vue ; chaque forme numérotée est une entrée, numérotée comme dans le tableau du réseau. Une entrée qui a plusieurs points de vue apparaît dans plusieurs cadres. La forme indique le type et la couleur le statut ; la légende et le tableau ci-dessous donnent les mêmes informations en texte.',
  'No one yet': 'Personne pour l’instant',
  'Numbers match the rows of the {link}, which lists every entry in words.':
    'Les numéros correspondent aux lignes du {link}, qui décrit chaque entrée en texte.',
  'network table': 'tableau du réseau',
  'Shape shows kind': 'La forme indique le type',
  'Colour shows status': 'La couleur indique le statut',
  '(dashed outline)': '(contour en pointillés)',

  // The network table.
  'Every entry in the network ({count})': 'Toutes les entrées du réseau ({count})',
  Name: 'Nom',
  Kind: 'Type',
  Perspectives: 'Points de vue',
  'Where to follow': 'Où suivre',
  Status: 'Statut',
  'None listed': 'Aucun lien',
  Website: 'Site web',
  Feed: 'Flux',

  // A guide's downloads.
  Downloads: 'Téléchargements',
  'Network spreadsheet (CSV)': 'Feuille de calcul du réseau (CSV)',
  '{link}: every entry, with empty "last contact" and "next step" columns for tracking outreach.':
    '{link} : toutes les entrées, avec des colonnes « last contact » et « next step » vides pour suivre vos prises de contact.',
  'Network feeds (OPML)': 'Flux du réseau (OPML)',
  '{link}: every feed in the network, grouped by perspective; import it into a feed reader to follow them all at once.':
    '{link} : tous les flux du réseau, regroupés par point de vue ; importez-le dans un lecteur de flux pour les suivre tous d’un coup.',
  'Events calendar (iCalendar, .ics)': 'Calendrier des événements (iCalendar, .ics)',
  "{link}: the guide's events, for any calendar app.":
    '{link} : les événements du guide, pour toute application de calendrier.',
  '{network} (from the guide "{guide}")': '{network} (tiré du guide « {guide} »)',

  // Players, transcripts, callouts, steps and table regions of MDX entries.
  'Download the audio': 'Télécharger l’audio',
  'Download the video': 'Télécharger la vidéo',
  Captions: 'Sous-titres',
  'Play video: {title}': 'Lire la vidéo : {title}',
  Transcript: 'Transcription',
  'Transcript: {title}': 'Transcription : {title}',
  Note: 'Note',
  Tip: 'Astuce',
  Warning: 'Attention',
  '{done} of {total} tasks done': {
    one: '{done} sur {total} tâche terminée',
    many: '{done} sur {total} de tâches terminées',
    other: '{done} sur {total} tâches terminées',
  },
  'Reset progress': 'Réinitialiser la progression',
  Table: 'Tableau',
  'Table: {columns}': 'Tableau : {columns}',
  'Table: {columns} and {count} more columns': {
    one: 'Tableau : {columns} et {count} autre colonne',
    many: 'Tableau : {columns} et {count} d’autres colonnes',
    other: 'Tableau : {columns} et {count} autres colonnes',
  },

  // The search page, and the search box, filters and results of src/scripts/search-ui.js.
  'Search needs JavaScript, which is turned off or blocked in this browser. Browse by topic in {tagIndex} instead.':
    'La recherche nécessite JavaScript, qui est désactivé ou bloqué dans ce navigateur. Parcourez plutôt les sujets dans {tagIndex}.',
  'the tag index': 'l’index des étiquettes',
  'Site search': 'Recherche sur le site',
  'Search reflections and guides': 'Rechercher dans les réflexions et les guides',
  Type: 'Type',
  Sort: 'Trier par',
  'Best match': 'Pertinence',
  'Newest first': 'Plus récentes d’abord',
  'Filter by tag': 'Filtrer par étiquette',
  'Loading tags…': 'Chargement des étiquettes…',
  'Tags are not available.': 'Les étiquettes ne sont pas disponibles.',
  'Reflection model': 'Modèle de réflexion',
  'Show more results': 'Afficher plus de résultats',
  'No results.': 'Aucun résultat.',
  'No results for “{term}”.': 'Aucun résultat pour « {term} ».',
  'No results with the chosen filters.': 'Aucun résultat avec les filtres choisis.',
  'No results for “{term}” with the chosen filters.':
    'Aucun résultat pour « {term} » avec les filtres choisis.',
  '{count} results.': {
    one: '{count} résultat.',
    many: '{count} de résultats.',
    other: '{count} résultats.',
  },
  '{count} results for “{term}”.': {
    one: '{count} résultat pour « {term} ».',
    many: '{count} de résultats pour « {term} ».',
    other: '{count} résultats pour « {term} ».',
  },
  '{count} results with the chosen filters.': {
    one: '{count} résultat avec les filtres choisis.',
    many: '{count} de résultats avec les filtres choisis.',
    other: '{count} résultats avec les filtres choisis.',
  },
  '{count} results for “{term}” with the chosen filters.': {
    one: '{count} résultat pour « {term} » avec les filtres choisis.',
    many: '{count} de résultats pour « {term} » avec les filtres choisis.',
    other: '{count} résultats pour « {term} » avec les filtres choisis.',
  },
  'Close {search}': 'Fermer {search}',
  search: 'la recherche',

  // Feeds: their names and descriptions, stand-ins for players, the OPML list, the feed page.
  'Weekly reflections from {site}.': 'Les réflexions hebdomadaires de {site}.',
  'Guides from {site}.': 'Les guides de {site}.',
  '{site}: {feed}': '{site} : {feed}',
  '{site}: every feed': '{site} : tous les flux',
  Everything: 'Tout',
  'By type': 'Par type',
  'By tag': 'Par étiquette',
  'By course': 'Par cours',
  'Watch the video': 'Regarder la vidéo',
  'Watch the video: {title}': 'Regarder la vidéo : {title}',
  'Listen to the audio': 'Écouter l’audio',
  'Listen to the audio: {title}': 'Écouter l’audio : {title}',
  'Open the embedded content': 'Ouvrir le contenu intégré',
  'Open the embedded content: {title}': 'Ouvrir le contenu intégré : {title}',
  'Feed: {title}': 'Flux : {title}',
  'Visit the website': 'Visiter le site web',
  'This is a web feed': 'Ceci est un flux web',
  'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.':
    'Un flux vous permet de suivre ce site dans un lecteur de flux : les nouvelles entrées y arrivent automatiquement, en entier, sans compte ni algorithme.',
  "To subscribe, copy this page's address into your feed reader: {address}":
    'Pour vous abonner, copiez l’adresse de cette page dans votre lecteur de flux : {address}',
  'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.':
    'Pas encore de lecteur de flux ? La plupart sont gratuits, sur le web, sur mobile et sur ordinateur ; cherchez « lecteur RSS » pour en trouver un.',
  'Latest entries': 'Dernières entrées',
  'Published {date}': 'Publié le {date}',
} satisfies Translation;
