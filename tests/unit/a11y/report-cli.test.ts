import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build-fixture.ts';
import { formatAnnotations, formatText, summary } from '../../../src/a11y/core/report.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { createSourceProcessor, checkSource } from '../../../src/a11y/source/check.ts';
import { checkSources } from '../../../src/a11y/run/parallel.ts';
import type { GateRule } from '../../../src/a11y/core/rule.ts';
import { rules } from '../../../src/a11y/rules/index.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';

function contentDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-cli-'));
  mkdirSync(join(dir, 'posts/clip'), { recursive: true });
  writeFileSync(join(dir, 'posts/clean.md'), '---\ntitle: Clean\n---\n![A red car](car.png)\n');
  writeFileSync(join(dir, 'posts/a.mdx'), 'Intro\n\n![](chart.png)\n\n<Video src="/v.webm" />\n');
  writeFileSync(
    join(dir, 'posts/clip/index.md'),
    '<iframe src="https://www.youtube.com/embed/x"></iframe>\n',
  );
  writeFileSync(join(dir, 'posts/clip/clip.transcript.md'), '![](not-checked.png)\n');
  // The images the posts show, so only the problems the tests are about are reported.
  for (const image of ['posts/car.png', 'posts/chart.png']) writeFileSync(join(dir, image), 'png');
  return dir;
}

function cli(args: string[], env: Record<string, string> = {}, cwd?: string) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src/a11y/cli.mjs'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
    // A check that hangs is killed, and its test fails, rather than blocking the run.
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('report', () => {
  const problems: Problem[] = [
    { file: 'b.mdx', line: 3, column: 1, ruleId: 'image-alt', severity: 'error', message: 'x' },
    { file: 'a.md', line: 9, column: 2, ruleId: 'alt-quality', severity: 'warning', message: 'y' },
    {
      file: 'a.md',
      line: 2,
      column: 5,
      ruleId: 'media-transcript',
      severity: 'error',
      message: 'z, 100%',
    },
  ];
  it('prints one sorted line per problem and a summary', () => {
    expect(formatText(problems)).toMatchInlineSnapshot(`
      "a.md:2:5  error  z, 100%  media-transcript
      a.md:9:2  warning  y  alt-quality
      b.mdx:3:1  error  x  image-alt

      2 errors, 1 warning in 2 files"
    `);
    expect(summary([], 4)).toBe('no problems in 4 files');
    expect(summary(problems.slice(0, 1))).toBe('1 error, 0 warnings in 1 file');
  });
  it('prints GitHub annotations, escaped', () => {
    expect(formatAnnotations(problems)).toEqual([
      '::error file=a.md,line=2,col=5,title=media-transcript::z, 100%25',
      '::warning file=a.md,line=9,col=2,title=alt-quality::y',
      '::error file=b.mdx,line=3,col=1,title=image-alt::x',
    ]);
  });
  it('gives GitHub the range: a column only within one line, else whole lines', () => {
    const at = { file: 'a.md', ruleId: 'image-alt', severity: 'error', message: 'x' } as const;
    expect(
      formatAnnotations([
        { ...at, line: 3, column: 2, endLine: 3, endColumn: 20 },
        { ...at, line: 5, column: 1, endLine: 8, endColumn: 9 },
      ]),
    ).toEqual([
      '::error file=a.md,line=3,col=2,endLine=3,endColumn=20,title=image-alt::x',
      '::error file=a.md,line=5,col=1,endLine=8,title=image-alt::x',
    ]);
  });
});

