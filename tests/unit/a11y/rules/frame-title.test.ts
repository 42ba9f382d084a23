import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'frame-title';

describe('frame-title', () => {
  const notOk: [string, string, '.md' | '.mdx'][] = [
    ['iframe without title (JSX)', '<iframe src="https://maps.example.org/embed" />'],
    [
      'iframe with empty title (raw HTML)',
      '<iframe src="https://codepen.io/x/embed" title=""></iframe>',
      '.md',
    ],
    ['iframe with whitespace title', '<iframe src="/x.html" title="  "></iframe>', '.md'],
    [
      'iframe with only a name attribute',
      '<iframe name="Grocery list" src="/x.html"></iframe>',
      '.md',
    ],
    ['video iframe without title', '<iframe src="https://player.vimeo.com/video/1" />'],
  ].map(([n, t, e]) => [n!, t!, (e ?? '.mdx') as '.md' | '.mdx']);
  for (const [name, text, ext] of notOk) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual(['1:1']);
      expect(where(lintHtml(text), RULE)).toEqual(['1:1']);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['iframe with title', '<iframe src="/x.html" title="Map of the venue" />', '.mdx'],
    ['iframe with aria-label', '<iframe src="/x.html" aria-label="Map"></iframe>', '.md'],
    [
      'iframe with aria-labelledby',
      '<h2 id="m">Venue map</h2>\n<iframe src="/x.html" aria-labelledby="m"></iframe>',
      '.md',
    ],
    ['iframe with a dynamic title', '<iframe src="/x.html" title={frameTitle} />', '.mdx'],
    ['iframe that is not rendered', '<iframe src="/x.html" style="display:none"></iframe>', '.md'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }
  it('flags a title MDX renders from a boolean, in both layers, and passes the fix', async () => {
    for (const [written, rendered] of [
      ['title={true}', 'title="true"'],
      ['title={false}', 'title="false"'],
      ['title', 'title="true"'],
    ]) {
      const [problem] = only(await lintSource(`<iframe src="/x.html" ${written} />`), RULE);
      expect(problem?.message).toBe(
        `<iframe> has ${rendered}, which is not a title: write title="what the frame shows", e.g. title="Map of the venue"`,
      );
      expect(where(lintHtml(`<iframe src="/x.html" ${rendered}></iframe>`), RULE)).toEqual(['1:1']);
    }
    const fixed = '<iframe src="/x.html" title="Map of the venue" />';
    expect(only(await lintSource(fixed), RULE)).toEqual([]);
  });

  it('names a title written as an expression that is undefined, and passes the fix', async () => {
    const text = `---\ntitle: T\nmapTitle: Map of the circuit\n---\n\n<iframe src="/x.html" title={frontmatter.mapTilte} />\n`;
    const [problem] = only(await lintSource(text), RULE);
    expect(problem?.message).toBe(
      '<iframe> has no title: title={frontmatter.mapTilte} is undefined here, so the page gets no title attribute: write title="what the frame shows", e.g. title="Map of the venue"',
    );
    expect(only(await lintSource(text.replace('mapTilte', 'mapTitle')), RULE)).toEqual([]);
  });

  it('gives an example title that fits what the frame shows, by its address', async () => {
    const frames = [
      ['https://docs.google.com/presentation/d/e/2PACX-1/embed?start=false', 'Slides: '],
      ['https://www.canva.com/design/DAF/view?embed', 'Slides: '],
      ['https://padlet.com/class/wall', 'Board: '],
      ['//www.mentimeter.com/app/presentation/abc/embed', 'Poll: '],
      ['https://www.youtube-nocookie.com/embed/abc', 'Video: '],
      ['https://www.google.com/maps/embed?pb=1', 'Map of'],
      ['https://open.spotify.com/embed/episode/1', 'Podcast: '],
      ['https://codepen.io/sam/embed/abc', 'Code example: '],
      ['https://docs.google.com/forms/d/e/1/viewform?embedded=true', 'Form: '],
      ['https://intranet.example.org/page', 'Map of the venue'],
      // Players the gate knows beyond the big sites: lecture capture, a podcast host, Stream.
      ['https://uni.hosted.panopto.com/Panopto/Pages/Embed.aspx?id=1', 'Video: '],
      ['https://html5-player.libsyn.com/embed/episode/id/1/', 'Podcast: '],
      [
        'https://uni.sharepoint.com/sites/f1/_layouts/15/embed.aspx?UniqueId=1&amp;referrer=StreamWebApp&amp;referrerScenario=EmbedDialog.Create',
        'Video: ',
      ],
    ];
    for (const [src, example] of frames) {
      const text = `<iframe src="${src}"></iframe>\n`;
      for (const problems of [await lintSource(text, '.md'), lintHtml(text)]) {
        const [problem] = only(problems, RULE);
        expect(problem?.message).toContain(`e.g. title="${example}`);
        const title = /e\.g\. title="([^"]+)"/.exec(problem!.message)![1]!;
        const fixed = text.replace('>', ` title="${title}">`);
        expect(only(await lintSource(fixed, '.md'), RULE)).toEqual([]);
        expect(only(lintHtml(fixed), RULE)).toEqual([]);
      }
    }
  });

  it('passes a titled iframe in built HTML', () => {
    expect(only(lintHtml('<iframe src="/x.html" title="Map"></iframe>'), RULE)).toEqual([]);
  });
});
