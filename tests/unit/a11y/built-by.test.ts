import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtmlDir } from '../../../src/a11y/html/check.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { capWarnings } from '../../../src/a11y/core/report.ts';
import { project } from './project.ts';

/**
 * A built page's problem names where to fix it: the entry it was built from (the entry layout's
 * `data-commonplace-source`), or, on a page no entry built, the file of src/pages/ that built it.
 */
const page = (body: string, article = '') =>
  `<!doctype html><html lang="en"><head><title>A page</title></head><body><main><h1>A page</h1>\n${
    article ? `<article data-commonplace-source="${article}">${body}</article>` : body
  }</main></body></html>`;

describe('a problem on a page that a file of src/pages/ built', () => {
  const root = project({
    'src/pages/clip.astro': '---\n---\n<h1>Clip</h1>',
    'src/pages/tags/[tag].astro': '---\n---\n<h1>Tag</h1>',
    'src/pages/notes/index.mdx': '# Notes',
    'src/pages/[...path].astro': '---\n---\n<h1>Any</h1>',
    'src/pages/_draft.astro': '---\n---\n<h1>Not a route</h1>',
    'dist/clip/index.html': page('<img src="/a.png"> <a href="/gone/">Gone</a>'),
    'dist/tags/f1/index.html': page('<img src="/a.png">'),
    'dist/notes/index.html': page('<img src="/a.png">'),
    'dist/deep/er/index.html': page('<img src="/a.png">'),
    'dist/posts/a/index.html': page('<img src="/a.png">', 'content/posts/a.mdx'),
    'dist/a.png': 'png',
  });
  const check = (pagesDir?: string) =>
    checkHtmlDir(join(root, 'dist'), gateConfig(), { cwd: root, pagesDir });

  it('names that file, a page of its own before a route with a parameter, a rest parameter last', async () => {
    const { problems } = await check(join(root, 'src/pages'));
    expect(problems.map((p) => `${p.file} ${p.ruleId}:${p.message.replace(/^.*?( \(|$)/, '$1')}`))
      .toMatchInlineSnapshot(`
        [
          "dist/clip/index.html image-alt: (page built by src/pages/clip.astro)",
          "dist/deep/er/index.html image-alt: (page built by src/pages/[...path].astro)",
          "dist/notes/index.html image-alt: (page built by src/pages/notes/index.mdx)",
          "dist/posts/a/index.html image-alt: (page built from content/posts/a.mdx)",
          "dist/tags/f1/index.html image-alt: (page built by src/pages/tags/[tag].astro)",
          "dist/clip/index.html link-target: (page built by src/pages/clip.astro)",
        ]
      `);
  });

  it('names none where the folder of pages is not known (check:html outside an Astro project)', async () => {
    const { problems } = await check();
    expect(problems.filter((p) => p.message.includes('(page built by'))).toEqual([]);
    expect(problems).toHaveLength(6);
  });

  it("folds one problem on many such pages into one line of the build's log, as src/ wrote it", async () => {
    const many = project(
      Object.fromEntries([
        ['src/pages/tags/[tag].astro', '---\n---\n<h1>Tag</h1>'],
        ...Array.from({ length: 5 }, (_, i) => [
          `dist/tags/t${i}/index.html`,
          page('<img src="/a.png">'),
        ]),
        ['dist/a.png', 'png'],
      ]),
    );
    const { problems } = await checkHtmlDir(join(many, 'dist'), gateConfig(), {
      cwd: many,
      pagesDir: join(many, 'src/pages'),
    });
    expect(problems).toHaveLength(5);
    const lines = capWarnings(problems, 'npm run check:html -- dist', undefined, { pages: true });
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(
      /^… and the same error on 2 more pages \(5 in all\): "<img> has no alt text/,
    );
  });
});
