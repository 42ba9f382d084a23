import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { commonplaceSyntax, sourceRulePlugins } from '../../../../src/a11y/source/check.ts';
import { checkHtmlDir } from '../../../../src/a11y/html/check.ts';
import { checkSources } from '../../../../src/a11y/run/parallel.ts';
import { forProject, gateConfig } from '../../../../src/a11y/core/config.ts';
import { importAliases } from '../../../../src/lib/util/path-alias.ts';
import { ASTRO_IMAGE_FORMATS } from '../../../../src/a11y/core/image-formats.ts';
import { projectRoot } from '../../../helpers/build-fixture.ts';
import { applyFixes } from '../../../../src/a11y/core/fixes.ts';
import { ONE_PIXEL_PNG } from '../../../helpers/images.ts';

const RULE = 'asset-target';

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'gate-assets-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const post = (body: string) =>
  `---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\n${body}\n`;

const png = ONE_PIXEL_PNG;

async function sourceProblems(
  files: Record<string, string | Buffer>,
  base?: string,
  markdownProcessor?: string,
) {
  const root = tree(files);
  const config = { ...gateConfig(), ...(base && { base }), markdownProcessor };
  const { problems } = await checkSources([join(root, 'content')], config, root);
  return problems
    .filter((p) => p.ruleId === RULE)
    .map((p) => `${p.file.replace(/^(?:.*\/)?content\//, '')}:${p.line}:${p.column} ${p.message}`);
}

async function builtProblems(
  files: Record<string, string>,
  base?: string,
  markdownProcessor?: string,
) {
  const dir = tree(files);
  const { problems } = await checkHtmlDir(dir, gateConfig(), { cwd: dir, base, markdownProcessor });
  return problems
    .filter((p) => p.ruleId === RULE)
    .map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`);
}

describe('asset-target: what stops the build stays an error at any level', () => {
  const files = {
    'content/posts/a.mdx': post(
      'import gone from \'./gone.js\';\n\n![Missing](./missing.png)\n\n<img src="/media/none.png" alt="None" />',
    ),
  };
  const at = async (level: 'warning' | 'off') => {
    const root = tree(files);
    const config = gateConfig({ rules: { [RULE]: level } });
    const { problems } = await checkSources([join(root, 'content')], config, root);
    return problems
      .filter((p) => p.ruleId === RULE)
      .map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);
  };

  it('keeps an import and a Markdown image naming no file as errors at warning, the rest warnings', async () => {
    expect(await at('warning')).toEqual([
      "7:1 error import './gone.js' names no file beside this entry: fix the path, or add the file",
      '9:1 error Image ./missing.png names no file beside this entry: fix the path, or add the file',
      expect.stringMatching(/^11:1 warning <img> src="\/media\/none.png" is not in public\//),
    ]);
  });

  it('makes them errors in an editor too, through the same plugins (.remarkrc.mjs)', async () => {
    const root = tree(files);
    const config = gateConfig({ rules: { [RULE]: 'warning' } });
    const path = join(root, 'content/posts/a.mdx');
    const file = new VFile({ path, value: readFileSync(path, 'utf8') });
    const processor = unified().use(commonplaceSyntax);
    for (const [plugin, options] of sourceRulePlugins(config))
      processor.use(plugin as never, options);
    await processor.run(processor.parse(file), file);
    expect(
      file.messages
        .filter((m) => m.ruleId === RULE)
        .map((m) => `${m.line}:${m.column} ${m.fatal ? 'error' : 'warning'}`),
    ).toEqual(['7:1 error', '9:1 error', '11:1 warning']);
  });

  it('still reports them at off, and nothing else of the rule', async () => {
    expect(await at('off')).toEqual([
      "7:1 error import './gone.js' names no file beside this entry: fix the path, or add the file",
      '9:1 error Image ./missing.png names no file beside this entry: fix the path, or add the file',
    ]);
  });
});

describe('asset-target: built pages', () => {
  it('passes files in the build, external and data URLs', async () => {
    expect(
      await builtProblems({
        'posts/a/index.html': `<img src="/car.png" alt="A car" srcset="/car.png 1x, ../../car@2x.png 2x">
          <video src="/media/clip.webm" poster="/car.png" controls><source src="/media/clip.webm"><track src="/media/clip.vtt"></video>
          <object data="/chart.svg" title="Chart"></object> <img alt="" src="data:image/png;base64,AAAA">
          <img src="https://example.org/x.png" alt="Remote"> <img src="_astro/hash.webp" alt="Built">`,
        'posts/a/_astro/hash.webp': '',
        'car.png': '',
        'car@2x.png': '',
        'chart.svg': '',
        'media/clip.webm': '',
        'media/clip.vtt': '',
      }),
    ).toEqual([]);
  });

  it('flags every attribute that loads a missing file, naming the source', async () => {
    expect(
      await builtProblems({
        'posts/a/index.html': `<article data-commonplace-source="content/posts/a.md">
<img src="./whiteboard.png" alt="A whiteboard">
<img src="/x.png" alt="X" srcset="/x.png 1x, /x@2x.png 2x">
<video controls poster="/poster.jpg"><source src="/media/gone.webm"><track kind="captions" src="gone.vtt"></video>
<object data="/gone.png" title="Gone"></object>
</article>`,
        'x.png': '',
      }),
    ).toEqual([
      'posts/a/index.html:2:1 <img> src="./whiteboard.png" loads /posts/a/whiteboard.png, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /whiteboard.png (page built from content/posts/a.md)',
      'posts/a/index.html:3:1 <img> srcset="/x@2x.png" loads /x@2x.png, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /x@2x.png (page built from content/posts/a.md)',
      'posts/a/index.html:4:1 <video> poster="/poster.jpg" loads /poster.jpg, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /poster.jpg (page built from content/posts/a.md)',
      'posts/a/index.html:4:38 <source> src="/media/gone.webm" loads /media/gone.webm, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /gone.webm (page built from content/posts/a.md)',
      'posts/a/index.html:4:69 <track> src="gone.vtt" loads /posts/a/gone.vtt, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /gone.vtt (page built from content/posts/a.md)',
      'posts/a/index.html:5:1 <object> data="/gone.png" loads /gone.png, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /gone.png (page built from content/posts/a.md)',
    ]);
  });
});

describe('asset-target: source layer', () => {
  it('passes Markdown images and imports beside the entry, public files, and remote URLs', async () => {
    expect(
      await sourceProblems({
        'content/posts/a/index.mdx': post(
          'import chart from \'./chart.png\';\n\n![A chart](./chart.png)\n\n<Figure src={chart} alt="A chart" />\n\n<img src="/media/logo.png" alt="Logo" />\n\n<Video src="/media/clip.webm" poster="/media/logo.png" transcript="./t.transcript.md" />\n\n![Remote](https://example.org/x.png)\n\n<img src={dynamic} alt="x" />',
        ),
        'content/posts/a/chart.png': 'png',
        'content/posts/a/t.transcript.md': 'Words.',
        'content/posts/b.md': post(
          '![A car](car.png)\n\n<img src="/media/logo.png" alt="Logo">\n\n<img src="../../media/logo.png" alt="Logo">',
        ),
        'content/posts/car.png': 'png',
        // A path without ./, as Pandoc and Notion write one: the build finds the file beside
        // the entry (tests/build/gate.test.ts builds it).
        'content/posts/c.mdx': post(
          'import car from \'car.png\';\n\n<Figure src={car} alt="A car" />\n\n![A car](car.png)',
        ),
        'public/media/logo.png': '',
        'public/media/clip.webm': '',
      }),
    ).toEqual([]);
  });

  describe('a path through public/, which the site publishes at its root', () => {
    const files = (body: string, ext = 'mdx') => ({
      [`content/posts/a.${ext}`]: post(body),
      'public/media/chart.png': 'png',
    });
    const written = [
      '![A chart of laps](public/media/chart.png)',
      '![A chart of laps](../../public/media/chart.png)',
      '![A chart of laps](/public/media/chart.png)',
      '<img src="public/media/chart.png" alt="A chart of laps" />',
      '<img src="/public/media/chart.png" alt="A chart of laps" />',
      '<Figure src="public/media/chart.png" alt="A chart of laps" caption="Laps" />',
      '![Not in public](public/media/gone.png)',
    ].join('\n\n');

    it('gives the address without public/, with the base where the page keeps the address as written', async () => {
      const fix = (address: string) =>
        `write ${address} (the site publishes the files of public/ at its root, without public/ in their address)`;
      expect(await sourceProblems(files(written), '/blog')).toEqual([
        `posts/a.mdx:7:1 Image public/media/chart.png names no file beside this entry: ${fix('/media/chart.png')}`,
        `posts/a.mdx:11:1 Image /public/media/chart.png is not in public/: ${fix('/media/chart.png')}`,
        `posts/a.mdx:13:1 <img> src="public/media/chart.png" names no file: the page would load a missing file. W${fix('/blog/media/chart.png').slice(1)}`,
        `posts/a.mdx:15:1 <img> src="/public/media/chart.png" is not in public/ or the site's pages: ${fix('/blog/media/chart.png')}`,
        `posts/a.mdx:17:1 <Figure> src="public/media/chart.png" names no file: the page would load a missing file. W${fix('/media/chart.png').slice(1)}`,
        'posts/a.mdx:19:1 Image public/media/gone.png names no file beside this entry: fix the path, or add the file',
      ]);
    });

    it('names the file in the built pages too, where a prop or a field wrote the address', async () => {
      const page = (src: string) =>
        `<!doctype html><html lang="en"><title>T</title><main><img src="${src}" alt="A chart of laps"></main></html>`;
      expect(
        await builtProblems(
          {
            'posts/a/index.html': page('/public/media/chart.png'),
            'blog/posts/b/index.html': page('/blog/public/media/chart.png'),
            'media/chart.png': 'png',
          },
          undefined,
        ),
      ).toEqual([
        'blog/posts/b/index.html:1:54 <img> src="/blog/public/media/chart.png" loads /blog/public/media/chart.png, which is not in the build: fix the path, or put the file in public/ and refer to it from the site\'s root, e.g. /chart.png',
        'posts/a/index.html:1:54 <img> src="/public/media/chart.png" loads /public/media/chart.png, which is not in the build, but /media/chart.png is: the site publishes the files of public/ at its root, without public/ in their address',
      ]);
      expect(
        await builtProblems(
          {
            'posts/a/index.html': page('/public/media/chart.png'),
            'posts/b/index.html': page('/blog/public/media/chart.png'),
            'media/chart.png': 'png',
          },
          '/blog',
        ),
      ).toEqual([
        'posts/a/index.html:1:54 <img> src="/public/media/chart.png" loads /public/media/chart.png, which is not in the build, but /blog/media/chart.png is: the site publishes the files of public/ at its root, without public/ in their address',
        'posts/b/index.html:1:54 <img> src="/blog/public/media/chart.png" loads /blog/public/media/chart.png, which is not in the build, but /blog/media/chart.png is: the site publishes the files of public/ at its root, without public/ in their address',
      ]);
    });

    it('is a fix that works: the addresses it gives pass, in a site at a sub-path too', async () => {
      const fixed = [
        '![A chart of laps](/media/chart.png)',
        '<img src="/blog/media/chart.png" alt="A chart of laps" />',
        '<Figure src="/media/chart.png" alt="A chart of laps" caption="Laps" />',
      ].join('\n\n');
      expect(await sourceProblems(files(fixed), '/blog')).toEqual([]);
      expect(await sourceProblems(files('![A chart of laps](/media/chart.png)', 'md'))).toEqual([]);
    });
  });

  it('flags relative paths to no file, files that would not be published, and missing public files', async () => {
    expect(
      await sourceProblems({
        'content/posts/a/index.mdx': post(
          'import gone from \'./gone.png\';\n\n![Missing](./missing.png)\n\n<Figure src="./whiteboard.png" alt="A whiteboard" />\n\n<video src="/media/gone.webm" controls />\n<Transcript>Words.</Transcript>',
        ),
        'content/posts/a/whiteboard.png': 'png',
        'content/posts/b.md': post(
          '<img src="./classroom-wall.png" alt="A wall">\n\n<img src="nothing.png" alt="Nothing">',
        ),
        'content/posts/classroom-wall.png': 'png',
      }),
    ).toEqual([
      "posts/a/index.mdx:7:1 import './gone.png' names no file beside this entry: fix the path, or add the file",
      'posts/a/index.mdx:9:1 Image ./missing.png names no file beside this entry: fix the path, or add the file',
      'posts/a/index.mdx:11:1 <Figure> src="./whiteboard.png" is published as written, and the file beside this entry is not: the page would load a missing file. Import it (import picture from \'./whiteboard.png\';) and write src={picture}, or move the file to public/ and write /whiteboard.png',
      'posts/a/index.mdx:13:1 <video> src="/media/gone.webm" is not in public/ or the site\'s pages: the page would load a missing file. Fix the path, or put the file at public/media/gone.webm',
      'posts/b.md:7:1 <img> src="./classroom-wall.png" is published as written, and the file beside this entry is not: the page would load a missing file. Use Markdown image syntax, ![what it shows](./classroom-wall.png), which publishes the file with the page, or move the file to public/ and write /classroom-wall.png',
      'posts/b.md:9:1 <img> src="nothing.png" names no file: the page would load a missing file. Fix the path, or use Markdown image syntax, ![what it shows](nothing.png), which publishes the file with the page, or move the file to public/ and write /nothing.png',
    ]);
  });
});

