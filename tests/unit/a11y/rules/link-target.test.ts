import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHtmlDir } from '../../../../src/a11y/html/check.ts';
import { checkSources } from '../../../../src/a11y/run/parallel.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkProject, post as entryText, project as siteOnDisk } from '../project.ts';
import { projectRoot } from '../../../helpers/build-fixture.ts';

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

  it('says where a missing file goes, in both layers, and the link passes once it is there', async () => {
    const page = '<a href="/files/brief.pdf">The brief</a>';
    const fix = 'put the file at public/files/brief.pdf';
    const built = await linkProblems({ 'index.html': page });
    expect(built).toEqual([
      `index.html:1:1 Link /files/brief.pdf points nowhere: the build has no file /files/brief.pdf. Fix the link, or ${fix}`,
    ]);
    // Astro copies public/ into the build as it is.
    expect(await linkProblems({ 'index.html': page, 'files/brief.pdf': '%PDF' })).toEqual([]);
    const entry = { 'content/posts/a.md': post('A', '[The brief](/files/brief.pdf)') };
    expect(await sourceLinkProblems(entry)).toEqual([
      `content/posts/a.md:7:1 Link /files/brief.pdf points nowhere: the build has no file /files/brief.pdf. Fix the link, or ${fix}`,
    ]);
    expect(await sourceLinkProblems({ ...entry, 'public/files/brief.pdf': '%PDF' })).toEqual([]);
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

/** A tiny project: `content/…` and `public/…` files; returns its root. */
function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'gate-project-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const post = (title: string, body: string, extra = '') =>
  `---\ntitle: ${title}\ndescription: D.\npubDate: 2026-01-01\n${extra}---\n\n${body}\n`;

async function sourceLinkProblems(
  files: Record<string, string>,
  base?: string,
  markdownProcessor?: string,
) {
  const root = project(files);
  const config = { ...gateConfig(), ...(base && { base }), markdownProcessor };
  const { problems } = await checkSources([join(root, 'content')], config, root);
  return problems
    .filter((p) => p.ruleId === 'link-target')
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

describe('link-target: source layer (links between entries, before any build)', () => {
  it('passes links to entries, their headings, listings, feeds and public files', async () => {
    expect(
      await sourceLinkProblems({
        'content/posts/a.md': post(
          'A',
          [
            '## Our plan',
            '[B](/posts/b/) [B heading](/posts/b/#what-i-learned) [relative](../b/#the-pit-lane)',
            '[own heading](#our-plan) [top](#top) [main](#main) [tags](/tags/pln/) [feed](/rss.xml)',
            '[tag feed](/tags/pln/rss.xml) [home](/) [posts](/posts/) [file](/files/plan.pdf)',
            '[about](/about/) [guide](/guides/g/#guide-network-title) <a href="/posts/b/#explicit">x</a>',
            '[external](https://example.org/x) [mail](mailto:a@b.c) [site](https://commonplace.example.org/posts/b/)',
            // An anchor as older blogs wrote them, here and in another entry.
            '<a name="old-anchor"></a> [old](#old-anchor) [old in B](/posts/b/#named)',
          ].join('\n\n'),
          'tags: [pln]\n',
        ),
        'content/posts/b.mdx': post(
          'B',
          '## What I learned\n\n### The *pit* lane\n\n<div id="explicit">x</div> <a name="named">y</a>',
        ),
        'content/guides/g.md': post('G', 'Guide.'),
        'content/pages/about.md': '---\ntitle: About\ndescription: D.\n---\nAbout.\n',
        'public/files/plan.pdf': '%PDF',
      }),
    ).toEqual([]);
  });

  it('flags links to missing entries, drafts, missing headings and source files', async () => {
    const problems = await sourceLinkProblems({
      'content/posts/a.md': post(
        'A',
        [
          '[gone](/posts/missing/)',
          '[typo](/posts/pit-stpos/)',
          '[draft](/posts/draft/)',
          '[later](/posts/later/)',
          '[heading](/posts/pit-stops/#nope)',
          '[own](#nowhere)',
          '[source](./pit-stops.md)',
          '[listing](/tagz/)',
        ].join('\n\n'),
      ),
      'content/posts/pit-stops.md': post('Pit stops', '## Timing'),
      'content/posts/draft.md': post('Draft', 'Not yet.', 'draft: true\n'),
      'content/posts/later.md':
        '---\ntitle: Later\ndescription: D.\npubDate: 2099-03-01\n---\n\nSoon.\n',
    });
    expect(problems).toEqual([
      'content/posts/a.md:7:1 Link /posts/missing/ points nowhere: the build has no page /posts/missing/. Fix the link, or create the page',
      'content/posts/a.md:9:1 Link /posts/pit-stpos/ points nowhere: the build has no page /posts/pit-stpos/. Did you mean /posts/pit-stops/?',
      'content/posts/a.md:11:1 Link /posts/draft/ points at content/posts/draft.md, which is a draft (draft: true), so the build has no page /posts/draft/: publish it with draft: false, or remove the link',
      "content/posts/a.md:13:1 Link /posts/later/ points at content/posts/later.md, which goes live at 2099-03-01 00:00 UTC, after the build's date, so the build has no page /posts/later/ yet: date it on or before the build, or remove the link",
      'content/posts/a.md:15:1 Link /posts/pit-stops/#nope points nowhere: /posts/pit-stops/ (content/posts/pit-stops.md) has no heading or element with id="nope". Fix the fragment, or add the heading',
      'content/posts/a.md:17:1 Link #nowhere points nowhere: this page has no heading or element with id="nowhere". Fix the fragment, or add the heading',
      'content/posts/a.md:19:1 Link ./pit-stops.md points at the source file of an entry, which the build does not publish: link to its page, /posts/pit-stops/',
      // The page a typo away, whatever kind of page: the built page's check names it too.
      'content/posts/a.md:21:1 Link /tagz/ points nowhere: the build has no page /tagz/. Did you mean /tags/?',
    ]);
  });

  it('names the entry a link from another tool meant, by its last part, when one entry has it', async () => {
    const problems = await sourceLinkProblems({
      'content/posts/a.md': post(
        'A',
        [
          '[as the old blog had it](/blog/pit-stops)',
          '[Jekyll](/2024/05/03/pit-stops.html)',
          '[WordPress](/2024/05/Pit-Stops/)',
          '[two recaps](/blog/recap/)',
          '[one part](/pit-stops-timing/)',
        ].join('\n\n'),
      ),
      'content/posts/pit-stops.md': post('Pit stops', 'Timing.'),
      'content/posts/recap.md': post('Recap', 'One.'),
      'content/guides/recap.md': post('Recap guide', 'Two.'),
    });
    expect(problems).toEqual([
      'content/posts/a.md:7:1 Link /blog/pit-stops points nowhere: the build has no page /blog/pit-stops. Did you mean /posts/pit-stops/?',
      'content/posts/a.md:9:1 Link /2024/05/03/pit-stops.html points nowhere: the build has no page /2024/05/03/pit-stops.html. Did you mean /posts/pit-stops/?',
      'content/posts/a.md:11:1 Link /2024/05/Pit-Stops/ points nowhere: the build has no page /2024/05/Pit-Stops/. Did you mean /posts/pit-stops/?',
      'content/posts/a.md:13:1 Link /blog/recap/ points nowhere: the build has no page /blog/recap/. Fix the link, or create the page',
      'content/posts/a.md:15:1 Link /pit-stops-timing/ points nowhere: the build has no page /pit-stops-timing/. Fix the link, or create the page',
    ]);
  });

  it('suggests the address as the author writes it on a site under a base: Markdown without it, HTML with it', async () => {
    const problems = await sourceLinkProblems(
      {
        'content/posts/a.md': post(
          'A',
          [
            '[typo](/posts/pit-stpos/)',
            '<a href="/my-blog/posts/pit-stpos/">typo in HTML</a>',
            '[source](./pit-stops.md)',
            '<a href="./pit-stops.md">source in HTML</a>',
          ].join('\n\n'),
        ),
        'content/posts/pit-stops.md': post('Pit stops', 'Timing.'),
      },
      '/my-blog/',
    );
    expect(problems).toEqual([
      'content/posts/a.md:7:1 Link /my-blog/posts/pit-stpos/ points nowhere: the build has no page /my-blog/posts/pit-stpos/. Did you mean /posts/pit-stops/?',
      'content/posts/a.md:9:1 Link /my-blog/posts/pit-stpos/ points nowhere: the build has no page /my-blog/posts/pit-stpos/. Did you mean /my-blog/posts/pit-stops/?',
      'content/posts/a.md:11:1 Link ./pit-stops.md points at the source file of an entry, which the build does not publish: link to its page, /posts/pit-stops/',
      'content/posts/a.md:13:1 Link ./pit-stops.md points at the source file of an entry, which the build does not publish: link to its page, /my-blog/posts/pit-stops/',
    ]);
  });
});

describe('link-target: a site under a base whose Markdown processor is not Sätteri', () => {
  // unified() publishes Markdown links as written: Commonplace's base-links plugin is Sätteri's.
  const outside =
    'Link /posts/pit-stops/ points outside the site, which is served from /my-blog/: write /my-blog/posts/pit-stops/ or a relative link';

  it('reports a root-relative Markdown link that misses the base, and passes the links its message gives', async () => {
    const problems = await sourceLinkProblems(
      {
        'content/posts/a.md': post(
          'A',
          [
            '[pit stops](/posts/pit-stops/)',
            '<a href="/posts/pit-stops/">pit stops in HTML</a>',
            '[a typo](/my-blog/posts/pit-stpos/)',
            '[the source](./pit-stops.md)',
            // What the messages say to write.
            '[pit stops](/my-blog/posts/pit-stops/) [relative](../pit-stops/)',
          ].join('\n\n'),
        ),
        'content/posts/pit-stops.md': post('Pit stops', 'Timing.'),
      },
      '/my-blog/',
      'unified',
    );
    expect(problems).toEqual([
      `content/posts/a.md:7:1 ${outside}`,
      `content/posts/a.md:9:1 ${outside}`,
      // The address to write has the base, in Markdown as in HTML.
      'content/posts/a.md:11:1 Link /my-blog/posts/pit-stpos/ points nowhere: the build has no page /my-blog/posts/pit-stpos/. Did you mean /my-blog/posts/pit-stops/?',
      'content/posts/a.md:13:1 Link ./pit-stops.md points at the source file of an entry, which the build does not publish: link to its page, /my-blog/posts/pit-stops/',
    ]);
  });

  it('offers no Markdown link as the fix on the built pages either', async () => {
    expect(
      await linkProblems(
        { 'index.html': '<a href="/posts/pit-stops/">Pit stops</a>' },
        { base: '/my-blog/', markdownProcessor: 'unified' },
      ),
    ).toEqual([`index.html:1:1 ${outside}`]);
  });
});

describe('link-target: a redirect kept from an old site', () => {
  it('checks where a meta refresh sends the reader, as a link', async () => {
    const stub = (to: string) =>
      `<!doctype html><html lang="en"><head><title>Moved</title>\n<meta http-equiv="refresh" content="0; url=${to}"></head><body><a href="${to}">Moved</a></body></html>`;
    expect(
      await linkProblems({
        'blog/pit-stops/index.html': stub('/posts/pit-stops/'),
        'blog/old/index.html': stub("'/posts/lap-times/'").replace(/<a[^>]*>Moved<\/a>/, ''),
        'posts/pit-stops/index.html': '<h1>Pit stops</h1>',
      }),
    ).toEqual([
      'blog/old/index.html:2:1 Link /posts/lap-times/ points nowhere: the build has no page /posts/lap-times/. Fix the link, or create the page',
    ]);
  });
});

describe('link-target: built pages suggest the page a broken link meant', () => {
  it('by a typo or by its last part, with the base, once for a link on every page', async () => {
    const layout =
      '<a href="/blog/blog/weeks/lap-times">Lap times</a> <a href="/blog/posts/pit-stpos/">Pit stops</a>';
    expect(
      await linkProblems(
        {
          'index.html': layout,
          'posts/index.html': layout,
          'posts/pit-stops/index.html': '<h1>Pit stops</h1>',
          'posts/lap-times/index.html': '<h1>Lap times</h1>',
          'tags/lap-times/index.html': '<h1>Tagged</h1>',
          'posts/season/index.html': '<h1>Season</h1>',
        },
        { base: '/blog/' },
      ),
    ).toEqual([
      'index.html:1:1 Link /blog/blog/weeks/lap-times points nowhere: the build has no page /blog/blog/weeks/lap-times. Fix the link, or create the page',
      'index.html:1:52 Link /blog/posts/pit-stpos/ points nowhere: the build has no page /blog/posts/pit-stpos/. Did you mean /blog/posts/pit-stops/?',
      'posts/index.html:1:1 Link /blog/blog/weeks/lap-times points nowhere: the build has no page /blog/blog/weeks/lap-times. Fix the link, or create the page',
      'posts/index.html:1:52 Link /blog/posts/pit-stpos/ points nowhere: the build has no page /blog/posts/pit-stpos/. Did you mean /blog/posts/pit-stops/?',
    ]);
  });
});

describe('links to the pages of src/pages/', () => {
  it('takes a page the site adds there for a page, and leaves one a route with a parameter writes to the build', async () => {
    const layout = "---\nimport BaseLayout from '../layouts/BaseLayout.astro';\n---\n";
    expect(
      await checkProject(
        {
          'src/pages/now.astro': `${layout}<BaseLayout title="Now" description="Now."><h1>Now</h1></BaseLayout>\n`,
          'src/pages/notes/[slug].astro': `${layout}<h1>A note</h1>\n`,
          'src/pages/_draft.astro': '<h1>Not a route</h1>\n',
          'content/posts/a.md': entryText(
            'See [what I do now](/now/), [a note](/notes/first/), [another](/notes/second/) and [a draft](/_draft/).',
          ),
        },
        'link-target',
      ),
    ).toEqual([
      'content/posts/a.md:7:84 Link /_draft/ points nowhere: the build has no page /_draft/. Fix the link, or create the page',
    ]);
  });
});

describe('entries the build never loads', () => {
  it('counts no hidden file and no file of a hidden folder among the pages, as Astro’s glob does not, and checks neither', async () => {
    const files = {
      'content/posts/.template.md': entryText('A template: ![](/chart.png)'),
      'content/posts/.obsidian/notes.md': entryText('Notes: ![](/chart.png)'),
      'content/posts/a.md': entryText(
        'See [the template](/posts/template/) and [notes](/posts/notes/).',
      ),
    };
    expect(await checkProject(files, 'image-alt')).toEqual([]);
    expect(await checkProject(files, 'link-target')).toEqual([
      'content/posts/a.md:7:5 Link /posts/template/ points nowhere: the build has no page /posts/template/. Fix the link, or create the page',
      'content/posts/a.md:7:42 Link /posts/notes/ points nowhere: the build has no page /posts/notes/. Fix the link, or create the page',
    ]);
  });
});

describe("links to a fragment of the site's listing pages", () => {
  const course =
    'title: C\nterm: Fall 2026\ndescription: A course.\nmodules:\n  - id: one\n    title: One\n';
  const links = [
    '[results](/search/#results)',
    '[main](/tags/pln/#main)',
    '[latest](/#latest)',
    '[guides](/#featured-guides)',
    '[module](/courses/c/#module-one)',
    '[other](/courses/c/#course-other)',
    '[nope](/courses/c/#module-two)',
  ].join(' ');

  it('judges them with the ids the layout and the page give, as the built page will have them', async () => {
    const problems = await checkProject(
      {
        'content/courses/c.yaml': course,
        'content/posts/a.md': entryText(links, 'tags: [pln]\ncourse: c\nmodule: one\n'),
      },
      'link-target',
    );
    expect(problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'Link /search/#results points nowhere: /search/ has no element with id="results". Fix the fragment, or add the id',
      // No guide is published, so the home page has no featured guides; and every entry of the
      // course names one of its modules, so there is no section for the others.
      'Link /#featured-guides points nowhere: / has no element with id="featured-guides". Fix the fragment, or add the id',
      'Link /courses/c/#course-other points nowhere: /courses/c/ has no element with id="course-other". Fix the fragment, or add the id',
      'Link /courses/c/#module-two points nowhere: /courses/c/ has no element with id="module-two". Fix the fragment, or add the id',
    ]);
  });

  it('knows the sections a published guide, or an entry of no module, adds', async () => {
    const problems = await checkProject(
      {
        'content/courses/c.yaml': course,
        'content/guides/g.md': entryText('A guide.', 'course: c\n'),
        'content/posts/a.md': entryText(links, 'tags: [pln]\n'),
      },
      'link-target',
    );
    expect(problems).toEqual([
      expect.stringContaining('Link /search/#results points nowhere'),
      expect.stringContaining('Link /courses/c/#module-two points nowhere'),
    ]);
  });
});

describe('a #fragment that finds no id names the one it most likely meant, in both layers', () => {
  const headings = "## What's next?\n\n## The method\n\n## H₂O\n";

  it('in the sources: the id of a heading with the fragment as its text, or one a typo away', async () => {
    const problems = await checkProject(
      {
        'content/posts/a.md': entryText(
          `[a](#Whats-Next) [b](#the-metod) [c](#H₂O) [d](#zzz) [e](/posts/b/#the-metod)\n\n${headings}`,
        ),
        'content/posts/b.md': entryText(headings),
      },
      'link-target',
    );
    expect(problems.map((p) => p.replace(/^[^ ]+ Link /, ''))).toEqual([
      '#Whats-Next points nowhere: this page has no heading or element with id="Whats-Next". Did you mean #whats-next?',
      '#the-metod points nowhere: this page has no heading or element with id="the-metod". Did you mean #the-method?',
      '#H₂O points nowhere: this page has no heading or element with id="H₂O". Did you mean #ho?',
      '#zzz points nowhere: this page has no heading or element with id="zzz". Fix the fragment, or add the heading',
      '/posts/b/#the-metod points nowhere: /posts/b/ (content/posts/b.md) has no heading or element with id="the-metod". Did you mean #the-method?',
    ]);
  });

  it('on built pages: the same guess from the ids the page has', async () => {
    expect(
      await linkProblems({
        'index.html':
          '<h2 id="whats-next">Next</h2><h2 id="ho">H₂O</h2>\n<a href="#Whats-Next">a</a> <a href="#H%E2%82%82O">c</a> <a href="/b/#the-metod">e</a> <a href="#zzz">d</a>',
        'b/index.html': '<h2 id="the-method">The method</h2>',
      }),
    ).toEqual([
      'index.html:2:1 Link #Whats-Next points nowhere: this page has no element with id="Whats-Next". Did you mean #whats-next?',
      'index.html:2:29 Link #H%E2%82%82O points nowhere: this page has no element with id="H₂O". Did you mean #ho?',
      'index.html:2:58 Link /b/#the-metod points nowhere: /b/ has no element with id="the-metod". Did you mean #the-method?',
      'index.html:2:88 Link #zzz points nowhere: this page has no element with id="zzz". Fix the fragment, or add the id',
    ]);
  });
});

describe('a fragment written without the prefix its page gives an id, or with one a copied address kept', () => {
  it('names the id, where only one is that, in both layers', async () => {
    const course =
      'title: C\nterm: Fall\ndescription: D\nmodules:\n  - id: campaign-planning\n    title: Campaign planning\n  - id: diverse-voices\n    title: Diverse voices\n';
    const problems = await checkProject(
      {
        'content/courses/c.yaml': course,
        'content/posts/a.md': entryText(
          '[the module](/courses/c/#campaign-planning) [from GitHub](#user-content-the-method)\n\n## The method\n',
          'course: c\nmodule: campaign-planning\n',
        ),
        'content/posts/b.md': entryText('B.', 'course: c\nmodule: diverse-voices\n'),
      },
      'link-target',
    );
    expect(problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'Link /courses/c/#campaign-planning points nowhere: /courses/c/ has no element with id="campaign-planning". Did you mean #module-campaign-planning?',
      'Link #user-content-the-method points nowhere: this page has no heading or element with id="user-content-the-method". Did you mean #the-method?',
    ]);
    expect(
      await linkProblems({
        'index.html':
          '<section id="module-one"></section><section id="module-two"></section><a href="#two">a</a> <a href="#module">b</a>',
      }),
    ).toEqual([
      'index.html:1:71 Link #two points nowhere: this page has no element with id="two". Did you mean #module-two?',
      // `module` ends neither id after a hyphen, and starts both: no guess.
      'index.html:1:92 Link #module points nowhere: this page has no element with id="module". Fix the fragment, or add the id',
    ]);
    // Written as said, both pass.
    expect(
      await checkProject(
        {
          'content/courses/c.yaml': course,
          'content/posts/a.md': entryText(
            '[the module](/courses/c/#module-campaign-planning) [from GitHub](#the-method)\n\n## The method\n',
            'course: c\nmodule: campaign-planning\n',
          ),
          'content/posts/b.md': entryText('B.', 'course: c\nmodule: diverse-voices\n'),
        },
        'link-target',
      ),
    ).toEqual([]);
  });
});

describe('a fragment a typo away is only named when it is a typo', () => {
  it('names no heading for a short fragment that shares nothing with it, in both layers', async () => {
    // `#fqa` is `#faq` with two letters swapped: one typo.
    const sources = await checkProject(
      { 'content/posts/a.md': entryText('[line seven](#L7) [faq](#fqa)\n\n## 标题\n\n## FAQ\n') },
      'link-target',
    );
    expect(sources.map((p) => p.replace(/^.*\. /, ''))).toEqual([
      'Fix the fragment, or add the heading',
      'Did you mean #faq?',
    ]);
    expect(
      await linkProblems({
        'index.html':
          '<h2 id="标题">标题</h2><h2 id="faq">FAQ</h2><a href="#L7">7</a><a href="#fqa">FAQ</a>',
      }),
    ).toEqual([
      'index.html:1:41 Link #L7 points nowhere: this page has no element with id="L7". Fix the fragment, or add the id',
      'index.html:1:60 Link #fqa points nowhere: this page has no element with id="fqa". Did you mean #faq?',
    ]);
  });
});

describe('a web or email address written without its scheme is a path on this site', () => {
  const links =
    '[the FIA](www.fia.com) [a news story](bbc.co.uk/sport/formula1) [mail me](me@example.org) [notes](notes.md)';

  it('in the sources: the message gives the address with its scheme', async () => {
    const problems = await checkProject({ 'content/posts/a.md': entryText(links) }, 'link-target');
    expect(problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      "Link www.fia.com is another site's address without https://, so it points at a page of this site, /posts/a/www.fia.com, which the build does not have: write https://www.fia.com",
      "Link bbc.co.uk/sport/formula1 is another site's address without https://, so it points at a page of this site, /posts/a/bbc.co.uk/sport/formula1, which the build does not have: write https://bbc.co.uk/sport/formula1",
      'Link me@example.org is an email address without mailto:, so it points at a page of this site, /posts/a/me@example.org, which the build does not have: write mailto:me@example.org',
      // A file's name is no address, whatever its extension (.md is also Moldova's domain).
      'Link notes.md points nowhere: the build has no page /posts/a/notes.md. Fix the link, or create the page',
    ]);
  });

  it('on built pages, in the same words; the fix passes', async () => {
    expect(
      await linkProblems({
        'posts/a/index.html': '<a href="www.fia.com">FIA</a> <a href="me@example.org">Mail</a>',
      }),
    ).toEqual([
      "posts/a/index.html:1:1 Link www.fia.com is another site's address without https://, so it points at a page of this site, /posts/a/www.fia.com, which the build does not have: write https://www.fia.com",
      'posts/a/index.html:1:31 Link me@example.org is an email address without mailto:, so it points at a page of this site, /posts/a/me@example.org, which the build does not have: write mailto:me@example.org',
    ]);
    expect(
      await linkProblems({
        'posts/a/index.html':
          '<a href="https://www.fia.com">FIA</a> <a href="mailto:me@example.org">Mail</a>',
      }),
    ).toEqual([]);
  });
});

