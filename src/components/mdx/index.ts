import Figure from './Figure.astro';
import Callout from './Callout.astro';
import Video from './Video.astro';
import Audio from './Audio.astro';
import YouTube from './YouTube.astro';
import Transcript from './Transcript.astro';
import Steps from './Steps.astro';
import type { MdxComponentName } from './names.ts';

/**
 * Components every MDX entry may use without importing them. Their names are also in
 * ./names.ts, which the accessibility gate reads: the type below fails if the two differ.
 */
export const mdxComponents = {
  Figure,
  Callout,
  Video,
  Audio,
  YouTube,
  Transcript,
  Steps,
} satisfies Record<MdxComponentName, unknown>;

// A component mapped here but missing from names.ts would be reported as unknown: keep them equal.
type Unlisted = Exclude<keyof typeof mdxComponents, MdxComponentName>;
const everyComponentIsListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyComponentIsListed;