describe('asset-target: an imported image given to an HTML element as it is', () => {
  // Astro writes the import, an object, as "[object Object]" (checked in a build of Astro 7).
  const files = (body: string) => ({
    'content/posts/a/index.mdx': post(`import picture from './lane.png';\n\n${body}`),
    'content/posts/a/lane.png': png,
    'public/clip.webm': 'webm',
  });

  it('says so before any build, where the file writes it, and inside a component it defines', async () => {
    expect(
      await sourceProblems(
        files(
          '<img src={picture} alt="" />\n\n<video controls poster={picture} src="/clip.webm" aria-describedby="t"></video>\n<p id="t">Transcript: words.</p>\n\nexport const Pic = () => <img src={picture} alt="The lane" />\n\n<Pic />',
        ),
      ),
    ).toEqual([
      'posts/a/index.mdx:9:1 <img> src={picture} is the image imported from ./lane.png itself, an object, which the page writes as "[object Object]", so it shows a broken image: write src={picture.src}, its address, or use <Figure src={picture} alt="…" />, which optimizes it',
      'posts/a/index.mdx:11:1 <video> poster={picture} is the image imported from ./lane.png itself, an object, which the page writes as "[object Object]", so it shows no poster: write poster={picture.src}, its address',
      'posts/a/index.mdx:14:26 <img> src={picture} is the image imported from ./lane.png itself, an object, which the page writes as "[object Object]", so it shows a broken image: write src={picture.src}, its address, or use <Figure src={picture} alt="…" />, which optimizes it',
    ]);
  });

  it('passes both fixes, and what a component takes', async () => {
    expect(
      await sourceProblems(
        files(
          '<img src={picture.src} alt="" />\n\n<Figure src={picture} alt="The pit lane" />\n\n<video controls poster={picture.src} src="/clip.webm" aria-describedby="t"></video>\n<p id="t">Transcript: words.</p>',
        ),
      ),
    ).toEqual([]);
  });

  it('says what the object is on a built page, where it is all that is left of it', async () => {
    expect(
      await builtProblems({
        'posts/a/index.html':
          '<!doctype html><html lang="en"><head><title>A</title></head><body><img src="[object Object]" alt=""></body></html>',
      }),
    ).toEqual([
      'posts/a/index.html:1:67 <img> src="[object Object]" is an object written where an address goes, most often an image imported in MDX (import picture from \'./pit.png\') given to an HTML element as it is: write its address, src={picture.src}, or give the image to <Figure src={picture} alt="…" />',
    ]);
  });

  it('tells an HTML element in MDX to take the import’s address, a component the import', async () => {
    const problems = await sourceProblems({
      'content/posts/a/index.mdx': post('<img src="./lane.png" alt="" />'),
      'content/posts/a/lane.png': png,
    });
    expect(problems).toEqual([
      'posts/a/index.mdx:7:1 <img> src="./lane.png" is published as written, and the file beside this entry is not: the page would load a missing file. Use ![what it shows](./lane.png), or import it (import picture from \'./lane.png\';) and write src={picture.src}, or move the file to public/ and write /lane.png',
    ]);
  });
});

describe('asset-target: a path in curly quotes, as editors type quotes', () => {
  it('says the quotes are read as part of the path, and the path without them passes', async () => {
    const files = (image: string) => ({
      'content/posts/a/index.md': post(`![The pit lane](${image})`),
      'content/posts/a/pit-lane.png': 'png',
    });
    expect(await sourceProblems(files('“./pit-lane.png”'))).toEqual([
      'posts/a/index.md:7:1 Image “./pit-lane.png” names no file beside this entry: its path is in curly quotes, which an image reads as part of its path: write the path without them, ./pit-lane.png',
    ]);
    expect(await sourceProblems(files('./pit-lane.png'))).toEqual([]);
  });
});

describe('asset-target: Astro’s <Image> of a file beside the entry', () => {
  it('says to import it, or to give its size once it is in public/, as Astro cannot read it there', async () => {
    const problems = await sourceProblems({
      'content/posts/a/index.mdx': post(
        'import { Image } from \'astro:assets\';\n\n<Image src="./lane.png" alt="The pit lane" />',
      ),
      'content/posts/a/lane.png': 'png',
    });
    expect(problems).toEqual([
      'posts/a/index.mdx:9:1 <Image> src="./lane.png" is published as written, and the file beside this entry is not: the page would load a missing file. Import it (import picture from \'./lane.png\';) and write src={picture}, or move the file to public/ and write src="/lane.png" with its size, width={800} height={600}',
    ]);
    // The second fix, as written: the file in public/, its address and its size.
    expect(
      await sourceProblems({
        'content/posts/a/index.mdx': post(
          'import { Image } from \'astro:assets\';\n\n<Image src="/lane.png" alt="The pit lane" width={800} height={600} />',
        ),
        'public/lane.png': 'png',
      }),
    ).toEqual([]);
  });
});

