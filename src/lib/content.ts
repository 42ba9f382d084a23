import { getCollection, type CollectionEntry } from 'astro:content';
import { buildDate, byNewest, isPublished } from './publish.ts';
import type { ReflectionModel, ReflectionModels } from '../schemas/reflection-model.ts';

export type Post = CollectionEntry<'posts'>;
export type Guide = CollectionEntry<'guides'>;
export type Entry = Post | Guide;

/** Dev shows drafts and scheduled entries (labelled); production never does. */
const showDrafts = import.meta.env.DEV;
const now = buildDate();

/** Published reflections, newest first. */
export async function getPosts(): Promise<Post[]> {
  const posts = await getCollection('posts', (entry) => isPublished(entry, now, showDrafts));
  return posts.sort(byNewest);
}

/** Published guides, newest first. */
export async function getGuides(): Promise<Guide[]> {
  const guides = await getCollection('guides', (entry) => isPublished(entry, now, showDrafts));
  return guides.sort(byNewest);
}

/** Reflections and guides together, newest first: what tags, feeds and search cover. */
export async function getEntries(): Promise<Entry[]> {
  const [posts, guides] = await Promise.all([getPosts(), getGuides()]);
  return [...posts, ...guides].sort(byNewest);
}

/** True when an entry is only visible because this is a dev server. */
export function isHiddenInProduction(entry: Entry): boolean {
  return !isPublished(entry, now, false);
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
