import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  checkFixture,
  projectRoot,
  startDevServer,
  type DevServer,
  type FixtureBuild,
  userEnv,
} from '../helpers/build-fixture.ts';

describe('drafts and scheduled entries (fixture: drafts)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('drafts');
  });

  it('builds, saying which entry goes live next and when', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).toContain(
      'scheduled: content/posts/scheduled.md goes live at 2027-06-01 00:00 UTC (in 187 days); until then a build leaves it out.',
    );
  });
  it('publishes past entries', () => {
    expect(site.exists('posts/published/index.html')).toBe(true);
    expect(site.read('posts/index.html')).toContain('Published post');
  });
  it('shows a tag written as a hashtag ("#pit-wall") as every tag shows, with one #', () => {
    const post = site.read('posts/published/index.html');
    expect(post).toMatch(/<a href="\/tags\/pit-wall\/"[^>]*>#pit-wall<\/a>/);
    expect(post).not.toContain('##pit-wall');
    expect(site.exists('tags/pit-wall/index.html')).toBe(true);
  });
  it('publishes a post saved with a byte order mark and Windows line endings, as Astro reads it', () => {
    expect(site.read('posts/saved-in-notepad/index.html')).toMatch(/<h1[^>]*>Saved in Notepad</);
    expect(site.read('posts/index.html')).toContain('Saved in Notepad');
    expect(site.read('rss.xml')).toContain('A post saved with a byte order mark');
  });
  it('leaves drafts and future-dated entries out of pages, listings, tags and the sitemap', () => {
    expect(site.exists('posts/draft/index.html')).toBe(false);
    expect(site.exists('posts/scheduled/index.html')).toBe(false);
    for (const page of ['posts/index.html', 'index.html', 'tags/index.html']) {
      expect(site.read(page)).not.toMatch(
        /Draft post|Scheduled post|draft-only-tag|future-only-tag/,
      );
    }
    expect(site.exists('tags/draft-only-tag/index.html')).toBe(false);
    expect(site.exists('tags/future-only-tag/index.html')).toBe(false);
    expect(site.read('sitemap-0.xml')).not.toMatch(/draft|scheduled/);
  });
});

describe('entries and tags named in any script (fixture: any-script)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('any-script');
  });

  it('publishes a post whose file is named in Chinese at that name, and its tag’s page and feed', async () => {
    expect(site.status, site.output).toBe(0);
    expect(site.exists('posts/第一部相机/index.html')).toBe(true);
    expect(site.read('tags/摄影/index.html')).toContain('我的第一部相机');
    expect(site.exists('tags/摄影/rss.xml')).toBe(true);
    // Links to them, raw or percent-encoded as a browser's address bar gives them, resolve in
    // both layers of the gate.
    expect(await checkFixture('any-script')).toEqual([]);
    // Addresses outside the page are URLs, so percent-encoded.
    expect(site.read('sitemap-0.xml')).toContain(`/posts/${encodeURIComponent('第一部相机')}/`);
    expect(site.read('rss.xml')).toContain(`/posts/${encodeURIComponent('第一部相机')}/`);
  });
});

