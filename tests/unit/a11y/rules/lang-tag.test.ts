import { describe, expect, it } from 'vitest';
import { fixedBy, lintHtml, lintSource, only } from '../helpers.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';

const RULE = 'lang-tag';
const found = async (text: string, ext: '.md' | '.mdx') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

describe('lang-tag', () => {
  it('reports a lang that names no language, in Markdown, MDX, built pages and .astro files', async () => {
    const text = 'Our motto was <span lang="spanish">poco a poco</span>.';
    const message =
      '<span lang="spanish"> names no language a screen reader knows, so its words are read with the wrong voice: write es';
    for (const ext of ['.md', '.mdx'] as const)
      expect(await found(text, ext)).toEqual([`1:15 ${message}`]);
    expect(only(lintHtml(`<p>${text}</p>`), RULE).map((p) => p.message)).toEqual([message]);
    const astro = checkAstroFile(
      '/site/src/components/Motto.astro',
      `<footer>\n  <p lang="eng">Slowly, slowly.</p>\n</footer>\n`,
      gateConfig(),
      '/site',
    ).filter((p) => p.ruleId === RULE);
    expect(astro.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:3 <p lang="eng"> names no language a screen reader knows, so its words are read with the wrong voice: write en',
    ]);
  });

  it('writes the tag with --fix where it is certain: a name, an ISO 639-2 code, underscores', async () => {
    const text =
      '<span lang="en_US">color</span>, <span lang=\'eng-GB\'>colour</span>, <span lang="Deutsch">Farbe</span> and <span lang="xx_YY">?</span>\n';
    for (const ext of ['.md', '.mdx'] as const) {
      const problems = only(await lintSource(text, ext), RULE);
      expect(problems.map((p) => p.message.split(': ').at(-1))).toEqual([
        'write en-US',
        'write en-GB',
        'write de',
        'use a BCP 47 language tag such as en, ar, he, fa or pt-BR',
      ]);
      const fixed = fixedBy(text, problems);
      expect(fixed).toBe(
        '<span lang="en-US">color</span>, <span lang=\'en-GB\'>colour</span>, <span lang="de">Farbe</span> and <span lang="xx_YY">?</span>\n',
      );
      expect(only(await lintSource(fixed, ext), RULE)).toHaveLength(1);
    }
  });

  it('passes the fix, an unknown language, a lang only the render knows, and a lang over no words of its own', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      expect(await found('Our motto was <span lang="es">poco a poco</span>.', ext)).toEqual([]);
      expect(await found('A word nobody could read: <span lang="">qwxz</span>.', ext)).toEqual([]);
      // A language of the registry the runtime has no name for; `und`, the language unknown.
      expect(await found('We said <span lang="oma">wíbthahan</span>.', ext)).toEqual([]);
      expect(await found('<span lang="und">qwxz</span>.', ext)).toEqual([]);
      // Every word inside has a language of its own.
      expect(await found('<div lang="spanish"><p lang="es">poco a poco</p></div>', ext)).toEqual(
        [],
      );
    }
    expect(await found('<span lang={lang}>poco a poco</span>', '.mdx')).toEqual([]);
    // Words hidden from every reader, or none at all: nothing is read in it.
    expect(only(lintHtml('<p lang="spanish" hidden>poco</p><div lang="x"></div>'), RULE)).toEqual(
      [],
    );
  });
});
