import { join } from 'node:path';
import { expect } from 'vitest';
import { readContentIndex } from '../../src/a11y/core/content-index.ts';
import { listingPageIds } from '../../src/a11y/core/site-urls.ts';
import { listFiles } from '../../src/lib/util/files.ts';
import type { FixtureBuild } from './build-fixture.ts';

/**
 * Every listing page of a built fixture whose ids the source layer claims to know
 * (`listingPageIds`, src/lib/site/page-ids.ts) has exactly those ids, so a `#fragment` link the
 * sources pass or fail, the built page passes or fails alike. Returns the pages it compared.
 */
export function expectListingIdsKnown(build: FixtureBuild): string[] {
  const index = readContentIndex(join(build.root, 'content'));
  const listings = listFiles(join(build.root, 'dist')).filter(
    (file) => file.endsWith('.html') && !index.byPage.has(file),
  );
  return listings.flatMap((file) => {
    const predicted = listingPageIds(file, index);
    if (!predicted) return [];
    const built = [...build.read(file).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    expect(new Set(built), file).toEqual(predicted);
    return [file];
  });
}