describe('asset-target: Markdown image references', () => {
  // `![alt][ref]` loads what `[ref]: url` names: a file that is not there fails the built page,
  // so `npm run check` names it first, at the image. A file beside the entry does too: Astro
  // imports an inline image's file, and leaves a reference's path as written, which the page
  // then looks for beside itself (tests/build/gate.test.ts builds the fix).
  it('judges the file the definition names, and says a file beside the entry takes an inline image, in .md and .mdx', async () => {
    const body =
      '![A pit lane][lane]\n\n![A chart][chart]\n\n![A gone picture][gone]\n\n![A logo][LOGO]\n\n![A map][map]\n\n[lane]: ./lane.png\n[chart]: /chart.png\n[gone]: gone.png\n[logo]: /media/logo.png\n[logo]: /media/second.png\n[map]: https://example.org/map.png';
    const why =
      'whose path reaches the page as written, so the page looks for the file beside itself, where the build has none';
    const expected = (file: string) => [
      `posts/${file}:7:1 Image ./lane.png is read through a reference, ![A pit lane][lane], ${why}: write ![A pit lane](./lane.png) in place of ![A pit lane][lane]`,
      `posts/${file}:9:1 Image /chart.png is not in public/: fix the path, or put the file at public/chart.png`,
      `posts/${file}:11:1 Image gone.png is read through a reference, ![A gone picture][gone], ${why}: write ![A gone picture](./gone.png) in place of ![A gone picture][gone], and add the file`,
    ];
    const files = (file: string, text: string) => ({
      [`content/posts/${file}`]: post(text),
      'content/posts/lane.png': 'png',
      'content/posts/gone.png': 'png',
      'public/media/logo.png': '',
    });
    for (const file of ['a.md', 'a.mdx']) {
      const { 'content/posts/gone.png': _, ...without } = files(file, body);
      expect(await sourceProblems(without), file).toEqual(expected(file));
      // The fixes as given, with the file added: nothing left but the chart's.
      const fixed = body
        .replace('![A pit lane][lane]', '![A pit lane](./lane.png)')
        .replace('![A gone picture][gone]', '![A gone picture](./gone.png)');
      expect(await sourceProblems(files(file, fixed)), file).toEqual([expected(file)[1]]);
    }
  });

  it("carries the inline image as its fix for --fix, only where the file is there and the alt text is the author's", async () => {
    const body =
      '![A pit lane][lane]\n\n![][lane]\n\n![A gone picture][gone]\n\n[lane]: ./lane.png\n[gone]: gone.png';
    for (const file of ['a.md', 'a.mdx']) {
      const text = post(body);
      const root = tree({ [`content/posts/${file}`]: text, 'content/posts/lane.png': 'png' });
      const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
      const fixes = problems.filter((p) => p.ruleId === RULE).map((p) => p.fix);
      // The second asks for alt text and the third for a file: words and a file of the author's.
      expect(
        fixes.map((fix) => fix && applyFixes(text, [fix]).text),
        file,
      ).toEqual([
        text.replace('![A pit lane][lane]', '![A pit lane](./lane.png)'),
        undefined,
        undefined,
      ]);
    }
  });

  it('lets the site lower a reference naming no file: the built pages judge it, where the bundling stops on an inline one', async () => {
    const root = tree({ 'content/posts/a.md': post('![Gone][gone]\n\n[gone]: ./gone.png') });
    const config = gateConfig({ rules: { [RULE]: 'warning' } });
    const { problems } = await checkSources([join(root, 'content')], config, root);
    expect(problems.filter((p) => p.ruleId === RULE).map((p) => p.severity)).toEqual(['warning']);
  });
});

describe('asset-target: packages an entry imports', () => {
  const project = (body: string, files: Record<string, string> = {}) =>
    sourceProblems({
      'content/posts/a.mdx': post(body),
      'node_modules/installed-kit/package.json': '{"name":"installed-kit"}',
      'node_modules/@scope/kit/package.json': '{"name":"@scope/kit"}',
      ...files,
    });

  it('flags a package no node_modules/ holds, at its import, with the install command', async () => {
    expect(
      await project(
        "import { a } from 'installed-kit';\nimport Chart from 'chart-kit/bar';\nimport { b } from '@scope/missing';\n\n<Chart />",
      ),
    ).toEqual([
      "posts/a.mdx:8:1 import 'chart-kit/bar' names no package this project has installed: install it (npm install chart-kit), or fix the name; for an alias, list it in tsconfig.json's compilerOptions.paths",
      "posts/a.mdx:9:1 import '@scope/missing' names no package this project has installed: install it (npm install @scope/missing), or fix the name; for an alias, list it in tsconfig.json's compilerOptions.paths",
    ]);
  });

  it("says Starlight's components work only in Starlight, not to install it, and its fix passes", async () => {
    const problems = await project(
      'import { Aside, Steps } from \'@astrojs/starlight/components\';\n\n<Aside type="tip">Warm the tyres first.</Aside>\n\n<Steps>\n\n1. Plan.\n\n</Steps>',
    );
    expect(problems).toEqual([
      "posts/a.mdx:7:1 import '@astrojs/starlight/components' is Starlight's, and its components work only in a Starlight site (installing it would not make them work here): remove the import, and write this site's own instead, which every MDX file has: <Callout> for <Aside>, <Steps> for <Steps>, a heading for each <TabItem>, a fenced code block for <Code>",
    ]);
    expect(
      await project(
        '<Callout type="tip">Warm the tyres first.</Callout>\n\n<Steps>\n\n1. Plan.\n\n</Steps>',
      ),
    ).toEqual([]);
  });

  it('passes installed packages, built-ins, virtual modules and aliases, and the fixes it suggests', async () => {
    const imports = [
      "import { a } from 'installed-kit/sub';",
      "import { b } from '@scope/kit';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      "import { Image } from 'astro:assets';",
      "import c from '#internal';",
      "import d from '@/components/D.astro';",
      "import e from '@lib/e';",
      "import f from 'components';",
    ].join('\n');
    const tsconfig = JSON.stringify({
      compilerOptions: {
        paths: {
          '@/*': ['./src/*'],
          '@lib/*': ['src/lib/*'],
          components: ['src/components/index.ts'],
        },
      },
    });
    expect(await project(imports, { 'tsconfig.json': tsconfig })).toEqual([]);
    // Without the alias in tsconfig.json, the check cannot tell it from a package.
    expect(await project("import f from 'components';")).toHaveLength(1);
    // The fix it names: installing the package.
    expect(
      await project("import Chart from 'chart-kit/bar';", {
        'node_modules/chart-kit/package.json': '{"name":"chart-kit"}',
      }),
    ).toEqual([]);
  });
});

describe('asset-target: an alias the project does not define', () => {
  it('flags an import through an alias no tsconfig.json defines, as the build stops on it, and its fixes pass', async () => {
    // As Astro themes (AstroPaper) import their components; `~/` as Starlight's docs do.
    const body =
      "import Img from '@/components/Img.astro';\nimport Preview from '~/components/preview.astro';\nimport Box from '$lib/Box.astro';\n\n<Img /> <Preview /> <Box />";
    const said = (alias: string, specifier: string) =>
      `import '${specifier}' starts with ${alias}, an alias this project does not define: import the file by its path relative to this one (add it to the project if it is not there), or define the alias in tsconfig.json's compilerOptions.paths, e.g. "${alias}*": ["./src/*"]`;
    expect(await sourceProblems({ 'content/posts/a.mdx': post(body) })).toEqual([
      `posts/a.mdx:7:1 ${said('@/', '@/components/Img.astro')}`,
      `posts/a.mdx:8:1 ${said('~/', '~/components/preview.astro')}`,
      `posts/a.mdx:9:1 ${said('$lib/', '$lib/Box.astro')}`,
    ]);
    // Defined as the message shows; or the file imported by its path.
    const paths = { '@/*': ['./src/*'], '~/*': ['./src/*'], '$lib/*': ['./src/lib/*'] };
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(body),
        'tsconfig.json': JSON.stringify({ compilerOptions: { paths } }),
      }),
    ).toEqual([]);
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post("import Img from '../../src/components/Img.astro';\n\n<Img />"),
        'src/components/Img.astro': '<img src="/a.png" alt="A" />',
      }),
    ).toEqual([]);
  });
});

describe('asset-target: a Markdown image through an alias', () => {
  it('finds it as Astro does, through tsconfig.json, and says when the alias or its file is missing', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const body = '![A cart of tyres](@/assets/cart.png)\n\n![A pit board](@/assets/board.png)';
    const tsconfig = JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] } } });
    expect(
      await sourceProblems({
        'content/posts/a.md': post(body),
        'src/assets/cart.png': png,
        'tsconfig.json': tsconfig,
      }),
    ).toEqual([
      'posts/a.md:9:1 Image @/assets/board.png names no file through its alias: fix the path, or add the file',
    ]);
    expect(
      await sourceProblems({ 'content/posts/a.md': post(body), 'src/assets/cart.png': png }),
    ).toEqual(
      ['7:1 Image @/assets/cart.png', '9:1 Image @/assets/board.png'].map(
        (image) =>
          `posts/a.md:${image} starts with @/, an alias this project does not define: write the path relative to this file, or define the alias in tsconfig.json's compilerOptions.paths, e.g. "@/*": ["./src/*"]`,
      ),
    );
  });
});

