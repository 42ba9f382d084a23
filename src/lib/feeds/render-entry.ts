import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { render } from 'astro:content';
import { mdxComponents } from '../../components/mdx/index.ts';
import type { Entry } from '../content.ts';
import { entryFilePath } from '../entry-file.ts';
import { site } from '../../site.config.ts';
import { toFeedItem, type FeedItem } from './items.ts';

let container: Promise<AstroContainer> | undefined;

function getContainer(): Promise<AstroContainer> {
  container ??= AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  return container;
}

/**
 * One feed item per entry per build: six RSS routes and feed.json list overlapping entries, and
 * rendering MDX is the expensive part, so the first route to need an entry renders it and the
 * rest reuse the result. Module state lives as long as the build process.
 */
const items = new Map<string, Promise<FeedItem>>();

async function renderItem(entry: Entry): Promise<FeedItem> {
  return toFeedItem(entry, await renderHtml(entry), site.url);
}

async function renderHtml(entry: Entry): Promise<string> {
  const entryFile = entryFilePath(entry);
  try {
    const [containerInstance, { Content }] = await Promise.all([getContainer(), render(entry)]);
    // Media components find transcripts relative to Astro.locals.entryFile, as on the page.
    return await containerInstance.renderToString(Content, {
      props: { components: mdxComponents },
      locals: { entryFile },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `${entry.filePath ?? entry.id}: could not render this entry for the feeds: ${reason}\nFix the entry so its page builds; the feeds render the same content.`,
      { cause: error },
    );
  }
}

/** The feed item of an entry, rendered at most once per build. */
export function feedItem(entry: Entry): Promise<FeedItem> {
  const key = `${entry.collection}/${entry.id}`;
  let item = items.get(key);
  if (!item) {
    item = renderItem(entry);
    items.set(key, item);
  }
  return item;
}
