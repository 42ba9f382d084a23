import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtmlDir } from '../../../src/a11y/html/check.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { project } from './project.ts';

/**
 * HTML pages the site publishes as written (public/): the source layer judges the file itself
 * (astro-file.test.ts runs `npm run check` over one), so the build's built-pages check does not
 * report the same page problems again at the copy in dist/. What needs the whole site still does.
 */
const old =
  '<!doctype html><html lang="en"><head><title>Old</title></head><body><h1>Old</h1>\n<img src="/a.png"> <a href="/gone/">Gone</a></body></html>';

describe("the built pages' check and the public folder's pages", () => {
  it('leaves an unchanged copy of a public page to the source layer, but not its links', async () => {
    const root = project({
      'public/old/index.html': old,
      'public/a.png': 'png',
      'dist/old/index.html': old,
      'dist/a.png': 'png',
    });
    const report = async (publicDir?: string) =>
      (await checkHtmlDir(join(root, 'dist'), gateConfig(), { cwd: root, publicDir })).problems.map(
        (p) => `${p.file}:${p.line}:${p.column} ${p.ruleId}`,
      );
    // In a build, which passes the public folder: the image is the source layer's to report.
    expect(await report(join(root, 'public'))).toEqual(['dist/old/index.html:2:20 link-target']);
    // `npm run check:html` on its own judges every page.
    expect(await report()).toEqual([
      'dist/old/index.html:2:1 image-alt',
      'dist/old/index.html:2:20 link-target',
    ]);
  });

  it('judges a copy that differs from the file, as something changed it in the build', async () => {
    const root = project({
      'public/old/index.html': old.replace('<img src="/a.png">', '<img src="/a.png" alt="A">'),
      'dist/old/index.html': old,
      'dist/a.png': 'png',
    });
    const { problems } = await checkHtmlDir(join(root, 'dist'), gateConfig(), {
      cwd: root,
      publicDir: join(root, 'public'),
    });
    expect(problems.map((p) => p.ruleId)).toEqual(['image-alt', 'link-target']);
  });
});
