import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayMoveFolders } from '../../../src/a11y/astro-config.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { srcFiles } from '../../../src/a11y/core/source-files.ts';
import { checkAstroFile } from '../../../src/a11y/source/astro-file.ts';
import { ASTRO_FILE_RULES } from '../../../src/a11y/source/astro-model.ts';
import { rules } from '../../../src/a11y/rules/index.ts';
import { projectRoot } from '../../helpers/build-fixture.ts';
import { project } from './project.ts';

/**
 * The site's own `.astro` files, checked before any build (src/a11y/source/astro-file.ts): what
 * the file alone decides is reported at its line, what only the render knows is left to the
 * built pages.
 */
const check = (text: string) =>
  checkAstroFile('/site/src/components/Footer.astro', text, gateConfig(), '/site').map(
    (p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`,
  );

describe('.astro files: what the file alone decides', () => {
  it('runs every rule the built pages run, but those whose verdict needs the built page', () => {
    // asset-target and media-transcript run on .astro files by their own checks (astro-file.ts);
    // text-contrast needs the theme's colours, and text-lang is a warning on the page's words.
    const left = rules
      .filter((rule) => rule.html && !ASTRO_FILE_RULES.has(rule.id))
      .map((rule) => rule.id);
    expect(left).toEqual(['text-contrast', 'text-lang', 'media-transcript', 'asset-target']);
  });

  it('judges what a site component gets: a prop written in another case is not passed', () => {
    const page = (figure: string) =>
      `---\nimport Figure from '../components/mdx/Figure.astro';\nimport lap from '../assets/lap.png';\n---\n<main>\n  ${figure}\n</main>\n`;
    expect(check(page('<Figure src={lap} ALT="A lap of Monza" />'))).toContain(
      '6:3 image-alt <Figure> has no alt text: its ALT= is not alt=, as a component\'s props are matched with their case: write alt="…"',
    );
    expect(
      check(page('<Figure src={lap} alt="A lap of Monza" />')).filter((p) =>
        p.includes('image-alt'),
      ),
    ).toEqual([]);
  });

  it('reports each element the built pages would fail, at its line', () => {
    const footer = [
      '---',
      "import Logo from '../assets/logo.svg';",
      'const { links } = Astro.props;',
      '---',
      '<footer>',
      '  <img src="/badge.png">',
      '  <a href="/rss.xml"><svg aria-hidden="true"></svg></a>',
      '  <button type="button"><img src="/menu.png" alt=""></button>',
      '  <iframe src="https://example.org/map"></iframe>',
      '  <div aria-hidden="true"><a href="/top">Top</a></div>',
      '  <ul>{links.map((link) => <li><a href={link.href}><img src={link.icon} /></a></li>)}</ul>',
      '  <marquee>Posts every Friday</marquee>',
      '</footer>',
    ].join('\n');
    expect(check(footer)).toEqual([
      '6:3 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative',
      '7:3 link-name <a href="/rss.xml"> has no text a reader hears: put text inside it saying where it goes, or add aria-label="where it goes" (an icon link\'s icon stays aria-hidden)',
      '8:3 button-name <button> has no text, only an image marked decorative (alt=""): write what the button does as the image\'s alt text, e.g. alt="Open the menu"',
      '9:3 frame-title <iframe> has no title: add title="what the frame shows", e.g. title="Map of the venue"',
      '10:27 hidden-focus <a href> is inside aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to it, or remove aria-hidden="true" from the <div> around it',
      expect.stringMatching(/^11:\d+ image-alt <img> has no alt text/),
      '12:3 moving-text <marquee> scrolls its text across the page, and a reader cannot pause or stop it: remove the <marquee> tags and write the text as a paragraph that stays still',
    ]);
  });

  it('reads what set:html and set:text put in an element, where the file says it', () => {
    const footer = [
      '---',
      'const { label } = Astro.props;',
      '---',
      '<a href="/" set:text="Home" /> <a href="/about/" set:html={label} />',
      '<Fragment set:html="<img src=\'/badge.png\'>" />',
    ].join('\n');
    expect(check(footer)).toEqual([
      '5:21 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative',
    ]);
  });

  it("reports a page's player without a transcript, and passes each fix the message names", () => {
    const at = (path: string, text: string) =>
      checkAstroFile(path, text, gateConfig(), '/site').map(
        (p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`,
      );
    const page = (after: string) =>
      `<html lang="en"><head><title>Clip</title></head><body>\n<video src="/clip.webm" controls></video>\n${after}\n</body></html>\n`;
    expect(at('/site/src/pages/clip.astro', page('<p>More soon.</p>'))).toEqual([
      '2:1 media-transcript <video> has no transcript: put the transcript on the page right after the player (under a "Transcript" heading, or in a <details> whose summary says "Transcript"), point the player\'s aria-describedby at it, or link to it right after the player',
    ]);
    for (const fix of [
      '<h2>Transcript</h2><p>Every word said in the clip, in order.</p>',
      '<details><summary>Transcript</summary><p>Every word said in the clip, in order.</p></details>',
      '<p><a href="/clip-transcript.txt">Transcript of the clip</a></p>',
    ])
      expect(at('/site/src/pages/clip.astro', page(fix)), fix).toEqual([]);
    // A component's player may get its transcript where the component is used.
    expect(at('/site/src/components/Clip.astro', page('<p>More soon.</p>'))).toEqual([]);
  });

  it("judges a page's own #fragments and aria-labelledby where the page writes all it has", () => {
    const root = project({
      'content/posts/a.md': '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\nHello.\n',
    });
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    const at = (body: string, head = '') => {
      const path = join(root, 'src/pages/syllabus.astro');
      const text = `---\n${head}---\n<html lang="en"><head><title>Syllabus</title></head><body><main>\n<h1>Syllabus</h1>\n${body}\n</main></body></html>\n`;
      writeFileSync(path, text);
      return checkAstroFile(path, text, gateConfig(), root).map(
        (p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`,
      );
    };
    const body = [
      '<a href="#week-2">Week 2</a>',
      '<a href="#week-3">Week 3</a>',
      '<h2 id="week-2">Week 2</h2>',
      '<button aria-labelledby="go-label"></button>',
    ].join('\n');
    // What the build fails on, before it: no element has id="week-3" or id="go-label".
    expect(at(body)).toEqual([
      '6:1 link-target Link #week-3 points nowhere: this page has no element with id="week-3". Did you mean #week-2?',
      '8:1 button-name <button> has aria-labelledby="go-label" but no element with that id has text: point it at text, or put text inside the button saying what it does',
    ]);
    const fixed = body
      .replace('#week-3', '#week-2')
      .replace('<button', '<span id="go-label">Go</span><button');
    expect(at(fixed)).toEqual([]);
    // A layout, or an id only the render knows, may hold the id: the built page judges.
    expect(
      at(`<Layout>${body}</Layout>`, "import Layout from '../layouts/Layout.astro';\n"),
    ).toEqual([]);
    expect(at(`${body}\n{[2, 3].map((n) => <h2 id={\`week-\${n}\`}>Week</h2>)}`)).toEqual([]);
  });

  it('passes once each fix the messages suggest is made', () => {
    const fixed = [
      '<footer>',
      '  <img src="/badge.png" alt="Built with Commonplace">',
      '  <a href="/rss.xml" aria-label="RSS feed"><svg aria-hidden="true"></svg></a>',
      '  <button type="button"><img src="/menu.png" alt="Open the menu"></button>',
      '  <iframe src="https://example.org/map" title="Map of the venue"></iframe>',
      '  <div aria-hidden="true"><a href="/top" tabindex="-1">Top</a></div>',
      '</footer>',
    ].join('\n');
    expect(check(fixed)).toEqual([]);
  });

  it('reads constants of the frontmatter, and leaves props, slots and set:html to the render', () => {
    const component = [
      '---',
      'const logo = "The Commonplace logo";',
      'const empty = "";',
      'const { alt, label, html } = Astro.props;',
      '---',
      '<img src="/logo.svg" alt={logo}>',
      '<img src="/rule.svg" alt={empty}>',
      '<img src="/photo.jpg" alt={alt}>',
      '<img src="/photo.jpg" {...Astro.props}>',
      '<a href="/x"><slot /></a>',
      '<a href="/y" set:html={html} />',
      '<button aria-label={label}></button>',
      '<Fragment set:html={html} />',
      '<a href="/z"><Fragment>Read on</Fragment></a>',
      '<h2 class:list={["title"]}>{label}</h2>',
      '<!-- <img src="/commented.png"> -->',
      '<script>document.body.append(new Image());</script>',
    ].join('\n');
    expect(check(component)).toEqual([]);
    // A constant known to be empty marks the image decorative: its link then says nothing.
    expect(
      check('---\nconst logo = "";\n---\n<a href="/"><img src="/l.svg" alt={logo}></a>'),
    ).toEqual([
      '4:1 link-name <a href="/"> has no text, only an image marked decorative (alt=""): write where the link goes as the image\'s alt text, e.g. alt="Home"',
    ]);
  });

  it("reports a page's missing language and title where the file writes <html>, unless the render may write them", () => {
    const page = (html: string, head: string) =>
      check(
        [
          '---',
          "import BaseHead from '../components/BaseHead.astro';",
          '---',
          `${html}`,
          `<head>${head}</head>`,
          '<body><h1>Raw</h1></body>',
          '</html>',
        ].join('\n'),
      )
        .filter((p) => / page-(lang|title) /.test(p))
        .map((p) => p.slice(0, 84));
    // A page written without the site's layout, as a new author might.
    expect(page('<html>', '<meta charset="utf-8" />')).toEqual([
      '4:1 page-lang <html> has no lang, so screen readers guess which language to read the',
      '4:1 page-title The page has no <title>, so its tab, its bookmark and a screen reader',
    ]);
    expect(page('<html lang="english">', '<title> </title>')).toEqual([
      '4:1 page-lang <html lang="english"> names no language a screen reader knows, so it r',
      "5:7 page-title <title> is empty, so the page's tab, its bookmark and a screen reader",
    ]);
    // The fixes, and what only the render knows: lang={lang}, a title from props, a component
    // in the head (Astro's blog starter writes its <title> in BaseHead).
    expect(page('<html lang="en-GB">', '<title>Raw notes</title>')).toEqual([]);
    expect(page('<html lang={lang}>', '<title>{title}</title>')).toEqual([]);
    expect(page('<html lang="en">', '<BaseHead title="Raw notes" />')).toEqual([]);
    expect(page('<html lang="en">', '<slot name="head" />')).toEqual([]);
    // A component with no <html> of its own is not a page.
    expect(check('<header><h1>Commonplace</h1></header>')).toEqual([]);
    // Its meta elements: a viewport that stops zooming, a refresh after a delay.
    const metas = check(
      '<html lang="en">\n<head><title>Old</title>\n<meta name="viewport" content="width=device-width, user-scalable=no" />\n<meta http-equiv="refresh" content="10; url=/posts/" />\n</head></html>',
    ).map((p) => p.slice(0, 32));
    expect(metas).toEqual(['3:1 page-zoom <meta name="viewpo', '4:1 page-refresh <meta http-equi']);
  });

  it('leaves players, links and assets to the built pages, where their use decides', () => {
    // A component's transcript may be what each page writes after it; the page judges.
    expect(
      check(
        '<video src="/clip.webm" controls></video>\n<a href="/nowhere/">Gone</a>\n<img src="/missing.png" alt="A chart">',
      ),
    ).toEqual([]);
  });

  it('leaves an aria-labelledby to an id the file does not hold to the page it is used on, and reports one whose element is empty', () => {
    // The header's title, written by another component, names the menu button on the page.
    expect(
      check(
        '<button aria-labelledby="site-title"><svg aria-hidden="true"></svg></button>\n<img src="/x.png" aria-labelledby="caption-1">',
      ),
    ).toEqual([]);
    expect(
      check('<span id="caption"></span>\n<img src="/x.png" aria-labelledby="caption">'),
    ).toEqual([
      '2:1 image-alt <img> has aria-labelledby="caption" but no element with that id has text: point it at an element with text, or add alt text',
    ]);
  });

  it('reports a template the compiler cannot read, at its line, as the build stops on it', () => {
    expect(check('<div>\n  <p>Unclosed\n</div>\n')).toEqual([
      expect.stringMatching(
        /^3:\d+ parse-error This \.astro file cannot be parsed \(Expected corresponding JSX closing tag for 'p'\.\): /,
      ),
    ]);
  });

  it("passes every .astro file of this project's own src/, as its built pages pass", () => {
    const files = srcFiles(join(projectRoot, 'src')).filter((file) => file.endsWith('.astro'));
    expect(files.length).toBeGreaterThan(40);
    const problems = files.flatMap((file) =>
      checkAstroFile(file, readFileSync(file, 'utf8'), gateConfig(), projectRoot),
    );
    expect(problems).toEqual([]);
  });
});

describe('npm run check and the site’s .astro files', () => {
  it('checks src/ beside content/ when given no paths, and reports the file and line', () => {
    const root = project({
      'content/posts/a.md': '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\nHello.\n',
      'src/components/Footer.astro': '<footer>\n  <img src="/badge.png">\n</footer>\n',
      'public/badge.png': 'png',
      'src/layouts/Base.astro': '<html lang="en"><body><slot /></body></html>\n',
      // Data the code reads is no content: not checked as an entry.
      'src/notes/readme.md': '![](no-alt.png)\n',
      // A Markdown page of src/pages/ is published: checked.
      'src/pages/notes.md': '---\nlayout: ../layouts/Base.astro\n---\n\n![](/chart.png)\n',
    });
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/a11y/cli.mjs'), 'source', '--no-cache'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '' } },
    );
    expect(result.stdout).toContain(
      'src/components/Footer.astro:2:3  error  <img> has no alt text: add alt text, or alt="" if the image is decorative  image-alt',
    );
    expect(result.stdout).not.toContain('readme.md');
    expect(result.stdout).toContain(
      'src/pages/notes.md:5:1  error  Markdown image has no alt text',
    );
    // Its page has an address, so what it links and loads is judged as an entry's is.
    expect(result.stdout).toContain(
      'src/pages/notes.md:5:1  error  Image /chart.png is not in public/: fix the path, or put the file at public/chart.png  asset-target',
    );
    expect(result.stdout).toContain('3 errors, 0 warnings in 2 files');
    expect(result.status).toBe(1);
  });

  // The build reads Astro's srcDir and root/content (src/integrations/gate.ts); the check must
  // read the same folders, or it passes what the build fails.
  const runCheck = (cwd: string) =>
    spawnSync(process.execPath, [join(projectRoot, 'src/a11y/cli.mjs'), 'source'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '' },
    });
  const post = '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\nHello.\n';
  const badFooter = '<footer>\n  <img src="/badge.png">\n</footer>\n';

  it('reads the srcDir the Astro config sets, not src/', () => {
    const root = project({
      'astro.config.mjs': "export default { srcDir: './site' };\n",
      'content/posts/a.md': post,
      'site/components/Footer.astro': badFooter,
      'public/badge.png': 'png',
      // Not Astro's srcDir here: the build never reads it, so neither does the check.
      'src/components/Old.astro': badFooter,
    });
    const first = runCheck(root);
    expect(first.stdout).toContain(
      'site/components/Footer.astro:2:3  error  <img> has no alt text',
    );
    expect(first.stdout).not.toContain('Old.astro');
    expect(first.stdout).toContain('1 error, 0 warnings in 1 file');
    expect(first.status).toBe(1);
    // Warm, from the cache: the same folders.
    expect(runCheck(root).stdout).toBe(first.stdout);
  });

  it('checks the HTML pages the site publishes as written, in public/ and src/pages/, at their lines', () => {
    const page = (body: string, head = '<title>Old notes</title>') =>
      `<!doctype html>\n<html lang="en">\n<head>${head}</head>\n<body>${body}</body>\n</html>\n`;
    const files = {
      'content/posts/a.md': post,
      // Copied into the build as it is: the built pages' check would stop the build on it.
      'public/old/index.html': page('<h1>Old notes</h1>\n<img src="/badge.png">'),
      'public/clean.html': page('<h1>Clean</h1>'),
      'public/badge.png': 'png',
      'src/pages/legacy.html': page('<h1>Legacy</h1>', ''),
      // Not published: a snippet the code reads, and HTML in a content folder.
      'src/snippets/embed.html': '<img src="/x.png">',
      'content/posts/saved.html': '<img src="/x.png">',
    };
    const result = runCheck(project(files));
    expect(result.stdout.split('\n').filter((line) => / error /.test(line))).toEqual([
      'public/old/index.html:5:1  error  <img> has no alt text: add alt text, or alt="" if the image is decorative  image-alt',
      "src/pages/legacy.html:2:1  error  The page has no <title>, so its tab, its bookmark and a screen reader's list of pages have no name for it: add <title>…</title> with the page's title to its <head>, as the site's layout (src/layouts/BaseLayout.astro) does  page-title",
    ]);
    expect(result.status).toBe(1);
    // Where the Astro config puts the public folder, that one.
    const moved = runCheck(
      project({
        ...files,
        'astro.config.mjs': "export default { publicDir: './static' };\n",
        'static/old.html': page('<img src="/badge.png">'),
      }),
    );
    expect(moved.stdout).toContain('static/old.html:4:7  error  <img> has no alt text');
    expect(moved.stdout).not.toContain('public/old/index.html');
  });

  it('reads content/ and srcDir under the root the Astro config sets, and a config it spreads', () => {
    const root = project({
      'site.config.mjs': "export default { root: './app', srcDir: './web' };\n",
      'astro.config.mjs':
        "import base from './site.config.mjs';\nexport default { ...base, site: 'https://example.org' };\n",
      'app/content/pages/about.md': '---\ntitle: About\ndescription: Who.\n---\nHi.\n',
      'app/content/posts/a.md': post.replace('Hello.', '![](x.png)'),
      'app/web/layouts/Base.astro': badFooter,
      'app/public/badge.png': 'png',
    });
    const result = runCheck(root);
    expect(result.stdout).toContain(
      'app/content/posts/a.md:7:1  error  Markdown image has no alt text',
    );
    expect(result.stdout).toContain('app/web/layouts/Base.astro:2:3  error  <img> has no alt text');
    expect(result.stdout).toContain('3 errors, 0 warnings in 2 files');
  });
});

