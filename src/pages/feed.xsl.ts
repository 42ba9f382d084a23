import type { APIRoute } from 'astro';
import stylesheet from '../lib/feeds/feed.xsl?raw';

/** The stylesheet every RSS feed names, so a feed opened in a browser reads as a page. */
export const GET: APIRoute = () =>
  new Response(stylesheet, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
