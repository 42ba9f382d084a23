import type { SiteConfig } from '../schemas/site.ts';
import { loadReflectionModels } from '../lib/reflection/reflection-model-files.ts';
import { formatProblems } from '../lib/content/references.ts';
import { gateConfig, type GateConfig } from './core/config.ts';

/**
 * The gate config of a site config: its `a11y` and `writing` settings, its language and its
 * reflection models (the built-in ones plus `reflectionModels`), read once here on the thread
 * that starts the gate and handed to the workers with the rest of the config.
 */
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
