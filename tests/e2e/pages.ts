import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../../dist');

/** Every HTML page of the built example site, as URL paths (`/posts/x/`, `/404.html`). */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        // Pagefind's own UI files are not pages of the site.
        if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(dist, path).replace(/\\/g, '/')}`;
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/**
 * The pages axe checks: every page but one tag page in place of all of them. Tag pages are one
 * template listing the same post cards as /posts/ (checked), each under its own heading; the tag
 * with the most posts (the largest page) stands for the rest, which saves a minute and a half of
 * `npm test` for nothing axe could tell apart.
 */
export function axePages(pages: string[] = builtPages()): string[] {
  const isTag = (path: string) => /^\/tags\/[^/]+\/$/.test(path);
  const size = (path: string) => statSync(join(dist, path, 'index.html')).size;
  const largestTag = pages.filter(isTag).sort((a, b) => size(b) - size(a) || a.localeCompare(b))[0];
  return pages.filter((path) => !isTag(path) || path === largestTag);
}

/**
 * The width a printed page lays its content out at, in CSS pixels: A4's 210 mm less the widest
 * margins a page of the site sets (the portfolio's @page rule, 1.8 cm a side), 174 mm. Chromium's
 * own margins (1 cm) leave 718 px, and US Letter more.
 */
export const PRINTED_WIDTH = Math.floor((174 / 25.4) * 96);
