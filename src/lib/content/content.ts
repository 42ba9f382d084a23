import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate, byNewest, goesLive, isPublished } from './publish.ts';
import { site } from '../../site.config.ts';
import { countTags, labelTags, tagLabels } from './tags.ts';
import type { ReflectionModel, ReflectionModels } from '../../schemas/reflection-model.ts';

export type Post = CollectionEntry<'posts'>;
export type Guide = CollectionEntry<'guides'>;
export type Entry = Post | Guide;
export type Page = CollectionEntry<'pages'>;

/** Dev shows drafts and scheduled entries (labelled); production never does. */
const showDrafts = import.meta.env.DEV;
const now = buildDate();

/** Published reflections, newest first. */
export async function getPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (entry) =>
    isPublished(entry, now, showDrafts, site.timeZone),
  );
  return posts.sort(byNewest);
}

/** Published guides, newest first. */
export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides', (entry) =>
    isPublished(entry, now, showDrafts, site.timeZone),
  );
  return guides.sort(byNewest);
}

/** Reflections and guides together, newest first: what tags, feeds and search cover. */
export async function getEntries(): Promise<Entry[]> {
  const [posts, guides] = await Promise.all([getPosts(), getGuides()]);
  return [...posts, ...guides].sort(byNewest);
}

/**
 * Pages other than About (src/pages/about.astro has its own), each at `/<slug>/`
 * (src/pages/[page].astro); drafts only in dev.
 */
export async function getPages(): Promise<Page[]> {
  const pages = await getCollection(
    'pages',
    (page) => page.id !== 'about' && (showDrafts || !page.data.draft),
  );
  return pages.sort((a, b) => a.data.title.localeCompare(b.data.title));
}

/**
 * Why an entry shows only on the dev server: it is a draft, or it is scheduled, with the moment
 * it goes live (its day's start in the site's `timeZone`). Undefined for a published entry.
 */
export function hiddenInProduction(
  entry: Entry,
): { draft: true } | { draft: false; goesLive: Date } | undefined {
  if (isPublished(entry, now, false, site.timeZone)) return undefined;
  return entry.data.draft
    ? { draft: true }
    : { draft: false, goesLive: goesLive(entry.data.pubDate, site.timeZone) };
}

let labels: Promise<Map<string, string>> | undefined;

/**
 * Each tag's display label, by slug, over every published entry (src/lib/content/tags.ts has the rule).
 * Worked out once per build; the dev server works it out afresh, as content changes under it.
 */
export function getTagLabels(): Promise<Map<string, string>> {
  if (showDrafts) return getEntries().then(tagLabels);
  labels ??= getEntries().then(tagLabels);
  return labels;
}

let tagLanguages: Promise<Map<string, string>> | undefined;

/**
 * The language of each tag that only entries in one language carry (`countTags`' `lang`), by
 * slug: an entry page marks such a tag with it inside the interface's labels. Worked out once per
 * build, as the labels are.
 */
export function getTagLanguages(): Promise<Map<string, string>> {
  const work = async () => {
    const counts = countTags(await getEntries(), await getTagLabels());
    return new Map(counts.flatMap(({ slug, lang }) => (lang ? [[slug, lang] as const] : [])));
  };
  if (showDrafts) return work();
  tagLanguages ??= work();
  return tagLanguages;
}

/** An entry's tags under their site-wide labels, each tag once. */
export async function entryTags(entry: Entry): Promise<string[]> {
  return labelTags(entry.data.tags, await getTagLabels());
}

/**
 * The site's reflection models (built-in and from the site config), read once by the
 * integration (src/integrations/setup.ts): bundled pages no longer sit beside the model files.
 */
export const reflectionModels: ReflectionModels = JSON.parse(
  import.meta.env.COMMONPLACE_REFLECTION_MODELS ?? '{}',
);

/** The model an entry follows, if it names one. */
export function entryModel(entry: { data: { model?: string } }): ReflectionModel | undefined {
  const id = entry.data.model;
  return id !== undefined && Object.hasOwn(reflectionModels, id) ? reflectionModels[id] : undefined;
}
