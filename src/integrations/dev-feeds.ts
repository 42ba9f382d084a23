import type { HookParameters } from 'astro';

/**
 * `npm run dev` serves the feeds too (README "Search and feeds"): a build writes them from the
 * built pages (src/integrations/feeds.ts); the dev server has no built pages, so one route,
 * added only to the dev server, asks the dev server for the entry pages and makes the same feed
 * from them, with the same code (src/integrations/dev-feed-route.ts).
 */
export function serveFeedsInDev({
  command,
  injectRoute,
}: HookParameters<'astro:config:setup'>): void {
  if (command !== 'dev') return;
  injectRoute({
    pattern: '/[...feed]',
    entrypoint: new URL('./dev-feed-route.ts', import.meta.url),
    prerender: true,
  });
}
