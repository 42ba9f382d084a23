import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/build-fixture.ts';
import { basePathFromEnv, envValue, siteUrlFromEnv } from '../../src/lib/site/env.ts';
import { siteUrlPathProblem } from '../../src/lib/site/urls.ts';

describe('settings from the environment', () => {
  it('treats an empty or blank variable as unset, as CI passes an undefined variable', () => {
    expect(envValue('X', {})).toBeUndefined();
    expect(envValue('X', { X: '' })).toBeUndefined();
    expect(envValue('X', { X: '  ' })).toBeUndefined();
    expect(envValue('X', { X: ' a ' })).toBe('a');
    expect(siteUrlFromEnv('COMMONPLACE_SITE_URL', { COMMONPLACE_SITE_URL: '' })).toBeUndefined();
    expect(basePathFromEnv('COMMONPLACE_BASE_PATH', { COMMONPLACE_BASE_PATH: '' })).toBeUndefined();
  });

  it('accepts web addresses and paths', () => {
    const url = siteUrlFromEnv('COMMONPLACE_SITE_URL', {
      COMMONPLACE_SITE_URL: 'https://user.github.io',
    });
    expect(url).toBe('https://user.github.io');
    expect(basePathFromEnv('B', { B: '/my-blog' })).toBe('/my-blog');
    expect(basePathFromEnv('B', { B: '/' })).toBe('/');
  });

  it('rejects anything else in one line that names the variable, with no stack trace', () => {
    for (const value of ['user.github.io', 'not a url', 'ftp://user.github.io']) {
      expect(() => siteUrlFromEnv('COMMONPLACE_SITE_URL', { COMMONPLACE_SITE_URL: value })).toThrow(
        `COMMONPLACE_SITE_URL="${value}" is not a web address: set it to where the site is served, e.g. https://user.github.io, or leave it empty to use url in src/site.config.ts.`,
      );
    }
    for (const value of ['my-blog', 'https://user.github.io/my-blog', '//x']) {
      expect(() =>
        basePathFromEnv('COMMONPLACE_BASE_PATH', { COMMONPLACE_BASE_PATH: value }),
      ).toThrow(`COMMONPLACE_BASE_PATH="${value}" is not a path`);
    }
    try {
      siteUrlFromEnv('COMMONPLACE_SITE_URL', { COMMONPLACE_SITE_URL: 'x' });
    } catch (error) {
      expect((error as Error).stack).toBe('');
    }
  });
});

describe('the CI workflow', () => {
  it("builds pull requests with a token that only reads, and never with the base repository's secrets", () => {
    const text = readFileSync(join(projectRoot, '.github/workflows/ci.yml'), 'utf8');
    const workflow = parse(text) as { on: Record<string, unknown>; permissions: unknown };
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });
});

describe('the deploy workflow', () => {
  it('takes the address and base path from GitHub Pages, so it needs no repository variables', () => {
    const workflow = parse(
      readFileSync(join(projectRoot, '.github/workflows/deploy.yml'), 'utf8'),
    ) as {
      jobs: {
        build: {
          steps: { id?: string; uses?: string; run?: string; env?: Record<string, string> }[];
        };
      };
    };
    const steps = workflow.jobs.build.steps;
    const pages = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages@'));
    expect(steps[pages]?.id).toBe('pages');
    const build = steps.findIndex((step) => step.run === 'npm run build');
    expect(build).toBeGreaterThan(pages);
    // A variable, when set, overrides; unset (an empty string) falls back to what Pages says.
    expect(steps[build]!.env).toEqual({
      COMMONPLACE_SITE_URL: '${{ vars.COMMONPLACE_SITE_URL || steps.pages.outputs.origin }}',
      COMMONPLACE_BASE_PATH: '${{ vars.COMMONPLACE_BASE_PATH || steps.pages.outputs.base_path }}',
    });
  });
});

describe('a url whose path is not the base', () => {
  it('is a problem only where the path says another place than the base', () => {
    expect(siteUrlPathProblem('https://sam.github.io', '/')).toBeUndefined();
    expect(siteUrlPathProblem('https://sam.github.io/', '/blog')).toBeUndefined();
    for (const base of ['/blog', '/blog/', 'blog'])
      expect(siteUrlPathProblem('https://sam.github.io/blog', base), base).toBeUndefined();
    expect(siteUrlPathProblem('https://sam.github.io/blog/', '/')?.message).toMatch(
      /^url https:\/\/sam\.github\.io\/blog\/ is served from \/blog\/, but the site is built for \/ \(Astro's base\).*: set base: '\/blog' in astro\.config\.mjs/,
    );
    expect(siteUrlPathProblem('https://sam.github.io/blog', '/notes')?.message).toContain(
      'is served from /blog/, but the site is built for /notes/',
    );
    expect(siteUrlPathProblem(undefined, '/blog')).toBeUndefined();
  });
});
