import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { commonplaceSyntax } from '../../../../src/a11y/source/check.ts';
import { lintSource, where } from '../helpers.ts';
import { applyFixes } from '../../../../src/a11y/core/fixes.ts';

const RULE = 'parse-error';

describe('parse-error', () => {
  it('reports unparseable MDX at its position, with a fix', async () => {
    const problems = await lintSource('# Title\n\nA comparison: a <3 b.', '.mdx');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ ruleId: RULE, line: 3, column: 18, severity: 'error' });
    expect(problems[0]!.message).toMatch(/^MDX could not be parsed \(.+\): fix the syntax here/);
  });
  it('reports an unclosed expression and an unclosed JSX tag', async () => {
    expect(where(await lintSource('Text {unclosed', '.mdx'), RULE)).toHaveLength(1);
    expect(where(await lintSource('<Video src="/a.webm">\n\nno close', '.mdx'), RULE)).toHaveLength(
      1,
    );
  });
  it('reports frontmatter that is not YAML', async () => {
    const problems = await lintSource('---\ntitle: [unclosed\n---\nBody', '.md');
    expect(problems.map((p) => p.ruleId)).toEqual([RULE]);
    expect(problems[0]!.message).toMatch(/^Frontmatter is not valid YAML/);
  });
  it('reports YAML that Astro cannot read, though another reader only warns, and quotes fix it', async () => {
    // js-yaml, Astro's frontmatter reader, refuses an unknown tag; the build stops on it.
    const file = (title: string) =>
      `---\ntitle: ${title}\ndescription: Notes.\npubDate: 2026-03-02\n---\nBody\n`;
    const problems = await lintSource(file('!important Race notes'), '.md');
    expect(where(problems, RULE)).toEqual(['2:29']);
    expect(problems.find((p) => p.ruleId === RULE)!.message).toBe(
      'Frontmatter is not valid YAML: a value starting with ! names a type (a tag): put the value in quotes, title: "!important Race notes"',
    );
    expect(where(await lintSource(file('"!important Race notes"'), '.md'), RULE)).toEqual([]);
  });
  it('says why a value YAML cannot read is none, and the line in quotes, which then reads as written', async () => {
    const file = (title: string) =>
      `---\ntitle: ${title}\ndescription: Notes.\npubDate: 2026-03-02\n---\nBody\n`;
    const titles = [
      'Week 5: what I learned',
      '@sam and the pit crew',
      '`npm run check` week',
      '*Really* good laps',
      '"Week 5" reflections',
      '[Draft] The plan',
      '{Pit} stops',
      `Don't stop: "fine" now`,
    ];
    const said: string[] = [];
    for (const title of titles) {
      const problems = (await lintSource(file(title), '.md')).filter((p) => p.ruleId === RULE);
      said.push(...problems.map((p) => `${p.line}: ${p.message}`));
      const fix = /put the value in quotes, (.*)$/.exec(problems[0]?.message ?? '')?.[1];
      expect(fix, title).toBeDefined();
      // The fix reads, with the title as it was written.
      const fixed = await lintSource(file(fix!.replace(/^title: /, '')), '.md');
      expect(fixed, title).toEqual([]);
      expect(parseDocument(fix!).toJS(), title).toEqual({ title });
    }
    expect(said).toEqual([
      '2: Frontmatter is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, title: "Week 5: what I learned"',
      '2: Frontmatter is not valid YAML: a value cannot start with @, which YAML keeps for itself: put the value in quotes, title: "@sam and the pit crew"',
      '2: Frontmatter is not valid YAML: a value cannot start with `, which YAML keeps for itself: put the value in quotes, title: "`npm run check` week"',
      '2: Frontmatter is not valid YAML: a value starting with * names another value (an alias): put the value in quotes, title: "*Really* good laps"',
      `2: Frontmatter is not valid YAML: the quotes end the value, and what follows them cannot be read: put the value in quotes, title: '"Week 5" reflections'`,
      '2: Frontmatter is not valid YAML: a value starting with [ is a list: put the value in quotes, title: "[Draft] The plan"',
      '2: Frontmatter is not valid YAML: a value starting with { is a set of fields: put the value in quotes, title: "{Pit} stops"',
      `2: Frontmatter is not valid YAML: a colon and a space in a value start a new field: put the value in quotes, title: "Don't stop: \\"fine\\" now"`,
    ]);
  });
  it('names a key written twice with the line of the first, and a tab that indents, and the fixes pass', async () => {
    const file = (yaml: string) => `---\n${yaml}---\nBody\n`;
    const fields = 'description: Notes.\npubDate: 2026-03-02\n';
    const twice = file(`title: Pit stops\n${fields}title: Pit stops, again\n`);
    const tab = file(`title: Pit stops\n${fields}tags:\n\t- pln\n`);
    const said = async (text: string) =>
      (await lintSource(text, '.md'))
        .filter((p) => p.ruleId === RULE)
        .map((p) => `${p.line}:${p.column} ${p.message}`);
    expect([...(await said(twice)), ...(await said(tab))]).toEqual([
      '5:1 Frontmatter is not valid YAML: title is written twice, here and on line 2: keep one of them',
      '6:1 Frontmatter is not valid YAML: a tab indents this line, and YAML takes spaces only: indent it with spaces',
    ]);
    expect(await lintSource(twice.replace('title: Pit stops, again\n', ''), '.md')).toEqual([]);
    expect(await lintSource(tab.replace('\t', '  '), '.md')).toEqual([]);
  });
  it('takes a value in curly quotes, as editors type them, for quoted: the fix has straight ones', async () => {
    const file = (title: string) =>
      `---\ntitle: ${title}\ndescription: Notes.\npubDate: 2026-03-02\n---\nBody\n`;
    const [problem] = await lintSource(file('“Week 6: pit walls”'), '.md');
    expect(problem!.message).toBe(
      'Frontmatter is not valid YAML: a colon and a space in a value start a new field, and “ ” are text to YAML, not quotes: put the value in quotes, title: "Week 6: pit walls"',
    );
    expect(await lintSource(file('"Week 6: pit walls"'), '.md')).toEqual([]);
    const [single] = await lintSource(file('‘Week 6: pit walls’'), '.md');
    expect(single!.message).toMatch(
      /and ‘ ’ are text to YAML, not quotes: .*, title: "Week 6: pit walls"$/,
    );
  });
  it('names a space or colon pasted in that YAML does not read as one, and the line mended reads', async () => {
    const nbsp = '\u00a0';
    const fields = (title: string, tags: string) =>
      `---\ntitle${title}\ndescription: Notes.\npubDate: 2026-03-02\ntags:${tags}\n---\nBody\n`;
    const cases = [
      // A word processor's no-break space after the colon; Chinese and Japanese keyboards' colon
      // and space; a list indented with no-break spaces, as a web page pastes it.
      fields(`:${nbsp}Week 6 notes`, ' [pln]'),
      fields('\uff1aWeek 6 notes', ' [pln]'),
      fields(':\u3000Week 6 notes', ' [pln]'),
      fields(': Week 6 notes', `\n${nbsp}${nbsp}- pln\n${nbsp}${nbsp}- f1`),
      fields(': Week 6 notes', `${nbsp}[pln]`),
    ];
    const said: string[] = [];
    for (const text of cases) {
      const problems = (await lintSource(text, '.md')).filter((p) => p.ruleId === RULE);
      said.push(...problems.map((p) => `${p.line}:${p.column} ${p.message}`));
      // The fix as given: the line written as the message says, or indented with spaces.
      const line = problems[0]!.line - 1;
      const lines = text.split('\n');
      const mended = /write it as (.*)$/.exec(problems[0]!.message)?.[1];
      lines[line] = mended ?? lines[line]!.replaceAll(nbsp, ' ');
      if (!mended) lines[line + 1] = lines[line + 1]!.replaceAll(nbsp, ' ');
      expect(await lintSource(lines.join('\n'), '.md'), text).toEqual([]);
    }
    expect(said).toEqual([
      '2:1 Frontmatter is not valid YAML: this line has a no-break space (U+00A0) after title:, and YAML takes only the space and the tab for spaces: write it as title: Week 6 notes',
      '2:1 Frontmatter is not valid YAML: this line has a full-width colon (：) after title, and YAML takes only : for a colon: write it as title: Week 6 notes',
      '2:1 Frontmatter is not valid YAML: this line has a full-width space (U+3000) after title:, and YAML takes only the space and the tab for spaces: write it as title: Week 6 notes',
      '6:1 Frontmatter is not valid YAML: this line has a no-break space (U+00A0) in its indent, and YAML takes only the space and the tab for spaces: indent it with spaces',
      '5:1 Frontmatter is not valid YAML: this line has a no-break space (U+00A0) after tags:, and YAML takes only the space and the tab for spaces: write it as tags: [pln]',
    ]);
    // Inside a value a no-break space is text, and YAML reads it.
    expect(await lintSource(fields(`: Week${nbsp}6 notes`, ' [pln]'), '.md')).toEqual([]);
  });
  it('says an MDX tag’s value in curly quotes or without quotes needs straight ones, and the tag it gives parses', async () => {
    const cases: [string, string][] = [
      ['<img src="/pit.png" alt=“The pit wall” />', ''],
      ['<img src="/pit.png" alt=‘Pit lane’ />', ''],
      ['<video src=/media/pit-stop.webm controls>', '</video>\n\n[Transcript](/t/)'],
      ['<img src=pit.png alt=pit/>', ''],
      ['<a href=“https://www.fia.com”>', 'the FIA</a>'],
    ];
    const said: string[] = [];
    for (const [tag, rest] of cases) {
      const text = `Intro.\n\nSee ${tag}${rest}\n`;
      const [problem] = (await lintSource(text, '.mdx')).filter((p) => p.ruleId === RULE);
      said.push(`${problem!.line}:${problem!.column} ${problem!.message.replace(/^.*?\): /, '')}`);
      const fix = /: write (<.*>)$/.exec(problem!.message)![1]!;
      const problems = await lintSource(text.replace(tag, fix), '.mdx');
      expect(
        problems.filter((p) => p.ruleId === RULE),
        tag,
      ).toEqual([]);
    }
    expect(said).toEqual([
      '3:29 alt=“The pit wall” is in curly quotes, which editors type for straight ones and MDX does not read as quotes: write <img src="/pit.png" alt="The pit wall" />',
      '3:29 alt=‘Pit lane’ is in curly quotes, which editors type for straight ones and MDX does not read as quotes: write <img src="/pit.png" alt="Pit lane" />',
      '3:16 src=/media/pit-stop.webm has no quotes, which MDX wants round a value: write <video src="/media/pit-stop.webm" controls>',
      '3:14 src=pit.png and alt=pit have no quotes, which MDX wants round a value: write <img src="pit.png" alt="pit"/>',
      '3:13 href=“https://www.fia.com” is in curly quotes, which editors type for straight ones and MDX does not read as quotes: write <a href="https://www.fia.com">',
    ]);
  });
  it('writes a curly-quoted value holding both kinds of straight quote with &quot;, and MDX reads the value as written', async () => {
    const tag = `<img src="/halo.png" alt=“Driver's "halo" view” />`;
    const text = `Intro.\n\n${tag}\n`;
    const [problem] = (await lintSource(text, '.mdx')).filter((p) => p.ruleId === RULE);
    const fix = /: write (<.*>)$/.exec(problem!.message)![1]!;
    expect(fix).toBe(`<img src="/halo.png" alt="Driver's &quot;halo&quot; view" />`);
    const mended = text.replace(tag, fix);
    expect(where(await lintSource(mended, '.mdx'), RULE)).toEqual([]);
    // The alt the page gets: MDX decodes the character reference in a JSX value.
    const tree = unified()
      .use(commonplaceSyntax)
      .parse(new VFile({ path: 'post.mdx', value: mended }));
    const alts: unknown[] = [];
    visit(tree, (node) => {
      const attributes = (node as { attributes?: { name: string; value: unknown }[] }).attributes;
      for (const a of attributes ?? []) if (a.name === 'alt') alts.push(a.value);
    });
    expect(alts).toEqual([`Driver's "halo" view`]);
  });
  it('says JavaScript in braces with curly quotes needs straight ones, and the fix parses', async () => {
    const cases = ['Say {“Hello”} to all.', '<img src="/pit.png" alt={‘The pit’} />'];
    const said: string[] = [];
    for (const line of cases) {
      const [problem] = (await lintSource(`Intro.\n\n${line}\n`, '.mdx')).filter(
        (p) => p.ruleId === RULE,
      );
      said.push(`${problem!.line}:${problem!.column} ${problem!.message.replace(/^.*?\): /, '')}`);
      const [, written, fix] = /^(\{.*?\}) holds .*: write (\{.*?\})(?:,|$)/.exec(
        problem!.message.replace(/^.*?\): /, ''),
      )!;
      const fixed = await lintSource(`Intro.\n\n${line.replace(written!, fix!)}\n`, '.mdx');
      expect(
        fixed.filter((p) => p.ruleId === RULE),
        line,
      ).toEqual([]);
    }
    expect(said).toEqual([
      '3:6 {“Hello”} holds curly quotes, which editors type for straight ones and JavaScript does not read as quotes: write {"Hello"}, or \\{ to show the braces as text',
      "3:26 {‘The pit’} holds curly quotes, which editors type for straight ones and JavaScript does not read as quotes: write {'The pit'}",
    ]);
  });
  it('keeps YAML’s own words where quotes would not mend the line', async () => {
    // A key indented under a value: no quotes make that YAML.
    const [problem] = await lintSource('---\ntitle: Notes\n  tags: a: b\n---\nBody\n', '.md');
    expect(problem!.message).toMatch(/^Frontmatter is not valid YAML \(.+\): fix the syntax here$/);
    // A list whose bracket was left open is a list: in quotes it would be text, no list of tags.
    const [open] = await lintSource('---\ntitle: Notes\ntags: [pln, a11y\n---\nBody\n', '.md');
    expect(open!.message).toMatch(/^Frontmatter is not valid YAML \(.+\): fix the syntax here$/);
  });
  it('says what acorn found wrong in an import or export line, with a fix for JavaScript', async () => {
    const [problem] = await lintSource("import a from './a.json';\nexport const a = 2;", '.mdx');
    expect(problem!.message).toBe(
      "MDX could not be parsed (Could not parse import/exports with acorn: Identifier 'a' has already been declared): fix the JavaScript of this import or export line",
    );
    expect(
      where(await lintSource("import a from './a.json';\nexport const b = 2;", '.mdx'), RULE),
    ).toEqual([]);
  });
  it('reports a name two import/export blocks both declare, which MDX compiles and the bundler refuses', async () => {
    const text =
      'export const lap = 1;\n\nText.\n\nexport function lap() {}\nexport default ({ children }) => <main>{children}</main>;\n\nMore.\n\nexport default ({ children }) => <div>{children}</div>;';
    const problems = (await lintSource(text, '.mdx')).filter((p) => p.ruleId === RULE);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '5:17 lap is declared twice in this file’s import and export lines (first on line 1), so the build would stop here: rename one of them, or remove one',
      '10:1 This file has a second default export (the first is on line 6), so the build would stop here: keep one of them',
    ]);
    // The fixes: rename one, keep one.
    const fixed = text.replace('function lap', 'function laps').replace(/\n\nMore[\s\S]*$/, '');
    expect((await lintSource(fixed, '.mdx')).filter((p) => p.ruleId === RULE)).toEqual([]);
  });
  it('reports a name Astro’s MDX compiler declares in every file, and passes the ones it leaves to the file', async () => {
    const text =
      'export const frontmatter = { title: "Laps" };\nexport function getHeadings() { return []; }\n\n{frontmatter.title}';
    const problems = (await lintSource(text, '.mdx')).filter((p) => p.ruleId === RULE);
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '1:14 frontmatter is a name Astro gives every MDX file (its frontmatter fields), so declaring it again stops the build: rename yours',
      '2:17 getHeadings is a name Astro gives every MDX file (its list of headings), so declaring it again stops the build: rename yours',
    ]);
    const renamed = text
      .replace('const frontmatter', 'const meta')
      .replace('{frontmatter', '{meta')
      .replace('getHeadings', 'headingList');
    expect((await lintSource(renamed, '.mdx')).filter((p) => p.ruleId === RULE)).toEqual([]);
    const own =
      'export const url = "/laps/";\nexport const file = "laps.mdx";\nexport const Content = () => <p>Laps</p>;';
    expect((await lintSource(own, '.mdx')).filter((p) => p.ruleId === RULE)).toEqual([]);
  });
  it('says a heading id written {#id} is not MDX, and the fixes it gives pass', async () => {
    const [problem] = await lintSource('## Pit stops {#pit-stops}\n\nText.', '.mdx');
    expect(problem!.message).toMatch(
      /\): MDX has no \{#id\} for headings, and the page gives each heading an id made from its text \(## Pit stops gets #pit-stops\): remove the \{#…\}, or write \\\{ to show the braces$/,
    );
    for (const fixed of ['## Pit stops\n\nText.', '## Pit stops \\{#pit-stops}\n\nText.'])
      expect(where(await lintSource(fixed, '.mdx'), RULE), fixed).toEqual([]);
    // Braces elsewhere keep the general hint.
    const [text] = await lintSource('A set {#a} of laps.', '.mdx');
    expect(text!.message).toMatch(/fix the syntax here; in MDX a literal < or \{/);
  });
  it('says what MDX wants instead of HTML comments, autolinks and open tags, and the fixes pass', async () => {
    const cases: [string, string, string, string][] = [
      [
        'Some text.\n\n<!-- TODO: the second half -->\n\nMore.',
        '3:2',
        'MDX has no HTML comments: write {/* … */} instead, which nothing on the page shows',
        'Some text.\n\n{/* TODO: the second half */}\n\nMore.',
      ],
      [
        'See <https://example.com/a> for more.',
        '1:12',
        'MDX has no <…> links: write [what it is](https://example.com/a), or the address alone, https://example.com/a, which the page links',
        'See https://example.com/a for more, or [the report](https://example.com/a).',
      ],
      [
        'Write to <sam@example.org> any time.',
        '1:14',
        'MDX has no <…> links: write [sam@example.org](mailto:sam@example.org)',
        'Write to [sam@example.org](mailto:sam@example.org) any time.',
      ],
      [
        'First line<br>\nsecond line.',
        '1:11',
        'MDX wants every tag closed: end the <br> tag with a / before its >, as in <br />',
        'First line<br />\nsecond line.',
      ],
      // Padlet's embed code, pasted: its badge's <img> is open when </a> closes around it.
      [
        '<div class="padlet-embed"><a href="https://padlet.com"><img src="https://padlet.net/badge.png" alt="Made with Padlet"></a></div>',
        '1:56',
        'MDX wants every tag closed: end the <img> tag with a / before its >, as in <img />',
        '<div class="padlet-embed"><a href="https://padlet.com"><img src="https://padlet.net/badge.png" alt="Made with Padlet" /></a></div>',
      ],
      [
        'Our <b>best lap</p> so far.',
        '1:5',
        'MDX wants every tag closed: add </b> where it ends, or end the tag with /> if it holds nothing; to show <b> as text, write it as code: `<b>`',
        'Our <b>best lap</b> so far.',
      ],
      [
        'Watch this:\n\n{{< youtube dQw4w9WgXcQ >}}',
        '3:3',
        'Hugo\'s shortcodes are not MDX: write <YouTube id="dQw4w9WgXcQ" title="What the video is" /> with its transcript (README "Transcripts and captions")',
        'Watch this:\n\n<YouTube id="dQw4w9WgXcQ" title="What the video is" />\n\n<Transcript>Never gonna give you up.</Transcript>',
      ],
      [
        '{{% note %}}Bring water.{{% /note %}}',
        '1:3',
        'Hugo\'s shortcodes are not MDX: use one of the site\'s components (README "Components"), or write \\{ to show the braces',
        '<Callout type="tip">Bring water.</Callout>',
      ],
      [
        'Visit {{ site.url }} for more.',
        '1:14',
        'Jekyll\'s Liquid tags are not MDX: write what they stand for (the text of a value, one of the site\'s components for an include: README "Components"), or write \\{ to show the braces',
        'Visit \\{{ site.url }} for more.',
      ],
      [
        '<p>An open paragraph\n\nand more.',
        '1:1',
        'MDX wants every tag closed: add </p> where it ends, or end the tag with /> if it holds nothing',
        '<p>A closed paragraph</p>\n\nand more.',
      ],
      [
        'Use the <Video> component for clips.',
        '1:9',
        'MDX wants every tag closed: add </Video> where it ends, or end the tag with /> if it holds nothing; to show <Video> as text, write it as code: `<Video>`',
        'Use the `<Video>` component for clips.',
      ],
    ];
    for (const [text, at, hint, fixed] of cases) {
      const problems = (await lintSource(text, '.mdx')).filter((p) => p.ruleId === RULE);
      // The parser's reason, then the hint: `MDX could not be parsed (…): <hint>`.
      expect(
        problems.map((p) => `${p.line}:${p.column} ${p.message.endsWith(`): ${hint}`)}`),
        text,
      ).toEqual([`${at} true`]);
      expect(problems[0]!.message, text).toMatch(/^MDX could not be parsed \(/);
      expect(where(await lintSource(fixed, '.mdx'), RULE), fixed).toEqual([]);
    }
  });
  it('carries the fix for an element HTML leaves open, for --fix, and only for one', async () => {
    const closes: [string, string][] = [
      ['First line<br>\nsecond line.', 'First line<br />\nsecond line.'],
      [
        '<p>A photo: <img src="/a.png" alt="The grid >= 20 cars">\nand more</p>',
        '<p>A photo: <img src="/a.png" alt="The grid >= 20 cars" />\nand more</p>',
      ],
      [
        '<div><a href="/x/"><img src="/b.png" alt="Badge" ></a></div>',
        '<div><a href="/x/"><img src="/b.png" alt="Badge" /></a></div>',
      ],
    ];
    for (const [text, fixed] of closes) {
      const problems = (await lintSource(text, '.mdx')).filter((p) => p.ruleId === RULE);
      expect(
        problems.map((p) => p.fix && applyFixes(text, [p.fix]).text),
        text,
      ).toEqual([fixed]);
      expect(where(await lintSource(fixed, '.mdx'), RULE), fixed).toEqual([]);
    }
    // An element that holds something ends where only its author knows.
    const [open] = (await lintSource('<p>An open paragraph\n\nand more.', '.mdx')).filter(
      (p) => p.ruleId === RULE,
    );
    expect(open!.fix).toBeUndefined();
  });

  it('passes the same text as Markdown, where < and { are just text', async () => {
    expect(await lintSource('A comparison: a <3 b, and {braces}.', '.md')).toEqual([]);
  });
});