describe('a social handle written as a link’s address is a path on this site', () => {
  it('says so in both layers, with the profile’s address where the handle names its site, and the fix passes', async () => {
    const links =
      '[my Insta](@sam_f1) [Mastodon](@sam@mastodon.social) [Bluesky](@sam.bsky.social)';
    const said = [
      "Link @sam_f1 is a handle, not an address, so it points at a page of this site, /posts/a/@sam_f1, which the build does not have: write the profile's address, as its site gives it (https://x.com/sam_f1, https://www.instagram.com/sam_f1/, https://www.tiktok.com/@sam_f1)",
      "Link @sam@mastodon.social is a Mastodon handle, not an address, so it points at a page of this site, /posts/a/@sam@mastodon.social, which the build does not have: write the profile's address, https://mastodon.social/@sam",
      "Link @sam.bsky.social is a Bluesky handle, not an address, so it points at a page of this site, /posts/a/@sam.bsky.social, which the build does not have: write the profile's address, https://bsky.app/profile/sam.bsky.social",
    ];
    const problems = await checkProject({ 'content/posts/a.md': entryText(links) }, 'link-target');
    expect(problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual(said);
    expect(
      (
        await linkProblems({
          'posts/a/index.html':
            '<a href="@sam_f1">a</a> <a href="@sam@mastodon.social">b</a> <a href="@sam.bsky.social">c</a>',
        })
      ).map((p) => p.replace(/^[^ ]+ /, '')),
    ).toEqual(said);
    const fixed =
      '[my Insta](https://www.instagram.com/sam_f1/) [Mastodon](https://mastodon.social/@sam) [Bluesky](https://bsky.app/profile/sam.bsky.social)';
    expect(await checkProject({ 'content/posts/a.md': entryText(fixed) }, 'link-target')).toEqual(
      [],
    );
  });
});

describe('an address in curly quotes, as editors type quotes, is a path on this site', () => {
  it('says so in both layers, with the address without them, and the fix passes', async () => {
    const links = '[the FIA](“https://www.fia.com”) [last week](‘/posts/b/’) [FIA](“www.fia.com”)';
    const files = {
      'content/posts/a.md': entryText(links),
      'content/posts/b.md': entryText('Week one.'),
    };
    expect((await checkProject(files, 'link-target')).map((p) => p.replace(/^[^ ]+ /, ''))).toEqual(
      [
        'Link “https://www.fia.com” is in curly quotes, which a link reads as part of its address, so it points at a page of this site, /posts/a/“https://www.fia.com”, which the build does not have: write the address without them, https://www.fia.com',
        'Link ‘/posts/b/’ is in curly quotes, which a link reads as part of its address, so it points at a page of this site, /posts/a/‘/posts/b/’, which the build does not have: write the address without them, /posts/b/',
        'Link “www.fia.com” is in curly quotes, which a link reads as part of its address, so it points at a page of this site, /posts/a/“www.fia.com”, which the build does not have: write the address without them, https://www.fia.com',
      ],
    );
    const fixed =
      '[the FIA](https://www.fia.com) [last week](/posts/b/) [FIA](https://www.fia.com)';
    expect(
      await checkProject({ ...files, 'content/posts/a.md': entryText(fixed) }, 'link-target'),
    ).toEqual([]);
    expect(
      await linkProblems({ 'posts/a/index.html': '<a href="“https://www.fia.com”">FIA</a>' }),
    ).toEqual([
      'posts/a/index.html:1:1 Link “https://www.fia.com” is in curly quotes, which a link reads as part of its address, so it points at a page of this site, /posts/a/“https://www.fia.com”, which the build does not have: write the address without them, https://www.fia.com',
    ]);
  });
});

describe("a link or picture whose address is a definition's label, as remark-lint's no-reference-like-url finds", () => {
  const post = (links: string) => ({
    'content/posts/a.md': entryText(
      `${links}\n\n[mercury]: https://example.com/mercury/\n[Venus  Map]: https://example.com/venus.jpg`,
    ),
  });
  const messages = async (links: string, rule: string) =>
    (await checkProject(post(links), rule)).map((p) => p.replace(/^[^ ]+ /, ''));

  it('says so, with the reference to write, and the reference passes', async () => {
    expect(
      await messages('[**Mercury**](mercury) and ![the map](Venus-Map)', 'link-target'),
    ).toEqual([
      'Link mercury points at a page of this site that the build does not have, but mercury is the label of a definition in this file: write [**Mercury**][mercury], which reads it',
    ]);
    expect(await messages('![the map](mercury)', 'asset-target')).toEqual([
      'Image mercury names no file beside this entry, but mercury is the label of a definition in this file: write ![the map][mercury], which reads it',
    ]);
    for (const rule of ['link-target', 'asset-target', 'link-syntax'])
      expect(
        await messages('[**Mercury**][mercury] and ![the map][venus map]', rule),
        rule,
      ).toEqual([]);
  });

  it('gives the picture inline where the definition names a file, whose path a reference publishes as written', async () => {
    const files = (body: string) => ({
      'content/posts/a.md': entryText(`${body}\n\n[grid]: grid.png`),
      'content/posts/grid.png': 'png',
    });
    expect(
      (await checkProject(files('![The grid](grid)'), 'asset-target')).map((p) =>
        p.replace(/^[^ ]+ /, ''),
      ),
    ).toEqual([
      'Image grid names no file beside this entry, but grid is the label of a definition in this file, grid.png: write ![The grid](./grid.png)',
    ]);
    expect(await checkProject(files('![The grid](./grid.png)'), 'asset-target')).toEqual([]);
  });

  it('asks for the alt text a picture without it lacks, in either fix, and the fixes pass image-alt too', async () => {
    const files = (body: string) => ({
      'content/posts/a.md': entryText(
        `${body}\n\n[grid]: grid.png\n[mercury]: https://example.com/m.jpg`,
      ),
      'content/posts/grid.png': 'png',
    });
    const said = async (body: string) =>
      (await checkProject(files(body), 'asset-target')).map((p) => p.replace(/^.*: write /, ''));
    expect(await said('![](grid)')).toEqual(['![what it shows](./grid.png)']);
    expect(await said('![](mercury)')).toEqual(['![what it shows][mercury], which reads it']);
    for (const fixed of ['![what it shows](./grid.png)', '![what it shows][mercury]'])
      for (const rule of ['asset-target', 'image-alt'])
        expect(await checkProject(files(fixed), rule), `${rule}: ${fixed}`).toEqual([]);
  });
});

describe('links between notes exported from Notion or Obsidian', () => {
  it('give the page of the entry a link to a Markdown file names, Notion’s page id left out, and the fix passes', async () => {
    const files = (body: string) => ({
      'content/posts/a.md': entryText(body),
      'content/posts/week-8.md': entryText('## What changed?\n\nNotes.', '', 'Week 8'),
      'content/posts/pit-stops.md': entryText('Notes.', '', 'Timing the stops'),
    });
    const links =
      'See [Week 8](Week%208%20abc123def4567890abcdef1234567890.md), [the stops](pit-stops%201234567890abcdef1234567890abcdef.md), [what changed](Week%208.md#What%20changed%3F) and [gone](Nothing%20here.md).';
    expect(
      (await checkProject(files(links), 'link-target')).map((p) => p.replace(/^[^ ]+ /, '')),
    ).toEqual([
      'Link Week%208%20abc123def4567890abcdef1234567890.md points at a Markdown file this site does not have, as notes exported from Notion or Obsidian link each other: link to the entry it names, /posts/week-8/',
      'Link pit-stops%201234567890abcdef1234567890abcdef.md points at a Markdown file this site does not have, as notes exported from Notion or Obsidian link each other: link to the entry it names, /posts/pit-stops/',
      'Link Week%208.md#What%20changed%3F points at a Markdown file this site does not have, as notes exported from Notion or Obsidian link each other: link to the entry it names, /posts/week-8/#what-changed',
      expect.stringMatching(/^Link Nothing%20here\.md points nowhere: /),
    ]);
    const fixed =
      'See [Week 8](/posts/week-8/), [the stops](/posts/pit-stops/) and [what changed](/posts/week-8/#what-changed).';
    expect(await checkProject(files(fixed), 'link-target')).toEqual([]);
  });
});

describe('links in the pages the site publishes as written', () => {
  it('are judged before the build, against the pages the sources know, at their own lines', async () => {
    const root = siteOnDisk({
      'content/posts/a.md': entryText('## Method\n\nHow.'),
      'src/pages/now.astro': '<h1>Now</h1>\n',
      'public/old/index.html':
        '<!doctype html>\n<html lang="en"><head><title>Old</title></head><body><main>\n<a href="/posts/a/">A</a> <a href="/now/">Now</a> <a href="../">Home</a>\n<a href="/nowhere/">Gone</a> <a href="/posts/a/#metod">Method</a>\n</main></body></html>\n',
      'src/pages/legacy.html':
        '<!doctype html>\n<html lang="en"><head><title>Legacy</title></head><body><main><a href="/gone/">Gone</a></main></body></html>\n',
    });
    const files = ['content', 'public/old/index.html', 'src/pages/legacy.html'];
    const { problems } = await checkSources(
      files.map((file) => join(root, file)),
      gateConfig(),
      root,
    );
    expect(
      problems
        .filter((p) => p.ruleId === 'link-target')
        .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`),
    ).toEqual([
      'public/old/index.html:4:1 Link /nowhere/ points nowhere: the build has no page /nowhere/. Fix the link, or create the page',
      'public/old/index.html:4:30 Link /posts/a/#metod points nowhere: /posts/a/ (content/posts/a.md) has no heading or element with id="metod". Did you mean #method?',
      'src/pages/legacy.html:2:63 Link /gone/ points nowhere: the build has no page /gone/. Fix the link, or create the page',
    ]);
  });
});

describe('a link written with the title or tag it names gets the address, in both layers', () => {
  it('in the sources', async () => {
    const problems = await checkProject(
      {
        'content/posts/a.md': entryText(
          '[F1](/tags/Formula%201/) [mentors](</posts/Finding Mentors/>)',
          'tags: [formula-1]\n',
        ),
        'content/posts/finding-mentors.md': entryText('How.'),
      },
      'link-target',
    );
    expect(problems.map((p) => p.replace(/^[^ ]+ /, ''))).toEqual([
      'Link /tags/Formula%201/ points nowhere: the build has no page /tags/Formula 1/. Did you mean /tags/formula-1/?',
      'Link /posts/Finding Mentors/ points nowhere: the build has no page /posts/Finding Mentors/. Did you mean /posts/finding-mentors/?',
    ]);
  });

  it('on built pages', async () => {
    expect(
      await linkProblems({
        'index.html': '<a href="/tags/Formula%201/">F1</a>',
        'tags/formula-1/index.html': '<h1>F1</h1>',
      }),
    ).toEqual([
      'index.html:1:1 Link /tags/Formula%201/ points nowhere: the build has no page /tags/Formula 1/. Did you mean /tags/formula-1/?',
    ]);
  });
});

describe("link-target and the Astro config's redirects", () => {
  it('knows the pages the config redirects from, as npm run check reads it', () => {
    const root = siteOnDisk({
      'astro.config.mjs':
        "export default { redirects: { '/old-about': '/about/', '/blog/[slug]': '/posts/[slug]' } };\n",
      'content/posts/a.md': entryText(
        'See [the old page](/old-about/), [an old post](/blog/a/) and [a typo](/old-abut/).',
      ),
    });
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/a11y/cli.mjs'), 'source', '--no-cache'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } },
    );
    expect(result.stdout.split('\n').filter((line) => line.includes('link-target'))).toEqual([
      'content/posts/a.md:7:62  error  Link /old-abut/ points nowhere: the build has no page /old-abut/. Did you mean /old-about/?  link-target',
    ]);
  });
});

describe('links to footnotes, which GFM gives ids the page has', () => {
  it('in the sources: the notes a file cites, in it and from another entry, and not the ones it never cites', async () => {
    const notes = [
      'Cited.[^1] Cited too.[^Über] Again.[^1]',
      '[^1]: One.',
      '[^Über]: Two.',
      '[^unused]: Never cited: the build leaves it out.',
    ].join('\n\n');
    expect(
      await sourceLinkProblems({
        'content/posts/notes.md': post(
          'Notes',
          `${notes}\n\n[a](#user-content-fn-1) [b](#user-content-fnref-1-2) [c](#footnote-label) [d](#user-content-fn-%C3%BCber) [e](#user-content-fn-unused) [f](#user-content-fnref-1-3)`,
        ),
        'content/posts/b.md': post(
          'B',
          '[the note](/posts/notes/#user-content-fn-1) and [none](/posts/b-two/#footnote-label)',
        ),
        'content/posts/b-two.md': post('B two', 'No notes here.'),
      }),
    ).toEqual([
      'content/posts/b.md:7:49 Link /posts/b-two/#footnote-label points nowhere: /posts/b-two/ (content/posts/b-two.md) has no heading or element with id="footnote-label". Fix the fragment, or add the heading',
      'content/posts/notes.md:15:107 Link #user-content-fn-unused points nowhere: this page has no heading or element with id="user-content-fn-unused". Fix the fragment, or add the heading',
      'content/posts/notes.md:15:136 Link #user-content-fnref-1-3 points nowhere: this page has no heading or element with id="user-content-fnref-1-3". Did you mean #user-content-fnref-1-2?',
    ]);
  });

  it('on built pages: an id kept percent-encoded is found as the link writes it, as a browser finds it', async () => {
    const page = (body: string) => `<main>${body}</main>`;
    expect(
      await linkProblems({
        'notes/index.html': page(
          '<li id="user-content-fn-%C3%BCber">Two.</li><h2 id="übung-1">Übung</h2>' +
            '<a href="#user-content-fn-%C3%BCber">a</a> <a href="#user-content-fn-über">b</a> ' +
            '<a href="#übung-1">c</a> <a href="#%C3%BCbung-1">d</a> <a href="#user-content-fn-uber">e</a>',
        ),
      }),
    ).toEqual([
      expect.stringMatching(
        /^notes\/index\.html:1:\d+ Link #user-content-fn-uber points nowhere: this page has no element with id="user-content-fn-uber"/,
      ),
    ]);
  });
});