describe('asset-target: what an import takes from its module', () => {
  const MODULES = {
    'content/posts/a/helpers.js':
      'export const one = 1;\nexport function three() { return 3; }\nexport { one as uno };\nexport * as all from "./more.js";\nconst Pic = () => <img src="/a.png" alt="" />;\nexport { Pic };',
    'content/posts/a/more.js': 'export const more = 1;',
    'content/posts/a/stars.js': 'export * from "./more.js";',
    'content/posts/a/lib/index.ts': 'export const fromIndex = 1;',
    'content/posts/a/laps.ts':
      'export interface Lap { time: number }\nexport type Time = number;\nexport enum Tyre { Soft }\nexport class Stint {}\nexport declare const ambient: number;\nexport const fastest = <T,>(laps: T[]): T | undefined => laps[0];\nexport type { Lap as LapType };\nexport default 1;',
    'content/posts/a/data.json': '{"title": "Laps", "Map": 2}',
    'content/posts/a/list.json': '[1, 2]',
    'content/posts/a/Card.astro':
      '---\nexport const variants = ["plain"];\ninterface Props { title: string }\n---\n<p />',
    'content/posts/a/Plain.astro': '---\nconst { title } = Astro.props;\n---\n<p>{title}</p>',
    'content/posts/a/notes.mdx': 'export const anything = 1;',
  };
  const imports = (lines: string[]) =>
    sourceProblems({ 'content/posts/a/index.mdx': post(lines.join('\n')), ...MODULES });

  it('flags a name a module does not export, at the name, with what it does export', async () => {
    expect(
      await imports([
        "import { Plain } from './Plain.astro';",
        "import helpers from './helpers.js';",
        "import { thre } from './helpers';",
        "import { Lap, Time, ambient } from './laps';",
        "import { lap } from './data.json';",
        "import { fromIndex as f, nope } from './lib';",
      ]),
    ).toEqual([
      "posts/a/index.mdx:7:10 Plain.astro has no export named Plain, so the build would stop at this import: Plain.astro has one default export (as a component has), so import it without braces: import Plain from './Plain.astro'",
      "posts/a/index.mdx:8:8 helpers.js has no default export, so the build would stop at this import: import what it exports by name: import { one, three, uno } from './helpers.js'",
      'posts/a/index.mdx:9:10 helpers.js has no export named thre, so the build would stop at this import: did you mean three? Otherwise import a name it exports (it exports one, three, uno, all, Pic), or export thre from helpers.js',
      'posts/a/index.mdx:10:10 laps.ts has no export named Lap, so the build would stop at this import: import a name it exports (it exports Tyre, Stint, fastest), or export Lap from laps.ts',
      'posts/a/index.mdx:10:15 laps.ts has no export named Time, so the build would stop at this import: did you mean Tyre? Otherwise import a name it exports (it exports Tyre, Stint, fastest), or export Time from laps.ts',
      'posts/a/index.mdx:10:21 laps.ts has no export named ambient, so the build would stop at this import: import a name it exports (it exports Tyre, Stint, fastest), or export ambient from laps.ts',
      'posts/a/index.mdx:11:10 data.json has no export named lap, so the build would stop at this import: did you mean Map? Otherwise import a name it exports (it exports title, Map), or add lap to data.json',
      'posts/a/index.mdx:12:26 index.ts has no export named nope, so the build would stop at this import: import a name it exports (it exports fromIndex), or export nope from index.ts',
    ]);
  });

  it('passes what each module exports, and what it cannot tell', async () => {
    expect(
      await imports([
        "import Plain from './Plain.astro';",
        "import Card, { variants } from './Card.astro';",
        "import { one, three, uno, all, Pic } from './helpers';",
        "import * as everything from './helpers.js';",
        "import { whatever } from './stars.js';",
        "import laps, { Tyre, Stint, fastest } from './laps.ts';",
        "import data, { title, Map } from './data.json';",
        "import list from './list.json';",
        "import { fromIndex } from './lib/';",
        "import source from './helpers.js?raw';",
        "import { anything, frontmatter } from './notes.mdx';",
      ]),
    ).toEqual([]);
  });

  it('suggests fixes that each pass', async () => {
    for (const fixed of [
      "import Plain from './Plain.astro';",
      "import { one, three, uno } from './helpers.js';",
      "import { three } from './helpers';",
      "import { title } from './data.json';",
    ])
      expect(await imports([fixed]), fixed).toEqual([]);
    // Exporting the name the import asked for.
    expect(
      await sourceProblems({
        'content/posts/a/index.mdx': post("import { thre } from './helpers';"),
        ...MODULES,
        'content/posts/a/helpers.js': 'export const thre = 3;',
      }),
    ).toEqual([]);
  });
});

describe('asset-target: images the build cannot read', () => {
  it('knows the formats Astro reads', async () => {
    const consts = join(projectRoot, 'node_modules/astro/dist/assets/consts.js');
    const { VALID_INPUT_FORMATS } = (await import(pathToFileURL(consts).href)) as {
      VALID_INPUT_FORMATS: string[];
    };
    expect([...ASTRO_IMAGE_FORMATS].sort()).toEqual([...VALID_INPUT_FORMATS].sort());
  });

  it('flags a Markdown image or an import of a photo format Astro cannot read, and passes the fix', async () => {
    const convert =
      'convert it to JPEG, PNG, WebP or AVIF (any photo editor, or the phone’s “most compatible” setting) and name that file';
    expect(
      await sourceProblems({
        'content/posts/a/index.md': post('![Me at the track](./photo.heic)'),
        'content/posts/a/photo.heic': 'heic',
        'content/posts/b/index.mdx': post(
          "import raw from './shot.DNG';\n\n![Me at the track](./photo.heic)",
        ),
        'content/posts/b/photo.heic': 'heic',
        'content/posts/b/shot.DNG': 'dng',
        'content/posts/c/index.md':
          '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ncover: ./cover.heif\ncoverAlt: Me at the track\n---\n\nText.\n',
        'content/posts/c/cover.heif': 'heif',
      }),
    ).toEqual([
      `posts/a/index.md:7:1 Image ./photo.heic is a .heic file, which Astro cannot turn into a web image, so the page would show a broken image: ${convert}`,
      `posts/b/index.mdx:7:1 import './shot.DNG' is a .dng file, which the build cannot load: ${convert}`,
      `posts/b/index.mdx:9:1 Image ./photo.heic is a .heic file, which Astro cannot turn into a web image, so the page would show a broken image: ${convert}`,
      `posts/c/index.md:5:1 cover ./cover.heif is a .heif file, which Astro cannot turn into a web image, so the build would stop at this page: ${convert}`,
    ]);
    expect(
      await sourceProblems({
        'content/posts/a/index.md': post('![Me at the track](./photo.jpg)'),
        'content/posts/a/photo.jpg': 'jpg',
        'content/posts/c/index.md':
          '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ncover: ./cover.jpg\ncoverAlt: Me at the track\n---\n\nText.\n',
        'content/posts/c/cover.jpg': 'jpg',
      }),
    ).toEqual([]);
  });

  it('says a .jfif photo, as Windows saves one from a web page, is a JPEG to rename, and the renamed file passes', async () => {
    // A JPEG's first bytes, as the photo saved from a web page has them.
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    const files = (name: string) => ({
      'content/posts/a/index.md': `---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ncover: ./${name}\ncoverAlt: Me at the track\n---\n\n![Me at the track](./${name})\n`,
      [`content/posts/a/${name}`]: jpeg,
    });
    const rename =
      'it is a JPEG under another name, as Windows saves a photo from a web page: rename the file to photo.jpg and write ./photo.jpg';
    expect(await sourceProblems(files('photo.jfif'))).toEqual([
      `posts/a/index.md:5:1 cover ./photo.jfif is a .jfif file, which Astro cannot turn into a web image, so the build would stop at this page: ${rename}`,
      `posts/a/index.md:9:1 Image ./photo.jfif is a .jfif file, which Astro cannot turn into a web image, so the page would show a broken image: ${rename}`,
    ]);
    // The fix as given: the same bytes, named .jpg, which Astro reads.
    expect(await sourceProblems(files('photo.jpg'))).toEqual([]);
  });

  it('flags an image most browsers cannot show, in both layers, but not one with a fallback', async () => {
    const convert =
      'convert it to JPEG, PNG, WebP or AVIF (any photo editor, or the phone’s “most compatible” setting) and name that file';
    expect(
      await sourceProblems({
        'content/posts/a.md': post(
          '![Me](/media/photo.heic)\n\n<img src="https://example.org/scan.tiff" alt="A scan">\n\n<picture><source srcset="/media/photo.heic" type="image/heic"><img src="/media/photo.jpg" alt="Me"></picture>',
        ),
        'public/media/photo.heic': 'heic',
        'public/media/photo.jpg': 'jpg',
      }),
    ).toEqual([
      `posts/a.md:7:1 Image /media/photo.heic is a .heic file, which most browsers cannot show, so readers would see a broken image: ${convert}`,
      `posts/a.md:9:1 <img> src="https://example.org/scan.tiff" is a .tiff file, which most browsers cannot show, so readers would see a broken image: ${convert}`,
    ]);
    expect(
      await builtProblems({
        'posts/a/index.html': '<p><img src="/media/photo.heic" alt="Me"></p>',
        'media/photo.heic': 'heic',
      }),
    ).toEqual([
      `posts/a/index.html:1:4 <img> src="/media/photo.heic" is a .heic file, which most browsers cannot show, so readers would see a broken image: ${convert}`,
    ]);
    expect(
      await builtProblems({
        'posts/a/index.html': '<p><img src="/media/photo.jpg" alt="Me"></p>',
        'media/photo.jpg': 'jpg',
      }),
    ).toEqual([]);
  });

  it('flags a player that plays nothing (a format browsers do not play, a video site’s page), in both layers', async () => {
    const transcript = '\n\nTranscript: the crew changes four tyres.';
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(
          [
            '<Video src="/media/lap.avi" title="A lap" transcript="./t.transcript.md" />',
            '<Video src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="A lap" transcript="./t.transcript.md" />',
            `<audio controls src="/media/note.wma"></audio>${transcript}`,
            `<video controls src="https://vimeo.com/76979871"></video>${transcript}`,
          ].join('\n\n'),
        ),
        'content/posts/t.transcript.md': 'The crew changes four tyres.',
        'public/media/lap.avi': 'avi',
        'public/media/note.wma': 'wma',
      }),
    ).toEqual([
      'posts/a.mdx:7:1 <Video> src="/media/lap.avi" is an .avi file (AVI), which most browsers cannot play, so readers would get a player that never starts: convert it to MP4 (H.264) or WebM (HandBrake, or any video editor) and name that file',
      'posts/a.mdx:9:1 <Video> src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" is a page on www.youtube.com, not a video file, so the player would play nothing: write <YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="What the video is" /> instead',
      'posts/a.mdx:11:1 <audio> src="/media/note.wma" is a .wma file (Windows Media audio), which most browsers cannot play, so readers would get a player that never starts: convert it to MP3, M4A or Ogg (Audacity, or any audio editor) and name that file',
      'posts/a.mdx:15:1 <video> src="https://vimeo.com/76979871" is a page on vimeo.com, not a video file, so the player would play nothing: embed the site\'s own player instead (its share menu gives an <iframe> to paste; give it a title and a transcript), or link to the page',
    ]);
    expect(
      await builtProblems({
        'posts/a/index.html':
          '<video controls><source src="/media/lap.wmv" type="video/x-ms-wmv"></video><p>Transcript: four tyres.</p>',
        'media/lap.wmv': 'wmv',
      }),
    ).toEqual([
      'posts/a/index.html:1:1 <source> src="/media/lap.wmv" is a .wmv file (Windows Media), which most browsers cannot play, so readers would get a player that never starts: convert it to MP4 (H.264) or WebM (HandBrake, or any video editor) and name that file',
    ]);
  });

  it('offers <YouTube id> only for a video’s address, which the component takes', async () => {
    const problems = await sourceProblems({
      'content/posts/a.mdx': post(
        '<Video src="https://www.youtube.com/@pitwall" title="A channel" transcript="./t.transcript.md" />',
      ),
      'content/posts/t.transcript.md': 'The crew changes four tyres.',
    });
    expect(problems).toEqual([
      'posts/a.mdx:7:1 <Video> src="https://www.youtube.com/@pitwall" is a page on www.youtube.com, not a video file, so the player would play nothing: embed the site\'s own player instead (its share menu gives an <iframe> to paste; give it a title and a transcript), or link to the page',
    ]);
  });

  it('flags a video or podcast site’s page written as an image, as Obsidian embeds a video, in both layers, and the fixes pass', async () => {
    const images = [
      '![Pit stop talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
      '![](https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk)',
      '![Our film](https://vimeo.com/76979871)',
      // A video site's thumbnail is an image, and passes.
      '![The talk’s first frame](https://img.youtube.com/vi/dQw4w9WgXcQ/hqdefault.jpg)',
    ].join('\n\n');
    const youtube =
      'Image https://www.youtube.com/watch?v=dQw4w9WgXcQ is a page on www.youtube.com, not an image, so readers would see a broken image and no video';
    const spotify =
      "Image https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk is a page on open.spotify.com, not an image, so readers would see a broken image and no audio: link to it instead, [What the episode is](https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk), or embed the site's own player (its share menu gives an <iframe> to paste; give it a title and a transcript)";
    const vimeo =
      "Image https://vimeo.com/76979871 is a page on vimeo.com, not an image, so readers would see a broken image and no video: link to it instead, [Our film](https://vimeo.com/76979871), or embed the site's own player (its share menu gives an <iframe> to paste; give it a title and a transcript)";
    // MDX has <YouTube>; plain Markdown gets the link.
    expect(await sourceProblems({ 'content/posts/a.mdx': post(images) })).toEqual([
      `posts/a.mdx:7:1 ${youtube}: write <YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Pit stop talk" /> instead, with its transcript right after it`,
      `posts/a.mdx:9:1 ${spotify}`,
      `posts/a.mdx:11:1 ${vimeo}`,
    ]);
    expect(await sourceProblems({ 'content/posts/a.md': post(images) })).toEqual([
      `posts/a.md:7:1 ${youtube}: link to it instead, [Pit stop talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ), or embed the site's own player (its share menu gives an <iframe> to paste; give it a title and a transcript)`,
      `posts/a.md:9:1 ${spotify}`,
      `posts/a.md:11:1 ${vimeo}`,
    ]);
    // The built page has the same images as <img>s.
    expect(
      await builtProblems({
        'posts/a/index.html':
          '<p><img src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" alt="Pit stop talk"></p>',
      }),
    ).toEqual([
      'posts/a/index.html:1:4 <img> src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" is a page on www.youtube.com, not an image, so readers would see a broken image and no video: link to it instead, <a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ">Pit stop talk</a>, or embed the site\'s own player (its share menu gives an <iframe> to paste; give it a title and a transcript)',
    ]);
    // Written as the messages say.
    const transcript = '\n\n<Transcript>\n\nThe speaker walks through a pit stop.\n\n</Transcript>';
    const fixed = [
      `<YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="Pit stop talk" />${transcript}`,
      '[What the episode is](https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk)',
      '[Our film](https://vimeo.com/76979871)',
    ].join('\n\n');
    expect(await sourceProblems({ 'content/posts/a.mdx': post(fixed) })).toEqual([]);
    expect(
      await sourceProblems({
        'content/posts/a.md': post(
          fixed.replace(
            /^<YouTube.*<\/Transcript>/s,
            '[Pit stop talk](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
          ),
        ),
      }),
    ).toEqual([]);
  });

  it('passes a player with a playable fallback, a video site’s own file, and the fixes it suggests', async () => {
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(
          [
            '<video controls><source src="/media/lap.avi" /><source src="/media/lap.mp4" /></video>\n\nTranscript: four tyres.',
            '<Video src="/media/lap.mp4" title="A lap" transcript="./t.transcript.md" />',
            '<YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="What the video is" transcript="./t.transcript.md" />',
            '<Video src="https://player.vimeo.com/external/76979871.hd.mp4" title="A lap" transcript="./t.transcript.md" />',
            '<iframe src="https://player.vimeo.com/video/76979871" title="A lap"></iframe>\n\nTranscript: four tyres.',
          ].join('\n\n'),
        ),
        'content/posts/t.transcript.md': 'The crew changes four tyres.',
        'public/media/lap.avi': 'avi',
        'public/media/lap.mp4': 'mp4',
      }),
    ).toEqual([]);
  });

  it('reports the placeholder Astro leaves for an image it could not process, not a missing alt', async () => {
    const page =
      '<p><img __ASTRO_IMAGE_="{&quot;alt&quot;:&quot;Me at the track&quot;,&quot;src&quot;:&quot;./photo.heic&quot;,&quot;index&quot;:0}"></p>';
    expect(await builtProblems({ 'posts/a/index.html': page })).toEqual([
      "posts/a/index.html:1:4 <img> is Astro's placeholder for the image ./photo.heic, which it could not process, so the page shows a broken image: convert it to JPEG, PNG, WebP or AVIF (any photo editor, or the phone’s “most compatible” setting) and name that file",
    ]);
    const dir = tree({ 'posts/a/index.html': page });
    const { problems } = await checkHtmlDir(dir, gateConfig(), { cwd: dir });
    expect(problems.filter((p) => p.ruleId === 'image-alt')).toEqual([]);
  });
});

