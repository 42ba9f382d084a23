import { describe, expect, it } from 'vitest';
import { pageRoute } from '../../src/lib/site/page-routes.ts';

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
