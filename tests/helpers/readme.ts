import { readFileSync } from 'node:fs';
import GithubSlugger from 'github-slugger';

/** The project's README. */
export const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** Headings outside fenced code, in order, with their anchors as GitHub makes them. */
export function readmeHeadings(text = readme): { level: number; title: string; slug: string }[] {
  const out: { level: number; title: string; slug: string }[] = [];
  const slugger = new GithubSlugger();
  let fence = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fence = !fence;
    if (fence) continue;
    const m = /^(#{1,6}) (.*)$/.exec(line);
    if (m) out.push({ level: m[1]!.length, title: m[2]!, slug: slugger.slug(m[2]!) });
  }
  return out;
}

/** Explicit anchors, `<a id="image-alt"></a>`, in order. */
export const explicitAnchors = (text = readme) =>
  [...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((m) => m[1]!);

/** Every anchor a reader can land on. */
export function readmeAnchors(text = readme): Set<string> {
  return new Set([...readmeHeadings(text).map((h) => h.slug), ...explicitAnchors(text)]);
}
