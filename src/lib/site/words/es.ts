import type { Translation } from './types.ts';

/** The interface in Spanish (es): neutral international Spanish, addressing the reader as tú, with infinitives for links and buttons. */
export default {
  // Every page: src/layouts/BaseLayout.astro, Header.astro, Footer.astro.
  'Skip to content': 'Saltar al contenido',
  Main: 'Principal',
  Reflections: 'Reflexiones',
  Guides: 'Guías',
  Courses: 'Cursos',
  Tags: 'Etiquetas',
  About: 'Acerca de',
  'Dark theme': 'Tema oscuro',
  '© {year} {name}. Built with Commonplace.': '© {year} {name}. Hecho con Commonplace.',
  Subscribe: 'Suscribirse',
  'Subscribe (RSS)': 'Suscribirse (RSS)',
  'JSON Feed': 'JSON Feed',
  'Every feed (OPML)': 'Todos los canales (OPML)',
  Elsewhere: 'En otros sitios',

  // Home page: src/pages/index.astro.
  'Who writes here': 'Quién escribe aquí',
  'More about this site': 'Más sobre este sitio',
  'Latest reflections': 'Últimas reflexiones',
  'All reflections': 'Todas las reflexiones',
  'Featured guides': 'Guías destacadas',
  'All guides': 'Todas las guías',

  // Lists of entries: src/components/PostsPage.astro, EntryList.astro, Pagination.astro.
  'Reflections, page {page}': 'Reflexiones, página {page}',
  'Every reflection, newest first.': 'Todas las reflexiones, de la más reciente a la más antigua.',
  '{site}: reflections': '{site}: reflexiones',
  Reflection: 'Reflexión',
  Guide: 'Guía',
  Pagination: 'Paginación',
  Newer: 'Más recientes',
  Older: 'Más antiguas',
  'Page {current} of {last}': 'Página {current} de {last}',
  '{count} entries': {
    one: '{count} entrada',
    many: '{count} entradas',
    other: '{count} entradas',
  },

  // Guides: src/pages/guides/index.astro.
  'Step-by-step guides to building a personal learning network.':
    'Guías paso a paso para crear una red personal de aprendizaje.',
  'Plans to work through, one step at a time, with a network that grows as you go.':
    'Planes para seguir paso a paso, con una red que crece a medida que avanzas.',
  '{site}: guides': '{site}: guías',

  // Tags: src/pages/tags/.
  'Every topic on this site, with how many entries cover it.':
    'Todos los temas de este sitio y cuántas entradas tratan cada uno.',
  'Tagged #{tag}': 'Con la etiqueta #{tag}',
  'Reflections and guides tagged {tag}.': 'Reflexiones y guías con la etiqueta {tag}.',
  'Subscribe to #{tag}': 'Suscribirse a #{tag}',
  'All tags': 'Todas las etiquetas',

  // An entry's page: src/layouts/EntryLayout.astro, Toc.astro, PrevNext.astro.
  Published: 'Publicada el',
  Updated: 'Actualizada el',
  '{count} min read': {
    one: '{count} min de lectura',
    many: '{count} min de lectura',
    other: '{count} min de lectura',
  },
  'Reflection model:': 'Modelo de reflexión:',
  Contents: 'Contenido',
  'Previous:': 'Anterior:',
  'Next:': 'Siguiente:',

  // Only on the dev server: src/components/DevOnlyLabel.astro; and a draft page.
  Draft: 'Borrador',
  Scheduled: 'Programada',
  'goes live {when} ({timeZone})': 'se publica el {when} ({timeZone})',

  // Page not found: src/pages/404.astro.
  'Page not found': 'Página no encontrada',
  'There is no page at this address.': 'No hay ninguna página en esta dirección.',
  'There is no page at this address. It may have moved, or the link may have a typo.':
    'No hay ninguna página en esta dirección. Puede que se haya movido o que el enlace tenga un error.',
  'Go to the home page': 'Ir a la página de inicio',
  'Browse all reflections': 'Ver todas las reflexiones',
  'Search the site': 'Buscar en el sitio',

  // Search page: src/pages/search.astro (the search box's own words are in search.ts).
  Search: 'Buscar',
  'Search every reflection and guide.': 'Busca en todas las reflexiones y guías.',

  // The list of courses (/courses/).
  'Courses whose reflections and guides are published here, module by module.':
    'Cursos cuyas reflexiones y guías se publican aquí, módulo a módulo.',
  'No courses yet.': 'Todavía no hay cursos.',
  '{count} modules': {
    one: '{count} módulo',
    many: '{count} módulos',
    other: '{count} módulos',
  },

  // A course's page and its modules.
  Course: 'Curso',
  'Subscribe to this course': 'Suscribirse a este curso',
  'Read the whole course on one page (portfolio)':
    'Leer todo el curso en una sola página (portafolio)',
  'Module {number}: {title}': 'Módulo {number}: {title}',
  'Nothing published in this module yet.': 'Todavía no hay nada publicado en este módulo.',
  'Also in this course': 'También en este curso',

  // On an entry: the course badge, the series box and the labels of previous/next.
  'Course: {title}': 'Curso: {title}',
  'Series: {name}': 'Serie: {name}',
  'Part {part} of {total}': 'Parte {part} de {total}',
  '{part} in the series “{name}”': '{part} de la serie «{name}»',
  'Parts of the series {name}': 'Partes de la serie {name}',
  '(you are here)': '(estás aquí)',

  // A course's portfolio (/courses/<id>/portfolio/): every entry on one page, for print.
  'Portfolio: {title}': 'Portafolio: {title}',
  'Every entry of {course} ({term}) on one page, module by module.':
    'Todas las entradas de {course} ({term}) en una sola página, módulo a módulo.',
  'Course portfolio': 'Portafolio del curso',
  '{count} entries in module order.': {
    one: '{count} entrada en el orden de los módulos.',
    many: '{count} entradas en el orden de los módulos.',
    other: '{count} entradas en el orden de los módulos.',
  },
  'Back to the course': 'Volver al curso',
  "To hand it in or keep it, print this page or save it as a PDF: the print version leaves out the site's navigation, starts each entry on a new page and prints each link's address.":
    'Para entregarlo o conservarlo, imprime esta página o guárdala como PDF: la versión impresa omite la navegación del sitio, empieza cada entrada en una página nueva e imprime la dirección de cada enlace.',
  '(nothing published yet)': '(todavía no hay nada publicado)',
  'Read it online': 'Leer en línea',
  'Alt text:': 'Texto alternativo:',

  // The facts under a guide's title.
  Goal: 'Objetivo',
  'Who it is for': 'Para quién es',
  'Time needed': 'Tiempo necesario',

  // A guide's events and their calendar file.
  Events: 'Eventos',
  '{link} (iCalendar file, works with most calendar apps).':
    '{link} (archivo iCalendar, compatible con la mayoría de las aplicaciones de calendario).',
  'Add these events to your calendar': 'Añadir estos eventos a tu calendario',
  'From the guide "{title}": {url}': 'De la guía «{title}»: {url}',

  // A guide's network: the diversity summary.
  'The network: {title}': 'La red: {title}',
  'The network has no entries yet.': 'La red todavía no tiene entradas.',
  'The network has {count} entries: {kinds}.': {
    one: 'La red tiene {count} entrada: {kinds}.',
    many: 'La red tiene {count} entradas: {kinds}.',
    other: 'La red tiene {count} entradas: {kinds}.',
  },
  'They cover {covered} of the {count} perspectives this guide asks for.': {
    one: 'Esta guía pide {count} perspectiva y la red cubre {covered}.',
    many: 'Esta guía pide {count} perspectivas y la red cubre {covered}.',
    other: 'Esta guía pide {count} perspectivas y la red cubre {covered}.',
  },
  'This guide does not list the perspectives it wants yet.':
    'Esta guía todavía no indica qué perspectivas busca.',
  'Every perspective this guide asks for has at least one voice.':
    'Cada perspectiva que pide esta guía tiene al menos una voz.',
  'No one yet from: {perspectives}.': 'Todavía no hay nadie de: {perspectives}.',
  'Entries per perspective and per kind': 'Entradas por perspectiva y por tipo',
  'Per perspective': 'Por perspectiva',
  'Per kind': 'Por tipo',
  'no one yet': 'todavía nadie',
  '{count} people': {
    one: '{count} persona',
    many: '{count} personas',
    other: '{count} personas',
  },
  '{count} organizations': {
    one: '{count} organización',
    many: '{count} organizaciones',
    other: '{count} organizaciones',
  },
  '{count} communities': {
    one: '{count} comunidad',
    many: '{count} comunidades',
    other: '{count} comunidades',
  },
  '{count} events': {
    one: '{count} evento',
    many: '{count} eventos',
    other: '{count} eventos',
  },
  '{count} publications': {
    one: '{count} publicación',
    many: '{count} publicaciones',
    other: '{count} publicaciones',
  },
  '{count} platforms': {
    one: '{count} plataforma',
    many: '{count} plataformas',
    other: '{count} plataformas',
  },

  // Kinds and statuses of a network's entries, in the map's legend and the table.
  Person: 'Persona',
  Organization: 'Organización',
  Community: 'Comunidad',
  Event: 'Evento',
  Publication: 'Publicación',
  Platform: 'Plataforma',
  'To research': 'Por investigar',
  Following: 'Siguiendo',
  Engaged: 'Interactuando',
  Collaborating: 'Colaborando',

  // The network map.
  'Network map: {count} entries grouped by perspective': {
    one: 'Mapa de la red: {count} entrada agrupada por perspectiva',
    many: 'Mapa de la red: {count} entradas agrupadas por perspectiva',
    other: 'Mapa de la red: {count} entradas agrupadas por perspectiva',
  },
  'Each box is a perspective; each numbered shape is an entry, numbered as in the network table. An entry with several perspectives appears in several boxes. Shape shows the kind and colour shows the status; the legend and the table below say the same in words.':
    'Cada recuadro es una perspectiva; cada forma numerada es una entrada, con el mismo número que en la tabla de la red. Una entrada con varias perspectivas aparece en varios recuadros. La forma indica el tipo y el color indica el estado; la leyenda y la tabla de abajo dicen lo mismo con palabras.',
  'No one yet': 'Todavía nadie',
  'Numbers match the rows of the {link}, which lists every entry in words.':
    'Los números corresponden a las filas de la {link}, que describe cada entrada con palabras.',
  'network table': 'tabla de la red',
  'Shape shows kind': 'La forma indica el tipo',
  'Colour shows status': 'El color indica el estado',
  '(dashed outline)': '(contorno discontinuo)',

  // The network table.
  'Every entry in the network ({count})': 'Todas las entradas de la red ({count})',
  Name: 'Nombre',
  Kind: 'Tipo',
  Perspectives: 'Perspectivas',
  'Where to follow': 'Dónde seguir',
  Status: 'Estado',
  'None listed': 'Sin enlaces',
  Website: 'Sitio web',
  Feed: 'Canal',

  // A guide's downloads.
  Downloads: 'Descargas',
  'Network spreadsheet (CSV)': 'Hoja de cálculo de la red (CSV)',
  '{link}: every entry, with empty "last contact" and "next step" columns for tracking outreach.':
    '{link}: todas las entradas, con las columnas «last contact» y «next step» vacías para hacer el seguimiento de tus contactos.',
  'Network feeds (OPML)': 'Canales de la red (OPML)',
  '{link}: every feed in the network, grouped by perspective; import it into a feed reader to follow them all at once.':
    '{link}: todos los canales de la red, agrupados por perspectiva; impórtalo en un lector de canales para seguirlos todos a la vez.',
  'Events calendar (iCalendar, .ics)': 'Calendario de eventos (iCalendar, .ics)',
  "{link}: the guide's events, for any calendar app.":
    '{link}: los eventos de la guía, para cualquier aplicación de calendario.',
  '{network} (from the guide "{guide}")': '{network} (de la guía «{guide}»)',

  // media.ts: players, transcripts, callouts, steps and tables in MDX entries.
  'Download the audio': 'Descargar el audio',
  'Download the video': 'Descargar el video',
  Captions: 'Subtítulos',
  'Play video: {title}': 'Reproducir el video: {title}',
  Transcript: 'Transcripción',
  'Transcript: {title}': 'Transcripción: {title}',
  Note: 'Nota',
  Tip: 'Consejo',
  Warning: 'Advertencia',
  '{done} of {total} tasks done': {
    one: '{done} de {total} tarea completada',
    many: '{done} de {total} tareas completadas',
    other: '{done} de {total} tareas completadas',
  },
  'Reset progress': 'Reiniciar el progreso',
  Table: 'Tabla',
  'Table: {columns}': 'Tabla: {columns}',
  'Table: {columns} and {count} more columns': {
    one: 'Tabla: {columns} y {count} columna más',
    many: 'Tabla: {columns} y {count} columnas más',
    other: 'Tabla: {columns} y {count} columnas más',
  },

  // search.ts: the /search/ page and the search box, its filters and results.
  'Search needs JavaScript, which is turned off or blocked in this browser. Browse by topic in {tagIndex} instead.':
    'La búsqueda necesita JavaScript, que está desactivado o bloqueado en este navegador. Puedes explorar los temas en {tagIndex}.',
  'the tag index': 'el índice de etiquetas',
  'Site search': 'Búsqueda en el sitio',
  'Search reflections and guides': 'Buscar en reflexiones y guías',
  Type: 'Tipo',
  Sort: 'Ordenar',
  'Best match': 'Más relevantes',
  'Newest first': 'Más recientes',
  'Filter by tag': 'Filtrar por etiqueta',
  'Loading tags…': 'Cargando etiquetas…',
  'Tags are not available.': 'Las etiquetas no están disponibles.',
  'Reflection model': 'Modelo de reflexión',
  'Show more results': 'Mostrar más resultados',
  'No results.': 'No hay resultados.',
  'No results for “{term}”.': 'No hay resultados para «{term}».',
  'No results with the chosen filters.': 'No hay resultados con los filtros elegidos.',
  'No results for “{term}” with the chosen filters.':
    'No hay resultados para «{term}» con los filtros elegidos.',
  '{count} results.': {
    one: '{count} resultado.',
    many: '{count} resultados.',
    other: '{count} resultados.',
  },
  '{count} results for “{term}”.': {
    one: '{count} resultado para «{term}».',
    many: '{count} resultados para «{term}».',
    other: '{count} resultados para «{term}».',
  },
  '{count} results with the chosen filters.': {
    one: '{count} resultado con los filtros elegidos.',
    many: '{count} resultados con los filtros elegidos.',
    other: '{count} resultados con los filtros elegidos.',
  },
  '{count} results for “{term}” with the chosen filters.': {
    one: '{count} resultado para «{term}» con los filtros elegidos.',
    many: '{count} resultados para «{term}» con los filtros elegidos.',
    other: '{count} resultados para «{term}» con los filtros elegidos.',
  },
  'Close {search}': 'Cerrar {search}',
  search: 'búsqueda',

  // feeds.ts: names, descriptions, stand-ins for players, the OPML list, the feed page.
  'Weekly reflections from {site}.': 'Reflexiones semanales de {site}.',
  'Guides from {site}.': 'Guías de {site}.',
  '{site}: {feed}': '{site}: {feed}',
  '{site}: every feed': '{site}: todos los canales',
  Everything: 'Todo',
  'By type': 'Por tipo',
  'By tag': 'Por etiqueta',
  'By course': 'Por curso',
  'Watch the video': 'Ver el video',
  'Watch the video: {title}': 'Ver el video: {title}',
  'Listen to the audio': 'Escuchar el audio',
  'Listen to the audio: {title}': 'Escuchar el audio: {title}',
  'Open the embedded content': 'Abrir el contenido incrustado',
  'Open the embedded content: {title}': 'Abrir el contenido incrustado: {title}',
  'Feed: {title}': 'Canal: {title}',
  'Visit the website': 'Visitar el sitio web',
  'This is a web feed': 'Esto es un canal web',
  'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.':
    'Un canal te permite seguir este sitio en un lector de canales: las entradas nuevas llegan allí automáticamente y completas, sin cuenta ni algoritmo.',
  "To subscribe, copy this page's address into your feed reader: {address}":
    'Para suscribirte, copia la dirección de esta página en tu lector de canales: {address}',
  'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.':
    '¿Todavía no tienes un lector de canales? La mayoría son gratuitos y los hay para la web, el teléfono y el escritorio; busca «lector RSS» para encontrar uno.',
  'Latest entries': 'Últimas entradas',
  'Published {date}': 'Publicada el {date}',
} satisfies Translation;
