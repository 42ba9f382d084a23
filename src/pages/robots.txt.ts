import type { APIRoute } from 'astro';
import { site } from '../site.config.ts';
import { absoluteUrl, withBase } from '../lib/site/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(withBase('/sitemap-index.xml'), site.url)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
