import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEARCH_STEP, searchAfterExit } from '../../src/integrations/search-handoff.ts';

const root = join(import.meta.dirname, '../..');
const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts;

describe('who writes the search index', () => {
  it('npm run build indexes after Astro has exited, with the step that exists', () => {
    expect(searchAfterExit({ npm_lifecycle_script: scripts.build })).toBe(true);
    // The command names the step by its path from the root, where npm runs it.
    expect(scripts.build).toBe(`astro build && node ${SEARCH_STEP}`);
    expect(existsSync(join(root, SEARCH_STEP))).toBe(true);
  });

  it('astro build alone, Astro’s JS API or another script get the index from the build', () => {
    expect(searchAfterExit({})).toBe(false);
    expect(searchAfterExit({ npm_lifecycle_script: 'astro build' })).toBe(false);
    expect(searchAfterExit({ npm_lifecycle_script: scripts.test })).toBe(false);
  });
});
