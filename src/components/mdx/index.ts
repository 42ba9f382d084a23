import Figure from './Figure.astro';
import Callout from './Callout.astro';
import Video from './Video.astro';
import Audio from './Audio.astro';
import YouTube from './YouTube.astro';
import Transcript from './Transcript.astro';
import Steps from './Steps.astro';

/** Components every MDX entry may use without importing them. */
export const mdxComponents = { Figure, Callout, Video, Audio, YouTube, Transcript, Steps };
