import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../../src/a11y/core/fixes.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';
import { lintSource, only } from '../helpers.ts';

const RULE = 'aria-attribute';

/** The file with every aria-attribute fix made, and what the rule says of it then. */
async function fixed(text: string, ext: '.md' | '.mdx') {
  const fixes = only(await lintSource(text, ext), RULE).flatMap((p) => (p.fix ? [p.fix] : []));
  const after = applyFixes(text, fixes).text;
  return { text: after, left: only(await lintSource(after, ext), RULE) };
}

describe('aria-attribute', () => {
  it('names the ARIA attribute a misspelt one means, at the attribute, and --fix writes it', async () => {
    const text =
      'Rated <span aria-hiden="true">★★★</span> <span class="sr-only">three stars</span>\n';
    const [problem] = only(await lintSource(text, '.md'), RULE);
    expect(problem).toMatchObject({
      line: 1,
      column: 13,
      severity: 'warning',
      message: 'aria-hiden is not an ARIA attribute, so browsers ignore it: write aria-hidden',
    });
    expect(await fixed(text, '.md')).toEqual({
      text: text.replace('aria-hiden', 'aria-hidden'),
      left: [],
    });
  });

  it('gives JSX camel case its hyphen, keeps the name as written, and fixes each on one tag', async () => {
    const text = '<button type="button" ariaLabel="Close" ARIA-CONTROLS="menu">×</button>\n';
    expect(only(await lintSource(text, '.mdx'), RULE).map((p) => p.message)).toEqual([
      'ariaLabel is not an attribute HTML knows, so browsers ignore it: write aria-label',
    ]);
    const md = '<nav aria-labeledby="site-menu" ARIA-DISCRIBEDBY="help"></nav>\n';
    expect(only(await lintSource(md, '.md'), RULE).map((p) => p.message)).toEqual([
      'aria-labeledby is not an ARIA attribute, so browsers ignore it: write aria-labelledby',
      'ARIA-DISCRIBEDBY is not an ARIA attribute, so browsers ignore it: write aria-describedby',
    ]);
    expect((await fixed(md, '.md')).text).toBe(
      '<nav aria-labelledby="site-menu" aria-describedby="help"></nav>\n',
    );
    expect((await fixed(text, '.mdx')).text).toContain('aria-label="Close"');
  });

  it('writes a name for --fix only where one alone is near; a guess stays a message', async () => {
    const names: [string, string | undefined][] = [
      ['aria-lable', 'aria-label'],
      ['aria-labeled-by', 'aria-labelledby'],
      ['aria-labelled', 'aria-labelledby'],
      ['aria-discribedby', 'aria-describedby'],
      ['aria-expand', 'aria-expanded'],
      ['ariaLabeledBy', 'aria-labelledby'],
      // Near two (aria-label, aria-labelledby), near none, or too short to tell.
      ['aria-labelby', undefined],
      ['aria-name', undefined],
      ['aria-desc', undefined],
      ['aria-cat', undefined],
      ['aria-sat', undefined],
    ];
    for (const [name, fix] of names) {
      const [problem] = only(await lintSource(`<div ${name}="x">A</div>\n`, '.mdx'), RULE);
      expect([name, problem?.fix?.text]).toEqual([name, fix]);
      expect(
        problem?.message.endsWith(
          fix ? `write ${fix}` : 'you meant (https://www.w3.org/TR/wai-aria/#state_prop_def)',
        ),
      ).toBe(true);
    }
  });

  it('says to remove what means nothing, or what the element already has, with no fix', async () => {
    const problems = only(
      await lintSource(
        '<div aria-role="note" aria-frobnicate="x">A</div>\n\n<h2 id="t">Map</h2>\n\n<iframe src="/m.html" aria-labelledby="t" aria-labeledby="t"></iframe>\n',
        '.md',
      ),
      RULE,
    );
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      ['aria-role is not an ARIA attribute, so browsers ignore it: write role', expect.anything()],
      [
        'aria-frobnicate is not an ARIA attribute, so browsers ignore it: remove it, or write the ARIA attribute you meant (https://www.w3.org/TR/wai-aria/#state_prop_def)',
        undefined,
      ],
      [
        'aria-labeledby is not an ARIA attribute, so browsers ignore it, and the element has aria-labelledby already: remove aria-labeledby',
        undefined,
      ],
    ]);
  });

  it('names the role a misspelt one means, at its value, and --fix writes it', async () => {
    const text =
      '<img src="/stars.png" role="presentaion"> <div role="navigaton"></div> <p role="nav"></p>\n';
    expect(only(await lintSource(text, '.md'), RULE).map((p) => [p.column, p.message])).toEqual([
      [
        29,
        'role="presentaion" is not an ARIA role, so browsers ignore it: write role="presentation"',
      ],
      [54, 'role="navigaton" is not an ARIA role, so browsers ignore it: write role="navigation"'],
      [81, 'role="nav" is not an ARIA role, so browsers ignore it: write role="navigation"'],
    ]);
    expect(await fixed(text, '.md')).toEqual({
      text: '<img src="/stars.png" role="presentation"> <div role="navigation"></div> <p role="navigation"></p>\n',
      left: [],
    });
    const jsx = "<div role='buton' tabIndex={0}>Menu</div>\n";
    expect((await fixed(jsx, '.mdx')).text).toBe("<div role='button' tabIndex={0}>Menu</div>\n");
  });

  it('passes a role list with one role browsers know, and says what a category or nothing near is', async () => {
    const ok =
      '<div role="switch checkbox">A</div> <span role="doc-noteref image">B</span> <span role="text">C</span>\n';
    expect(only(await lintSource(ok, '.md'), RULE)).toEqual([]);
    const problems = only(
      await lintSource('<div role="widget">A</div> <div role="fancy box">B</div>\n', '.md'),
      RULE,
    );
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      [
        'role="widget" is one of ARIA\'s categories, not a role an element can take, so browsers ignore it: write the role meant, such as role="button", or remove it',
        undefined,
      ],
      [
        'role="fancy box" is not an ARIA role, so browsers ignore it: remove it, or write the role you meant (https://www.w3.org/TR/wai-aria/#role_definitions)',
        undefined,
      ],
    ]);
  });

  it('places a name with characters a pattern would read otherwise, as written', async () => {
    const [problem] = only(await lintSource('<div aria-label.bind="x">A</div>\n', '.md'), RULE);
    expect([problem?.column, problem?.message.split(' is ')[0]]).toEqual([6, 'aria-label.bind']);
  });

  it("passes every ARIA attribute, ARIA 1.3's included, and a component's props", async () => {
    const text =
      '<span aria-description="Opens in a new tab" aria-braillelabel="tab" aria-hidden="false">x</span>\n\n<Callout aria-labeledby="x">Note</Callout>\n';
    expect(only(await lintSource(text, '.mdx'), RULE)).toEqual([]);
  });

  it("reports one in the site's .astro files too, at its line", () => {
    const problems = checkAstroFile(
      '/site/src/components/Nav.astro',
      '---\n---\n<nav aria-labeledby="menu-title">\n  <h2 id="menu-title">Menu</h2>\n</nav>\n',
      gateConfig(),
      '/site',
    ).filter((p) => p.ruleId === RULE);
    expect(problems.map((p) => `${p.line} ${p.message}`)).toEqual([
      '3 aria-labeledby is not an ARIA attribute, so browsers ignore it: write aria-labelledby',
    ]);
  });
});

