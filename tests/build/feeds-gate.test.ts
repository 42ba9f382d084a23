import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, projectRoot, type FixtureBuild } from '../helpers/build-fixture.ts';

/** Every file left in a build's output folder. */
function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
}

let build: FixtureBuild;
beforeAll(() => {
  build = buildFixture('feeds-gate-fail');
});

describe('a site whose built pages fail the gate (fixture: feeds-gate-fail)', () => {
  it('exits non-zero with the gate’s report, and its own error is not called unhandled', () => {
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('<img> has no alt text');
    // The post's page and its course's portfolio, which includes the post, both show the image.
    expect(build.output).toMatch(
      /dist\/courses\/badges-course\/portfolio\/index\.html:\d+:\d+ +error +<img> has no alt text/,
    );
    expect(build.output).toContain(
      '[CommonplaceError] Accessibility gate: 2 errors, 0 warnings in 2 files',
    );
    // Astro's "An unhandled error occurred while running the astro:build:done hook" would read
    // as a crash; the build log (src/integrations/build-log.ts) leaves it out for our errors.
    expect(build.output).not.toContain('An unhandled error occurred');
  });

  it('leaves nothing to publish: no page, feed, sitemap or search index in dist/', () => {
    // The pages were rendered (the report names one), then the output folder was emptied.
    expect(build.output).toContain('dist/posts/with-badge/index.html:2:1');
    expect(build.output).toContain('dist/ emptied: a build that fails the gate publishes nothing');
    expect(filesIn(build.outDir)).toEqual([]);
  });
});

describe('a build that stops at content sync (fixture: bad-frontmatter)', () => {
  it('leaves no site from an earlier build behind in dist/', () => {
    const dist = join(projectRoot, 'tests/fixtures/bad-frontmatter/dist');
    mkdirSync(join(dist, 'posts/old'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<h1>An earlier build</h1>');
    writeFileSync(join(dist, 'posts/old/index.html'), '<h1>An earlier post</h1>');
    const site = buildFixture('bad-frontmatter', {}, { keepOutDir: true });
    expect(site.status).not.toBe(0);
    expect(site.output).toContain('description is required: add description: … to the frontmatter');
    expect(filesIn(dist)).toEqual([]);
  });
});
