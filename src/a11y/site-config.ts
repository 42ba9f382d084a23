import type { SiteConfig } from '../schemas/site.ts';
import { loadReflectionModels } from '../lib/reflection/reflection-model-files.ts';
import { formatProblems } from '../lib/content/references.ts';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gateConfig, type GateConfig } from './core/config.ts';
import { userError } from '../lib/util/user-error.ts';
import { errorSite } from '../lib/util/error-site.ts';
import { missingWordsNotice, wordsFor, type WrittenWords } from '../lib/site/words/translate.ts';

/**
 * The gate config of a site config: its `a11y` and `writing` settings, its language and its
 * reflection models (the built-in ones plus `reflectionModels`), read once here on the thread
 * that starts the gate and handed to the workers with the rest of the config.
 */
export function siteGateConfig(
  site: Pick<SiteConfig, 'a11y' | 'writing' | 'lang' | 'reflectionModels' | 'ui'>,
  { root = process.cwd(), warn = false } = {},
): GateConfig {
  const { models, problems } = loadReflectionModels(site.reflectionModels, root);
  // The build's content check fails on these, with the same lines; `npm run check` still runs
  // without the models that could not be read, and says why they are missing.
  if (warn && problems.length > 0) console.warn(formatProblems(problems));
  // Printed by `npm run check` on every run, the build saying the same as it starts
  // (src/integrations/content-check.ts).
  const notices = [interfaceWordsWarning(site, root)].filter((n): n is string => n !== undefined);
  return { ...gateConfig(site.a11y, site.writing, { lang: site.lang, models }), notices };
}

/**
 * The warning for a site whose language the interface has no words in, at the `lang:` line of
 * src/site.config.ts; undefined when every phrase has words in the site's language.
 */
export function interfaceWordsWarning(
  site: Pick<SiteConfig, 'lang' | 'ui'>,
  root = process.cwd(),
): string | undefined {
  const notice = missingWordsNotice(site.lang, wordsFor(site.lang, site.ui as WrittenWords));
  if (!notice) return undefined;
  let line = 1;
  try {
    const text = readFileSync(join(root, 'src/site.config.ts'), 'utf8');
    const at = /^[ \t]*lang\s*:/m.exec(text);
    if (at) line = text.slice(0, at.index).split('\n').length;
  } catch {
    // A config elsewhere (a test's): the notice names the file without a line.
  }
  return `src/site.config.ts:${line}:1  warning  ${notice}`;
}

/** The gate config of this project's `src/site.config.ts`. */
export async function loadGateConfig(): Promise<GateConfig> {
  let site: SiteConfig;
  try {
    ({ site } = await import('../site.config.ts'));
  } catch (error) {
    throw siteConfigError(error);
  }
  return siteGateConfig(site, { warn: true });
}

/**
 * Why the site config could not be loaded, at its line, where it is the file's own mistake (a
 * syntax error, a name it never declared, an import of nothing): Node's stack says only where
 * Node was. A problem `defineSite` reports is already said so, and passes through.
 */
export function siteConfigError(error: unknown, root = process.cwd()): unknown {
  if (!(error instanceof Error) || error.name === 'CommonplaceError') return error;
  const at = errorSite(error);
  const file = at && relative(root, at.file).split(sep).join('/');
  if (!at || !file || file.startsWith('..') || file.startsWith('node_modules/')) return error;
  // Paths from the project's root, as the report names files.
  const what = error.message.split('\n')[0]!.replace(/\.$/, '').replaceAll(`${root}${sep}`, '');
  return userError(
    `${file}:${at.line}:${at.column}  error  the site config could not be loaded: ${what}`,
    `Fix it there: npm run build stops on it too. README "Configuration" lists the settings.`,
  );
}
