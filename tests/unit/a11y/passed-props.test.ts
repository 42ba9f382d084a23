import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { forgetContentIndexes } from '../../../src/a11y/core/content-index.ts';
import { siteFiles } from '../../../src/a11y/core/source-files.ts';
import { checkSources, checkSourcesCached } from '../../../src/a11y/run/parallel.ts';
import { forgetContentIds } from '../../../src/a11y/source/content-ids.ts';
import { post, project } from './project.ts';

/**
 * What the site's own `.astro` components render with the props a post or page gives them
 * (src/a11y/source/passed-props.ts), and the links and files an `.astro` file names from the
 * site's root (astro-file.ts): `npm run check` reports at its line what the built page would fail.
 */

/** `npm run check` over a project: its content and its site files, every problem as a line. */
async function check(root: string): Promise<string[]> {
  forgetContentIndexes();
  forgetContentIds();
  const paths = [
    join(root, 'content'),
    ...siteFiles({ srcDir: join(root, 'src'), publicDir: join(root, 'public') }),
  ];
  const { problems } = await checkSources(paths, gateConfig(), root);
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}`);
}

/** The same, through the check's cache in `root/cache`, as a second `npm run check` runs. */
async function checkCached(root: string): Promise<string[]> {
  forgetContentIndexes();
  forgetContentIds();
  const { problems } = await checkSourcesCached([join(root, 'content')], gateConfig(), root, {
    dir: join(root, 'cache'),
  });
  return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.ruleId} ${p.message}`);
}

const PIC = '---\nconst { src, alt } = Astro.props;\n---\n<img src={src} alt={alt} />\n';
const usesPic = (use: string) =>
  post(`import Pic from '../../src/components/Pic.astro';\n\n${use}`);

