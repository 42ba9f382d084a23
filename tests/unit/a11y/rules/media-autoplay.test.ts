import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';

const RULE = 'media-autoplay';
/** Each player with a transcript after it, so only this rule speaks. */
const page = (player: string) => `${player}\n\nTranscript: the crew changes four tyres.`;
const at = async (player: string, ext: '.md' | '.mdx' = '.md') =>
  where(await lintSource(page(player), ext), RULE);

describe('media-autoplay', () => {
  it('reports a player that starts by itself with sound, or loops, and has no controls', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      expect(await at('<audio src="/a.ogg" autoplay></audio>', ext)).toEqual(['1:1']);
      expect(await at('<video src="/a.webm" autoplay></video>', ext)).toEqual(['1:1']);
      expect(
        await at('<video src="/a.webm" autoplay muted loop playsinline></video>', ext),
      ).toEqual(['1:1']);
    }
    // JSX's casing, and a value that is only the attribute's presence.
    expect(await at('<video src="/a.webm" autoPlay={true} muted loop />', '.mdx')).toEqual(['1:1']);
    expect(
      only(lintHtml('<video src="/a.webm" autoplay="autoplay" loop muted></video>'), RULE),
    ).toHaveLength(1);
    // Hidden, it still plays.
    expect(await at('<audio src="/a.ogg" autoplay hidden></audio>')).toEqual(['1:1']);
    const [problem] = only(
      await lintSource(page('<audio src="/a.ogg" autoplay></audio>'), '.md'),
      RULE,
    );
    expect(problem!.severity).toBe('error');
  });

  it('passes a clip that plays once and that a media fragment ends within three seconds', async () => {
    for (const ext of ['.md', '.mdx'] as const) {
      expect(await at('<audio src="/horn.ogg#t=0,2" autoplay></audio>', ext)).toEqual([]);
      expect(
        await at(
          '<video autoplay>\n<source src="/a.mp4#t=8,10" type="video/mp4" />\n<source src="/a.webm#t=npt:0:08,0:10.5" type="video/webm" />\n</video>',
          ext,
        ),
      ).toEqual([]);
    }
    expect(await at('<audio src="/horn.ogg#t=,3" autoplay></audio>')).toEqual([]);
    expect(only(lintHtml('<audio src="/horn.ogg#t=1,3" autoplay></audio>'), RULE)).toEqual([]);
    // Longer than three seconds, no end (it plays to the file's end), a source without one,
    // a loop, which plays the clip again and again: each still plays sound by itself.
    for (const player of [
      '<audio src="/horn.ogg#t=0,4" autoplay></audio>',
      '<audio src="/horn.ogg#t=25" autoplay></audio>',
      '<video autoplay><source src="/a.mp4#t=8,10" /><source src="/a.webm" /></video>',
      '<audio src="/horn.ogg#t=0,2" autoplay loop></audio>',
      '<audio src="/horn.ogg#t=0:02,0:01" autoplay></audio>',
    ])
      expect(await at(player), player).toEqual(['1:1']);
  });

  it("reports it in the site's own .astro files, where the element alone decides", () => {
    const astro = (text: string) =>
      checkAstroFile('/site/src/components/Hero.astro', text, gateConfig(), '/site')
        .filter((p) => p.ruleId === RULE)
        .map((p) => p.line);
    expect(
      astro('---\n---\n<video src="/hero.webm" autoplay loop muted playsinline></video>'),
    ).toEqual([3]);
    expect(
      astro(
        '---\nconst { play } = Astro.props;\n---\n<video src="/hero.webm" autoplay={play} loop muted></video>',
      ),
    ).toEqual([]);
    expect(astro('<video src="/hero.webm" autoplay loop muted controls></video>')).toEqual([]);
  });

  it('passes once the player has controls, or does not start by itself, as the message says', async () => {
    for (const ext of ['.md', '.mdx'] as const)
      for (const player of [
        '<audio src="/a.ogg" autoplay controls></audio>',
        '<video src="/a.webm" autoplay muted loop controls playsinline></video>',
        '<video src="/a.webm" muted loop></video>',
        '<video src="/a.webm" autoplay muted playsinline></video>',
        '<audio src="/a.ogg" autoplay muted></audio>',
      ])
        expect(await at(player, ext), `${player} (${ext})`).toEqual([]);
    // What only the build knows, and what is not shown at all.
    expect(await at('<video src="/a.webm" autoplay={play} loop muted />', '.mdx')).toEqual([]);
    expect(await at('<video src="/a.webm" {...options} />', '.mdx')).toEqual([]);
    expect(await at('<video src="/a.webm" autoplay muted loop hidden></video>')).toEqual([]);
    expect(await at('<template><audio src="/a.ogg" autoplay></audio></template>')).toEqual([]);
    // The site's own players always show their controls.
    expect(
      only(lintHtml('<figure class="media"><video controls src="/a.webm"></video></figure>'), RULE),
    ).toEqual([]);
  });
});
