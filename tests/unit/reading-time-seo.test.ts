import { describe, expect, it } from 'vitest';
import { countWords, readingTime } from '../../src/lib/content/reading-time.ts';
import { blogPosting } from '../../src/lib/site/seo.ts';
import { absoluteUrl } from '../../src/lib/site/urls.ts';

describe('readingTime', () => {
  it('counts prose, not code, imports or tags', () => {
    const mdx = [
      "import x from './x.png';",
      '',
      'One two three [four](https://example.org) five.',
      '',
      '```js',
      'const notCounted = true;',
      '```',
      '',
      '<Video src="/a.webm" transcript="./a.md" />',
    ].join('\n');
    expect(countWords(mdx)).toBe(5);
  });
  it('rounds to whole minutes and never says zero', () => {
    expect(readingTime('word').minutes).toBe(1);
    expect(readingTime(Array(660).fill('word').join(' ')).minutes).toBe(3);
  });
});

describe('absoluteUrl', () => {
  it('joins site URL and path whether or not the site URL ends in a slash', () => {
    expect(absoluteUrl('/posts/a/', 'https://example.org')).toBe('https://example.org/posts/a/');
    expect(absoluteUrl('/posts/a/', 'https://example.org/')).toBe('https://example.org/posts/a/');
  });
});

describe('blogPosting', () => {
  it('describes a post for search engines with absolute URLs and ISO dates', () => {
    const ld = blogPosting({
      title: 'T',
      description: 'D',
      url: '/posts/t/',
      pubDate: new Date('2026-10-01'),
      tags: ['pln', 'inclusion'],
      image: '/_astro/c.webp',
      author: { name: 'Sam' },
      siteTitle: 'Site',
      siteUrl: 'https://example.org',
    });
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'T',
      url: 'https://example.org/posts/t/',
      image: 'https://example.org/_astro/c.webp',
      datePublished: '2026-10-01T00:00:00.000Z',
      dateModified: '2026-10-01T00:00:00.000Z',
      keywords: 'pln, inclusion',
      author: { '@type': 'Person', name: 'Sam' },
    });
  });
});
