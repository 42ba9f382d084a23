import type { APIRoute } from 'astro';
import { getEntries } from '../lib/content.ts';
import { jsonFeedResponse } from '../lib/feeds/endpoints.ts';
import { site } from '../site.config.ts';

/** The site feed as JSON Feed 1.1: the same items as /rss.xml. */
export const GET: APIRoute = async () =>
  jsonFeedResponse(
    { title: site.title, description: site.description, feedPath: '/feed.json', homePath: '/' },
    await getEntries(),
  );