describe("asset-target: an address that is only a fragment or a query, the page's own", () => {
  // `![Venus](#)` publishes Astro's placeholder; `<img src="#">` loads the page as an image.
  const written = [
    '![Venus](#)',
    '![Io][io]\n\n[io]: #io',
    '<img src="?v=2" alt="Earth" />',
    '<video controls src="#top" poster="?p">\n  <track kind="captions" src="#c" />\n</video>\n\nTranscript: the engine idles.',
    // A frame or a link may show the page it is on.
    '<iframe src="#" title="This page"></iframe>\n\n[Back to the top](#)',
  ].join('\n\n');

  it('reports each image, player and track before any build, with the path to write', async () => {
    expect(await sourceProblems({ 'content/posts/a.mdx': post(written) })).toEqual([
      "posts/a.mdx:7:1 Image # names no file, only a fragment of the page's address, so Astro looks for a file of that name beside this entry and the page shows a broken image: write the image's path, ![Venus](./picture.png)",
      "posts/a.mdx:9:1 Image #io names no file, only a fragment of this page's own address, so the browser loads the page as the image and shows a broken image: write the image's path",
      'posts/a.mdx:13:1 <img> src="?v=2" names no file, only a query of this page\'s own address, so the browser loads the page as the image and shows a broken image: write the image\'s path',
      'posts/a.mdx:15:1 <video> src="#top" names no file, only a fragment of this page\'s own address, so the browser loads the page as the video and the player plays nothing: write the video file\'s path',
      'posts/a.mdx:15:1 <video> poster="?p" names no file, only a query of this page\'s own address, so the browser loads the page as the image and shows a broken image: write the image\'s path',
      'posts/a.mdx:16:3 <track> src="#c" names no file, only a fragment of this page\'s own address, so the browser loads the page as the captions file and the player shows no captions: write the path of its .vtt file',
    ]);
  });

  it('passes once the paths are written', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const fixed = written
      .replace('![Venus](#)', '![Venus](./venus.png)')
      .replace('[io]: #io', '[io]: /io.png')
      .replace('src="?v=2"', 'src="/earth.png"')
      .replace('src="#top" poster="?p"', 'src="/lap.mp4" poster="/lap.png"')
      .replace('src="#c"', 'src="/lap.vtt"');
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(fixed),
        'content/posts/venus.png': png,
        ...Object.fromEntries(
          ['io.png', 'earth.png', 'lap.mp4', 'lap.png', 'lap.vtt'].map((f) => [`public/${f}`, f]),
        ),
      }),
    ).toEqual([]);
  });

  it("reports them on built pages, and Astro's placeholder for such a Markdown image with the fix to write", async () => {
    const placeholder = JSON.stringify({ alt: 'Venus', src: '#', index: 0 }).replace(
      /"/g,
      '&quot;',
    );
    expect(
      await builtProblems({
        'posts/a/index.html': `<img __ASTRO_IMAGE_="${placeholder}">\n<img src="#io" alt="Io">\n<picture><source srcset="?w=2"><img src="/io.png" alt="Io"></picture>\n<iframe src="#" title="This page"></iframe>`,
        'io.png': 'png',
      }),
    ).toEqual([
      "posts/a/index.html:1:1 <img> is Astro's placeholder for the image #, which names no file, only a fragment of the page's address, so the page shows a broken image: write the image's path in the entry, ![what it shows](./picture.png)",
      'posts/a/index.html:2:1 <img> src="#io" names no file, only a fragment of this page\'s own address, so the browser loads the page as the image and shows a broken image: write the image\'s path',
      'posts/a/index.html:3:10 <source> srcset="?w=2" names no file, only a query of this page\'s own address, so the browser loads the page as the image and shows a broken image: write the image\'s path',
    ]);
  });
});