describe('drafts in the dev server (fixture: drafts)', () => {
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer('drafts');
  });
  afterAll(() => server?.stop());

  it('shows drafts with a visible "Draft" label', async () => {
    const html = await (await fetch(`${server.url}/posts/draft/`)).text();
    expect(html).toContain('Draft post');
    expect(html).toMatch(/class="draft-label"[^>]*>Draft</);
    const list = await (await fetch(`${server.url}/posts/`)).text();
    expect(list).toContain('Scheduled post');
  });

  it('labels a scheduled post "Scheduled", with when it goes live in the site’s time zone', async () => {
    const html = await (await fetch(`${server.url}/posts/scheduled/`)).text();
    expect(html).toMatch(
      // A space between the label and the words, inside or between the spans: "Scheduled goes
      // live …", never "Scheduledgoes live …".
      /class="draft-label"[^>]*>Scheduled<\/span>(?:\s+<span class="scheduled-for"[^>]*>|<span class="scheduled-for"[^>]*>\s+)goes live June 1, 2027 at 12:00\sAM \(UTC\)</,
    );
    expect(html).not.toMatch(/>Draft</);
  });

  it('keeps a post as it was when an edit breaks its frontmatter, and names the field or the line to write', async () => {
    // The post is the test's own, removed whatever happens, so the fixture never changes.
    const file = join(projectRoot, 'tests/fixtures/drafts/content/posts/edited.md');
    const post = (title: string, date: string) =>
      `---\ntitle: ${title}\ndescription: Edited in the dev server.\n${date}---\nHello.\n`;
    try {
      writeFileSync(file, post('Edited post', 'pubDate: 2026-01-12\n'));
      await expect
        .poll(async () => (await fetch(`${server.url}/posts/edited/`)).status, { timeout: 60_000 })
        .toBe(200);
      // Saved without its date: the dev server says which file and field, and serves what it had,
      // where storing the unchecked entry crashed every page that sorts posts by date.
      // Written whole (a new file renamed over it), as an editor's atomic save: a truncate and
      // a write could be read half-way, and the watcher drops a change that follows another
      // within 50 ms, so this test would wait for the words of an empty file.
      writeFileSync(`${file}.tmp`, post('Edited post, no date', ''));
      renameSync(`${file}.tmp`, file);
      await server.waitForOutput('Frontmatter problems in posts: 1 problem');
      expect(server.output()).toMatch(/content\/posts\/edited\.md:\d+:\d+ +error +pubDate/);
      for (const path of ['/posts/', '/posts/edited/', '/']) {
        const response = await fetch(`${server.url}${path}`);
        expect(response.status, path).toBe(200);
        expect(await response.text(), path).toContain('Edited post');
      }
      // Saved again and again until the content loader has said `said`: a save that follows the
      // one before within the watcher's 50 ms is dropped, as an editor's second save would be.
      const saveUntilSaid = (text: string, said: string) =>
        expect
          .poll(
            () => {
              if (server.output().includes(said)) return true;
              writeFileSync(`${file}.tmp`, text);
              renameSync(`${file}.tmp`, file);
              return false;
            },
            { timeout: 60_000, interval: 2_000 },
          )
          .toBe(true);
      // The loader's words (the gate, which the dev server runs too, says the same).
      const loader =
        'Failed to reload edited.md: Frontmatter problems in posts: 1 problem\ncontent/posts/edited.md';
      // Saved with frontmatter YAML cannot read: said with the line in quotes, not in Astro's
      // reader's words and stack, and the post served as it was.
      await saveUntilSaid(
        post('Edited post: the pit wall', 'pubDate: 2026-01-12\n'),
        `${loader}:2:8  error  Frontmatter is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, title: "Edited post: the pit wall"`,
      );
      expect(server.output()).not.toContain('Stack trace');
      expect(await (await fetch(`${server.url}/posts/edited/`)).text()).toContain('Edited post');
      // And the loader checks the next edit as any other: its missing description is reported.
      await saveUntilSaid(
        '---\ntitle: Edited post\npubDate: 2026-01-12\n---\nHello.\n',
        `${loader}:1:1  error  description is required`,
      );
    } finally {
      for (const left of [file, `${file}.tmp`]) rmSync(left, { force: true });
    }
  });
});

describe('a post moved or renamed between two builds (fixture: moved-entry)', () => {
  // The same words in each place: Astro's content store keeps an unchanged entry, and kept it
  // under the file it came from, so the next build imported a file that was gone.
  const posts = join(projectRoot, 'tests/fixtures/moved-entry/content/posts');
  const places = ['moving-day.mdx', 'moving-day/index.mdx', 'moving-day.md'].map((place) =>
    join(posts, place),
  );
  const putBack = () => {
    const now = places.find((place) => existsSync(place));
    if (now && now !== places[0]) renameSync(now, places[0]!);
    rmSync(join(posts, 'moving-day'), { recursive: true, force: true });
  };
  const builds: FixtureBuild[] = [];
  beforeAll(() => {
    putBack(); // after an interrupted run
    try {
      builds.push(buildFixture('moved-entry'));
      mkdirSync(join(posts, 'moving-day'));
      renameSync(places[0]!, places[1]!);
      builds.push(buildFixture('moved-entry', {}, { rebuild: true }));
      renameSync(places[1]!, places[2]!);
      builds.push(buildFixture('moved-entry', {}, { rebuild: true }));
    } finally {
      putBack();
    }
  }, 300_000);

  it('builds after the post moves into a folder, and after it becomes Markdown, with the page each time', () => {
    expect(builds).toHaveLength(3);
    for (const [index, build] of builds.entries()) {
      const label = `build ${index + 1}\n${build.output}`;
      expect(build.status, label).toBe(0);
      expect(build.output, label).not.toContain('content-layer-deferred-module');
      expect(build.read('posts/moving-day/index.html'), label).toContain(
        'A post that keeps every word while its file moves.',
      );
    }
  });
});

