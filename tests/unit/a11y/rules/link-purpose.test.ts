import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';

const RULE = 'link-purpose';
const astro = (text: string) =>
  checkAstroFile('/site/src/components/Latest.astro', text, gateConfig(), '/site')
    .filter((p) => p.ruleId === RULE)
    .map((p) => `${p.line}:${p.column} ${p.severity}`);
const said = async (text: string, ext: '.md' | '.mdx' = '.md') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.severity}`);

describe('link-purpose', () => {
  it('warns at a link whose whole text names no destination, however it is written', async () => {
    // jsx-a11y's anchor-ambiguous-text list is among them.
    const links = [
      'click here',
      'Click here!',
      'HERE',
      'Read more →',
      'learn more',
      'link',
      'a link',
    ];
    const text = links.map((words) => `Text [${words}](https://example.org/a).`).join('\n\n');
    expect(await said(text)).toEqual(links.map((_, i) => `${i * 2 + 1}:6 warning`));
    expect(await said('Text <a href="https://example.org/a">here</a>.', '.mdx')).toEqual([
      '1:6 warning',
    ]);
    // The site's own components, read before any build.
    expect(
      astro(
        '---\n---\n<p>Read the <a href="/a/">latest post</a> or <a href="/b/">read more</a>.</p>',
      ),
    ).toEqual(['3:46 warning']);
  });

  it('leaves links that say where they go, or whose name is not their text', async () => {
    const text = [
      'The [slides from week three](https://example.org/a) and [the slides from here](https://example.org/b).',
      '',
      '<a href="https://example.org/c" aria-label="The report on pit stops">here</a>',
      '',
      '[![The pit wall at dusk](/pit.png)](https://example.org/d)',
      '',
      '<a href="https://example.org/e" hidden>here</a>',
      '',
      '| Who | Follow |',
      '| --- | --- |',
      '| The FIA | [Website](https://www.fia.com/) |',
    ].join('\n');
    expect(await said(text)).toEqual([]);
    expect(
      await said('[{title}](https://example.org/a) and <a href="/b/">{label}</a>', '.mdx'),
    ).toEqual([]);
  });

  it('warns at a link that is only a symbol, read by its name, in any language', async () => {
    const symbols = ['🔗', '→', '»', '#', '↗︎'];
    const text = symbols.map((symbol) => `Text [${symbol}](https://example.org/a).`).join('\n\n');
    expect(await said(text)).toEqual(symbols.map((_, i) => `${i * 2 + 1}:6 warning`));
    const [first] = only(await lintSource('Our page [🔗](https://example.org/a).', '.md'), RULE);
    expect(first!.message).toBe(
      'Link text "🔗" is only a symbol, which a screen reader reads by its name, not where the link goes: put the words that say what is there between the brackets, [the slides from week three](…)',
    );
    // A symbol beside words, or a symbol link named by aria-label, says where it goes.
    expect(
      await said(
        '[📸 Our Instagram](https://example.org/a) <a href="https://example.org/b" aria-label="Our campaign page">🔗</a>',
      ),
    ).toEqual([]);
  });

  it("warns at a post's own vague words in its language, and an element's in its lang", async () => {
    const inLanguage = (lang: string, links: string[]) =>
      `---\ntitle: T\nlang: ${lang}\n---\n\n${links.map((words) => `Texto [${words}](https://example.org/a).`).join('\n\n')}\n`;
    // Line 6 onward, one link every other line.
    const lines = (count: number) =>
      Array.from({ length: count }, (_, i) => `${i * 2 + 6}:7 warning`);
    const cases: [string, string[]][] = [
      ['es', ['aquí', 'Haz clic aquí', 'Leer más…', 'aqui', 'este enlace']],
      ['fr', ['ici', 'Cliquez ici', 'En savoir plus', 'Lire la suite', 'plus d’informations']],
      ['de', ['hier', 'Hier klicken', 'Weiterlesen', 'mehr erfahren']],
      ['pt-BR', ['aqui', 'Clique aqui', 'Saiba mais', 'Mais informações']],
      ['it', ['qui', 'Clicca qui', 'Leggi di più']],
      ['nl', ['hier', 'Klik hier', 'Lees meer']],
      // English link text says as little in any language.
      ['es', ['click here', 'read more']],
    ];
    for (const [lang, links] of cases)
      for (const ext of ['.md', '.mdx'] as const)
        expect(await said(inLanguage(lang, links), ext), `${lang}: ${links}`).toEqual(
          lines(links.length),
        );
    // Another language's words, in a post that is not in it: "hier" is no vague English.
    expect(await said(inLanguage('en', ['hier', 'aquí', 'ici']))).toEqual([]);
    // Words that say where the link goes, in the post's language.
    expect(
      await said(inLanguage('es', ['las diapositivas de la tercera semana', 'el informe aquí'])),
    ).toEqual([]);
    // An element in another language, in an English post.
    expect(
      await said(
        'The FIA\'s page <span lang="fr"><a href="https://example.org/a">cliquez ici</a></span>.',
        '.mdx',
      ),
    ).toEqual(['1:32 warning']);
  });

  it('passes the fix it gives, in each file type', async () => {
    const fixed = 'The [slides from week three](https://example.org/slides) are online.';
    for (const ext of ['.md', '.mdx'] as const) expect(await said(fixed, ext)).toEqual([]);
    expect(astro('<p>The <a href="/slides/">slides from week three</a> are online.</p>')).toEqual(
      [],
    );
  });
});
