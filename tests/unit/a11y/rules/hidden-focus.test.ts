import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'hidden-focus';

describe('hidden-focus', () => {
  const notOk: [string, string, '.md' | '.mdx'][] = [
    [
      'a heading anchor hidden without tabindex="-1"',
      '<a href="#results" aria-hidden="true">#</a>',
      '.md',
    ],
    [
      'a button inside a hidden block',
      '<div aria-hidden="true"><button>Close</button></div>',
      '.md',
    ],
    [
      'an off-screen link inside a hidden block',
      '<div aria-hidden="true"><a href="/" style="position:absolute; top:-999em">Skip</a></div>',
      '.md',
    ],
    [
      'aria-hidden="false" inside a hidden block',
      '<div aria-hidden="true"><div aria-hidden="false"><button>Go</button></div></div>',
      '.md',
    ],
    [
      'a hidden element with tabindex="0"',
      '<p tabindex="0" aria-hidden="true">Some text</p>',
      '.md',
    ],
    [
      'a hidden disclosure, whose summary takes focus',
      '<details aria-hidden="true"><summary>More</summary><p>Text</p></details>',
      '.md',
    ],
    [
      'an input that is only aria-disabled',
      '<div aria-hidden="true"><input aria-disabled="true" /></div>',
      '.mdx',
    ],
    [
      'a hidden player with controls',
      '<video src="/a.webm" controls aria-hidden="true"></video>\n\nTranscript: the words.',
      '.mdx',
    ],
  ];
  for (const [name, text, ext] of notOk) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toHaveLength(1);
      if (ext === '.md') expect(where(lintHtml(text), RULE)).toHaveLength(1);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    [
      'a heading anchor with tabindex="-1"',
      '<a href="#results" aria-hidden="true" tabindex="-1">#</a>',
      '.md',
    ],
    ['hidden text', '<p aria-hidden="true">Some text</p>', '.md'],
    [
      'a hidden link that is not rendered',
      '<div aria-hidden="true"><a href="/" style="display:none">Link</a></div>',
      '.md',
    ],
    ['a disabled input', '<input disabled aria-hidden="true" />', '.mdx'],
    ['an inert block', '<div aria-hidden="true" inert><button>Close</button></div>', '.md'],
    [
      'a hidden icon inside a link',
      '<a href="/"><svg aria-hidden="true"><circle r="4" /></svg> Home</a>',
      '.md',
    ],
    ['an anchor with no href', '<a id="top" aria-hidden="true"></a>', '.md'],
    ['aria-hidden with no value', '<button tabindex="-1" aria-hidden>Go</button>', '.md'],
    [
      'a tabindex only the build knows',
      '<a href="/" aria-hidden="true" tabindex={order}>x</a>',
      '.mdx',
    ],
    ['a component inside a hidden block', '<div aria-hidden="true"><Badge /></div>', '.mdx'],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });
  }

  it('inside a hidden block: says where aria-hidden is, and both fixes pass', async () => {
    const text = '<div aria-hidden="true"><button>Close</button></div>';
    expect(only(lintHtml(text), RULE).map((p) => p.message)).toEqual([
      '<button> is inside aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to it, or remove aria-hidden="true" from the <div> around it',
    ]);
    for (const fixed of [
      '<div aria-hidden="true"><button tabindex="-1">Close</button></div>',
      '<div><button>Close</button></div>',
    ]) {
      expect(only(lintHtml(fixed), RULE), fixed).toEqual([]);
      for (const ext of ['.md', '.mdx'] as const)
        expect(only(await lintSource(fixed, ext), RULE), fixed).toEqual([]);
    }
  });

  it('says what to write, and both fixes pass', async () => {
    const text = '<h2 id="results">Results <a href="#results" aria-hidden="true">#</a></h2>';
    expect(only(await lintSource(text, '.md'), RULE).map((p) => p.message)).toEqual([
      '<a href> has aria-hidden="true" but the Tab key still reaches it, where a screen reader says nothing: add tabindex="-1" to take it out of the tab order, or remove aria-hidden="true"',
    ]);
    for (const fixed of [
      text.replace('aria-hidden="true"', 'aria-hidden="true" tabindex="-1"'),
      text.replace(' aria-hidden="true"', ' aria-label="Link to this section"'),
    ]) {
      for (const ext of ['.md', '.mdx'] as const) {
        const problems = await lintSource(fixed, ext);
        expect(only(problems, RULE), fixed).toEqual([]);
        expect(only(problems, 'link-name'), fixed).toEqual([]);
      }
      expect(only(lintHtml(fixed), RULE)).toEqual([]);
    }
  });
});
