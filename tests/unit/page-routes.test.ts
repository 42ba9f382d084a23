import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pageFileFor, pageRoute } from '../../src/lib/site/page-routes.ts';
import { projectRoot } from '../helpers/build-fixture.ts';

/** What a file of src/pages/ publishes, as `astro build` writes it with `build.format: 'directory'`. */
describe('pageRoute', () => {
  it('gives a static page or endpoint its file in the output folder', () => {
    expect(pageRoute('now.astro')).toEqual({ kind: 'static', output: 'now/index.html' });
    expect(pageRoute('index.astro')).toEqual({ kind: 'static', output: 'index.html' });
    expect(pageRoute('blog/index.md')).toEqual({ kind: 'static', output: 'blog/index.html' });
    expect(pageRoute('uses.mdx')).toEqual({ kind: 'static', output: 'uses/index.html' });
    expect(pageRoute('old/notes.html')).toEqual({ kind: 'static', output: 'old/notes/index.html' });
    expect(pageRoute('404.astro')).toEqual({ kind: 'static', output: '404.html' });
    expect(pageRoute('robots.txt.ts')).toEqual({ kind: 'static', output: 'robots.txt' });
    expect(pageRoute('data/links.json.js')).toEqual({ kind: 'static', output: 'data/links.json' });
  });

  it('gives a route with a parameter the pattern of the files it may write', () => {
    const matches = (file: string, outputs: string[]) => {
      const route = pageRoute(file);
      expect(route?.kind).toBe('dynamic');
      return outputs.filter((output) => route?.kind === 'dynamic' && route.pattern.test(output));
    };
    const some = [
      'notes/first/index.html',
      'notes/index.html',
      'notes/a/b/index.html',
      'index.html',
    ];
    expect(matches('notes/[slug].astro', some)).toEqual(['notes/first/index.html']);
    // A rest parameter stands for any number of parts, none included.
    expect(matches('notes/[...path].astro', some)).toEqual([
      'notes/first/index.html',
      'notes/index.html',
      'notes/a/b/index.html',
    ]);
    expect(matches('[...path].astro', some)).toEqual(some);
    expect(matches('weeks/week-[n].md', ['weeks/week-3/index.html', 'weeks/3/index.html'])).toEqual(
      ['weeks/week-3/index.html'],
    );
    expect(
      matches('guides/[slug]/map.csv.ts', ['guides/f1/map.csv', 'guides/f1/map.csv/x']),
    ).toEqual(['guides/f1/map.csv']);
  });

  it('leaves out what Astro does not route: names starting with _, and other files', () => {
    for (const file of [
      '_draft.astro',
      'notes/_parts/card.astro',
      'types.d.ts',
      'data.json',
      'a.css',
    ])
      expect(pageRoute(file), file).toBeUndefined();
  });
});

/** Which file of src/pages/ a route was built from, as media components look it up. */
describe('pageFileFor', () => {
  const pages = '/site/src/pages';
  const having = (...files: string[]) => {
    const set = new Set(files.map((file) => `${pages}/${file}`));
    return (file: string) => set.has(file);
  };
  it("finds a page's file from its route pattern, as Astro.routePattern gives it", () => {
    const exists = having('clip.astro', 'notes/talk.mdx', 'index.astro', 'posts/[slug].astro');
    expect(pageFileFor('/clip', pages, exists)).toBe(`${pages}/clip.astro`);
    expect(pageFileFor('/notes/talk', pages, exists)).toBe(`${pages}/notes/talk.mdx`);
    expect(pageFileFor('/', pages, exists)).toBe(`${pages}/index.astro`);
    expect(pageFileFor('/posts/[slug]', pages, exists)).toBe(`${pages}/posts/[slug].astro`);
  });
  it('finds an index file in a folder of the route', () => {
    expect(pageFileFor('/uses', pages, having('uses/index.md'))).toBe(`${pages}/uses/index.md`);
  });
  it('finds none for a route no file of src/pages/ makes', () => {
    expect(pageFileFor('/rss.xml', pages, having('clip.astro'))).toBeUndefined();
  });
  it('finds an .mdx page on the disk', () => {
    const fixture = join(projectRoot, 'tests/fixtures/page-media/pages');
    expect(pageFileFor('/notes/talk', fixture, existsSync)).toBe(join(fixture, 'notes/talk.mdx'));
  });
});