describe('aria-attribute: a label on an element that takes no name', () => {
  it('says a label on a span of symbols or an empty icon is not read, and --fix adds role="img"', async () => {
    const text =
      'Rated <span aria-label="Four stars out of five">★★★★☆</span> by the class.\n\n<i class="fa fa-leaf" aria-label="Sustainability"></i> Green team\n';
    expect(
      only(await lintSource(text, '.md'), RULE).map((p) => [p.line, p.column, p.message]),
    ).toEqual([
      [
        1,
        13,
        'aria-label on a <span> is not read: a <span> takes no name, and what it holds, "★★★★☆", has no words: add role="img", so readers hear "Four stars out of five"',
      ],
      [
        3,
        23,
        'aria-label on an <i> is not read: an <i> takes no name, and it holds nothing: add role="img", so readers hear "Sustainability"',
      ],
    ]);
    expect(await fixed(text, '.md')).toEqual({
      text: text.replace('<span', '<span role="img"').replace('<i', '<i role="img"'),
      left: [],
    });
    const jsx = '<span aria-label="Party">🎉</span>\n';
    expect((await fixed(jsx, '.mdx')).text).toBe('<span role="img" aria-label="Party">🎉</span>\n');
  });

  it('leaves a label that is read: in a link, button or heading, on words, on an image, with a role', async () => {
    const read = [
      '<a href="/x/"><span aria-label="Next post">→</span></a>',
      '<button type="button"><span aria-label="Close">×</span></button>',
      '<h2><span aria-label="Week one">①</span></h2>',
      '<span aria-label="Rating">Four stars</span>',
      '<span aria-label="Rating"><img src="/stars.png" alt="Four stars"></span>',
      '<span role="img" aria-label="Four stars">★★★★</span>',
      '<nav aria-label="Pages">…</nav>',
      '<span aria-label="   ">★</span>',
      '<span aria-label="Hidden" hidden>★</span>',
    ];
    for (const html of read)
      expect([html, only(await lintSource(`${html}\n`, '.md'), RULE)]).toEqual([html, []]);
  });

  it('says it of a role or an element that takes no name, without a fix', async () => {
    const problems = only(
      await lintSource(
        '<p aria-label="Divider">* * *</p>\n\n<div role="paragraph" aria-labelledby="t">—</div>\n',
        '.md',
      ),
      RULE,
    );
    expect(problems.map((p) => [p.message, p.fix])).toEqual([
      [
        'aria-label on a <p> is not read: a <p> takes no name, and what it holds, "* * *", has no words: give it role="img", so readers hear "Divider", or write the words in it',
        undefined,
      ],
      [
        'aria-labelledby on a <div> is not read: role="paragraph" takes no name, and what it holds, "—", has no words: give it role="img", so readers hear its label, or write the words in it',
        undefined,
      ],
    ]);
  });
});
