/**
 * Components another site tool gives its MDX, which authors bring along when they move a page
 * here: Starlight's (`import { Aside } from '@astrojs/starlight/components'`). They work only in
 * a site built with that tool, so installing its package would not help; each has a way to say
 * the same with this site's own components or plain Markdown. Plain data, like names.ts, so the
 * gate's messages read it without loading any `.astro` file.
 */

/** The package whose components work only inside its own tool. */
export const STARLIGHT_COMPONENTS = /^@astrojs\/starlight(?:\/|$)/;

/**
 * Asides' kinds in other tools (Starlight's `<Aside type>` and `:::tip`, Docusaurus's and
 * VitePress's directives, GitHub's `> [!NOTE]`, Obsidian's callouts `> [!info]`), as the kind
 * of this site's `<Callout>` that says the same.
 */
const CALLOUT_TYPE: Record<string, string> = {
  note: 'note',
  info: 'note',
  important: 'note',
  abstract: 'note',
  summary: 'note',
  tldr: 'note',
  todo: 'note',
  question: 'note',
  help: 'note',
  faq: 'note',
  example: 'note',
  quote: 'note',
  cite: 'note',
  tip: 'tip',
  hint: 'tip',
  success: 'tip',
  check: 'tip',
  done: 'tip',
  caution: 'warning',
  warning: 'warning',
  attention: 'warning',
  danger: 'warning',
  error: 'warning',
  failure: 'warning',
  fail: 'warning',
  missing: 'warning',
  bug: 'warning',
};

/** Whether another tool's aside has this kind (`note`, Obsidian's `question`), in any case. */
export const isAsideKind = (kind: string): boolean =>
  Object.hasOwn(CALLOUT_TYPE, kind.toLowerCase());

/** The `<Callout>` for an aside of another tool's `kind`, with its title if it has one. */
export function calloutFor(kind: string | undefined, title?: string): string {
  const titled = title?.trim() ? ` title="${title.trim().replace(/"/g, '&quot;')}"` : '';
  return `<Callout type="${CALLOUT_TYPE[kind?.toLowerCase() ?? ''] ?? 'note'}"${titled}>…</Callout>`;
}

/**
 * What to do instead of each of Starlight's components, as a fix: `type` is the component's
 * `type` attribute as written, for `<Aside>`.
 */
const STARLIGHT_INSTEAD: Record<string, (type?: string) => string> = {
  Aside: (type) => `write ${calloutFor(type)} instead, which every MDX file has`,
  Tabs: () => 'write a heading for each tab, with its content under it',
  TabItem: () => 'write a heading for each tab, with its content under it',
  Card: () => 'write a heading with its text under it',
  CardGrid: () => 'write its cards one after another, each a heading with its text',
  LinkCard: () => 'write a link, [title](…), with its description beside it',
  LinkButton: () => 'write a link, [text](…)',
  FileTree: () => 'write a nested list of the files',
  Code: () => 'write a fenced code block (```lang … ```)',
  Badge: () => 'write its text',
  Icon: () => 'remove it; an icon alone says nothing to a reader',
};

/** What to do instead of Starlight's component `name`, if it is one of them. */
export function starlightFix(name: string, type?: string): string | undefined {
  return Object.hasOwn(STARLIGHT_INSTEAD, name) ? STARLIGHT_INSTEAD[name]!(type) : undefined;
}

/** For an import of Starlight's components: this site's own ways of saying the same. */
export const STARLIGHT_EQUIVALENTS =
  '<Callout> for <Aside>, <Steps> for <Steps>, a heading for each <TabItem>, a fenced code block for <Code>';
