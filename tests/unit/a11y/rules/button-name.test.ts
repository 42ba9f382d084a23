import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'button-name';

describe('button-name', () => {
  const notOk: [string, string, '.md' | '.mdx'][] = [
    ['a button around nothing', '<button type="button"></button>', '.md'],
    [
      'an icon button whose icon is hidden',
      '<button><svg aria-hidden="true"><path d="M0 0h1"/></svg></button>',
      '.md',
    ],
    [
      'a button with an unnamed svg',
      '<button><svg viewBox="0 0 1 1"><path d="M0 0h1"/></svg></button>',
      '.mdx',
    ],
    ['a button whose value is no name', '<button type="button" value="read more"></button>', '.md'],
    ['role="button" with no text', '<span role="button" tabindex="0"></span>', '.md'],
    ['a button whose role="none" does not hold', '<button role="none"></button>', '.md'],
    ['an input button with no value', '<input type="button" />', '.mdx'],
    [
      'a button of only a decorative image',
      '<button><img src="/menu.png" alt="" /></button>',
      '.mdx',
    ],
    [
      'a button whose label has no text',
      '<button type="button" id="b"></button><label for="b"> </label>',
      '.md',
    ],
    [
      'role="button" on a span a label is for (a label names form controls only)',
      '<span role="button" tabindex="0" id="s"></span><label for="s">Open</label>',
      '.md',
    ],
  ];
  for (const [name, text, ext] of notOk) {
    it(`flags ${name}`, async () => {
      expect(where(await lintSource(text, ext), RULE)).toEqual(['1:1']);
      if (ext === '.md') expect(where(lintHtml(text), RULE)).toEqual(['1:1']);
    });
  }

  const ok: [string, string, '.md' | '.mdx'][] = [
    ['a button with text', '<button type="button">Show the answer</button>', '.md'],
    [
      'an icon button with aria-label',
      '<button aria-label="Open the menu"><svg aria-hidden="true"></svg></button>',
      '.md',
    ],
    ['a submit input (the browser says Submit)', '<input type="submit" />', '.md'],
    ['a reset input (the browser says Reset)', '<input type="reset" />', '.md'],
    ['an input button with a value', '<input type="button" value="Check" />', '.mdx'],
    ['a button whose text is an expression', '<button>{label}</button>', '.mdx'],
    ['a hidden button', '<button style="display: none;"></button>', '.md'],
    [
      'a button with role="link" (link-name’s)',
      '<button role="link">Take me there</button>',
      '.md',
    ],
    ['a disabled button whose role="none" holds', '<button role="none" disabled></button>', '.md'],
    ['an image button (image-alt’s)', '<input type="image" src="/go.png" alt="Go" />', '.md'],
    // A <label> names the button or input button it is around or for (HTML-AAM), as in axe-core.
    ['a button inside a label', '<label>Show the answer <button></button></label>', '.md'],
    ['a button a label is for', '<label for="go">Go</label>\n<button id="go"></button>', '.md'],
    [
      'an input button a label is for',
      '<label for="c">Check</label>\n<input type="button" id="c" />',
      '.md',
    ],
    [
      'a submit input with role="button" (its value still names it)',
      '<input type="submit" value="Send" role="button" />',
      '.md',
    ],
  ];
  for (const [name, text, ext] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, ext), RULE)).toEqual([]);
      if (ext === '.md') expect(only(lintHtml(text), RULE)).toEqual([]);
    });
  }

  it('leaves an image with no alt inside a button to image-alt, whose fix names the button', async () => {
    const problems = await lintSource('<button><img src="/menu.png" /></button>', '.md');
    expect(only(problems, RULE)).toEqual([]);
    expect(only(problems, 'image-alt').map((p) => p.message)).toEqual([
      '<img> has no alt text, and it is all its button holds: write what the button does as its alt text, e.g. alt="Open the menu"',
    ]);
    const fixed = await lintSource(
      '<button><img src="/menu.png" alt="Open the menu" /></button>',
      '.md',
    );
    expect(only(fixed, RULE)).toEqual([]);
    expect(only(fixed, 'image-alt')).toEqual([]);
  });

  it('names an aria-label written as an expression that is undefined, and passes the fix', async () => {
    const text = `---\ntitle: T\n---\n\n<button aria-label={frontmatter.linkLabel}><svg aria-hidden="true"></svg></button>\n`;
    const [problem] = only(await lintSource(text), RULE);
    expect(problem?.message).toBe(
      '<button> has no text a reader hears, and aria-label={frontmatter.linkLabel} is undefined here, so the page gets no aria-label attribute: write aria-label="what it does", or put text inside the button',
    );
    const fixed = text.replace('{frontmatter.linkLabel}', '"Open the menu"');
    expect(only(await lintSource(fixed), RULE)).toEqual([]);
  });

  it('says what to write, and each fix passes', async () => {
    const cases: [string, string, string][] = [
      [
        '<button type="button"><svg aria-hidden="true"></svg></button>',
        '<button> has no text a reader hears: put text inside it saying what it does, or add aria-label="what it does" (an icon button\'s icon stays aria-hidden)',
        '<button type="button" aria-label="Open the menu"><svg aria-hidden="true"></svg></button>',
      ],
      [
        '<input type="button" />',
        '<input type="button"> has no name a reader hears: write value="what it does", e.g. value="Send"',
        '<input type="button" value="Send" />',
      ],
      [
        '<button><img src="/menu.png" alt="" /></button>',
        '<button> has no text, only an image marked decorative (alt=""): write what the button does as the image\'s alt text, e.g. alt="Open the menu"',
        '<button><img src="/menu.png" alt="Open the menu" /></button>',
      ],
      // An aria-label written empty is to be filled, not added (HTML_CodeSniffer's 4.1.2 case).
      [
        '<button aria-label=""><svg aria-hidden="true"></svg></button>',
        '<button> has no text a reader hears, and its aria-label is empty: write what it does in it, aria-label="what it does", or put text inside the button',
        '<button aria-label="Open the menu"><svg aria-hidden="true"></svg></button>',
      ],
    ];
    for (const [text, message, fixed] of cases) {
      for (const ext of ['.md', '.mdx'] as const) {
        expect(only(await lintSource(text, ext), RULE).map((p) => p.message)).toEqual([message]);
        expect(only(await lintSource(fixed, ext), RULE), fixed).toEqual([]);
      }
      expect(only(lintHtml(fixed.replace(' />', '>')), RULE)).toEqual([]);
    }
  });
});