describe('a site without its About page (fixture: no-about)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('no-about');
  });

  it('npm run check says so, and the build stops before rendering with the same line and no stack trace', async () => {
    const line =
      'content/pages/about.md:1:1  error  the About page has no file: create content/pages/about.md with a title and a description (the home page and the menu link to /about/)  content-reference';
    expect(await checkFixture('no-about')).toEqual([line]);
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(line);
    expect(site.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    expect(site.exists('index.html')).toBe(false);
  });
});

describe('frontmatter errors (fixture: bad-frontmatter)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('bad-frontmatter');
  });

  it('fails the build at every field the schemas reject and every frontmatter YAML cannot read, with the lines npm run check prints', async () => {
    const lines = await checkFixture('bad-frontmatter');
    expect(lines).toEqual([
      'content/posts/bad-date.md:4:10  error  pubDate: "30/11/2026" is not an ISO 8601 date: write 2026-11-30  frontmatter-date',
      'content/posts/bad-slug.md:5:1  error  slug: slug must be lower-case words joined by hyphens, not "My First Post": write slug: my-first-post  content-schema',
      'content/posts/blank-first.md:3:1  error  the frontmatter starts on line 3, after a blank line, and is read only from the first line: delete the blank lines above ---  content-schema',
      'content/posts/colon-title.md:2:8  error  Frontmatter is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, title: "Week 5: what the pit crew taught me"  parse-error',
      'content/posts/dashes.md:2:1  error  the frontmatter is a list, each line starting with a dash, not a set of fields: write the fields without their dashes, title: …  content-schema',
      'content/posts/date-title.md:2:1  error  title must be text, but Astro reads 2026-03-02 as a date: put it in quotes, "2026-03-02"  content-schema',
      'content/posts/em-dashes.md:1:1  error  the frontmatter opens with an em dash (—), which editors make of --- as you type, and only a line of three hyphens opens it: write --- on line 1 and on line 5  content-schema',
      'content/posts/four-hyphens.md:1:1  error  the frontmatter opens with four hyphens (----), and only a line of three hyphens opens it: write --- on line 1 and on line 5  content-schema',
      'content/posts/from-hugo.md:1:1  error  the frontmatter is TOML, between +++ lines, which Commonplace does not read: write it as YAML between --- lines (title: "…" where TOML has title = "…")  content-schema',
      'content/posts/hashtag-title.md:2:1  error  `#GreenRacing week` is a YAML comment (a # after a space starts one), so title is empty: put the value in quotes, title: "#GreenRacing week"  content-schema',
      'content/posts/hashtag-title.md:7:1  error  `#f1` is a YAML comment (a # after a space starts one), so tags[1] is empty: put the value in quotes, - "#f1"  content-schema',
      'content/posts/no-description.md:1:1  error  description is required: add description: … to the frontmatter  content-schema',
      'content/posts/no-description.md:4:1  error  tags must be a list, not "pln": write tags: [pln]  content-schema',
      'content/posts/pasted-space.md:2:1  error  Frontmatter is not valid YAML: this line has a no-break space (U+00A0) after title:, and YAML takes only the space and the tab for spaces: write it as title: Pasted from a document  parse-error',
      'content/posts/title-twice.md:5:1  error  Frontmatter is not valid YAML: title is written twice, here and on line 2: keep one of them  parse-error',
    ]);
    expect(site.status).not.toBe(0);
    // Every bad file and field at once, not only the first.
    for (const line of lines) expect(site.output).toContain(line);
    expect(site.output).not.toContain('Stack trace');
    expect(site.exists('index.html')).toBe(false);
  });
});

describe('two entries with one URL (fixture: duplicate-slug)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildFixture('duplicate-slug');
  });

  it('fails the build naming both files and the fix, as npm run check does, without a stack trace', async () => {
    const lines = await checkFixture('duplicate-slug');
    expect(lines).toEqual([
      'content/posts/2026/hello.mdx:1:1  error  This entry and content/posts/hello.md would both be published at /posts/hello/: rename one of the files, or give one a different slug: in its frontmatter  duplicate-url',
      'content/posts/hello.md:1:1  error  This entry and content/posts/2026/hello.mdx would both be published at /posts/hello/: rename one of the files, or give one a different slug: in its frontmatter  duplicate-url',
    ]);
    expect(site.status).not.toBe(0);
    // The whole output when the report is missing (a snapshot of nothing would show only that).
    expect(site.output, site.output).toContain(
      '[CommonplaceError] Two entries would get the same URL:',
    );
    for (const line of lines) expect(site.output).toContain(line);
    expect(site.output).not.toContain('Stack trace');
  });
});