describe('asset-target: an address written empty', () => {
  const written = [
    '![The pit wall]()',
    '<img src="" alt="Earth" />',
    '<video controls src="">\n  <source src="/lap.mp4" />\n  <track kind="captions" src="" />\n</video>\n\nTranscript: the engine idles.',
    // A script fills these in; a frame with no address is an empty page, not a broken one.
    '<img src="" data-src="/later.png" alt="Later" />\n\n<iframe src="" title="Empty"></iframe>',
  ].join('\n\n');

  it('reports each image, player and track before any build, with what to write', async () => {
    expect(
      await sourceProblems({ 'content/posts/a.mdx': post(written), 'public/lap.mp4': 'mp4' }),
    ).toEqual([
      "posts/a.mdx:7:1 ![The pit wall]() has no address, so the page shows a broken image: write the image's path between the parentheses, ![The pit wall](./picture.png)",
      'posts/a.mdx:9:1 <img> src="" has no address, so the page shows a broken image: write the image\'s path in src',
      'posts/a.mdx:11:1 <video> src="" has no address, so the player plays nothing, whatever <source> it holds: write the video file\'s path in src, or remove the empty src',
      'posts/a.mdx:13:3 <track> src="" has no address, so the player shows no captions: write the path of its .vtt file in src',
    ]);
  });

  it('passes the fixes', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const fixed = written
      .replace('![The pit wall]()', '![The pit wall](./picture.png)')
      .replace('<img src="" alt="Earth" />', '<img src="/earth.png" alt="Earth" />')
      .replace('<video controls src="">', '<video controls>')
      .replace('src="" />\n</video>', 'src="/lap.vtt" />\n</video>');
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(fixed),
        'content/posts/picture.png': png,
        ...Object.fromEntries(['earth.png', 'lap.mp4', 'lap.vtt'].map((f) => [`public/${f}`, f])),
      }),
    ).toEqual([]);
  });

  it('reports them on built pages, where a Markdown image with no address is <img src="">', async () => {
    expect(
      await builtProblems({
        'posts/a/index.html':
          '<p><img src="" alt="The pit wall"></p>\n<audio controls src=" "></audio>\n<img src="" data-src="/later.png" alt="Later">',
      }),
    ).toEqual([
      'posts/a/index.html:1:4 <img> src="" has no address, so the page shows a broken image: write the image\'s path in src',
      'posts/a/index.html:2:1 <audio> src="" has no address, so the player plays nothing, whatever <source> it holds: write the audio file\'s path in src, or remove the empty src',
    ]);
  });
});

describe('asset-target: a site served from a sub-path', () => {
  // Markdown images and components get the base as they render; raw HTML and JSX do not.
  it('flags a root-relative file in HTML that misses the base, in both layers, with the address to write', async () => {
    const message =
      '<img> src="/media/map.png" is outside the site, which is served from /my-blog/: the page would load a missing file. Write /my-blog/media/map.png, or a Markdown image ![what it shows](/media/map.png), which gets the base added';
    expect(
      await builtProblems(
        {
          'posts/a/index.html':
            '<img src="/media/map.png" alt="Map"> <img src="/my-blog/media/map.png" alt="Map">',
          'media/map.png': '',
        },
        '/my-blog/',
      ),
    ).toEqual([`posts/a/index.html:1:1 ${message}`]);
    expect(
      await sourceProblems(
        {
          'content/posts/a.md': post(
            '![Map](/media/map.png)\n\n<img src="/media/map.png" alt="Map">\n\n<img src="/my-blog/media/map.png" alt="Map">',
          ),
          'public/media/map.png': '',
        },
        '/my-blog/',
      ),
    ).toEqual([`posts/a.md:9:1 ${message}`]);
  });

  it('the address it suggests is one the build serves', async () => {
    expect(
      await builtProblems(
        {
          'posts/a/index.html': '<img src="/my-blog/media/map.png" alt="Map">',
          'media/map.png': '',
        },
        '/my-blog/',
      ),
    ).toEqual([]);
  });

  // Under a Markdown processor other than Sätteri (unified()), Markdown is published as written.
  it('flags a root-relative Markdown image too under another Markdown processor, and offers no Markdown image as the fix', async () => {
    const outside = (what: string) =>
      `${what} is outside the site, which is served from /my-blog/: the page would load a missing file. Write /my-blog/media/map.png`;
    const fix =
      'write /my-blog/media/map.png (the site publishes the files of public/ at its root, without public/ in their address)';
    expect(
      await sourceProblems(
        {
          'content/posts/a.md': post(
            [
              '![Map](/media/map.png)',
              '<img src="/media/map.png" alt="Map">',
              '![Map](public/media/map.png)',
              '![Map](/public/media/map.png)',
              // What the messages say to write.
              '![Map](/my-blog/media/map.png)',
              '<img src="/my-blog/media/map.png" alt="Map">',
            ].join('\n\n'),
          ),
          'public/media/map.png': '',
        },
        '/my-blog/',
        'unified',
      ),
    ).toEqual([
      `posts/a.md:7:1 ${outside('Image /media/map.png')}`,
      `posts/a.md:9:1 ${outside('<img> src="/media/map.png"')}`,
      `posts/a.md:11:1 Image public/media/map.png names no file beside this entry: ${fix}`,
      `posts/a.md:13:1 Image /public/media/map.png is not in public/: ${fix}`,
    ]);
    expect(
      await builtProblems(
        {
          'posts/a/index.html':
            '<img src="/media/map.png" alt="Map"> <img src="/my-blog/media/map.png" alt="Map">',
          'media/map.png': '',
        },
        '/my-blog/',
        'unified',
      ),
    ).toEqual([`posts/a/index.html:1:1 ${outside('<img> src="/media/map.png"')}`]);
  });
});

