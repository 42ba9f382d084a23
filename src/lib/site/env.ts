import { userError } from '../util/user-error.ts';

/**
 * Settings that come from the environment (README "Configuration"). An empty variable counts as
 * unset: CI systems pass a variable nobody defined as "" (GitHub Actions' `${{ vars.X }}`), and
 * that must fall back to the configured value rather than fail the build.
 */
export function envValue(
  name: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/**
 * `COMMONPLACE_SITE_URL`: the site's address (its origin, e.g. `https://user.github.io`), or
 * undefined when unset. A value that is not an http(s) URL stops the build with one line that
 * names the variable.
 */
export function siteUrlFromEnv(
  name = 'COMMONPLACE_SITE_URL',
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = envValue(name, env);
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw userError(
      `${name}="${value}" is not a web address: set it to where the site is served, e.g. https://user.github.io, or leave it empty to use url in src/site.config.ts.`,
      'README "Deploying" says how the deploy workflow sets it.',
    );
  }
  return value;
}

/**
 * `COMMONPLACE_BASE_PATH`: the path the site is served from (Astro's `base`), e.g. `/my-blog`
 * for a GitHub Pages project site, or undefined when unset. It must be a path, not a URL.
 */
export function basePathFromEnv(
  name = 'COMMONPLACE_BASE_PATH',
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const value = envValue(name, env);
  if (value === undefined) return undefined;
  if (!value.startsWith('/') || /[?#\s\\]/.test(value) || value.startsWith('//')) {
    throw userError(
      `${name}="${value}" is not a path: set it to the path the site is served from, e.g. /my-blog, or leave it empty for a site at the root.`,
      'README "Deploying" says how the deploy workflow sets it.',
    );
  }
  return value;
}
