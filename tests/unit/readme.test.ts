import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';

/**
 * The README is the one manual, read on GitHub and in an editor: every `](#anchor)` link in it
 * must land on a heading (anchors as GitHub makes them, numbered when a heading repeats) or an
 * explicit `<a id="…">`, and the table of contents must list every top-level section.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Headings outside fenced code, in order. */
function headings(text: string): { level: number; title: string }[] {
  const out: { level: number; title: string }[] = [];
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fence = !fence;
    if (fence) continue;
    const m = /^(#{1,6}) (.*)$/.exec(line);
    if (m) out.push({ level: m[1]!.length, title: m[2]! });
  }
  return out;
}

/** Every anchor a reader can land on. */
function readmeAnchors(text: string): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set(headings(text).map((h) => slugger.slug(h.title)));
  for (const m of text.matchAll(/<a id="([^"]+)"><\/a>/g)) anchors.add(m[1]!);
  return anchors;
}

describe('README links', () => {
  const anchors = readmeAnchors(readme);

  it('every in-page link lands on a heading or an explicit anchor', () => {
    const links = [...readme.matchAll(/\]\(#([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((link) => !anchors.has(link))).toEqual([]);
  });

  it('the contents list every section, in the order they come', () => {
    const start = readme.indexOf('## Contents');
    const contents = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const listed = [...contents.matchAll(/^- \[[^\]]+\]\(#([^)]+)\)/gm)].map((m) => m[1]!);
    const slugger = new GithubSlugger();
    const sections = headings(readme)
      .map((h) => ({ ...h, slug: slugger.slug(h.title) }))
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
