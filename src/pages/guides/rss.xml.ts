import type { APIRoute } from 'astro';
import { getGuides } from '../../lib/content.ts';
import { rssResponse } from '../../lib/feeds/endpoints.ts';
import { site } from '../../site.config.ts';

/** Guides only. */
export const GET: APIRoute = async () =>
  rssResponse(
    {
      title: `${site.title}: guides`,
      description: `Guides from ${site.title}.`,
      feedPath: '/guides/rss.xml',
      homePath: '/guides/',
    },
    await getGuides(),
  );
