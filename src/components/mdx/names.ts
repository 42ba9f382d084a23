/**
 * The names of the components every MDX entry gets without an import (./index.ts maps each to
 * its component; its type check keeps the two lists equal). Plain data, so the accessibility
 * gate's `unknown-component` rule reads it without loading any `.astro` file.
 */
export const MDX_COMPONENT_NAMES = [
  'Figure',
  'Callout',
  'Video',
  'Audio',
  'YouTube',
  'Transcript',
  'Steps',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/**
 * What Astro's MDX gives every file besides the site's components: `<Fragment>`, which groups
 * elements without a wrapper (`<Fragment slot="…">` fills a component's named slot).
 * `@astrojs/mdx` passes it with the components (its vite-plugin-mdx-postprocess).
 */
export const MDX_BUILT_INS = ['Fragment'] as const;
