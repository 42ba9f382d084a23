import type { SiteConfig } from '../schemas/site.ts';
import type { ReflectionModels } from '../schemas/reflection-model.ts';
import { loadModelDir, builtinModelsDir, loadReflectionModels } from '../lib/reflection-models.ts';
import { formatProblems } from '../lib/references.ts';
import type { Level } from './types.ts';

/** The gate's settings, resolved from `site.a11y` in `src/site.config.ts`. */
export interface GateConfig {
  /** Iframe hosts that are video players (built-in list plus `site.a11y.videoHosts`). */
  videoHosts: string[];
  /** Component names checked like `<img>`. */
  imageComponents: Set<string>;
  /** Component names checked like `<video>`. */
  mediaComponents: Set<string>;
  /** Per-rule level overrides; a rule not named here keeps its own default. */
  levels: Record<string, Level>;
  /** Writing checks (`site.writing`): site-wide allow list, profanities on or off. */
  writing: { allow: string[]; profanities: boolean };
  /** The site's language (`site.lang`): a file without `lang` is in it. */
  lang: string;
  /** Reflection models by id, for `reflection-model` (built-in ones plus the site's). */
  models: ReflectionModels;
}

/**
 * Players whose iframes carry video or audio. Matched on the host and its subdomains, so
 * `youtube.com` covers `www.youtube.com` and `m.youtube.com`.
 */
export const VIDEO_HOSTS = [
  'youtube.com',
  'youtu.be',
  'youtube-nocookie.com',
  'vimeo.com',
  'loom.com',
  'wistia.com',
  'wistia.net',
  'dailymotion.com',
  'dai.ly',
  'ted.com',
];

/** `astro:assets` components and Commonplace's own `Figure` render an `<img>` from `alt`. */
export const IMAGE_COMPONENTS = ['Image', 'Picture', 'Figure'];
/** Commonplace's media components (src/components/mdx/). */
export const MEDIA_COMPONENTS = ['Video', 'Audio', 'YouTube'];

/** The built-in reflection models, for a gate config that names none. */
let builtinModels: ReflectionModels | undefined;

export function gateConfig(
  a11y: Partial<SiteConfig['a11y']> = {},
  writing: Partial<SiteConfig['writing']> = {},
  site: { lang?: string; models?: ReflectionModels } = {},
): GateConfig {
  return {
    videoHosts: [...VIDEO_HOSTS, ...(a11y.videoHosts ?? []).map((host) => host.toLowerCase())],
    imageComponents: new Set([...IMAGE_COMPONENTS, ...(a11y.imageComponents ?? [])]),
    mediaComponents: new Set([...MEDIA_COMPONENTS, ...(a11y.mediaComponents ?? [])]),
    levels: { ...(a11y.rules ?? {}) },
    writing: { allow: [...(writing.allow ?? [])], profanities: writing.profanities ?? false },
    lang: site.lang ?? 'en',
    models: site.models ?? (builtinModels ??= loadModelDir(builtinModelsDir()).models),
  };
}

/** The gate config of a site config, with its language and reflection models. */
export function siteGateConfig(
  site: Pick<SiteConfig, 'a11y' | 'writing' | 'lang' | 'reflectionModels'>,
  { root = process.cwd(), warn = false } = {},
): GateConfig {
  const { models, problems } = loadReflectionModels(site.reflectionModels, root);
  // The build's content check fails on these, with the same lines; `npm run check` still runs
  // without the models that could not be read, and says why they are missing.
  if (warn && problems.length > 0) console.warn(formatProblems(problems));
  return gateConfig(site.a11y, site.writing, { lang: site.lang, models });
}

/** The gate config of this project's `src/site.config.ts`. */
export async function loadGateConfig(): Promise<GateConfig> {
  const { site } = await import('../site.config.ts');
  return siteGateConfig(site, { warn: true });
}
