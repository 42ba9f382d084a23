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