describe('asset-target: a video or audio file written as an image', () => {
  const broken = (what: string, kind: 'video' | 'audio') =>
    `${what} is ${kind === 'video' ? 'a video' : 'an audio'} file, which an image cannot play, so readers would see a broken image and no ${kind}`;

  it('says how to play it in each file type, with the base where raw HTML needs it', async () => {
    const files = {
      'content/posts/a/index.mdx': post('![The crew changes four tyres](./lap.webm)'),
      'content/posts/a/lap.webm': 'webm',
      'content/posts/b/index.md': post('![The crew changes four tyres](./lap.mp4)'),
      'content/posts/b/lap.mp4': 'mp4',
      'content/posts/c/index.mdx': post('![A voice note](/media/note.mp3)'),
      'content/posts/d/index.md': post('<img src="/media/note.ogg" alt="A voice note">'),
      'public/media/note.mp3': 'mp3',
      'public/media/note.ogg': 'ogg',
    };
    expect(await sourceProblems(files, '/my-blog')).toEqual([
      `posts/a/index.mdx:7:1 ${broken('Image ./lap.webm', 'video')}: import it (import clip from './lap.webm';) and write <Video src={clip} transcript="./lap.transcript.md" /> instead, with the transcript in lap.transcript.md beside this file`,
      `posts/b/index.md:7:1 ${broken('Image ./lap.mp4', 'video')}: move the file to public/lap.mp4 and write <video controls src="/my-blog/lap.mp4"></video> instead, followed by a paragraph that starts "Transcript:" with the words`,
      `posts/c/index.mdx:7:1 ${broken('Image /media/note.mp3', 'audio')}: write <Audio src="/media/note.mp3" transcript="./note.transcript.md" /> instead, with the transcript in note.transcript.md beside this file`,
      `posts/d/index.md:7:1 ${broken('<img> src="/media/note.ogg"', 'audio')}: write <audio controls src="/my-blog/media/note.ogg"></audio> instead, followed by a paragraph that starts "Transcript:" with the words`,
    ]);
  });

  it('passes each fix the messages give', async () => {
    const transcript = 'Transcript: the crew changes four tyres in two seconds.';
    const files = {
      'content/posts/a/index.mdx': post(
        'import clip from \'./lap.webm\';\n\n<Video src={clip} transcript="./lap.transcript.md" />',
      ),
      'content/posts/a/lap.webm': 'webm',
      'content/posts/a/lap.transcript.md': 'The crew changes four tyres in two seconds.',
      'content/posts/b/index.md': post(
        `<video controls src="/my-blog/lap.mp4"></video>\n\n${transcript}`,
      ),
      'public/lap.mp4': 'mp4',
    };
    const root = tree(files);
    const { problems } = await checkSources(
      [join(root, 'content')],
      { ...gateConfig(), base: '/my-blog' },
      root,
    );
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('leaves a missing file to its own message, and images alone', async () => {
    expect(
      await sourceProblems({
        'content/posts/a/index.md': post('![A lap](./lap.webm)\n\n![A map](./map.png)'),
        'content/posts/a/map.png': 'png',
      }),
    ).toEqual([
      'posts/a/index.md:7:1 Image ./lap.webm names no file beside this entry: fix the path, or add the file',
    ]);
  });

  it('flags it on a built page, also as the placeholder Astro leaves for such a Markdown image', async () => {
    const placeholder = JSON.stringify({ src: './lap.webm', alt: 'A lap' }).replace(/"/g, '&quot;');
    expect(
      await builtProblems({
        'index.html': `<img src="/media/lap.webm" alt="A lap">\n<img __ASTRO_IMAGE_="${placeholder}">`,
        'media/lap.webm': 'webm',
      }),
    ).toEqual([
      `index.html:1:1 ${broken('<img> src="/media/lap.webm"', 'video')}: play it with <video controls src="/media/lap.webm"></video> (in MDX, <Video>) and put its transcript right after it`,
      `index.html:2:1 ${broken('<img> src="./lap.webm"', 'video')}: play it with <video controls src="./lap.webm"></video> (in MDX, <Video>) and put its transcript right after it`,
    ]);
  });
});

describe('asset-target: an image file whose bytes are no image', () => {
  const heic = Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1');
  const avif = Buffer.from('\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf', 'latin1');
  const page = '<!DOCTYPE html>\n<html><body>404 Not Found</body></html>';
  const again = 'save or export the image again, and check that an image viewer opens it';
  const convert =
    'convert it to JPEG, PNG, WebP or AVIF (any photo editor, or the phone’s “most compatible” setting) and name that file';

  it('flags an empty file, a web page and a renamed HEIC photo, as a Markdown image, an import or a cover', async () => {
    expect(
      await sourceProblems({
        'content/posts/a/index.md': post('![A pit stop](./shot.png)'),
        'content/posts/a/shot.png': '',
        'content/posts/b/index.mdx': post(
          'import map from \'./map.png\';\n\n<Figure src={map} alt="A map of the circuit" />',
        ),
        'content/posts/b/map.png': page,
        'content/posts/c/index.md':
          '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ncover: ./cover.jpg\ncoverAlt: The pit lane\n---\n\nText.\n',
        'content/posts/c/cover.jpg': heic,
      }),
    ).toEqual([
      `posts/a/index.md:7:1 Image ./shot.png is an empty file, which Astro cannot read as an image, so the build would stop at this page: ${again}`,
      `posts/b/index.mdx:7:1 import './map.png' is a web page (HTML), not an image, which Astro cannot read as an image, so the build would stop at this page: ${again}`,
      `posts/c/index.md:5:1 cover ./cover.jpg is a HEIC photo, which Astro cannot read as an image, so the build would stop at this page: ${convert}`,
    ]);
  });

  it('passes what Astro reads by its bytes whatever its name: an AVIF, a PNG named .jpg, an SVG', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(
      await sourceProblems({
        'content/posts/a/index.md': post(
          '![A lap](./lap.avif)\n\n![A chart](./chart.jpg)\n\n![A logo](./logo.svg)',
        ),
        'content/posts/a/lap.avif': avif,
        'content/posts/a/chart.jpg': png,
        'content/posts/a/logo.svg':
          '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
      }),
    ).toEqual([]);
  });
});

describe("asset-target: through the Astro config's Vite aliases (vite.resolve.alias)", () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
  const cover = (path: string, body: string) =>
    `---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\ncover: '${path}'\ncoverAlt: A car\n---\n\n${body}\n`;
  const FILES = {
    'content/posts/a.mdx': cover(
      '@widgets/car.png',
      [
        "import Lap from '@widgets/Lap.astro';",
        "import { bar } from 'chart/bar';",
        '',
        '![A car](@widgets/car.png)',
        '',
        '![A map](~pics/map.png)',
        '',
        '![A flag](@lib/flag.png)',
        '',
        '![A pit board](@here/board.png)',
        '',
        '<Lap />',
      ].join('\n'),
    ),
    'content/posts/here/board.png': png,
    'widgets/Lap.astro': '<p>Lap</p>',
    'widgets/car.png': png,
    'assets/map.png': png,
    'lib/flag.png': png,
    'node_modules/chart-kit/package.json': '{"name":"chart-kit"}',
  };
  async function errors(files: Record<string, string | Buffer>, alias?: (root: string) => unknown) {
    const root = tree(files);
    const config = forProject(gateConfig(), {
      aliases: alias ? importAliases(alias(root), root) : [],
    });
    const { problems } = await checkSources([join(root, 'content')], config, root);
    return problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.line} ${p.ruleId}: ${p.message.split(':')[0]}`);
  }
  // Every form Vite takes: a name, a name written with its slash, a pattern, a path from the
  // project's root, a path beside the importing file, a package.
  const ALIASES = (root: string) => [
    { find: '@widgets', replacement: join(root, 'widgets') },
    { find: /^~pics\/(.*)$/, replacement: '/assets/$1' },
    { find: '@lib/', replacement: `${join(root, 'lib')}/` },
    { find: '@here', replacement: './here' },
    { find: 'chart', replacement: 'chart-kit' },
  ];

  it('resolves imports, images and a cover as the build does, in every form Vite takes', async () => {
    expect(await errors(FILES, ALIASES)).toEqual([]);
    // The object form, as most configs write it.
    expect(
      await errors(FILES, (root) =>
        Object.fromEntries(ALIASES(root).map(({ find, replacement }) => [find, replacement])),
      ),
    ).toEqual([
      // An object cannot hold a pattern: `~pics/` is then no alias.
      '14 asset-target: Image ~pics/map.png starts with ~pics/, an alias this project does not define',
    ]);
  });

  it('flags the same files with no aliases, and a file an alias leads nowhere', async () => {
    expect(await errors(FILES)).toEqual([
      '5 content-schema: cover',
      "9 asset-target: import '@widgets/Lap.astro' starts with @widgets/, an alias this project does not define",
      "10 asset-target: import 'chart/bar' names no package this project has installed",
      '12 asset-target: Image @widgets/car.png starts with @widgets/, an alias this project does not define',
      '14 asset-target: Image ~pics/map.png starts with ~pics/, an alias this project does not define',
      '16 asset-target: Image @lib/flag.png starts with @lib/, an alias this project does not define',
      '18 asset-target: Image @here/board.png starts with @here/, an alias this project does not define',
    ]);
    // The alias is there, the file it leads to is not.
    const without: Record<string, string | Buffer> = { ...FILES };
    delete without['widgets/car.png'];
    delete without['lib/flag.png'];
    expect(await errors(without, ALIASES)).toEqual([
      '5 content-schema: cover',
      '12 asset-target: Image @widgets/car.png names no file through its alias',
      '16 asset-target: Image @lib/flag.png names no file through its alias',
    ]);
  });

  it('matches a name only as a whole path segment, as Vite does', async () => {
    const body = "import Lap from '@widgetsExtra/Lap.astro';\n\n<Lap />";
    expect(
      await errors({ 'content/posts/a.mdx': post(body) }, (root) => ({
        '@widgets': join(root, 'widgets'),
      })),
    ).toEqual([
      "7 asset-target: import '@widgetsExtra/Lap.astro' starts with @widgetsExtra/, an alias this project does not define",
    ]);
  });
});

describe("asset-target: a media component's captions file", () => {
  const site = (captions: string, extra: Record<string, string> = {}) =>
    sourceProblems({
      'content/posts/lap/index.mdx': post(
        `<Video src="/media/lap.webm" title="A lap" transcript="./lap.transcript.md" captions="${captions}" />`,
      ),
      'content/posts/lap/lap.transcript.md': 'The crew changes four tyres.',
      'public/media/lap.webm': 'webm',
      ...extra,
    });

  it('is reported before the build when the player would get no captions from it', async () => {
    expect(await site('./lap.vtt')).toEqual([
      'posts/lap/index.mdx:7:1 <Video> captions="./lap.vtt" names no file, so the player would have no captions: fix the path (it is relative to this file), or add the .vtt file',
    ]);
    expect(await site('./lap.transcript.md')).toEqual([
      'posts/lap/index.mdx:7:1 <Video> captions="./lap.transcript.md" is not a WebVTT (.vtt) or SubRip (.srt) file, and players show captions only from WebVTT, so the player would have none: name the .vtt or .srt file the captions are in (video sites and transcription tools export one), or leave captions= out',
    ]);
    expect(await site('./lap.vtt', { 'content/posts/lap/lap.vtt': 'WEBVTT\n\n' })).toEqual([
      'posts/lap/index.mdx:7:1 <Video> captions="./lap.vtt" has no cues with words, so the player would show no captions: write the captions into it',
    ]);
    expect(await site('/etc/lap.vtt')).toEqual([
      'posts/lap/index.mdx:7:1 <Video> captions="/etc/lap.vtt" names a file outside this project, which the build never reads, so the player would have no captions: put the .vtt file beside this one and name it from here, e.g. captions="./lap.vtt"',
    ]);
  });

  it('passes once the fix is made: a WebVTT file with words, beside the post', async () => {
    const vtt = { 'content/posts/lap/lap.vtt': 'WEBVTT\n\n00:00.000 --> 00:02.000\nFour tyres.\n' };
    expect(await site('./lap.vtt', vtt)).toEqual([]);
  });

  it('takes a SubRip file, which the component makes WebVTT, and reads its cues for words', async () => {
    const srt = (text: string) => ({ 'content/posts/lap/lap.srt': text });
    expect(await site('./lap.srt', srt('1\n00:00:00,000 --> 00:00:02,000\nFour tyres.\n'))).toEqual(
      [],
    );
    expect(await site('./lap.srt', srt('1\n00:00:00,000 --> 00:00:02,000\n\n'))).toEqual([
      'posts/lap/index.mdx:7:1 <Video> captions="./lap.srt" has no cues with words, so the player would show no captions: write the captions into it',
    ]);
  });
});

describe('asset-target: the address of a file on the writer’s computer', () => {
  const MESSAGE = "is the address of a file on your computer, which no reader's browser can open";
  it('says so for a Windows path, a file: address and a home folder, and each fix it gives passes', async () => {
    const body =
      '![The pit wall](C:\\Users\\sam\\Pictures\\pit-wall.png)\n\n![The garage](file:///Users/sam/Desktop/garage.png)\n\n![The lane](/Users/sam/Desktop/lane.png)\n\n<img src="C:/Users/sam/Pictures/grid.png" alt="The grid" />';
    for (const ext of ['md', 'mdx']) {
      const said = await sourceProblems({ [`content/posts/a.${ext}`]: post(body) });
      expect(said).toEqual([
        `posts/a.${ext}:7:1 Image C:\\Users\\sam\\Pictures\\pit-wall.png ${MESSAGE}: copy pit-wall.png beside this entry and write ![The pit wall](./pit-wall.png)`,
        `posts/a.${ext}:9:1 Image file:///Users/sam/Desktop/garage.png ${MESSAGE}: copy garage.png beside this entry and write ![The garage](./garage.png)`,
        `posts/a.${ext}:11:1 Image /Users/sam/Desktop/lane.png ${MESSAGE}: copy lane.png beside this entry and write ![The lane](./lane.png)`,
        `posts/a.${ext}:13:1 <img> src="C:/Users/sam/Pictures/grid.png" ${MESSAGE}: copy grid.png into public/ and write src="/grid.png"`,
      ]);
      // Each fix, made: the files copied where the messages say, the addresses they give.
      const mended = body
        .replace('C:\\Users\\sam\\Pictures\\pit-wall.png', './pit-wall.png')
        .replace('file:///Users/sam/Desktop/garage.png', './garage.png')
        .replace('/Users/sam/Desktop/lane.png', './lane.png')
        .replace('C:/Users/sam/Pictures/grid.png', '/grid.png');
      expect(
        await sourceProblems({
          [`content/posts/a.${ext}`]: post(mended),
          'content/posts/pit-wall.png': png,
          'content/posts/garage.png': png,
          'content/posts/lane.png': png,
          'public/grid.png': png,
        }),
      ).toEqual([]);
    }
  });

  it('leaves a home folder’s path the site has, and names a file with a space as Markdown reads it', async () => {
    expect(
      await sourceProblems({
        'content/posts/a.md': post('![The lane](/Users/sam/lane.png)'),
        'public/Users/sam/lane.png': 'png',
      }),
    ).toEqual([]);
    expect(
      await sourceProblems({
        'content/posts/a.md': post('![The lane](<C:\\Users\\sam\\pit lane.png>)'),
      }),
    ).toEqual([
      `posts/a.md:7:1 Image C:\\Users\\sam\\pit lane.png ${MESSAGE}: copy pit lane.png beside this entry and write ![The lane](<./pit lane.png>)`,
    ]);
  });

  it('says so on a built page, where the address is percent-encoded', async () => {
    expect(
      await builtProblems(
        {
          'index.html':
            '<!doctype html><html lang="en"><head><title>T</title></head><body><img src="C:%5CUsers%5Csam%5Cpit.png" alt="The pit"><video src="file:///home/sam/lap.webm" controls></video></body></html>',
        },
        '/my-blog/',
      ),
    ).toEqual([
      `index.html:1:67 <img> src="C:%5CUsers%5Csam%5Cpit.png" ${MESSAGE}: copy pit.png into the site's public/ folder and write its address from the site's root, /my-blog/pit.png`,
      `index.html:1:119 <video> src="file:///home/sam/lap.webm" ${MESSAGE}: copy lap.webm into the site's public/ folder and write its address from the site's root, /my-blog/lap.webm`,
    ]);
  });
});

