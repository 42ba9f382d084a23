// @ts-check
// The benchmark's baseline (README "Performance"): Astro 7 with MDX and nothing else. The
// benchmark builds it from a root in scripts/bench/.work/ whose content/posts holds the corpus.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [mdx()],
});
