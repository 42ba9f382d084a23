import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only } from '../helpers.ts';

const RULE = 'nested-interactive';
const said = (problems: Awaited<ReturnType<typeof lintSource>>) =>
  only(problems, RULE).map((p) => p.message);

describe('nested-interactive', () => {
  it('reports a control inside a button or a link, in .md, .mdx and a built page', async () => {
    const cases: [string, string][] = [
      [
        '<div role="tab" tabindex="0">Week 3 <button>Close</button></div>',
        '<div role="tab"> holds <button>, a control inside a control: a screen reader announces the tab by its name alone, and never what is inside it, yet the keyboard stops there too: take it out of the tab, beside it',
      ],
      [
        '<a href="/join/">Join <input type="checkbox"> <select><option>Now</option></select></a>',
        '<a href="/join/"> holds 2 controls (<input>, <select>), a control inside a control: a link may hold no control, and browsers and screen readers each treat one their own way: keep one of them, the link (styled as a button if it should look like one) or the controls without the link around them',
      ],
    ];
    for (const [html, message] of cases) {
      expect(said(await lintSource(html, '.md')), html).toEqual([message]);
      expect(
        said(
          await lintSource(
            html.replace('<input type="checkbox">', '<input type="checkbox" />'),
            '.mdx',
          ),
        ),
        html,
      ).toEqual([message]);
      expect(
        said(
          lintHtml(
            `<!doctype html><html lang="en"><head><title>T</title></head><body>${html}</body></html>`,
          ),
        ),
        html,
      ).toEqual([message]);
    }
  });

  it('passes what is no control inside, and a control beside another', async () => {
    for (const html of [
      '<button>Show the <span tabindex="0">answer</span></button>',
      '<button><svg aria-hidden="true"></svg> Share</button>',
      '<a href="/join/" class="button">Join</a> <button>Share</button>',
      '<summary>Week 3 <a href="/posts/week-3/">notes</a></summary>',
      '<label>Name <input type="text"></label>',
      '<button hidden><a href="/x/">x</a></button>',
      '<a name="top"><button>Up</button></a>',
    ])
      expect(said(await lintSource(html, '.md')), html).toEqual([]);
  });
});
