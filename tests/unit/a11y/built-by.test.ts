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

describe("a problem in what a page quotes from an entry (a course portfolio's entries)", () => {
  // The portfolio prints each entry whole, marked with the entry's file
  // (data-commonplace-excerpt): what is wrong in those words is the entry's to fix.
  const portfolio = page(
    [
      '<h2>Week one</h2>',
      '<article data-commonplace-excerpt="content/posts/a.mdx"><h3>A</h3>',
      '<div data-commonplace-excerpt="content/posts/a.mdx"><h6>Skipped in the entry</h6></div>',
      '<section data-commonplace-excerpt="content/posts/b.mdx"><h3>B quoted inside A</h3><img src="/a.png"></section>',
      '</article>',
      '<img src="/a.png">',
      '<article data-commonplace-excerpt=""><img src="/a.png"></article>',
      // The heading and its level are the portfolio's; only the title's words are the entry's.
      '<h2>Week two</h2><h5><span data-commonplace-excerpt="content/posts/c.mdx">C</span></h5>',
    ].join('\n'),
  );
  const root = project({
    'src/pages/courses/[id]/portfolio.astro': '---\n---\n<h1>Portfolio</h1>',
    'dist/courses/pln/portfolio/index.html': portfolio,
    'dist/a.png': 'png',
  });

  it('names the entry the words come from, the innermost where one quotes another; the page where it wrote them', async () => {
    const { problems } = await checkHtmlDir(join(root, 'dist'), gateConfig(), {
      cwd: root,
      pagesDir: join(root, 'src/pages'),
    });
    const notes = problems.map(
      (p) => `${p.line} ${p.ruleId}:${/ \(page [^()]*\)$/.exec(p.message)?.[0]}`,
    );
    expect(notes).toEqual([
      '5 image-alt: (page quotes this from content/posts/b.mdx)',
      '7 image-alt: (page built by src/pages/courses/[id]/portfolio.astro)',
      '8 image-alt: (page built by src/pages/courses/[id]/portfolio.astro)',
      '4 heading-order: (page quotes this from content/posts/a.mdx)',
      '9 heading-order: (page built by src/pages/courses/[id]/portfolio.astro)',
    ]);
  });
});
