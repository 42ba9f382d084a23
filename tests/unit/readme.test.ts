import { describe, expect, it } from 'vitest';
import { explicitAnchors, readme, readmeAnchors, readmeHeadings } from '../helpers/readme.ts';

/**
 * The README is the one manual, read on GitHub and in an editor: every `](#anchor)` link in it
 * must land on a heading (anchors as GitHub makes them, numbered when a heading repeats) or an
 * explicit `<a id="…">`, and the table of contents must list every top-level section.
 */
describe('README links', () => {
  const anchors = readmeAnchors();

  it('every in-page link lands on a heading or an explicit anchor', () => {
    const links = [...readme.matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it('an explicit anchor is unique: no other anchor and no heading has its name', () => {
    const explicit = explicitAnchors();
    const headings = new Set(readmeHeadings().map((h) => h.slug));
    expect(explicit.filter((id, i) => explicit.indexOf(id) !== i || headings.has(id))).toEqual([]);
  });

  it('the contents list every section, in the order they come', () => {
    const start = readme.indexOf('## Contents');
    const contents = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const listed = [...contents.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)/gm)].map((m) => m[1]!);
    const sections = readmeHeadings()
      .filter((h) => h.level === 2 && !['quick-start', 'contents'].includes(h.slug))
      .map((h) => h.slug);
    expect(listed).toEqual(sections);
  });

  it('the first screen says what it is, the two commands and how to write a first post', () => {
    const firstScreen = readme.slice(0, readme.indexOf('## Contents'));
    expect(firstScreen).toContain('npm ci');
    expect(firstScreen).toContain('npm run dev');
    expect(firstScreen).toContain('npm run new -- post');
    expect(firstScreen.split('\n').length).toBeLessThan(40);
  });
});
