import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';
import { closestName } from '../../../../src/lib/util/closest-name.ts';

const RULE = 'unknown-component';

describe('unknown-component', () => {
  it('names a misspelt component at its line, with the closest known name', async () => {
    const problems = only(await lintSource('# Pit stop\n\n<Vidoe src="/a.webm" />', '.mdx'), RULE);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '3:1 Unknown component <Vidoe>: did you mean <Video>?',
    ]);
  });

  it('suggests across case and small slips, and lists what works when nothing is close', async () => {
    const text =
      '<figure>x</figure>\n\n<FIGURE src="a" alt="b" />\n\n<Calout>x</Calout>\n\n<Youtube id="x" title="t" />\n\n<Chart data={x} />';
    expect(only(await lintSource(text, '.mdx'), RULE).map((p) => p.message)).toEqual([
      'Unknown component <FIGURE>: did you mean <Figure>?',
      'Unknown component <Calout>: did you mean <Callout>?',
      'Unknown component <Youtube>: did you mean <YouTube>?',
      "Unknown component <Chart>: import it at the top of the file (import Chart from '…'), or use one of <Figure>, <Callout>, <Video>, <Audio>, <YouTube>, <Transcript>, <Steps>",
    ]);
  });

  it('knows the mapped components and whatever the file imports, exports or declares', async () => {
    const text = [
      "import Chart from '../components/Chart.astro';",
      "import * as Icons from '../components/icons.ts';",
      'export const Note = (props) => props.children;',
      'export function Aside() { return null; }',
      '',
      '<Chart /> <Icons.Star /> <Note>x</Note> <Aside />',
      '',
      '<Video src="/a.webm" transcript="./t.md" /> <Steps>x</Steps> <Transcript>x</Transcript>',
      '',
      // Astro's MDX gives every file <Fragment>, as Starlight's docs use it for named slots.
      '<Fragment slot="preview">x</Fragment>',
      '',
      '```mdx\n<Vidoe />\n```',
    ].join('\n');
    expect(only(await lintSource(text, '.mdx'), RULE)).toEqual([]);
  });

  it('flags a member of an object nothing provides, and leaves .md alone', async () => {
    expect(only(await lintSource('<Icons.Star />', '.mdx'), RULE)).toHaveLength(1);
    expect(only(await lintSource('<Vidoe src="/a.webm"></Vidoe>', '.md'), RULE)).toEqual([]);
  });

  it("says what to write for Starlight's components, and each fix passes", async () => {
    const cases: [string, string, string][] = [
      [
        '<Aside type="caution">Hot brakes.</Aside>',
        'Unknown component <Aside>: it is Starlight\'s, which works only in a Starlight site: write <Callout type="warning">…</Callout> instead, which every MDX file has',
        '<Callout type="warning">Hot brakes.</Callout>',
      ],
      [
        '<Aside>Hot brakes.</Aside>',
        'Unknown component <Aside>: it is Starlight\'s, which works only in a Starlight site: write <Callout type="note">…</Callout> instead, which every MDX file has',
        '<Callout type="note">Hot brakes.</Callout>',
      ],
      [
        '<Tabs>\n  <TabItem label="npm">npm ci</TabItem>\n</Tabs>',
        "Unknown component <Tabs>: it is Starlight's, which works only in a Starlight site: write a heading for each tab, with its content under it",
        '## npm\n\nnpm ci',
      ],
      [
        '<Icon name="star" />',
        "Unknown component <Icon>: it is Starlight's, which works only in a Starlight site: remove it; an icon alone says nothing to a reader",
        'Starred.',
      ],
    ];
    for (const [written, message, fixed] of cases) {
      expect(only(await lintSource(written), RULE).map((p) => p.message)[0]).toBe(message);
      expect(only(await lintSource(fixed), RULE), fixed).toEqual([]);
    }
    // A component of the site's own by one of those names is imported, and known.
    expect(
      only(await lintSource('import Card from \'./Card.astro\';\n\n<Card title="Lap" />'), RULE),
    ).toEqual([]);
  });

  it('suggests only names close enough to be a slip', () => {
    expect(closestName('Vidoe', ['Video', 'Audio'])).toBe('Video');
    expect(closestName('Steppes', ['Steps'])).toBe('Steps');
    expect(closestName('Map', ['Video', 'Audio', 'Steps'])).toBeUndefined();
  });
});
