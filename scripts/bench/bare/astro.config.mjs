// @ts-check
// The benchmark's baseline (README "Performance"): Astro 7 with MDX and nothing else. The
// benchmark copies it to scripts/bench/.work/bare/, puts the corpus in content/posts there and
// builds it with `npm run build`.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://bench.example.org',
  integrations: [mdx()],
});
