import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtmlDir } from '../../../../src/a11y/html-check.ts';
import { gateConfig } from '../../../../src/a11y/config.ts';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-site-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function linkProblems(files: Record<string, string>, options = {}) {
  const dir = site(files);
  const { problems } = await checkHtmlDir(dir, gateConfig(), { cwd: dir, ...options });
  return problems
    .filter((p) => p.ruleId === 'link-target')
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

describe('link-target', () => {
  it('passes links to pages, files, fragments that exist, and external links', async () => {
    expect(
      await linkProblems({
        'index.html': `<a href="/posts/">Posts</a> <a href="posts/a/">A</a> <a href="/posts/a/#intro">Intro</a>
          <a href="/feed.xml">Feed</a> <a href="/about">About</a> <a href="#top">Top</a> <a href="#main">Main</a>
          <a href="https://example.org/nowhere">Out</a> <a href="mailto:a@b.c">Mail</a> <main id="main"></main>`,
        'posts/index.html': '<a href="../">Home</a> <a href="a/">A</a>',
        'posts/a/index.html':
          '<h2 id="intro">Intro</h2><a href="./#intro">Self</a> <a name="old">Old</a> <a href="#old">Old</a>',
        'about.html': '<p>About</p>',
        'feed.xml': '<rss/>',
      }),
    ).toEqual([]);
  });

  it('flags links to missing pages and missing fragments, at the link', async () => {
    expect(
      await linkProblems({
        'index.html':
          '<p>x</p>\n<a href="/posts/missing-transcript/">Transcript</a>\n  <a href="/about/#team">Team</a> <a href="#nowhere">Skip</a>',
        'about/index.html': '<h1 id="about">About</h1>',
      }),
    ).toEqual([
      'index.html:2:1 Link /posts/missing-transcript/ points nowhere: the build has no page /posts/missing-transcript/. Fix the link, or create the page',
      'index.html:3:3 Link /about/#team points nowhere: /about/ has no element with id="team". Fix the fragment, or add the id',
      'index.html:3:35 Link #nowhere points nowhere: this page has no element with id="nowhere". Fix the fragment, or add the id',
    ]);
  });

  it('treats absolute links to the site itself as internal and respects the base path', async () => {
    expect(
      await linkProblems(
        {
          'index.html':
            '<a href="https://blog.example.org/blog/gone/">Gone</a> <a href="/blog/here/">Here</a>\n<a href="/here/#x">Root-relative</a>',
          'here/index.html': '',
        },
        { site: 'https://blog.example.org', base: '/blog/' },
      ),
    ).toEqual([
      'index.html:1:1 Link https://blog.example.org/blog/gone/ points nowhere: the build has no page /blog/gone/. Fix the link, or create the page',
      'index.html:2:1 Link /here/#x points outside the site, which is served from /blog/: write /blog/here/#x, a relative link, or a Markdown link [text](/here/#x), which gets the base added',
    ]);
  });
});
