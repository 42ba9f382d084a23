import type { APIRoute } from 'astro';
import { getEntries } from '../lib/content.ts';
import { rssResponse } from '../lib/feeds/endpoints.ts';
import { site } from '../site.config.ts';

/** Every published reflection and guide. */
export const GET: APIRoute = async () =>
  rssResponse(
    { title: site.title, description: site.description, feedPath: '/rss.xml', homePath: '/' },
    await getEntries(),
  );
