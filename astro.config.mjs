// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import commonplace from './src/integrations/commonplace.ts';
import { site } from './src/site.config.ts';
import { basePathFromEnv } from './src/lib/site/env.ts';

export default defineConfig({
  site: site.url,
  // The path the site is served from: '/' at the root of a domain, '/my-blog' for a GitHub
  // Pages project site. The deploy workflow sets COMMONPLACE_BASE_PATH from GitHub Pages; every
  // link the site writes takes it from here (src/lib/site/urls.ts).
  base: basePathFromEnv() ?? '/',
  trailingSlash: 'ignore',
  // Two entries that would share a URL must stop the build, naming both files.
  prerenderConflictBehavior: 'error',
  integrations: [mdx(), sitemap(), commonplace()],
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX marker directive; the bundler's note about it is noise in every build.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:'))
            return;
          warn(warning);
        },
      },
    },
  },
});
