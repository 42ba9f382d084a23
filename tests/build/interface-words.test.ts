import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildFixture,
  projectRoot,
  userEnv,
  withOwnProject,
  type FixtureBuild,
} from '../helpers/build-fixture.ts';
import { BUILT_IN } from '../../src/lib/site/words/translate.ts';
import { CATALOG } from '../../src/lib/site/words/catalog.ts';
import { markedTexts } from '../helpers/text-languages.ts';
import { escapeRegExp } from '../../src/lib/util/escape-regexp.ts';

const root = join(projectRoot, 'tests/fixtures/interface-words');
const es = BUILT_IN.es!;

/**
 * An author's site: this project's src/ and Astro config (whose integration reads the site config
 * beside it: the Markdown plugins name a table's region in its words), with its own site config.
 * The fixture's post is in Spanish (`lang: es`).
 */
function buildSite(siteFields: string, about = SPANISH_SITE): FixtureBuild {
  withOwnProject(root, `${about}\n  url: 'https://aprendo.example.org',\n${siteFields}`);
  return buildFixture('interface-words');
}

const SPANISH_SITE = `  title: 'Mi red de aprendizaje',
  description: 'Reflexiones semanales sobre una red personal de aprendizaje.',
  author: { name: 'Lucía Pérez' },`;

/** An entry's content in the site's JSON Feed, as feed readers get it. */
function feedItem(site: FixtureBuild, slug: string): string {
  const { items } = JSON.parse(site.read('feed.json')) as {
    items: Array<{ url: string; content_html: string }>;
  };
  return items.find((item) => item.url.endsWith(`/posts/${slug}/`))!.content_html;
}

afterAll(() => {
  rmSync(join(root, 'src'), { recursive: true, force: true });
  rmSync(join(root, 'astro.config.mjs'), { force: true });
});

describe('a site in Spanish shows the interface in Spanish (fixture: interface-words)', () => {
  let site: FixtureBuild;
  beforeAll(() => {
    site = buildSite(`  lang: 'es',
  ui: { 'Skip to content': 'Ir directamente al texto' },`);
  });

  it('builds, passes the gate and says nothing of missing words', () => {
    expect(site.status, site.output).toBe(0);
    expect(site.output).not.toContain('the interface is in English');
  });

  it("writes an entry page's frame in the site's words, with ui over the built-in ones", () => {
    const html = site.read('posts/semana-uno/index.html');
    expect(html).toMatch(/<html lang="es" dir="ltr"/);
    // Nothing marked as English, and no English left of the frame.
    expect(html).not.toMatch(/ lang="en"/);
    expect(html).toContain('>Ir directamente al texto</a>');
    for (const label of [es.Reflections, es.Guides, es.Courses, es.Tags, es.About])
      expect(html).toContain(`>${label}</a>`);
    expect(html).toContain(`aria-label="${es.Main}"`);
    expect(html).toContain(`>${es.Contents}</h2>`);
    expect(html).toContain(
      `${es.Published} <time datetime="2026-10-01">1 de octubre de 2026</time>`,
    );
    expect(html).toContain(es['{count} min read'].one!.replace('{count}', '1'));
    expect(html).toContain(`aria-label="${es.Tags}"`);
    for (const english of ['Skip to content', '>Published', 'min read', '>Contents<', 'Subscribe'])
      expect(html).not.toContain(english);
  });

  it("names a Markdown table's scrolling region in the site's words", () => {
    const html = site.read('posts/semana-uno/index.html');
    const label = /role="region"[^>]*aria-label="([^"]+)"/.exec(html)?.[1];
    expect(label).toBeDefined();
    expect(label).toContain('Semana, Tarea');
    expect(label).not.toMatch(/^Table/);
  });

  it('names the search box’s words, a file the script fetches when a reader opens search', () => {
    for (const page of ['index.html', 'posts/semana-uno/index.html', 'search/index.html'])
      expect(site.read(page)).toContain('data-search-words="/search-words.json"');
    const words = JSON.parse(site.read('search-words.json')) as Record<string, unknown>;
    expect(words['Search reflections and guides']).toBe(es['Search reflections and guides']);
    expect(words['{count} results.']).toMatchObject({
      one: es['{count} results.'].one,
      other: es['{count} results.'].other,
    });
  });

  it("gives the steps' progress line its words, which its script fills in as tasks are ticked", () => {
    const html = site.read('posts/semana-dos/index.html');
    const given = /data-steps-words="([^"]+)"/.exec(html)?.[1];
    expect(given).toBeDefined();
    const words = JSON.parse(given!.replaceAll('&quot;', '"')) as { lang: string; count: string };
    expect(words.lang).toBe('es');
    expect(words.count).toBe(es['{done} of {total} tasks done'].other.replace('{total}', '3'));
    expect(html).toContain(`>${es['Reset progress']}</button>`);
  });

  it("writes the feeds' link for a player in the site's words, unmarked in an entry in them", () => {
    const item = feedItem(site, 'semana-uno');
    expect(item).toContain(
      `<a href="https://aprendo.example.org/media/nota.ogg">${es['Listen to the audio: {title}'].replace('{title}', 'Nota de voz')}</a>`,
    );
    expect(item).not.toContain('lang=');
  });

  it("writes the listings and the page not found in the site's words", () => {
    const tag = site.read('tags/red/index.html');
    expect(tag).toContain(`<title>${es['Tagged #{tag}'].replace('{tag}', 'red')}`);
    expect(tag).toContain(es['{count} entries'].one!.replace('{count}', '1'));
    const notFound = site.read('404.html');
    expect(notFound).toContain(`<h1>${es['Page not found']}</h1>`);
    const home = site.read('index.html');
    expect(home).toContain(`>${es['Latest reflections']}</h2>`);
  });
});