describe('a component given props where a post uses it', () => {
  it('reports an image whose alt the use does not give, at the use, with the prop to write', async () => {
    const root = project({
      'src/components/Pic.astro': PIC,
      'content/posts/lap.mdx': usesPic('<Pic src="/lap.png" />'),
    });
    expect(await check(root)).toEqual([
      'content/posts/lap.mdx:9:1 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative (the <img> that <Pic> renders, src/components/Pic.astro:4, takes alt from its alt prop, which this <Pic> does not give: write alt="…" on it)',
    ]);
  });

  it('passes once the use writes the prop the message names, as alt text or alt=""', async () => {
    for (const use of [
      '<Pic src="/lap.png" alt="Lap times, week 3" />',
      '<Pic src="/lap.png" alt="" />',
    ]) {
      const root = project({
        'src/components/Pic.astro': PIC,
        'content/posts/lap.mdx': usesPic(use),
      });
      expect(await check(root), use).toEqual([]);
    }
  });

  it('leaves to the build what the use or the component does not settle', async () => {
    const root = project({
      'src/components/Pic.astro': PIC,
      'src/components/WithDefault.astro':
        "---\nconst { src, alt = '' } = Astro.props;\n---\n<img src={src} alt={alt} />\n",
      'src/components/IfAlt.astro':
        '---\nconst { src, alt } = Astro.props;\n---\n{alt ? <img src={src} alt={alt} /> : <a href={src}>The picture</a>}\n<img src={src} alt={alt ?? ""} />\n',
      'content/posts/lap.mdx': post(
        [
          "import Pic from '../../src/components/Pic.astro';",
          "import WithDefault from '../../src/components/WithDefault.astro';",
          "import IfAlt from '../../src/components/IfAlt.astro';",
          '',
          // Spread props may give alt; an expression only the build knows may be alt text.
          '<Pic {...props.photo} />',
          '<Pic src="/lap.png" alt={props.caption} />',
          '<WithDefault src="/lap.png" />',
          '<IfAlt src="/lap.png" />',
        ].join('\n'),
      ),
    });
    expect(await check(root)).toEqual([]);
  });

  it('reads props typed in the frontmatter, as TypeScript components write them', async () => {
    const root = project({
      'src/components/Typed.astro':
        '---\ninterface Props { src: string; alt?: string }\nconst { src, alt } = Astro.props as Props;\n---\n<img src={src} alt={alt} />\n',
      'src/components/Satisfied.astro':
        '---\ninterface Props { src: string; alt?: string }\nconst props = Astro.props satisfies Props;\n---\n<img src={props.src} alt={props.alt!} />\n',
      'content/posts/lap.mdx': post(
        [
          "import Typed from '../../src/components/Typed.astro';",
          "import Satisfied from '../../src/components/Satisfied.astro';",
          '',
          '<Typed src="/lap.png" />',
          '',
          '<Satisfied src="/lap.png" />',
          '',
          '<Typed src="/lap.png" alt="Lap times" />',
        ].join('\n'),
      ),
    });
    expect((await check(root)).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'content/posts/lap.mdx:10:1 image-alt <img>',
      'content/posts/lap.mdx:12:1 image-alt <img>',
    ]);
  });

  it('reports a use once per rule, naming only the props the problem is about', async () => {
    const root = project({
      'src/components/Either.astro':
        "---\nconst { src, alt, width } = Astro.props;\n---\n{typeof src === 'string' ? <img src={src} alt={alt} width={width} /> : <img src={src.src} alt={alt} />}\n",
      'content/posts/lap.mdx': post(
        "import Either from '../../src/components/Either.astro';\n\n<Either src={props.chart} />",
      ),
    });
    expect(await check(root)).toEqual([
      'content/posts/lap.mdx:9:1 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative (the <img> that <Either> renders, src/components/Either.astro:4, takes alt from its alt prop, which this <Either> does not give: write alt="…" on it)',
    ]);
  });

  it("leaves the site's own MDX components to their props' schemas, imported or not", async () => {
    const root = project({
      'src/components/mdx/Figure.astro':
        '---\nconst { src, alt } = Astro.props;\n---\n<figure><img src={src} alt={alt} /></figure>\n',
      'public/lap.png': 'png',
      'content/posts/lap.mdx': post(
        'import Figure from \'../../src/components/mdx/Figure.astro\';\n\n<Figure src="/lap.png" caption="Laps" />',
      ),
    });
    expect((await check(root)).map((line) => line.split(' ').slice(0, 2).join(' '))).toEqual([
      'content/posts/lap.mdx:9:1 image-alt',
    ]);
  });

  it('reads Astro.props itself, and names a prop as the component spells it', async () => {
    const root = project({
      'src/components/Linked.astro':
        '---\ninterface Props { src: string; imageAlt?: string }\n---\n<a href="/"><img src={Astro.props.src} alt={Astro.props.imageAlt} /></a>\n',
      'content/posts/lap.mdx': post(
        'import Linked from \'../../src/components/Linked.astro\';\n\n<Linked src="/lap.png" />',
      ),
    });
    expect(await check(root)).toEqual([
      expect.stringMatching(
        /^content\/posts\/lap\.mdx:9:1 image-alt <img> has no alt text, and it is all its link holds: .* takes alt from its imageAlt prop, which this <Linked> does not give: write imageAlt="…" on it\)$/,
      ),
    ]);
  });

  it('judges a value the use gives, such as a lang naming no language', async () => {
    const root = project({
      'src/components/Quote.astro':
        '---\nconst { lang } = Astro.props;\n---\n<blockquote lang={lang}><slot /></blockquote>\n',
      'content/posts/lap.mdx': post(
        'import Quote from \'../../src/components/Quote.astro\';\n\n<Quote lang="spanish">Hola a todos.</Quote>\n\n<Quote lang="es">Hola.</Quote>',
      ),
    });
    expect(await check(root)).toEqual([
      'content/posts/lap.mdx:9:1 lang-tag <blockquote lang="spanish"> names no language a screen reader knows, so its words are read with the wrong voice: write es (in what <Quote> renders with the props given here, src/components/Quote.astro:4)',
    ]);
  });

  it("reports a component's own problem at the component, or at each use when the check does not read it", async () => {
    const badge = '---\nconst { src } = Astro.props;\n---\n<img src={src} />\n';
    const root = project({
      'src/components/Badge.astro': badge,
      'lib/Badge.astro': badge,
      'content/posts/lap.mdx': post(
        'import Badge from \'../../src/components/Badge.astro\';\nimport Outside from \'../../lib/Badge.astro\';\n\n<Badge src="/a.png" />\n\n<Outside src="/a.png" />',
      ),
    });
    expect(await check(root)).toEqual([
      'content/posts/lap.mdx:12:1 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative (in what <Outside> renders whatever its props, lib/Badge.astro:4: fix it there)',
      'src/components/Badge.astro:4:1 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative',
    ]);
  });

  it('follows a prop a component passes on to another, and names both places', async () => {
    const root = project({
      'src/components/Pic.astro': PIC,
      'src/components/Card.astro':
        "---\nimport Pic from './Pic.astro';\nconst { src, alt, title } = Astro.props;\n---\n<article><h3>{title}</h3><Pic src={src} alt={alt} /></article>\n",
      'content/posts/lap.mdx': post(
        'import Card from \'../../src/components/Card.astro\';\n\n<Card src="/lap.png" title="Lap times" />\n\n<Card src="/lap.png" title="Lap times" alt="Lap times, week 3" />',
      ),
    });
    expect(await check(root)).toEqual([
      'content/posts/lap.mdx:9:1 image-alt <img> has no alt text: add alt text, or alt="" if the image is decorative (the <img> that <Pic> renders, src/components/Pic.astro:4, takes alt from its alt prop, which this <Pic> does not give: write alt="…" on it) (the <Pic> that <Card> renders, src/components/Card.astro:5, takes alt from its alt prop, which this <Card> does not give: write alt="…" on it)',
    ]);
  });

  it("reads a player's transcript from what a component renders right after it", async () => {
    const root = project({
      'src/components/Words.astro':
        '<details><summary>Transcript</summary><p>Every word said in the clip, in order.</p></details>\n',
      'src/components/Later.astro': '<p>More laps next week.</p>\n',
      'public/lap.webm': 'webm',
      'public/pit.webm': 'webm',
      'content/posts/lap.mdx': post(
        [
          "import Words from '../../src/components/Words.astro';",
          "import Later from '../../src/components/Later.astro';",
          '',
          '<video src="/lap.webm" controls></video>',
          '',
          '<Words />',
          '',
          '<video src="/pit.webm" controls></video>',
          '',
          '<Later />',
        ].join('\n'),
      ),
    });
    expect((await check(root)).map((line) => line.split(' ').slice(0, 3).join(' '))).toEqual([
      'content/posts/lap.mdx:14:1 media-transcript <video>',
    ]);
  });

  it('judges the uses in an .astro page or component too', async () => {
    const root = project({
      'src/components/Pic.astro': PIC,
      'src/pages/team.astro':
        '---\nimport Pic from \'../components/Pic.astro\';\n---\n<html lang="en"><head><title>Team</title></head><body>\n<Pic src="/team.png" />\n</body></html>\n',
      'content/posts/a.md': post('Hi.'),
    });
    expect(await check(root)).toEqual([
      expect.stringMatching(
        /^src\/pages\/team\.astro:5:1 image-alt <img> has no alt text: .*takes alt from its alt prop, which this <Pic> does not give/,
      ),
    ]);
  });

  it("checks a post again when a component it uses changes, though the post's text did not", async () => {
    const root = project({
      'content/components/Pic.astro':
        "---\nconst { src, alt = '' } = Astro.props;\n---\n<img src={src} alt={alt} />\n",
      'content/posts/lap.mdx': post(
        'import Pic from \'../components/Pic.astro\';\n\n<Pic src="/lap.png" />',
      ),
    });
    const cached = async () =>
      (await checkCached(root)).map((line) => line.replace(/:\d+ (\S+) .*/, ' $1'));
    expect(await cached()).toEqual([]);
    writeFileSync(join(root, 'content/components/Pic.astro'), PIC);
    expect(await cached()).toEqual(['content/posts/lap.mdx:9 image-alt']);
  });
});

