// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import commonplace from './src/integrations/commonplace.ts';
import { site } from './src/site.config.ts';

export default defineConfig({
  site: site.url,
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
