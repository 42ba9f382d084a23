import { fileURLToPath } from 'node:url';
import type { AstroConfig, HookParameters } from 'astro';
import { site } from '../site.config.ts';
import { normalizeBase } from '../lib/site/urls.ts';
import { buildDate } from '../lib/content/publish.ts';
import type { FeedSite } from '../lib/feeds/items.ts';

/**
 * Where the site being built lives, remembered at astro:config:done for the hooks that run
 * later and are not handed Astro's config (astro:build:done). Integration code runs outside
 * Vite, so it cannot read `import.meta.env.BASE_URL` as pages do.
 */
interface SiteAddress {
  /** Project root, absolute. */
  root: string;
  /** Astro's `base`, normalized: `/` or `/my-blog/`. */
  base: string;
  /** The whole resolved config, once known. */
  config?: AstroConfig;
}

let address: SiteAddress | undefined;

export function rememberSiteAddress({ config }: HookParameters<'astro:config:done'>): void {
  address = { root: fileURLToPath(config.root), base: normalizeBase(config.base), config };
}

export function siteAddress(): SiteAddress {
  return address ?? { root: process.cwd(), base: '/' };
}

/** What the feeds say about the site: src/site.config.ts plus the base and the build time. */
export function feedSite(): FeedSite {
  return { ...site, base: siteAddress().base, built: buildDate() };
}
