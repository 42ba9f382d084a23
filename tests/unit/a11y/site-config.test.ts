import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-fixture.ts';

/**
 * What `npm run check` says when src/site.config.ts cannot be loaded. Node loads it there (its
 * own TypeScript, not Vite's as under vitest), so a real file with the mistake is imported by a
 * Node of its own, and its error given to `siteConfigError`.
 */
function loaded(text: string): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'site-config-')));
  writeFileSync(join(root, 'site.config.ts'), text);
  writeFileSync(join(root, 'env.ts'), 'export const lang: string = "en";\n');
  const script = `
    const { siteConfigError } = await import(${JSON.stringify(pathToFileURL(join(projectRoot, 'src/a11y/site-config.ts')).href)});
    try {
      await import(${JSON.stringify(pathToFileURL(join(root, 'site.config.ts')).href)});
      console.log('loaded');
    } catch (error) {
      const said = siteConfigError(error, ${JSON.stringify(root)});
      console.log(said.message + ' | ' + said.hint + ' | stack: ' + (said.stack ? 'yes' : 'no'));
    }`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  return run.stdout.trim() || run.stderr;
}

describe('a site config that cannot be loaded', () => {
  const config = (...fields: string[]) =>
    [
      "import { lang } from './env.ts';",
      'export const site: { title: string } = {',
      ...fields,
      '};',
      '',
    ].join('\n');
  const hint =
    'Fix it there: npm run build stops on it too. README "Configuration" lists the settings.';

  it('is named at its line, in Node’s words, without a stack, and loads once fixed', () => {
    expect(loaded(config("  title: 'Commonplace',", '  lang,'))).toBe('loaded');
    // A comma left out.
    expect(loaded(config("  title: 'Commonplace'", '  lang,'))).toBe(
      `site.config.ts:4:3  error  the site config could not be loaded: Expected ',', got 'ident' | ${hint} | stack: no`,
    );
    // A name never declared.
    expect(loaded(config('  lang: langg,'))).toBe(
      `site.config.ts:3:9  error  the site config could not be loaded: langg is not defined | ${hint} | stack: no`,
    );
    // An import of a file that is not there.
    expect(loaded(config('  lang,').replace('./env.ts', './envv.ts'))).toBe(
      `site.config.ts:1:1  error  the site config could not be loaded: Cannot find module 'envv.ts' imported from site.config.ts | ${hint} | stack: no`,
    );
  });
});