describe('a bad site address (fixture: drafts)', () => {
  it('stops the build with one line naming the setting, and no stack trace', () => {
    const site = buildFixture('drafts', { COMMONPLACE_SITE_URL: 'user.github.io' });
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(
      '[CommonplaceError] COMMONPLACE_SITE_URL="user.github.io" is not a web address: set it to where the site is served, e.g. https://user.github.io, or leave it empty to use url in src/site.config.ts.',
    );
    expect(site.output).not.toMatch(/Stack trace|    at /);
  });
});

describe('pages written as files (fixture: build-format)', () => {
  it('npm run check and the build refuse build.format at its line, before any page is built', () => {
    const site = buildFixture('build-format');
    const message =
      'astro.config.mjs:9:12: build.format is "file": Astro would write posts/week-1.html, where every link, feed item and search result of a Commonplace site points to /posts/week-1/';
    const hint =
      "Remove build.format from the Astro config, or set it to 'directory' (Astro's default).";
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(`[CommonplaceError] ${message}\n  Hint:\n    ${hint}`);
    expect(site.output).not.toMatch(/Stack trace|    at /);
    expect(site.exists('posts/week-1.html')).toBe(false);
    const check = spawnSync(process.execPath, [join(projectRoot, 'src/a11y/cli.mjs'), 'source'], {
      cwd: site.root,
      encoding: 'utf8',
      env: userEnv(),
      timeout: 60_000,
    });
    expect(check.stderr).toBe(`${message}\n${hint}\n`);
    expect(check.status).toBe(2);
  });
});

describe('a url with a path that is not the base (fixture: site-url-path)', () => {
  it('npm run check and the build refuse it with the base to set, and pass once it is set', () => {
    const url = { COMMONPLACE_SITE_URL: 'https://sam.github.io/learning-blog/' };
    const message =
      "src/site.config.ts: url https://sam.github.io/learning-blog/ is served from /learning-blog/, but the site is built for / (Astro's base), so every link and file would miss on the page: set base: '/learning-blog' in astro.config.mjs (or COMMONPLACE_BASE_PATH=/learning-blog), or write url as https://sam.github.io if the site is served from its root";
    const hint =
      'README "Deploying" says how a GitHub Pages project site is served from a sub-path.';
    const site = buildFixture('site-url-path', url);
    expect(site.status).not.toBe(0);
    expect(site.output).toContain(`[CommonplaceError] ${message}\n  Hint:\n    ${hint}`);
    expect(site.output).not.toMatch(/Stack trace|    at /);
    expect(site.exists('posts/week-1/index.html')).toBe(false);
    const check = (env: Record<string, string>) =>
      spawnSync(process.execPath, [join(projectRoot, 'src/a11y/cli.mjs'), 'source'], {
        cwd: site.root,
        encoding: 'utf8',
        env: userEnv(env),
        timeout: 60_000,
      });
    const refused = check(url);
    expect(refused.stderr).toBe(`${message}\n${hint}\n`);
    expect(refused.status).toBe(2);
    // The base the message gives: the check passes (the base-path fixture builds such a site).
    expect(check({ ...url, COMMONPLACE_BASE_PATH: '/learning-blog' }).status).toBe(0);
  });
});

describe('dates that do not exist or are not ISO 8601 (fixture: bad-dates)', () => {
  it('stop the build at content sync with the lines npm run check prints', async () => {
    const lines = [
      'content/posts/week-three.md:4:10  error  pubDate: "2026-02-30" is not a real date: February 2026 has 28 days  frontmatter-date',
      'content/posts/week-three.md:5:14  error  updatedDate: "16 January 2027" is not an ISO 8601 date: write 2027-01-16  frontmatter-date',
    ];
    expect(await checkFixture('bad-dates')).toEqual(lines);
    const site = buildFixture('bad-dates');
    expect(site.status).not.toBe(0);
    for (const line of lines) expect(site.output).toContain(line);
    expect(site.output).not.toMatch(/Stack trace|    at /);
    expect(site.exists('index.html')).toBe(false);
  });
});
