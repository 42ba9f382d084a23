import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtmlDir } from '../../../src/a11y/html/check.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { project } from './project.ts';
import { isSiteFile, siteFiles } from '../../../src/a11y/core/source-files.ts';

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

describe('the site files the check and the dev server read beside the content', () => {
  it('are the .astro files, the pages of src/pages/ and the HTML pages of public/', () => {
    const folders = { srcDir: '/site/src', publicDir: '/site/public' };
    for (const file of [
      '/site/src/components/Footer.astro',
      '/site/src/pages/notes.md',
      '/site/src/pages/old/index.html',
      '/site/public/old/index.html',
    ])
      expect(isSiteFile(file, folders), file).toBe(true);
    // As Astro gives its folders, with a trailing slash.
    expect(
      isSiteFile('/site/src/layouts/Base.astro', {
        srcDir: '/site/src/',
        publicDir: '/site/public/',
      }),
    ).toBe(true);
    expect(
      isSiteFile('/site/public/old.html', { srcDir: '/site/src/', publicDir: '/site/public/' }),
    ).toBe(true);
    // And listed so: a page at the top of public/ has no `//` in its path.
    const root = project({ 'public/old.html': '<p>Old</p>', 'src/Base.astro': '<p>Base</p>' });
    expect(siteFiles({ srcDir: `${root}/src/`, publicDir: `${root}/public/` })).toEqual([
      join(root, 'src/Base.astro'),
      join(root, 'public/old.html'),
    ]);
    for (const file of [
      '/site/src/notes/readme.md',
      '/site/src/snippets/embed.html',
      '/site/public/chart.png',
      '/site/public-old/index.html',
      '/site/content/posts/a.md',
    ])
      expect(isSiteFile(file, folders), file).toBe(false);
  });
});