describe('ids a component renders where a post uses it', () => {
  const CHART =
    '---\nconst { id = \'chart\' } = Astro.props;\n---\n<h2 id={`${id}-title`}>Laps per driver</h2>\n<p id="chart-note">Times in seconds.</p>\n';
  const usesChart = (body: string) =>
    post(`import Chart from '../../src/components/Chart.astro';\n\n${body}`);

  it('counts them for a link to #id and an aria-labelledby, and still reports an id nothing holds', async () => {
    const root = project({
      'src/components/Chart.astro': CHART,
      'content/posts/laps.mdx': usesChart(
        [
          '<Chart id="laps" />',
          '[See the chart](#laps-title)',
          '<div role="img" aria-labelledby="laps-title chart-note">A chart</div>',
          '[See the table](#laps-table)',
        ].join('\n\n'),
      ),
    });
    expect(await check(root)).toEqual([
      'content/posts/laps.mdx:15:1 link-target Link #laps-table points nowhere: this page has no heading or element with id="laps-table". Did you mean #laps-title?',
    ]);
  });

  it('leaves to the built page an id only the render knows', async () => {
    const root = project({
      'src/components/Chart.astro': CHART.replace(
        "const { id = 'chart' } = Astro.props;",
        'const id = crypto.randomUUID();',
      ),
      'content/posts/laps.mdx': usesChart(
        '<Chart />\n\n[See the chart](#chart-title)\n\n<div role="img" aria-labelledby="chart-title">A chart</div>',
      ),
    });
    expect(await check(root)).toEqual([]);
  });

  it('counts them for a link from another post, which is checked again when the component changes', async () => {
    const root = project({
      'src/components/Chart.astro': CHART,
      'content/posts/laps.mdx': usesChart('<Chart id="laps" />'),
      'content/posts/notes.md': post(
        '[The chart](/posts/laps/#laps-title) and [the table](/posts/laps/#laps-table).',
        '',
        'Notes',
      ),
    });
    const table =
      'content/posts/notes.md:7:42 link-target Link /posts/laps/#laps-table points nowhere: /posts/laps/ (content/posts/laps.mdx) has no heading or element with id="laps-table". Did you mean #laps-title?';
    expect(await checkCached(root)).toEqual([table]);
    // The chart loses its id: notes.md's text did not change, but what its link relies on did.
    writeFileSync(join(root, 'src/components/Chart.astro'), CHART.replace(/ id=\{[^}]*\}/, ''));
    expect(await checkCached(root)).toEqual([
      expect.stringMatching(
        /^content\/posts\/notes\.md:7:1 link-target Link \/posts\/laps\/#laps-title points nowhere/,
      ),
      expect.stringMatching(
        /^content\/posts\/notes\.md:7:42 link-target Link \/posts\/laps\/#laps-table/,
      ),
    ]);
  });

  it('leaves to the built page a link from another post to an id only the render knows', async () => {
    const root = project({
      'src/components/Chart.astro': CHART.replace(
        "const { id = 'chart' } = Astro.props;",
        'const id = crypto.randomUUID();',
      ),
      'content/posts/laps.mdx': usesChart('<Chart />'),
      'content/posts/notes.md': post('[The chart](/posts/laps/#chart-title).', '', 'Notes'),
    });
    expect(await check(root)).toEqual([]);
  });
});

