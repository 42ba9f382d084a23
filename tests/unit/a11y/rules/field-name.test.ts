import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';
import { join } from 'node:path';
import { checkAstroFile } from '../../../../src/a11y/source/astro-file.ts';
import { project } from '../project.ts';
import { gateConfig } from '../../../../src/a11y/core/config.ts';

const RULE = 'field-name';

/** The text as an HTML page, with each MDX-only self-closing tag as HTML writes it. */
const asHtml = (text: string) => text.replace(/ \/>/g, '>');

describe('field-name', () => {
  const notOk: [string, string][] = [
    ['a text box with nothing naming it', '<input type="text" />'],
    ['an input with no type (a text box)', '<input name="q" />'],
    ['a select', '<select><option>Well</option></select>'],
    ['a textarea', '<textarea></textarea>'],
    ['a checkbox', '<input type="checkbox" />'],
    ['a date field', '<input type="date" />'],
    ['a text box whose label has no text', '<label for="e"> </label><input type="email" id="e" />'],
    ['a label for another id', '<label for="other">Name</label><input id="name" />'],
    [
      'the second field in a label (a label names its first field only)',
      '<label><input type="checkbox" aria-label="One" /> Both <input type="checkbox" /></label>',
    ],
    ['a field whose aria-labelledby points at nothing', '<input aria-labelledby="nope" />'],
    ['an empty aria-label', '<textarea aria-label=""></textarea>'],
    ['role="textbox" with no name', '<div role="textbox" contenteditable="true"></div>'],
    [
      'role="combobox" named by nothing (content does not name it)',
      '<div role="combobox">Pick</div>',
    ],
    ['role="switch" with no text', '<span role="switch" aria-checked="false" tabindex="0"></span>'],
    ['a field whose role="none" does not hold', '<input type="checkbox" role="none" />'],
    ['a placeholder on a checkbox (it shows none)', '<input type="checkbox" placeholder="Yes" />'],
    // accname 2E: a control inside what aria-labelledby points at gives its value (axe-core's
    // label fail14 and select-name fail9).
    [
      'a field labelled by a select whose chosen option is empty',
      '<div id="l"><select aria-label="Who"><option selected></option><option>Sam</option></select></div><input aria-labelledby="l" />',
    ],
    [
      'a select labelled by what holds it and its own options alone',
      '<div id="l"><select aria-labelledby="l"><option>Week 1</option></select></div>',
    ],
  ];
  for (const [name, text] of notOk) {
    it(`flags ${name}`, async () => {
      const at = where(await lintSource(text, '.mdx'), RULE);
      expect(at).toHaveLength(1);
      // The same field (HTML writes `<input>` where MDX writes `<input />`, so columns move).
      expect(where(lintHtml(asHtml(text)), RULE).map((p) => p.split(':')[0])).toEqual(['1']);
    });
  }

  const ok: [string, string][] = [
    ['a field inside a label', '<label>Email address <input type="email" /></label>'],
    ['a field a label is for', '<label for="e">Email address</label><input type="email" id="e" />'],
    ['a field named by aria-label', '<input type="search" aria-label="Search the notes" />'],
    [
      'a field named by aria-labelledby',
      '<p id="q">Your question</p><textarea aria-labelledby="q"></textarea>',
    ],
    ['a field named by title', '<select title="Week"><option>1</option></select>'],
    ['a text box named by its placeholder', '<input type="search" placeholder="Search" />'],
    ['a textarea named by its placeholder', '<textarea placeholder="Your answer"></textarea>'],
    [
      'a label whose text is an image with alt',
      '<label><input type="checkbox" /> <img src="/a.png" alt="Agree" /></label>',
    ],
    ['a hidden input', '<input type="hidden" name="token" value="1" />'],
    ['a button input (button-name’s)', '<input type="submit" />'],
    ['an image input (image-alt’s)', '<input type="image" src="/go.png" alt="Go" />'],
    ['a hidden field', '<input hidden />'],
    ['a field in a template', '<template><input /></template>'],
    [
      'role="checkbox" named by its text',
      '<div role="checkbox" aria-checked="false" tabindex="0">Send me the notes</div>',
    ],
    [
      'a disabled checkbox whose role="none" holds',
      '<input type="checkbox" disabled role="none" />',
    ],
    ['an input with another role (a button)', '<input type="text" role="button" value="Go" />'],
    // A label names what it can label whatever its role (HTML-AAM); IBM's and html-validate's cases.
    [
      'a button with a switch role a label is for',
      '<button id="t" role="switch" aria-checked="true"></button><label for="t">Dark theme</label>',
    ],
    [
      'a button with a checkbox role inside a label',
      '<label><button role="checkbox" aria-checked="false"></button> Send me the notes</label>',
    ],
    [
      'a label named by its aria-label',
      '<label for="n" aria-label="Your name"></label><input id="n" />',
    ],
    [
      'a label named by its aria-labelledby',
      '<p id="q">Your question</p><label aria-labelledby="q"><textarea></textarea></label>',
    ],
    [
      'a field labelled by a select, which gives its chosen option',
      '<div id="l"><select aria-label="Week"><option>Week 1</option></select></div><input aria-labelledby="l" />',
    ],
    [
      'a field labelled by a text box, which gives its value',
      '<span id="l"><input aria-label="Amount" value="5 laps" /></span><input aria-labelledby="l" />',
    ],
    [
      'the options of a datalist, never shown',
      '<datalist id="pets" role="listbox"><option value="Cat"></option></datalist>',
    ],
  ];
  for (const [name, text] of ok) {
    it(`passes ${name}`, async () => {
      expect(only(await lintSource(text, '.mdx'), RULE)).toEqual([]);
      expect(only(lintHtml(asHtml(text)), RULE)).toEqual([]);
    });
  }

  it('leaves to the build a label or an id written as an expression', async () => {
    for (const text of [
      'export const id = String(Math.random());\n\n<label for={id}>Name</label><input id={id} />',
      'export const id = String(Math.random());\n\n<label for="n">Name</label><input id={id} />',
    ])
      expect(only(await lintSource(text, '.mdx'), RULE)).toEqual([]);
  });

  it('leaves to the page a component field with no label of its own, and reports what the file settles', () => {
    const astro = (text: string) =>
      checkAstroFile('/site/src/components/Ask.astro', text, gateConfig(), '/site')
        .filter((p) => p.ruleId === RULE)
        .map((p) => `${p.line}: ${p.message}`);
    // The page may put a label around the component, or one `for` the field's id.
    expect(astro('<input type="email" id="email" />')).toEqual([]);
    expect(astro('<input type="email" />')).toEqual([]);
    expect(
      astro(
        '---\nconst { id } = Astro.props;\n---\n<label for={id}>Email</label><input id={id} />',
      ),
    ).toEqual([]);
    expect(astro('<label>Email <slot /><input type="email" /></label>')).toEqual([]);
    expect(astro('<label><input type="email" /></label>\n<div role="searchbox"></div>')).toEqual([
      '1: <input type="email"> has a <label> with no text a reader hears: write in the label what to enter',
      '2: <div role="searchbox"> has no name a reader hears: add aria-label="what to enter", or aria-labelledby="the id of the text that names it"',
    ]);
  });

  it("judges a page's own field where the page alone decides it", () => {
    const root = project({
      'src/layouts/Page.astro':
        '<html lang="en"><head><title>Contact</title></head><body><main><slot /></main></body></html>',
      'src/components/Field.astro': '<label>Email address <slot /></label>',
    });
    const page = (text: string) =>
      checkAstroFile(join(root, 'src/pages/contact.astro'), text, gateConfig(), root)
        .filter((p) => p.ruleId === RULE)
        .map((p) => p.line);
    const head =
      "---\nimport Page from '../layouts/Page.astro';\nimport Field from '../components/Field.astro';\n---\n";
    // In the layout's <main>, and nothing labels it.
    expect(page(`${head}<Page>\n<input type="email" />\n</Page>`)).toEqual([6]);
    // With an id, the layout might hold its label; a component that writes a <label> around
    // its slot names it; one the check cannot read might.
    expect(page(`${head}<Page>\n<input type="email" id="email" />\n</Page>`)).toEqual([]);
    expect(page(`${head}<Page>\n<Field><input type="email" /></Field>\n</Page>`)).toEqual([]);
    expect(
      page(
        `---\nimport Unread from 'some-package/Unread.astro';\n---\n<Unread><input type="email" /></Unread>`,
      ),
    ).toEqual([]);
  });

  it('leaves to the build a field in an entry inside a component that puts its slot in a label', async () => {
    const files = {
      'Field.astro': '<label>Email address <slot /></label>',
      'Box.astro': '<div class="box"><slot /></div>',
    };
    const use = (component: string) =>
      `import ${component} from './${component}.astro';\n\n<${component}><input type="email" /></${component}>\n`;
    const entry = async (text: string) =>
      only(await lintSource(text, '.mdx', files), RULE).map((p) => p.line);
    expect(await entry(use('Field'))).toEqual([]);
    expect(await entry(use('Box'))).toEqual([3]);
    // The site's own MDX components put no label around what they hold.
    expect(await entry('<Callout>\n<input type="email" />\n</Callout>\n')).toEqual([2]);
  });

  it('says what to write, and each fix passes', async () => {
    const cases: [string, string, string][] = [
      [
        '<select id="mood"><option>Well</option></select>',
        '<select> has no name a reader hears: give it a label, <label for="mood">What to choose</label>, or put it inside a <label> with that text',
        '<label for="mood">How did this week go?</label><select id="mood"><option>Well</option></select>',
      ],
      [
        '<input type="checkbox" />',
        '<input type="checkbox"> has no name a reader hears: give it a label, <label for="its id">What ticking it means</label>, or put it inside a <label> with that text',
        '<label><input type="checkbox" /> Send me the notes</label>',
      ],
      [
        '<label for="e"></label><input type="email" id="e" />',
        '<input type="email"> has a <label> with no text a reader hears: write in the label what to enter',
        '<label for="e">Email address</label><input type="email" id="e" />',
      ],
      [
        '<textarea aria-label=""></textarea>',
        '<textarea> has an empty aria-label: write in it what to enter, or give the field a <label>',
        '<textarea aria-label="Your answer"></textarea>',
      ],
      [
        '<input aria-labelledby="nope" />',
        '<input> has aria-labelledby="nope" but no element with that id has text: point it at the text that names the field, or add aria-label="what to enter"',
        '<p id="nope">Your name</p><input aria-labelledby="nope" />',
      ],
      [
        '<div role="slider" aria-valuenow="3" tabindex="0"></div>',
        '<div role="slider"> has no name a reader hears: add aria-label="what it sets", or aria-labelledby="the id of the text that names it"',
        '<div role="slider" aria-valuenow="3" tabindex="0" aria-label="Volume"></div>',
      ],
      [
        '<label for="n" hidden>Name</label><input id="n" />',
        '<input> has a <label>, but the label is hidden, and a hidden label names nothing: show it, or hide it only from sight (class="visually-hidden"), or add aria-label="what to enter"',
        '<label for="n" class="visually-hidden">Name</label><input id="n" />',
      ],
      // React's spelling renders as written in Astro (an `htmlfor` attribute no browser reads).
      [
        '<label htmlFor="n">Name</label><input id="n" />',
        '<input> has a <label htmlFor="n">, which names no field: htmlFor is React\'s spelling, and Astro writes it as it is: write for="n"',
        '<label for="n">Name</label><input id="n" />',
      ],
    ];
    for (const [text, message, fixed] of cases) {
      for (const ext of ['.md', '.mdx'] as const) {
        expect(only(await lintSource(text, ext), RULE).map((p) => p.message)).toEqual([message]);
        expect(only(await lintSource(fixed, ext), RULE), fixed).toEqual([]);
      }
      expect(only(lintHtml(asHtml(text)), RULE).map((p) => p.message)).toEqual([message]);
      expect(only(lintHtml(asHtml(fixed)), RULE)).toEqual([]);
    }
  });

  describe('task lists', () => {
    it('passes every task with text: the build labels its checkbox with it', async () => {
      const text =
        '- [ ] Book the *venue*\n- [x] Ask [Sam](https://example.com)\n  - [ ] Nested\n\n1. [ ] Loose\n\n   More.\n';
      for (const ext of ['.md', '.mdx'] as const)
        expect(only(await lintSource(text, ext), RULE)).toEqual([]);
    });

    it('reports a task with no text, and one whose text holds a form control', async () => {
      for (const ext of ['.md', '.mdx'] as const) {
        const problems = only(
          await lintSource(
            '- [ ] <span></span>\n- [ ] Rate it <select aria-label="Rating"><option>1</option></select>\n',
            ext,
          ),
          RULE,
        );
        expect(problems.map((p) => [`${p.line}:${p.column}`, p.message])).toEqual([
          [
            '1:3',
            'This task has no text a reader hears, so its checkbox has no name: write the task after its [ ]',
          ],
          [
            '2:3',
            'This task holds a form control of its own, so the build cannot label its checkbox with the text: move the control out of the task, to a line of its own',
          ],
        ]);
        // The fix: the control on a line of its own, after the task's text.
        const fixed =
          '- [ ] Rate it\n\n  <select aria-label="Rating"><option>1</option></select>\n';
        expect(only(await lintSource(fixed, ext), RULE)).toEqual([]);
      }
    });
  });

  describe('a checkbox written as HTML in <Steps>', () => {
    it('passes one in a step with text after it, which <Steps> labels on the page', async () => {
      const steps = (body: string) => `<Steps>\n\n${body}\n\n</Steps>\n`;
      for (const body of [
        '## Book\n\n<input type="checkbox" /> Book the *venue*',
        '## Book\n\n- <input type="checkbox" /> Ask Sam\n  - [ ] Nested',
        // With no headings, every checkbox in it is labelled.
        '<input type="checkbox" /> Bring a charger',
      ])
        expect(only(await lintSource(steps(body)), RULE), body).toEqual([]);
    });

    it('reports one with no text after it, and one before the first step, which stay unlabelled', async () => {
      const problems = only(
        await lintSource(
          '<Steps>\n\nFirst <input type="checkbox" /> then\n\n## Book\n\n<input type="checkbox" />\n\n</Steps>\n',
        ),
        RULE,
      );
      expect(problems.map((p) => `${p.line}:${p.column}`)).toEqual(['3:7', '7:1']);
      // Outside <Steps>, text after a checkbox names nothing.
      expect(
        only(await lintSource('<input type="checkbox" /> Book the venue\n'), RULE),
      ).toHaveLength(1);
      // The fix the message gives, a label around it with the text, holds in a step too.
      expect(
        only(
          await lintSource(
            '<Steps>\n\n## Book\n\n<label><input type="checkbox" /> Book the venue</label>\n\n</Steps>\n',
          ),
          RULE,
        ),
      ).toEqual([]);
    });
  });
});