// Each test starts Node processes: seconds on a loaded machine, not the default 5 s.
describe('npm run check (source layer CLI)', { timeout: 60_000 }, () => {
  it('reports every problem in every file, skips transcripts, and exits 1', () => {
    const dir = contentDir();
    const { status, stdout } = cli(['source', dir]);
    expect(status).toBe(1);
    expect(stdout.replaceAll(dir, '<content>')).toMatchInlineSnapshot(`
      "<content>/posts/a.mdx:3:1  error  Markdown image has no alt text: write what the image shows in the brackets, ![what it shows](…); for a decorative image, which Markdown cannot mark, import it (import picture from './chart.png';) and write <img src={picture.src} alt="" /> instead  image-alt
      <content>/posts/a.mdx:5:1  error  <Video> has no transcript: add transcript="./name.transcript.md" (a file beside this one), put a <Transcript>…</Transcript> right after it, or link to the transcript right after it  media-transcript
      <content>/posts/clip/index.md:1:1  error  <iframe> has no title: add title="what the frame shows", e.g. title="Video: Pit stop safety explained"  frame-title
      <content>/posts/clip/index.md:1:1  error  Embedded video (www.youtube.com) has no transcript: right after it, add a "Transcript" heading or a paragraph that starts "Transcript:", followed by the words, or a link to a page with the transcript  media-transcript

      4 errors, 0 warnings in 2 files
      "
    `);
  });
  it('prints only JSON with --format json', () => {
    const dir = contentDir();
    const { status, stdout } = cli(['source', join(dir, 'posts/a.mdx'), '--format', 'json']);
    expect(status).toBe(1);
    const parsed = JSON.parse(stdout) as Problem[];
    // Each problem spans its whole element (`![](chart.png)`, `<Video src="/v.webm" />`), so an
    // editor underlines all of it, and links to its rule's section of the README.
    expect(
      parsed.map(({ line, column, endLine, endColumn, ruleId, severity }) => ({
        line,
        column,
        endLine,
        endColumn,
        ruleId,
        severity,
      })),
    ).toEqual([
      { line: 3, column: 1, endLine: 3, endColumn: 15, ruleId: 'image-alt', severity: 'error' },
      {
        line: 5,
        column: 1,
        endLine: 5,
        endColumn: 24,
        ruleId: 'media-transcript',
        severity: 'error',
      },
    ]);
    expect(Object.keys(parsed[0]!).sort()).toEqual([
      'column',
      'endColumn',
      'endLine',
      'file',
      'line',
      'message',
      'ruleId',
      'severity',
      'url',
    ]);
    expect((parsed[0] as Problem & { url: string }).url).toMatch(/README\.md#image-alt$/);
  });
  it('adds annotations in GitHub Actions, on stderr when stdout is JSON', () => {
    const dir = contentDir();
    const text = cli(['source', join(dir, 'posts/clip/index.md')], { GITHUB_ACTIONS: 'true' });
    expect(text.stdout).toMatch(
      /^::error file=.*index\.md,line=1,col=1,endLine=1,endColumn=56,title=frame-title::<iframe> has no title/m,
    );
    const json = cli(['source', join(dir, 'posts/clip/index.md'), '--format=json'], {
      GITHUB_ACTIONS: 'true',
    });
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).toMatch(/^::error file=/m);
  });
  it('stops quietly when its reader closes the pipe first, as in `npm run check | head -1`', async () => {
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'src/a11y/cli.mjs'), 'source', contentDir(), '--no-cache'],
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GITHUB_ACTIONS: '' } },
    );
    // The reader is gone before the report is written: every write fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const status = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    // The files have errors: the exit code still says so.
    expect(status).toBe(1);
  });
  it('exits 0 on clean files and 2 on bad usage', () => {
    const dir = contentDir();
    expect(cli(['source', join(dir, 'posts/clean.md')])).toMatchObject({
      status: 0,
      stdout: 'no problems in 1 file\n',
    });
    expect(cli(['source', join(dir, 'nope')])).toMatchObject({ status: 2 });
    expect(cli(['source', '--format', 'xml'])).toMatchObject({ status: 2 });
    expect(cli(['source', '--bogus'])).toMatchObject({ status: 2 });
    expect(cli(['html'])).toMatchObject({ status: 2 });
  });
  it('makes with --fix the fixes the gate is certain of, reports what is left, and says so on stderr', () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-fix-'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    mkdirSync(join(root, 'content/pages'));
    writeFileSync(
      join(root, 'content/pages/about.md'),
      '---\ntitle: About\ndescription: Who.\n---\nHi.\n',
    );
    const pasted =
      '---\ntitle: Pasted\ndescription: From Word.\npubDate: 2026-01-01\n---\n\n##\u00a0What I tried\n\n• A poll\n• A thread\n\n![](chart.png)\n';
    const post = join(root, 'content/posts/a.md');
    writeFileSync(post, pasted);
    writeFileSync(join(root, 'content/posts/chart.png'), 'png');
    // --format json gives each fix, as ESLint does, and changes nothing.
    const json = JSON.parse(
      cli(['source', 'content', '--format', 'json'], {}, root).stdout,
    ) as Problem[];
    const at = (written: string) => pasted.indexOf(written);
    expect(json.map(({ ruleId, fix }) => [ruleId, fix])).toEqual([
      ['heading-syntax', { range: [at('##'), at('\n\n•')], text: '## What I tried' }],
      // From the first bullet to the last, each with its space: the lines' text stays.
      ['list-syntax', { range: [at('• A poll'), at('• A thread') + 2], text: '- A poll\n- ' }],
      ['image-alt', undefined],
    ]);
    expect(readFileSync(post, 'utf8')).toBe(pasted);
    const fixed = cli(['source', 'content', '--fix', '--no-cache'], {}, root);
    expect(readFileSync(post, 'utf8')).toBe(
      pasted.replace('##\u00a0', '## ').replace('• A poll\n• A thread', '- A poll\n- A thread'),
    );
    // The image's alt text is the author's to write: reported, and the exit code says so.
    expect(fixed.stderr).toBe('Fixed 2 problems in 1 file; what is left needs your words.\n');
    expect(fixed.stdout).toMatch(/^content\/posts\/a\.md:12:1 {2}error {2}Markdown image/);
    expect(fixed.stdout).toMatch(/\n1 error, 0 warnings in 1 file\n$/);
    expect(fixed.status).toBe(1);
    // Nothing left to fix: the file is not written again.
    expect(cli(['source', 'content', '--fix'], {}, root).stderr).toBe(
      'Nothing to fix by itself; what is left needs your words.\n',
    );
    expect(cli(['html', 'dist', '--fix'], {}, root).status).toBe(2);
  });
  /** A project served from /my-blog (set in `config`), with a post linking outside the base. */
  function projectAtBase(config: string): string {
    const root = mkdtempSync(join(tmpdir(), 'gate-base-'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    mkdirSync(join(root, 'content/pages'));
    writeFileSync(
      join(root, 'content/pages/about.md'),
      '---\ntitle: About\ndescription: Who.\n---\nHi.\n',
    );
    writeFileSync(join(root, 'astro.config.mjs'), config);
    const post = (body: string, title: string) =>
      `---\ntitle: ${title}\ndescription: D.\npubDate: 2026-01-01\n---\n\n${body}\n`;
    // Markdown links get the base as they render; raw HTML keeps what the author wrote.
    writeFileSync(
      join(root, 'content/posts/a.md'),
      post('[b](/posts/b/) <a href="/my-blog/posts/b/">b</a> <a href="/posts/b/">b</a>', 'A'),
    );
    writeFileSync(join(root, 'content/posts/b.md'), post('B.', 'B'));
    return root;
  }
  const OUTSIDE_BASE =
    'content/posts/a.md:7:50  error  Link /posts/b/ points outside the site, which is served from /my-blog/: write /my-blog/posts/b/, a relative link, or a Markdown link [text](/posts/b/), which gets the base added  link-target\n\n1 error, 0 warnings in 1 file\n';

  it('npm run check judges links under the base in the project’s Astro config, as the build does', () => {
    const root = projectAtBase("export default { base: '/my-blog' };\n");
    const { status, stdout } = cli(['source', '--no-cache'], {}, root);
    expect(stdout).toBe(OUTSIDE_BASE);
    expect(status).toBe(1);
  });

  it('reads the base of a config written with defineConfig, and of one taking more from astro/config', () => {
    // Astro's template: only defineConfig, which the check gives the config without loading
    // astro/config (src/a11y/astro-config.ts).
    const plain = projectAtBase(
      "import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ base: '/my-blog' });\n",
    );
    expect(cli(['source', '--no-cache'], {}, plain)).toMatchObject({
      stdout: OUTSIDE_BASE,
      status: 1,
    });
    // Anything else from astro/config loads Astro's own module, which must then be installed.
    const more = projectAtBase(
      "import { defineConfig, passthroughImageService } from 'astro/config';\n\n" +
        "export default defineConfig({ base: '/my-blog', image: { service: passthroughImageService() } });\n",
    );
    expect(cli(['source', '--no-cache'], {}, more)).toMatchObject({
      stderr: expect.stringContaining("Cannot find package 'astro'"),
      status: 2,
    });
    symlinkSync(join(projectRoot, 'node_modules'), join(more, 'node_modules'));
    expect(cli(['source', '--no-cache'], {}, more)).toMatchObject({
      stdout: OUTSIDE_BASE,
      status: 1,
    });
  });

  it('names the Astro config and its line when it fails to load, and exits 2 at once, workers or not', () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-bad-config-'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    // Enough files for worker threads, which start while the config loads (with the cache on:
    // without it the config is read first).
    for (let i = 0; i < 320; i++)
      writeFileSync(join(root, `content/posts/p${i}.md`), `---\ntitle: Week ${i}\n---\nHi.\n`);
    writeFileSync(
      join(root, 'astro.config.mjs'),
      // Failing once the workers are up, as a config that imports a lot does.
      'await new Promise((done) => setTimeout(done, 1500));\nexport default { base: bse };\n',
    );
    const { status, stdout, stderr } = cli(['source'], {}, root);
    expect(stderr).toBe(
      'astro.config.mjs:2:24: the Astro config failed to load: bse is not defined\nFix it, then run the check again (npm run build stops on it too).\n',
    );
    expect(stdout).toBe('');
    // Exited by itself: the workers waiting for a job do not hold the process.
    expect(status).toBe(2);
  });

  it('names the line where an Astro config stops parsing, which Node’s error does not', () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-config-syntax-'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    // A comma left out after `base`.
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "export default {\n  base: '/'\n  site: 'https://example.org',\n};\n",
    );
    expect(cli(['source', '--no-cache'], {}, root)).toMatchObject({
      stderr:
        "astro.config.mjs:3:3: the Astro config failed to load: Unexpected identifier 'site'\nFix it, then run the check again (npm run build stops on it too).\n",
      status: 2,
    });
  });

  it('names the line of an Astro config’s import of a file that is not there', () => {
    const root = mkdtempSync(join(tmpdir(), 'gate-config-import-'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    writeFileSync(
      join(root, 'astro.config.mjs'),
      "// @ts-check\nimport { base } from './site-base.mjs';\nexport default { base };\n",
    );
    const run = cli(['source', '--no-cache'], {}, root);
    expect(run.stderr).toMatch(
      /^astro\.config\.mjs:2:1: the Astro config failed to load: Cannot find module '.*site-base\.mjs' imported from /,
    );
    expect(run.status).toBe(2);
  });

  it('refuses a build.format the build refuses, at its line, and passes once its hint is followed', () => {
    const hint =
      "Remove build.format from the Astro config, or set it to 'directory' (Astro's default).";
    const written = projectAtBase(
      "export default {\n  base: '/my-blog',\n  build: { assets: 'files', format: 'preserve' },\n};\n",
    );
    expect(cli(['source', '--no-cache'], {}, written)).toMatchObject({
      stderr:
        'astro.config.mjs:3:29: build.format is "preserve": Astro would write posts/week-1.html, where every link, feed item and search result of a Commonplace site points to /posts/week-1/\n' +
        `${hint}\n`,
      stdout: '',
      status: 2,
    });
    // Taken from a shared file: the config is imported to read it, and named at its first line.
    const shared = projectAtBase(
      "import shared from './shared.mjs';\nexport default { ...shared, base: '/my-blog' };\n",
    );
    writeFileSync(join(shared, 'shared.mjs'), "export default { build: { format: 'file' } };\n");
    expect(cli(['source', 'content/posts/b.md'], {}, shared)).toMatchObject({
      stderr: expect.stringMatching(/^astro\.config\.mjs:1:1: build\.format is "file": /),
      status: 2,
    });
    // The hint, followed: the check goes on to the files.
    writeFileSync(
      join(shared, 'shared.mjs'),
      "export default { build: { format: 'directory' } };\n",
    );
    expect(cli(['source', '--no-cache'], {}, shared)).toMatchObject({
      stdout: OUTSIDE_BASE,
      status: 1,
    });
  });

  it('names a bad setting in src/site.config.ts, as the build does, and exits 2', () => {
    // A copy of the checker whose site config has a misspelt setting: the check reads the site
    // config beside its own code.
    const root = mkdtempSync(join(tmpdir(), 'gate-bad-site-'));
    cpSync(join(projectRoot, 'src'), join(root, 'src'), { recursive: true });
    cpSync(join(projectRoot, 'package.json'), join(root, 'package.json'));
    symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'));
    const config = join(root, 'src/site.config.ts');
    writeFileSync(config, readFileSync(config, 'utf8').replace('  writing: {', '  writting: {'));
    mkdirSync(join(root, 'content/posts'), { recursive: true });
    writeFileSync(join(root, 'content/posts/a.md'), '---\ntitle: A\n---\nHi.\n');
    const result = spawnSync(process.execPath, [join(root, 'src/a11y/cli.mjs'), 'source'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stderr).toBe(
      'src/site.config.ts: writting is not a setting (did you mean writing?).\n' +
        'Fix the field named above; README "Configuration" lists every field and its default.\n',
    );
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });

  it('npm run check:html checks any folder of HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gate-html-'));
    writeFileSync(
      join(dir, 'index.html'),
      '<main><img src="a.png"><a href="/gone/">Gone</a></main>',
    );
    writeFileSync(join(dir, 'a.png'), '');
    const { status, stdout } = cli(['html', dir]);
    expect(status).toBe(1);
    expect(stdout).toContain('index.html:1:7  error  <img> has no alt text');
    expect(stdout).toContain('index.html:1:24  error  Link /gone/ points nowhere');
    expect(stdout).toMatch(/2 errors, 0 warnings in 1 file\n$/);
  });
});