describe('whether an Astro config could move the folders the check reads', () => {
  it.each([
    ["export default defineConfig({ srcDir: './site' })", true],
    ['export default defineConfig({ root, base })', true],
    ["export default { ...base, root: '../app' }", true],
    ["import base from './shared.mjs';\nexport default { ...base };", true],
    ["import base from './shared.mjs';\nexport default base;", true],
    ["export default defineConfig(Object.assign({}, shared, { site: 'https://a.org' }))", true],
    ['export default defineConfig(async () => ({ site: await siteUrl() }))', true],
    // This project's own config: a comment saying "root" moves nothing, nor does an integration.
    [
      "// served at the root of a domain\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()] })",
      false,
    ],
    [
      "import { site } from './src/site.config.ts';\nexport default defineConfig({ site: site.url })",
      false,
    ],
    ["export default { site: 'https://example.org' };", false],
  ])('%s → %s', (source, expected) => {
    expect(mayMoveFolders(source)).toBe(expected);
  });

  it('is false for this project’s astro.config.mjs, so a warm check imports no config', () => {
    expect(mayMoveFolders(readFileSync(join(projectRoot, 'astro.config.mjs'), 'utf8'))).toBe(false);
  });
});

describe('npm run check on a site whose Astro config moves its folders', () => {
  it('finds its public files and its pages where Astro does (publicDir, srcDir)', () => {
    const root = project({
      'astro.config.mjs':
        "import { defineConfig } from 'astro/config';\nexport default defineConfig({ srcDir: './site', publicDir: './static' });\n",
      'content/posts/a.md':
        '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\n![A chart of the week](/chart.png)\n\nSee [what I do now](/now/) and [the old notes](/old/).\n',
      'static/chart.png': 'png',
      'static/old/index.html':
        '<!doctype html>\n<html lang="en"><head><title>Old</title></head><body><main><a href="/gone/">Gone</a></main></body></html>\n',
      'site/pages/now.astro': '<h1>Now</h1>\n',
      // Beside content/, where the check used to look: a page here is not the site's.
      'public/stale/index.html':
        '<!doctype html>\n<html lang="en"><head><title>Stale</title></head><body><main><a href="/nowhere/">x</a></main></body></html>\n',
    });
    const result = spawnSync(
      process.execPath,
      [join(projectRoot, 'src/a11y/cli.mjs'), 'source', '--no-cache'],
      {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, GITHUB_ACTIONS: '', FORCE_COLOR: '0' },
      },
    );
    expect(result.stdout).toBe(
      'static/old/index.html:2:60  error  Link /gone/ points nowhere: the build has no page /gone/. Fix the link, or create the page  link-target\n\n1 error, 0 warnings in 1 file\n',
    );
    expect(result.status).toBe(1);
  });
});