describe('link-target: a link to a file on the writer’s computer', () => {
  const MESSAGE = "is the address of a file on your computer, which no reader's browser can open";
  it('says so before the build, and the link it gives works once the file is in public/', async () => {
    const body =
      'Read [my notes](C:\\Users\\sam\\Documents\\notes.pdf), [the plan](file:///home/sam/plan.pdf), [the brief](/home/sam/brief.pdf) and <a href="\\\\school-nas\\shared\\rubric.pdf">the rubric</a>.';
    const said = await sourceLinkProblems({ 'content/posts/a.md': post('A', body) }, '/my-blog');
    expect(said.map((line) => line.replace(/^.*?content\//, ''))).toEqual([
      `posts/a.md:7:6 Link C:\\Users\\sam\\Documents\\notes.pdf ${MESSAGE}: copy notes.pdf into public/ and link to /notes.pdf`,
      `posts/a.md:7:52 Link file:///home/sam/plan.pdf ${MESSAGE}: copy plan.pdf into public/ and link to /plan.pdf`,
      `posts/a.md:7:91 Link /home/sam/brief.pdf ${MESSAGE}: copy brief.pdf into public/ and link to /brief.pdf`,
      `posts/a.md:7:128 Link \\\\school-nas\\shared\\rubric.pdf ${MESSAGE}: copy rubric.pdf into public/ and link to /my-blog/rubric.pdf`,
    ]);
    const mended = body
      .replace('C:\\Users\\sam\\Documents\\notes.pdf', '/notes.pdf')
      .replace('file:///home/sam/plan.pdf', '/plan.pdf')
      .replace('/home/sam/brief.pdf', '/brief.pdf')
      .replace('\\\\school-nas\\shared\\rubric.pdf', '/my-blog/rubric.pdf');
    const publicFiles = Object.fromEntries(
      ['notes', 'plan', 'brief', 'rubric'].map((name) => [`public/${name}.pdf`, '%PDF']),
    );
    expect(
      await sourceLinkProblems(
        { 'content/posts/a.md': post('A', mended), ...publicFiles },
        '/my-blog',
      ),
    ).toEqual([]);
  });

  it('says so on a built page', async () => {
    expect(
      await linkProblems({
        'index.html':
          '<!doctype html><html lang="en"><head><title>T</title></head><body><a href="C:%5CUsers%5Csam%5Cnotes.pdf">Notes</a></body></html>',
      }),
    ).toEqual([
      `index.html:1:67 Link C:%5CUsers%5Csam%5Cnotes.pdf ${MESSAGE}: copy notes.pdf into public/ and link to /notes.pdf`,
    ]);
  });
});

describe('link-target: a link copied from the browser while npm run dev ran', () => {
  const MESSAGE =
    "is the address of your development server (npm run dev, on your computer or in a Codespace), which no reader's browser can open";
  it('gives the site’s own address, which passes, and leaves a link that shows a local address', async () => {
    const files = (body: string) => ({
      'content/posts/a.md': post('A', body),
      'content/posts/b.md': post('B', '## The method\n\nText.'),
    });
    const body =
      'See [the method](http://localhost:4321/posts/b/#the-method) and <a href="http://127.0.0.1:4321/posts/b/">B</a>.\n\nTo try it, run npm run dev and open <http://localhost:4321/>.';
    expect(
      (await sourceLinkProblems(files(body))).map((line) => line.replace(/^.*?content\//, '')),
    ).toEqual([
      `posts/a.md:7:5 Link http://localhost:4321/posts/b/#the-method ${MESSAGE}: link to /posts/b/#the-method`,
      `posts/a.md:7:65 Link http://127.0.0.1:4321/posts/b/ ${MESSAGE}: link to /posts/b/`,
    ]);
    const mended = body
      .replace('http://localhost:4321/posts/b/#the-method', '/posts/b/#the-method')
      .replace('http://127.0.0.1:4321/posts/b/', '/posts/b/');
    expect(await sourceLinkProblems(files(mended))).toEqual([]);
  });

  it('says so on a built page, with the base', async () => {
    expect(
      await linkProblems(
        {
          'my-blog/index.html':
            '<!doctype html><html lang="en"><head><title>T</title></head><body><a href="http://localhost:4321/my-blog/about/">About</a> <a href="http://localhost:4321/">http://localhost:4321/</a></body></html>',
          'my-blog/about/index.html':
            '<!doctype html><html lang="en"><head><title>About</title></head><body>Hi.</body></html>',
        },
        { base: '/my-blog/' },
      ),
    ).toEqual([
      `my-blog/index.html:1:67 Link http://localhost:4321/my-blog/about/ ${MESSAGE}: link to /my-blog/about/`,
    ]);
  });
});
