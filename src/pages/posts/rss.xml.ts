import type { APIRoute } from 'astro';
import { getPosts } from '../../lib/content.ts';
import { rssResponse } from '../../lib/feeds/endpoints.ts';
import { site } from '../../site.config.ts';

/** Reflections only. */
export const GET: APIRoute = async () =>
  rssResponse(
    {
      title: `${site.title}: reflections`,
      description: `Weekly reflections from ${site.title}.`,
      feedPath: '/posts/rss.xml',
      homePath: '/posts/',
    },
    await getPosts(),
  );
