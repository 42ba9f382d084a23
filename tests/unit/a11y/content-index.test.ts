import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  contentIndexAt,
  contentIndexFor,
  forgetContentIndexes,
} from '../../../src/a11y/core/content-index.ts';
import { defaultFolders } from '../../../src/a11y/core/config.ts';
import { post, project } from './project.ts';

/**
 * The site's index is read once per process and found again for every file a rule checks
 * (src/a11y/core/content-index.ts); what it remembers must not outlive forgetContentIndexes,
 * which the dev server calls after every change.
 */
describe("the site's content index", () => {
  afterEach(forgetContentIndexes);

  it('is the same index for every file of one site, with its entries', () => {
    const root = project({ 'content/posts/a.md': post('A.'), 'content/posts/b.md': post('B.') });
    const a = contentIndexFor(join(root, 'content/posts/a.md'));
    expect(a?.entries.map((entry) => entry.id).sort()).toEqual(['a', 'about', 'b']);
    expect(contentIndexFor(join(root, 'content/posts/b.md'))).toBe(a);
  });

  it('finds a content folder made after a first look, once the indexes are forgotten', () => {
    const root = project({ 'public/x.txt': 'x' });
    const contentDir = join(root, 'content');
    expect(contentIndexAt(contentDir)).toBeUndefined();
    mkdirSync(join(contentDir, 'posts'), { recursive: true });
    writeFileSync(join(contentDir, 'posts/new.md'), post('New.'));
    forgetContentIndexes();
    expect(contentIndexAt(contentDir)?.entries.map((entry) => entry.id)).toEqual(['new']);
  });

  it('reads the site afresh once forgotten: a post added since is in the new index', () => {
    const root = project({ 'content/posts/a.md': post('A.') });
    const contentDir = join(root, 'content');
    const before = contentIndexAt(contentDir)!;
    writeFileSync(join(contentDir, 'posts/b.md'), post('B.', '', 'Other'));
    expect(contentIndexAt(contentDir)).toBe(before);
    forgetContentIndexes();
    const after = contentIndexAt(contentDir)!;
    expect(after).not.toBe(before);
    expect(after.byFile.has(join(contentDir, 'posts/b.md'))).toBe(true);
  });

  it('keeps an index for each set of site folders a config tells', () => {
    const root = project({ 'content/posts/a.md': post('A.'), 'static/logo.svg': '<svg/>' });
    const contentDir = join(root, 'content');
    const standard = defaultFolders(root);
    const moved = { ...standard, publicDir: join(root, 'static') };
    const byDefault = contentIndexAt(contentDir, standard)!;
    const withStatic = contentIndexAt(contentDir, moved)!;
    expect(byDefault.publicDir).toBe(join(root, 'public'));
    expect(withStatic.publicDir).toBe(join(root, 'static'));
    expect(withStatic.files.has('logo.svg')).toBe(true);
    expect(byDefault.files.has('logo.svg')).toBe(false);
    expect(contentIndexAt(contentDir, moved)).toBe(withStatic);
  });
});
