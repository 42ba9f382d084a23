import type { Translation } from './types.ts';

/** The interface in Portuguese (pt): Brazilian Portuguese, addressing the reader as "você", with infinitives on links and buttons. */
export default {
  // Every page: src/layouts/BaseLayout.astro, Header.astro, Footer.astro.
  'Skip to content': 'Ir para o conteúdo',
  Main: 'Principal',
  Reflections: 'Reflexões',
  Guides: 'Guias',
  Courses: 'Cursos',
  Tags: 'Tags',
  About: 'Sobre',
  'Dark theme': 'Tema escuro',
  '© {year} {name}. Built with Commonplace.': '© {year} {name}. Feito com Commonplace.',
  Subscribe: 'Assinar',
  'Subscribe (RSS)': 'Assinar (RSS)',
  'JSON Feed': 'JSON Feed',
  'Every feed (OPML)': 'Todos os feeds (OPML)',
  Elsewhere: 'Em outros sites',

  // Home page: src/pages/index.astro.
  'Who writes here': 'Quem escreve aqui',
  'More about this site': 'Mais sobre este site',
  'Latest reflections': 'Reflexões mais recentes',
  'All reflections': 'Todas as reflexões',
  'Featured guides': 'Guias em destaque',
  'All guides': 'Todos os guias',

  // Lists of entries: src/components/PostsPage.astro, EntryList.astro, Pagination.astro.
  'Reflections, page {page}': 'Reflexões, página {page}',
  'Every reflection, newest first.': 'Todas as reflexões, das mais recentes às mais antigas.',
  '{site}: reflections': '{site}: reflexões',
  Reflection: 'Reflexão',
  Guide: 'Guia',
  Pagination: 'Paginação',
  Newer: 'Mais recentes',
  Older: 'Mais antigas',
  'Page {current} of {last}': 'Página {current} de {last}',
  '{count} entries': {
    one: '{count} publicação',
    many: '{count} publicações',
    other: '{count} publicações',
  },

  // Guides: src/pages/guides/index.astro.
  'Step-by-step guides to building a personal learning network.':
    'Guias passo a passo para construir uma rede pessoal de aprendizagem.',
  'Plans to work through, one step at a time, with a network that grows as you go.':
    'Planos para seguir um passo de cada vez, com uma rede que cresce à medida que você avança.',
  '{site}: guides': '{site}: guias',

  // Tags: src/pages/tags/.
  'Every topic on this site, with how many entries cover it.':
    'Todos os temas deste site, com o número de publicações sobre cada um.',
  'Tagged #{tag}': 'Com a tag #{tag}',
  'Reflections and guides tagged {tag}.': 'Reflexões e guias com a tag {tag}.',
  'Subscribe to #{tag}': 'Assinar #{tag}',
  'All tags': 'Todas as tags',

  // An entry's page: src/layouts/EntryLayout.astro, Toc.astro, PrevNext.astro.
  Published: 'Publicado em',
  Updated: 'Atualizado em',
  '{count} min read': {
    one: '{count} min de leitura',
    many: '{count} min de leitura',
    other: '{count} min de leitura',
  },
  'Reflection model:': 'Modelo de reflexão:',
  Contents: 'Índice',
  'Previous:': 'Anterior:',
  'Next:': 'Seguinte:',

  // Only on the dev server: src/components/DevOnlyLabel.astro; and a draft page.
  Draft: 'Rascunho',
  Scheduled: 'Agendado',
  'goes live {when} ({timeZone})': 'vai ao ar em {when} ({timeZone})',

  // Page not found: src/pages/404.astro.
  'Page not found': 'Página não encontrada',
  'There is no page at this address.': 'Não há nenhuma página neste endereço.',
  'There is no page at this address. It may have moved, or the link may have a typo.':
    'Não há nenhuma página neste endereço. Ela pode ter mudado de lugar, ou o link pode ter um erro de digitação.',
  'Go to the home page': 'Ir para a página inicial',
  'Browse all reflections': 'Ver todas as reflexões',
  'Search the site': 'Pesquisar no site',

  // Search page: src/pages/search.astro (the search box's own words are in search.ts).
  Search: 'Pesquisar',
  'Search every reflection and guide.': 'Pesquise em todas as reflexões e todos os guias.',

  // The list of courses (/courses/).
  'Courses whose reflections and guides are published here, module by module.':
    'Cursos cujas reflexões e guias são publicados aqui, módulo por módulo.',
  'No courses yet.': 'Ainda não há cursos.',
  '{count} modules': {
    one: '{count} módulo',
    many: '{count} módulos',
    other: '{count} módulos',
  },

  // A course's page and its modules.
  Course: 'Curso',
  'Subscribe to this course': 'Assinar este curso',
  'Read the whole course on one page (portfolio)': 'Ler o curso inteiro em uma página (portfólio)',
  'Module {number}: {title}': 'Módulo {number}: {title}',
  'Nothing published in this module yet.': 'Ainda não há nada publicado neste módulo.',
  'Also in this course': 'Também neste curso',

  // On an entry: the course badge, the series box and the labels of previous/next.
  'Course: {title}': 'Curso: {title}',
  'Series: {name}': 'Série: {name}',
  'Part {part} of {total}': 'Parte {part} de {total}',
  '{part} in the series “{name}”': '{part} da série “{name}”',
  'Parts of the series {name}': 'Partes da série {name}',
  '(you are here)': '(você está aqui)',

  // A course's portfolio (/courses/<id>/portfolio/): every entry on one page, for print.
  'Portfolio: {title}': 'Portfólio: {title}',
  'Every entry of {course} ({term}) on one page, module by module.':
    'Todas as publicações de {course} ({term}) em uma página, módulo por módulo.',
  'Course portfolio': 'Portfólio do curso',
  '{count} entries in module order.': {
    one: '{count} publicação na ordem dos módulos.',
    many: '{count} publicações na ordem dos módulos.',
    other: '{count} publicações na ordem dos módulos.',
  },
  'Back to the course': 'Voltar ao curso',
  "To hand it in or keep it, print this page or save it as a PDF: the print version leaves out the site's navigation, starts each entry on a new page and prints each link's address.":
    'Para entregar ou guardar o portfólio, imprima esta página ou salve-a como PDF: a versão impressa deixa de fora a navegação do site, começa cada publicação em uma nova página e imprime o endereço de cada link.',
  '(nothing published yet)': '(nada publicado ainda)',
  'Read it online': 'Ler online',
  'Alt text:': 'Texto alternativo:',

  // The facts under a guide's title.
  Goal: 'Objetivo',
  'Who it is for': 'Para quem é',
  'Time needed': 'Tempo necessário',

  // A guide's events and their calendar file.
  Events: 'Eventos',
  '{link} (iCalendar file, works with most calendar apps).':
    '{link} (arquivo iCalendar, compatível com a maioria dos apps de calendário).',
  'Add these events to your calendar': 'Adicionar estes eventos ao seu calendário',
  'From the guide "{title}": {url}': 'Do guia “{title}”: {url}',

  // A guide's network: the diversity summary.
  'The network: {title}': 'A rede: {title}',
  'The network has no entries yet.': 'A rede ainda não tem nenhum item.',
  'The network has {count} entries: {kinds}.': {
    one: 'A rede tem {count} item: {kinds}.',
    many: 'A rede tem {count} itens: {kinds}.',
    other: 'A rede tem {count} itens: {kinds}.',
  },
  'They cover {covered} of the {count} perspectives this guide asks for.': {
    one: 'Ela cobre {covered} de {count} perspectiva que este guia pede.',
    many: 'Ela cobre {covered} das {count} perspectivas que este guia pede.',
    other: 'Ela cobre {covered} das {count} perspectivas que este guia pede.',
  },
  'This guide does not list the perspectives it wants yet.':
    'Este guia ainda não lista as perspectivas que procura.',
  'Every perspective this guide asks for has at least one voice.':
    'Todas as perspectivas que este guia pede têm pelo menos uma voz.',
  'No one yet from: {perspectives}.': 'Ainda não há ninguém de: {perspectives}.',
  'Entries per perspective and per kind': 'Itens por perspectiva e por tipo',
  'Per perspective': 'Por perspectiva',
  'Per kind': 'Por tipo',
  'no one yet': 'ainda ninguém',
  '{count} people': {
    one: '{count} pessoa',
    many: '{count} pessoas',
    other: '{count} pessoas',
  },
  '{count} organizations': {
    one: '{count} organização',
    many: '{count} organizações',
    other: '{count} organizações',
  },
  '{count} communities': {
    one: '{count} comunidade',
    many: '{count} comunidades',
    other: '{count} comunidades',
  },
  '{count} events': {
    one: '{count} evento',
    many: '{count} eventos',
    other: '{count} eventos',
  },
  '{count} publications': {
    one: '{count} periódico',
    many: '{count} periódicos',
    other: '{count} periódicos',
  },
  '{count} platforms': {
    one: '{count} plataforma',
    many: '{count} plataformas',
    other: '{count} plataformas',
  },

  // Kinds and statuses of a network's entries, in the map's legend and the table.
  Person: 'Pessoa',
  Organization: 'Organização',
  Community: 'Comunidade',
  Event: 'Evento',
  Publication: 'Periódico',
  Platform: 'Plataforma',
  'To research': 'A investigar',
  Following: 'Seguindo',
  Engaged: 'Interagindo',
  Collaborating: 'Colaborando',

  // The network map.
  'Network map: {count} entries grouped by perspective': {
    one: 'Mapa da rede: {count} item agrupado por perspectiva',
    many: 'Mapa da rede: {count} itens agrupados por perspectiva',
    other: 'Mapa da rede: {count} itens agrupados por perspectiva',
  },
  'Each box is a perspective; each numbered shape is an entry, numbered as in the network table. An entry with several perspectives appears in several boxes. Shape shows the kind and colour shows the status; the legend and the table below say the same in words.':
    'Cada caixa é uma perspectiva; cada forma numerada é um item, com o mesmo número da tabela da rede. Um item com várias perspectivas aparece em várias caixas. A forma indica o tipo e a cor indica a situação; a legenda e a tabela abaixo dizem o mesmo em palavras.',
  'No one yet': 'Ainda ninguém',
  'Numbers match the rows of the {link}, which lists every entry in words.':
    'Os números correspondem às linhas da {link}, que descreve cada item em palavras.',
  'network table': 'tabela da rede',
  'Shape shows kind': 'A forma indica o tipo',
  'Colour shows status': 'A cor indica a situação',
  '(dashed outline)': '(contorno tracejado)',

  // The network table.
  'Every entry in the network ({count})': 'Todos os itens da rede ({count})',
  Name: 'Nome',
  Kind: 'Tipo',
  Perspectives: 'Perspectivas',
  'Where to follow': 'Onde seguir',
  Status: 'Situação',
  'None listed': 'Nenhum indicado',
  Website: 'Site',
  Feed: 'Feed',

  // A guide's downloads.
  Downloads: 'Downloads',
  'Network spreadsheet (CSV)': 'Planilha da rede (CSV)',
  '{link}: every entry, with empty "last contact" and "next step" columns for tracking outreach.':
    '{link}: todos os itens, com as colunas “last contact” (último contato) e “next step” (próximo passo) vazias, para acompanhar os contatos que você fizer.',
  'Network feeds (OPML)': 'Feeds da rede (OPML)',
  '{link}: every feed in the network, grouped by perspective; import it into a feed reader to follow them all at once.':
    '{link}: todos os feeds da rede, agrupados por perspectiva; importe o arquivo em um leitor de feeds para seguir todos de uma vez.',
  'Events calendar (iCalendar, .ics)': 'Calendário de eventos (iCalendar, .ics)',
  "{link}: the guide's events, for any calendar app.":
    '{link}: os eventos do guia, para qualquer app de calendário.',
  '{network} (from the guide "{guide}")': '{network} (do guia “{guide}”)',

  // Media: players, transcripts, callouts, steps and tables in MDX entries.
  'Download the audio': 'Fazer download do áudio',
  'Download the video': 'Fazer download do vídeo',
  Captions: 'Legendas',
  'Play video: {title}': 'Reproduzir vídeo: {title}',
  Transcript: 'Transcrição',
  'Transcript: {title}': 'Transcrição: {title}',
  Note: 'Nota',
  Tip: 'Dica',
  Warning: 'Atenção',
  '{done} of {total} tasks done': {
    one: '{done} de {total} tarefa concluída',
    many: '{done} de {total} tarefas concluídas',
    other: '{done} de {total} tarefas concluídas',
  },
  'Reset progress': 'Reiniciar progresso',
  Table: 'Tabela',
  'Table: {columns}': 'Tabela: {columns}',
  'Table: {columns} and {count} more columns': {
    one: 'Tabela: {columns} e mais {count} coluna',
    many: 'Tabela: {columns} e mais {count} colunas',
    other: 'Tabela: {columns} e mais {count} colunas',
  },

  // Search: the /search/ page, the search box, filters and results (src/scripts/search-ui.js).
  'Search needs JavaScript, which is turned off or blocked in this browser. Browse by topic in {tagIndex} instead.':
    'A pesquisa precisa de JavaScript, que está desativado ou bloqueado neste navegador. Em vez disso, navegue por tema no {tagIndex}.',
  'the tag index': 'índice de tags',
  'Site search': 'Pesquisa no site',
  'Search reflections and guides': 'Pesquisar reflexões e guias',
  Type: 'Tipo',
  Sort: 'Ordenar',
  'Best match': 'Mais relevantes',
  'Newest first': 'Mais recentes',
  'Filter by tag': 'Filtrar por tag',
  'Loading tags…': 'Carregando tags…',
  'Tags are not available.': 'As tags não estão disponíveis.',
  'Reflection model': 'Modelo de reflexão',
  'Show more results': 'Mostrar mais resultados',
  'No results.': 'Nenhum resultado.',
  'No results for “{term}”.': 'Nenhum resultado para “{term}”.',
  'No results with the chosen filters.': 'Nenhum resultado com os filtros escolhidos.',
  'No results for “{term}” with the chosen filters.':
    'Nenhum resultado para “{term}” com os filtros escolhidos.',
  '{count} results.': {
    one: '{count} resultado.',
    many: '{count} resultados.',
    other: '{count} resultados.',
  },
  '{count} results for “{term}”.': {
    one: '{count} resultado para “{term}”.',
    many: '{count} resultados para “{term}”.',
    other: '{count} resultados para “{term}”.',
  },
  '{count} results with the chosen filters.': {
    one: '{count} resultado com os filtros escolhidos.',
    many: '{count} resultados com os filtros escolhidos.',
    other: '{count} resultados com os filtros escolhidos.',
  },
  '{count} results for “{term}” with the chosen filters.': {
    one: '{count} resultado para “{term}” com os filtros escolhidos.',
    many: '{count} resultados para “{term}” com os filtros escolhidos.',
    other: '{count} resultados para “{term}” com os filtros escolhidos.',
  },
  'Close {search}': 'Fechar {search}',
  search: 'pesquisa',

  // Feeds: names, descriptions, stand-ins for players, the list of every feed, the feed page.
  'Weekly reflections from {site}.': 'Reflexões semanais de {site}.',
  'Guides from {site}.': 'Guias de {site}.',
  '{site}: {feed}': '{site}: {feed}',
  '{site}: every feed': '{site}: todos os feeds',
  Everything: 'Tudo',
  'By type': 'Por tipo',
  'By tag': 'Por tag',
  'By course': 'Por curso',
  'Watch the video': 'Ver o vídeo',
  'Watch the video: {title}': 'Ver o vídeo: {title}',
  'Listen to the audio': 'Ouvir o áudio',
  'Listen to the audio: {title}': 'Ouvir o áudio: {title}',
  'Open the embedded content': 'Abrir o conteúdo incorporado',
  'Open the embedded content: {title}': 'Abrir o conteúdo incorporado: {title}',
  'Feed: {title}': 'Feed: {title}',
  'Visit the website': 'Visitar o site',
  'This is a web feed': 'Isto é um feed',
  'A feed lets you follow this site in a feed reader: new entries arrive there automatically, in full, without an account or an algorithm.':
    'Com um feed, você acompanha este site em um leitor de feeds: as novas publicações chegam lá automaticamente, na íntegra, sem conta nem algoritmo.',
  "To subscribe, copy this page's address into your feed reader: {address}":
    'Para assinar, copie o endereço desta página no seu leitor de feeds: {address}',
  'No feed reader yet? Most are free, on the web, phones and desktops; search for "RSS reader" to find one.':
    'Ainda não tem um leitor de feeds? A maioria é gratuita, para web, smartphone e computador; pesquise “leitor RSS” para encontrar um.',
  'Latest entries': 'Publicações mais recentes',
  'Published {date}': 'Publicado em {date}',
} satisfies Translation;