describe('adding a rule (the writing checks build on this)', () => {
  // A warning rule as issue 6 will add: one file exporting a GateRule, one line in the registry.
  const shouting: GateRule = {
    id: 'alt-shouting',
    severity: 'warning',
    source: (model, _ctx, report) => {
      for (const el of model.elements) {
        const alt = el.attrs.alt;
        if (typeof alt === 'string' && alt.length > 3 && alt === alt.toUpperCase())
          report(el, 'alt text is all capitals: write it in sentence case');
      }
    },
  };

  it('prints its warnings in the same report without making it fail', async () => {
    const processor = createSourceProcessor(gateConfig(), [...rules, shouting]);
    const problems = await checkSource(
      processor,
      '/tmp/post.md',
      '![A RED CAR](https://example.org/car.png)\n',
    );
    expect(problems).toEqual([
      {
        file: '/tmp/post.md',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 42,
        ruleId: 'alt-shouting',
        severity: 'warning',
        message: 'alt text is all capitals: write it in sentence case',
      },
    ]);
  });
  it('takes its level from the site config, including off', async () => {
    const raised = createSourceProcessor(
      gateConfig({ rules: { 'alt-shouting': 'error', 'image-alt': 'off' } }),
      [...rules, shouting],
    );
    const problems = await checkSource(
      raised,
      '/tmp/post.md',
      '![A RED CAR](https://example.org/car.png)\n\n![](https://example.org/x.png)\n',
    );
    expect(problems.map((p) => `${p.ruleId} ${p.severity}`)).toEqual(['alt-shouting error']);
  });
  it('checks the example content with no errors', async () => {
    const { problems, files } = await checkSources([join(projectRoot, 'content')], gateConfig());
    expect(files).toBeGreaterThan(3);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
