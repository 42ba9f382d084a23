import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../helpers/build-fixture.ts';

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture('feeds-gate-fail');
});

describe('a site whose built pages fail the gate (fixture: feeds-gate-fail)', () => {
  it('exits non-zero with the gate’s report', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('<img> has no alt text');
    // The post's page and its course's portfolio, which includes the post, both show the image.
    expect(build.output).toMatch(
      /dist\/courses\/badges-course\/portfolio\/index\.html:\d+:\d+ +error +<img> has no alt text/,
    );
    expect(build.output).toContain(
      '[CommonplaceError] Accessibility gate: 2 errors, 0 warnings in 2 files',
    );
  });

  it('rendered the pages the feeds would list, but wrote no feed and no search index', () => {
    // The pages exist, so the missing feeds are the gate's doing, not an empty site's.
    expect(build.exists('posts/with-badge/index.html')).toBe(true);
    expect(build.exists('tags/badges/index.html')).toBe(true);
    expect(build.exists('courses/badges-course/index.html')).toBe(true);
    for (const feed of [
      'rss.xml',
      'feed.json',
      'feed.xsl',
      'posts/rss.xml',
      'guides/rss.xml',
      'tags/badges/rss.xml',
      'tags/notes/rss.xml',
      'courses/badges-course/rss.xml',
      'pagefind',
    ]) {
      expect(build.exists(feed), `${feed} was written`).toBe(false);
    }
    // They are written while the built-pages check runs beside them, and removed when it fails.
    expect(build.output).toMatch(
      /feeds: removed again \(\d+ files\): the built pages failed the gate/,
    );
  });
});