describe('a site in a language Commonplace has no words in (fixture: interface-words)', () => {
  let site: FixtureBuild;
  const checks: string[] = [];
  beforeAll(() => {
    site = buildSite(
      `  lang: 'ja',`,
      `  title: '学びのネットワーク',
  description: '個人の学習ネットワークについての週ごとの振り返り。',
  author: { name: 'Aiko Tanaka' },`,
    );
    // npm run check, twice: the second run is answered from its cache.
    for (let run = 0; run < 2; run++) {
      const check = spawnSync(process.execPath, [join(root, 'src/a11y/cli.mjs'), 'source'], {
        cwd: root,
        encoding: 'utf8',
        env: userEnv(),
      });
      checks.push(`${check.stdout}${check.stderr}`);
    }
  });

  it('builds with the interface in English, and the build and every npm run check say so at lang', () => {
    expect(site.status, site.output).toBe(0);
    const warning =
      /src\/site\.config\.ts:7:1 {2}warning {2}the interface is in English: Commonplace has no words for it in Japanese \(lang: ja\)\. Write them under ui in src\/site\.config\.ts/;
    expect(site.output).toMatch(warning);
    for (const output of checks) expect(output).toMatch(warning);
  });

  it("marks the frame's English words as English, on the site's pages and an entry's", () => {
    const home = site.read('index.html');
    expect(home).toMatch(/<html lang="ja"/);
    expect(home).toMatch(/<a class="skip-link" href="#main" lang="en">Skip to content<\/a>/);
    expect(home).toMatch(/<header class="site-header" lang="en">/);
    expect(home).toMatch(/<footer class="site-footer" lang="en">/);
    const post = site.read('posts/semana-uno/index.html');
    expect(post).toMatch(/<html lang="es"/);
    expect(post).toMatch(/<p class="entry-meta" data-pagefind-ignore lang="en">/);
    // A player's link in the feeds is English in a Spanish entry: marked, and the name it gives
    // the player, which the entry's author wrote, marked Spanish.
    expect(feedItem(site, 'semana-uno')).toContain(
      '<a href="https://aprendo.example.org/media/nota.ogg" lang="en">Listen to the audio: <span lang="es">Nota de voz</span></a>',
    );
    // The search box speaks the script's own English: no file of words. It counts results by
    // English's plural rules, and names only entries in another language than the site's.
    expect(site.exists('search-words.json')).toBe(false);
    expect(home).not.toContain('data-search-words');
    expect(home).toMatch(/data-search-lang="en" data-search-dir="ltr" data-search-site-lang="ja"/);
    // The feed page is the site's language; its English words say so, and its dates are
    // Japanese inside them (what a browser makes of it: tests/e2e/feeds.spec.ts).
    expect(site.read('feed.js')).toContain(
      '/* settings */ {"lang":"ja","dir":"ltr","timeZone":"UTC","ui":{"lang":"en"},"site":{"lang":"ja"},"words":{}};',
    );
  });

  it('marks every run of text in the language it is written in, on every page', () => {
    // Three languages meet on this site: its own words are Japanese (its title, the Japanese
    // post), the interface is English (no words in Japanese), and two posts, a page and a guide
    // with its network are Spanish. A screen reader reads each run in the nearest lang around
    // it, so each must be marked with its own (WCAG 3.1.2).
    const slips: string[] = [];
    for (const page of builtPages(site)) {
      for (const { text, marked } of markedTexts(site.read(page))) {
        const found = languagesOf(text);
        if (found.length > 1) slips.push(`${page}: "${text}" mixes ${found.join(' and ')}`);
        else if (found.length === 1 && found[0] !== marked)
          slips.push(`${page}: "${text}" is ${found[0]}, marked ${marked || 'nothing'}`);
      }
    }
    expect(slips).toEqual([]);
  });
});

/** Every HTML page of a build, relative to its output folder. */
function builtPages(site: FixtureBuild): string[] {
  return readdirSync(site.outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
}

/** Japanese is told by its script. */
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
/** The fixture's Spanish by its letters and its commonest words. */
const SPANISH =
  /[áéíóúñ¿¡]|\b(?:que|los|las|una|por|para|con|del|esta|semana|mi|sobre|el|la|y|de|en|lo|red|nota|voz|foro|comunidad)\b/i;
/**
 * The interface's English: each phrase's words between its placeholders, as whole words (a
 * phrase's "Note" is not the Spanish "personal" that English shares).
 */
const ENGLISH = Object.entries(CATALOG)
  .flatMap(([phrase, entry]) => [phrase, typeof entry === 'string' ? '' : entry.one])
  .flatMap((text) => text.split(/\{\w+\}/))
  .map((part) => part.trim())
  .filter((part) => (part.match(/[a-z]/gi) ?? []).length >= 4)
  .map((part) => {
    const edge = (letter: string | undefined, fence: string) =>
      letter && /\p{L}/u.test(letter) ? fence : '';
    return new RegExp(
      `${edge(part[0], '(?<!\\p{L})')}${escapeRegExp(part)}${edge(part.at(-1), '(?!\\p{L})')}`,
      'u',
    );
  });

/** The languages a run of the fixture's text is in, as far as they can be told. */
function languagesOf(text: string): string[] {
  const found: string[] = [];
  if (JAPANESE.test(text)) found.push('ja');
  if (SPANISH.test(text)) found.push('es');
  if (ENGLISH.some((phrase) => phrase.test(text))) found.push('en');
  return found;
}