describe('asset-target: an image copied from the browser while npm run dev ran', () => {
  it('gives the file to copy for an image the dev server made, the site’s address for the rest', async () => {
    const said = await sourceProblems({
      'content/posts/a.md': post(
        '![The pit lane](http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fsam%2Fsite%2Fcontent%2Fposts%2Fpit-lane.png%3ForigWidth%3D800&f=webp)\n\n<img src="http://localhost:4321/media/grid.png" alt="The grid">',
      ),
      'public/media/grid.png': 'png',
    });
    expect(said).toEqual([
      "posts/a.md:7:1 Image http://localhost:4321/_image?href=%2F%40fs%2Fhome%2Fsam%2Fsite%2Fcontent%2Fposts%2Fpit-lane.png%3ForigWidth%3D800&f=webp is the address of a file on your computer, which no reader's browser can open: copy pit-lane.png beside this entry and write ![The pit lane](./pit-lane.png)",
      `posts/a.md:9:1 <img> src="http://localhost:4321/media/grid.png" is the address of your development server (npm run dev, on your computer or in a Codespace), which no reader's browser can open: write src="/media/grid.png"`,
    ]);
    expect(
      await sourceProblems({
        'content/posts/a.md': post('<img src="/media/grid.png" alt="The grid">'),
        'public/media/grid.png': 'png',
      }),
    ).toEqual([]);
  });
});

describe('asset-target: an image whose address is a photo or file site’s page', () => {
  it('says so before the build, with the picture saved into the site, and the fix passes', async () => {
    const said = await sourceProblems({
      'content/posts/a.md': post(
        '![The pit lane](https://drive.google.com/file/d/1AbC/view?usp=sharing)\n\n<img src="https://www.dropbox.com/s/abc/garage.jpg?dl=0" alt="The garage">',
      ),
    });
    expect(said).toEqual([
      'posts/a.md:7:1 Image https://drive.google.com/file/d/1AbC/view?usp=sharing is a page on Google Drive, not an image file, so readers would see a broken image: save the picture beside this entry and write ![The pit lane](./picture.png)',
      'posts/a.md:9:1 <img> src="https://www.dropbox.com/s/abc/garage.jpg?dl=0" is a page on Dropbox, not an image file, so readers would see a broken image: save the picture into public/ and write src="/garage.jpg", or write the file\'s own address, https://www.dropbox.com/s/abc/garage.jpg?raw=1',
    ]);
    expect(
      await sourceProblems({
        'content/posts/a.md': post(
          '![The pit lane](./picture.png)\n\n<img src="/garage.jpg" alt="The garage">\n\n<img src="https://www.dropbox.com/s/abc/garage.jpg?raw=1" alt="The garage">',
        ),
        'content/posts/picture.png': png,
        'public/garage.jpg': 'jpg',
      }),
    ).toEqual([]);
  });

  it('names a picture with a space as Markdown reads it, and the fix passes', async () => {
    expect(
      await sourceProblems({
        'content/posts/a.md': post(
          '![The lane](https://www.dropbox.com/s/abc/pit%20lane.png?dl=0)',
        ),
      }),
    ).toEqual([
      "posts/a.md:7:1 Image https://www.dropbox.com/s/abc/pit%20lane.png?dl=0 is a page on Dropbox, not an image file, so readers would see a broken image: save the picture beside this entry and write ![The lane](<./pit lane.png>), or write the file's own address, https://www.dropbox.com/s/abc/pit%20lane.png?raw=1",
    ]);
    expect(
      await sourceProblems({
        'content/posts/a.md': post('![The lane](<./pit lane.png>)'),
        'content/posts/pit lane.png': png,
      }),
    ).toEqual([]);
  });

  it('says so before the build of an image component’s src, which the built page shows as an <img>, and the fixes pass', async () => {
    const figures = [
      '<Figure src="https://drive.google.com/file/d/1AbC/view?usp=sharing" alt="The pit lane" caption="Our visit" />',
      '<Figure src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" alt="The talk" />',
      '<Figure src="/media/garage.heic" alt="Our garage at night" />',
      '<Figure src="/media/lap.mp4" alt="A lap of Monza" />',
    ].join('\n\n');
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(figures),
        'public/media/garage.heic': 'heic',
        'public/media/lap.mp4': 'mp4',
      }),
    ).toEqual([
      'posts/a.mdx:7:1 <Figure> src="https://drive.google.com/file/d/1AbC/view?usp=sharing" is a page on Google Drive, not an image file, so readers would see a broken image: save the picture into public/ and write src="/picture.png"',
      'posts/a.mdx:11:1 <Figure> src="/media/garage.heic" is a .heic file, which most browsers cannot show, so readers would see a broken image: convert it to JPEG, PNG, WebP or AVIF (any photo editor, or the phone’s “most compatible” setting) and name that file',
      'posts/a.mdx:13:1 <Figure> src="/media/lap.mp4" is a video file, which an image cannot play, so readers would see a broken image and no video: write <Video src="/media/lap.mp4" transcript="./lap.transcript.md" /> instead, with the transcript in lap.transcript.md beside this file',
      // What a player plays is judged after the files are.
      'posts/a.mdx:9:1 <Figure> src="https://www.youtube.com/watch?v=dQw4w9WgXcQ" is a page on www.youtube.com, not an image, so readers would see a broken image and no video: write <YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="The talk" /> instead, with its transcript right after it',
    ]);
    expect(
      await sourceProblems({
        'content/posts/a.mdx': post(
          '<Figure src="/picture.png" alt="The pit lane" caption="Our visit" />\n\n<YouTube id="https://www.youtube.com/watch?v=dQw4w9WgXcQ" title="The talk" />\n\n<Transcript>\n\nThe speaker walks through a pit stop.\n\n</Transcript>\n\n<Figure src="/media/garage.jpg" alt="Our garage at night" />\n\n<Video src="/media/lap.mp4" transcript="./lap.transcript.md" />',
        ),
        'content/posts/lap.transcript.md': 'The car takes the first chicane flat out.',
        'public/picture.png': png,
        'public/media/garage.jpg': 'jpg',
        'public/media/lap.mp4': 'mp4',
      }),
    ).toEqual([]);
  });

  it('says so on a built page', async () => {
    expect(
      await builtProblems({
        'index.html':
          '<!doctype html><html lang="en"><head><title>T</title></head><body><img src="https://www.instagram.com/p/C0ffee/" alt="Our post"></body></html>',
      }),
    ).toEqual([
      'index.html:1:67 <img> src="https://www.instagram.com/p/C0ffee/" is a page on Instagram, not an image file, so readers would see a broken image: save the picture into the site\'s public/ folder and write its address from the site\'s root, /picture.png',
    ]);
  });
});

describe('asset-target: a player whose source is a file site’s page', () => {
  it('says a clip shared from Google Drive or Dropbox plays nothing, and Dropbox’s file address passes', async () => {
    const body = (audio: string) =>
      `<Video src="https://drive.google.com/file/d/1AbC/view?usp=sharing" title="A lap" transcript="./lap.transcript.md" />\n\n<audio src="${audio}" controls></audio>\n<Transcript>The crew changes four tyres.</Transcript>`;
    const files = (audio: string) => ({
      'content/posts/a.mdx': post(body(audio)),
      'content/posts/lap.transcript.md': 'The crew changes four tyres.\n',
    });
    expect(await sourceProblems(files('https://www.dropbox.com/s/abc/note.mp3?dl=0'))).toEqual([
      `posts/a.mdx:7:1 <Video> src="https://drive.google.com/file/d/1AbC/view?usp=sharing" is a page on Google Drive, not a video file, so the player would play nothing: embed the site's own player instead (its share menu gives an <iframe> to paste; give it a title and a transcript), or link to the page`,
      'posts/a.mdx:9:1 <audio> src="https://www.dropbox.com/s/abc/note.mp3?dl=0" is a page on Dropbox, not an audio file, so the player would play nothing: write the file\'s own address, https://www.dropbox.com/s/abc/note.mp3?raw=1',
    ]);
    expect(
      (await sourceProblems(files('https://www.dropbox.com/s/abc/note.mp3?raw=1'))).map(
        (line) => line.split(' ')[0],
      ),
    ).toEqual(['posts/a.mdx:7:1']);
  });
});