describe('links and files an .astro file names from the site root', () => {
  it('reports a page or a file the site will not have, and leaves relative ones to the built pages', async () => {
    const root = project({
      'src/components/Nav.astro': [
        '<nav>',
        '  <a href="/">Home</a> <a href="/posts/lap/">Lap</a> <a href="/nope/">Nope</a>',
        '  <a href="./team/">Our team</a> <a href="#top">Top</a>',
        '  <img src="/logo.png" alt="Logo" /> <img src="/missing.png" alt="Missing" />',
        // Written by the search step after the gate has run: known to be coming.
        '  <link rel="stylesheet" href="/pagefind/pagefind-ui.css" />',
        '  <link rel="stylesheet" href="/pagefind/pagefind-uii.css" />',
        '</nav>',
      ].join('\n'),
      'public/logo.png': 'png',
      'content/posts/lap.md': post('Hi.'),
    });
    expect(await check(root)).toEqual([
      'src/components/Nav.astro:2:54 link-target Link /nope/ points nowhere: the build has no page /nope/. Fix the link, or create the page',
      'src/components/Nav.astro:4:38 asset-target <img> src="/missing.png" is not in public/ or the site\'s pages: the page would load a missing file. Fix the path, or put the file at public/missing.png',
      expect.stringMatching(
        /^src\/components\/Nav\.astro:6:3 link-target Link \/pagefind\/pagefind-uii\.css points nowhere/,
      ),
    ]);
  });
  it('judges the files a page published as written loads, as the build does', async () => {
    const root = project({
      'public/old/index.html':
        '<!doctype html><html lang="en"><head><title>Old</title></head><body>\n<img src="/gone.png" alt="Gone"> <img src="here.png" alt="Here">\n</body></html>\n',
      'public/old/here.png': 'png',
      'content/posts/lap.md': post('Hi.'),
    });
    expect(await check(root)).toEqual([
      'public/old/index.html:2:1 asset-target <img> src="/gone.png" is not in public/ or the site\'s pages: the page would load a missing file. Fix the path, or put the file at public/gone.png',
    ]);
  });
});
