import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { fixedBy, lintSource, only, where } from '../helpers.ts';
import { checkProject } from '../project.ts';

const RULE = 'template-syntax';
const at = async (text: string, ext: '.md' | '.mdx' = '.md') =>
  where(await lintSource(text, ext), RULE);

describe('template-syntax', () => {
  it('warns at each Hugo shortcode and Liquid tag a Markdown page would show as text', async () => {
    const text = [
      'Watch: {{< youtube id="dQw4w9WgXcQ" >}}',
      '',
      '{{% note %}}Bring water.{{% /note %}}',
      '',
      '{% include video.html id="abc" %}',
      '',
      'See {{ site.url }} and {{ page.title | upcase }}, or {%- raw -%}.',
    ].join('\n');
    expect(await at(text)).toEqual(['1:8', '3:1', '3:25', '5:1', '7:5', '7:24', '7:54']);
    const found = only(await lintSource(text, '.md'), RULE);
    expect(new Set(found.map((p) => p.severity))).toEqual(new Set(['warning']));
    const [youTube, note] = found;
    expect(youTube!.message).toBe(
      'Hugo\'s shortcode {{< youtube id="dQw4w9WgXcQ" >}} is not read here, so the page shows it as text: rename the file to .mdx and write <YouTube id="dQw4w9WgXcQ" title="What the video is" /> with its transcript',
    );
    expect(note!.message).toMatch(/^Hugo's shortcode \{\{% note %\}\} is not read here/);
  });

  it('gives a Hugo ref the address of the entry it names, and the fix leads there', async () => {
    const week =
      '---\ntitle: Week four\ndescription: D.\npubDate: 2026-01-01\n---\n\n## What changed\n';
    const moved = (body: string) => ({
      'content/posts/moved.md': `---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\n${body}\n`,
      'content/posts/week-4/index.md': week,
    });
    expect(
      await checkProject(
        moved(
          'See [last week]({{< relref "posts/week-4/index.md" >}}), [its change]({{< ref "week-4.md#what-changed" >}}) and {{< ref "gone.md" >}}.',
        ),
        RULE,
      ),
    ).toEqual([
      'content/posts/moved.md:7:17 Hugo\'s shortcode {{< relref "posts/week-4/index.md" >}} is not read here, so the page shows it as text: write the address it stands for, /posts/week-4/',
      'content/posts/moved.md:7:71 Hugo\'s shortcode {{< ref "week-4.md#what-changed" >}} is not read here, so the page shows it as text: write the address it stands for, /posts/week-4/#what-changed',
      "content/posts/moved.md:7:113 Hugo's shortcode {{< ref \"gone.md\" >}} is not read here, so the page shows it as text: write the address of the page it names (a post's is /posts/ and its file's name: /posts/gone/)",
    ]);
    const fixed = moved(
      'See [last week](/posts/week-4/) and [its change](/posts/week-4/#what-changed).',
    );
    for (const rule of [RULE, 'link-target']) expect(await checkProject(fixed, rule)).toEqual([]);
  });

  it("warns at Obsidian's comments, which the page would publish, and highlights, in .md and .mdx", async () => {
    const draft =
      'I learned a lot. %%Note to self: ask Sam about my grade.%%\n\n==Key point:== ask outside my field.\n\n%%\nPrivate: my mentor said the draft was weak.\n%%\n\nIf a==b and c==d, 100% sure, `%%code%%`.';
    for (const ext of ['.md', '.mdx'] as const) {
      const found = only(await lintSource(draft, ext), RULE);
      expect(found.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
        "1:18 Obsidian's comment %%Note to self: ask Sam about my grade.%% is not hidden here: the page shows it, and publishes what you kept to yourself: delete it",
        "3:1 Obsidian's highlight ==Key point:== is not read here, so the page shows its == marks: write <mark>Key point:</mark>",
        "5:1 Obsidian's comment %%Private: my mentor said the draft was w…%% is not hidden here: the page shows it, and publishes what you kept to yourself: delete it",
      ]);
      // The fixes: the comments deleted, the highlight a <mark>, which both file types read.
      const fixed = 'I learned a lot.\n\n<mark>Key point:</mark> ask outside my field.';
      const problems = await lintSource(fixed, ext);
      expect(only(problems, RULE)).toEqual([]);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });

  it('passes code, braces that are no template, and MDX (where parse-error reports the tags)', async () => {
    expect(
      await at(
        'Hugo writes `{{< youtube id >}}`.\n\n```liquid\n{% include video.html %}\n```\n\nA set {a, b} and {{ }}.',
      ),
    ).toEqual([]);
    // In MDX the braces do not parse: parse-error reports them, alone.
    expect((await lintSource('{{< youtube dQw4w9WgXcQ >}}', '.mdx')).map((p) => p.ruleId)).toEqual([
      'parse-error',
    ]);
  });

  it('passes the fix it gives for a YouTube shortcode, in the .mdx file it names', async () => {
    const fixed =
      '<YouTube id="dQw4w9WgXcQ" title="What the video is" />\n\n<Transcript>The words of the video.</Transcript>';
    const problems = await lintSource(fixed, '.mdx');
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(only(problems, RULE)).toEqual([]);
  });

  it("warns at Obsidian's callouts, with their title, and leaves brackets that are no callout", async () => {
    const text = [
      '> [!question]- Why pit early?',
      '> Fresh tyres gain more than the stop costs.',
      '',
      '> [!NOTE] Remember',
      '> Water.',
      '',
      '> [!bug]',
      '> The timer skipped.',
      '',
      '> [!wrong] not a kind Obsidian has',
    ].join('\n');
    for (const ext of ['.md', '.mdx'] as const) {
      const fix = ext === '.mdx' ? 'write' : 'rename the file to .mdx and write';
      expect(
        only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`),
      ).toEqual([
        `1:3 Obsidian's callout [!question]- is not read here, so the quote shows it as text: ${fix} <Callout type="note" title="Why pit early?">…</Callout>, or remove [!question]- to keep a plain quote`,
        `4:3 Obsidian's callout [!NOTE] is not read here, so the quote shows it as text: ${fix} <Callout type="note" title="Remember">…</Callout>, or remove [!NOTE] to keep a plain quote`,
        `7:3 Obsidian's callout [!bug] is not read here, so the quote shows it as text: ${fix} <Callout type="warning">…</Callout>, or remove [!bug] to keep a plain quote`,
      ]);
    }
    // The fix it gives: a titled <Callout> in MDX, with nothing left to warn about.
    const fixed = await lintSource(
      '<Callout type="note" title="Why pit early?">Fresh tyres gain more than the stop costs.</Callout>',
      '.mdx',
    );
    expect(fixed.filter((p) => p.severity === 'error' || p.ruleId === RULE)).toEqual([]);
  });

  it('warns at asides written as other tools take them, with the <Callout> that says the same', async () => {
    const text = [
      ':::note',
      'Bring water.',
      ':::',
      '',
      ':::caution[Hot brakes]',
      'Wait before you touch them.',
      ':::',
      '',
      '> [!TIP]',
      '> Pit early.',
      '',
      '> A plain quote that mentions [!NOTE] later.',
      '',
      '```md',
      ':::note',
      'Shown as code.',
      ':::',
      '```',
    ].join('\n');
    const said = async (ext: '.md' | '.mdx') =>
      only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(await said('.mdx')).toEqual([
      `1:1 The aside :::note is another tool's syntax (Starlight's, Docusaurus's), not read here, so the page shows its ::: lines as text: write <Callout type="note">…</Callout>`,
      `5:1 The aside :::caution is another tool's syntax (Starlight's, Docusaurus's), not read here, so the page shows its ::: lines as text: write <Callout type="warning" title="Hot brakes">…</Callout>`,
      '9:3 GitHub\'s alert [!TIP] is not read here, so the quote shows it as text: write <Callout type="tip">…</Callout>, or remove the [!TIP] line to keep a plain quote',
    ]);
    expect((await said('.md'))[0]).toMatch(
      /as text: rename the file to \.mdx and write <Callout type="note">…<\/Callout>$/,
    );
    // The fix, in MDX: the site's callouts, which pass.
    const fixed =
      '<Callout type="note">\nBring water.\n</Callout>\n\n<Callout type="warning" title="Hot brakes">\nWait before you touch them.\n</Callout>';
    expect(only(await lintSource(fixed, '.mdx'), RULE)).toEqual([]);
    expect(await lintSource(fixed, '.mdx')).toEqual([]);
  });

  it('says what an aside’s attributes are where MDX reads them as JavaScript, with a fix that builds', async () => {
    const text = [
      ':::tip{icon="heart"}',
      'Bring water.',
      ':::',
      '',
      ':::caution[Hot brakes]{icon="warning"}',
      'Wait before you touch them.',
      ':::',
      '',
      'Watch the :abbr[DRS]{title="drag reduction system"} zone.',
      '',
      'The set {a, b} has two members.',
    ].join('\n');
    const errors = (await lintSource(text, '.mdx'))
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`);
    expect(errors).toEqual([
      `1:7 undefined-name icon is not defined, so the page would stop the build when it renders: the braces after :::tip hold a directive's attributes (Starlight's aside syntax), which MDX reads as JavaScript: write the aside as <Callout type="tip">…</Callout>`,
      `5:23 undefined-name icon is not defined, so the page would stop the build when it renders: the braces after :::caution[Hot brakes] hold a directive's attributes (Starlight's aside syntax), which MDX reads as JavaScript: write the aside as <Callout type="warning" title="Hot brakes">…</Callout>`,
      `9:21 undefined-name title is not defined, so the page would stop the build when it renders: the braces after :abbr[DRS] hold a directive's attributes (remark-directive's syntax), which MDX reads as JavaScript: write what it stands for in JSX (an HTML element, or one of the site's components: README "Components"), or write \\{ to show the braces`,
      // Braces after no directive keep the plain message.
      expect.stringMatching(/^11:10 undefined-name a is not defined in this file/),
      expect.stringMatching(/^11:13 undefined-name b is not defined in this file/),
    ]);
    // Attributes that are not JavaScript at all: the same advice, from parse-error.
    for (const [aside, column, type] of [
      [':::note{.wide}', 9, 'note'],
      [':::danger{icon="fire" size="big"}', 22, 'warning'],
    ] as const) {
      const unparsed = await lintSource(`${aside}\nHi.\n:::`, '.mdx');
      expect(unparsed.map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message}`)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^1:${column} parse-error MDX could not be parsed \\(.*\\): the braces after :::\\w+ hold a directive's attributes \\(Starlight's aside syntax\\), which MDX reads as JavaScript: write the aside as <Callout type="${type}">…</Callout>$`,
          ),
        ),
      ]);
    }
    // Each fix, made: no error left.
    const fixed = [
      '<Callout type="tip">',
      'Bring water.',
      '</Callout>',
      '',
      '<Callout type="warning" title="Hot brakes">',
      'Wait before you touch them.',
      '</Callout>',
      '',
      'Watch the <abbr title="drag reduction system">DRS</abbr> zone.',
      '',
      'The set \\{a, b} has two members.',
    ].join('\n');
    expect(await lintSource(fixed, '.mdx')).toEqual([]);
    expect(await lintSource(':::note\\{.wide}\nHi.\n:::', '.mdx')).toEqual([
      expect.objectContaining({ ruleId: RULE, severity: 'warning' }),
    ]);
  });
});

describe('Pandoc attributes (Quarto, R Markdown, a Word file converted by Pandoc)', () => {
  // The picture a Word file converted by Pandoc refers to, beside the entry.
  const said = async (text: string, ext: '.md' | '.mdx') =>
    (await lintSource(text, ext, { 'media/image1.png': 'png' }))
      .filter((p) => p.severity === 'error' || p.ruleId === RULE)
      .map((p) => `${p.line}:${p.column} ${p.ruleId} ${p.message.replace(/^.*?\): /, '')}`);
  /** The text with the fix a message gives written in place of what it names. */
  const applied = (text: string, written: string, fix: string) => {
    expect(text).toContain(written);
    return text.replace(written, fix);
  };
  const why =
    'holds Pandoc attributes (from Quarto, R Markdown or a Word file converted by Pandoc)';

  it('are shown as text on a Markdown page, and the rule says so after an image, a link, code and a [span]', async () => {
    // What the page does with them: Astro's Markdown (Sätteri) shows the braces.
    const page = markdownToHtml('![Pit lane](/pit.png){width="6.5in"} and `x`{.py}\n').html;
    expect(page).toContain('<img src="/pit.png" alt="Pit lane">{width="6.5in"}');
    expect(page).toContain('{.py}');
    const text = [
      'From my Word draft:',
      '',
      '![Pit lane at dusk](media/image1.png){width="6.5in" height="3.6in"}',
      '',
      '![The grid at the start](/grid.png){#fig-grid fig-alt="Twenty cars lined up on the grid"}',
      '',
      'See [the FIA](https://www.fia.com){target="_blank"}, `pit_stop()`{.python},',
      '[the key point]{.mark} and [bonjour]{lang="fr"} or [aside]{.smallcaps}.',
    ].join('\n');
    const messages = await said(text, '.md');
    expect(messages).toEqual([
      `3:38 template-syntax {width="6.5in" height="3.6in"} after the image ${why}, which are not read here, so the page shows them as text: write ![Pit lane at dusk](media/image1.png) alone (the page fits a picture to its column)`,
      `5:36 template-syntax {#fig-grid fig-alt="Twenty cars lined up on the grid"} after the image ${why}, which are not read here, so the page shows them as text: write ![Twenty cars lined up on the grid](/grid.png), with its fig-alt as the alt text, and its caption, The grid at the start, as text under it`,
      `7:35 template-syntax {target="_blank"} after the link ${why}, which are not read here, so the page shows them as text: write [the FIA](https://www.fia.com) alone`,
      `7:66 template-syntax {.python} after the code ${why}, which are not read here, so the page shows them as text: write \`pit_stop()\` alone`,
      `8:16 template-syntax {.mark} after [the key point] ${why}, which are not read here, so the page shows them as text: write <mark>the key point</mark>`,
      `8:37 template-syntax {lang="fr"} after [bonjour] ${why}, which are not read here, so the page shows them as text: write <span lang="fr">bonjour</span>`,
      `8:59 template-syntax {.smallcaps} after [aside] ${why}, which are not read here, so the page shows them as text: write aside, without the brackets`,
    ]);
    // Each fix as given, and the file passes: the picture is there, with Quarto's alt text.
    let fixed = text;
    for (const [written, fix] of [
      [
        '![Pit lane at dusk](media/image1.png){width="6.5in" height="3.6in"}',
        '![Pit lane at dusk](media/image1.png)',
      ],
      [
        '![The grid at the start](/grid.png){#fig-grid fig-alt="Twenty cars lined up on the grid"}',
        '![Twenty cars lined up on the grid](/grid.png)\n\nThe grid at the start',
      ],
      ['[the FIA](https://www.fia.com){target="_blank"}', '[the FIA](https://www.fia.com)'],
      ['`pit_stop()`{.python}', '`pit_stop()`'],
      ['[the key point]{.mark}', '<mark>the key point</mark>'],
      ['[bonjour]{lang="fr"}', '<span lang="fr">bonjour</span>'],
      ['[aside]{.smallcaps}', 'aside'],
    ])
      fixed = applied(fixed, written!, fix!);
    expect(await said(fixed, '.md')).toEqual([]);
    expect(markdownToHtml(fixed).html).toContain(
      '<img src="/grid.png" alt="Twenty cars lined up on the grid"',
    );
  });

  it('ask for the alt text a Word picture without any comes with', async () => {
    const messages = await said('![](media/image1.png){width="6.5in"}\n', '.md');
    // image-alt says the picture has none; the fix for the braces asks for it too.
    expect(messages.find((m) => m.includes(' template-syntax '))).toMatch(
      /: write !\[what it shows\]\(media\/image1\.png\) \(the page fits a picture to its column\)$/,
    );
  });

  it('leave braces alone that are no attributes, or stand apart from what they follow', async () => {
    const text = [
      'The set {a, b}, the map {lap=1} and the sum f(x){.5}.',
      '',
      'A link [the FIA](https://www.fia.com) {.wide} with a space before the braces.',
      '',
      '```md',
      '![Pit lane](/pit.png){width="6.5in"}',
      '```',
      '',
      'Inline: `![Pit lane](/pit.png){width="6.5in"}`.',
    ].join('\n');
    expect(await said(text, '.md')).toEqual([]);
  });

  it('are JavaScript to MDX: the error says what they are, and each fix parses', async () => {
    const cases: [string, string, string][] = [
      [
        '![Pit lane at dusk](/pit.png){width="6.5in" height="3.6in"}',
        `3:44 parse-error {width="6.5in" height="3.6in"} after the image ${why}, which MDX reads as JavaScript: write ![Pit lane at dusk](/pit.png) alone (the page fits a picture to its column)`,
        '![Pit lane at dusk](/pit.png)',
      ],
      [
        'See `pit_stop()`{.python}.',
        `3:18 parse-error {.python} after the code ${why}, which MDX reads as JavaScript: write \`pit_stop()\` alone`,
        'See `pit_stop()`.',
      ],
      [
        'See [the FIA](https://www.fia.com){target="_blank"}.',
        `3:35 undefined-name target is not defined, so the page would stop the build when it renders: {target="_blank"} after the link ${why}, which MDX reads as JavaScript: write [the FIA](https://www.fia.com) alone`,
        'See [the FIA](https://www.fia.com).',
      ],
      [
        '::: {.callout-tip title="Fuel"}\nPit stops burn fuel too.\n:::',
        `3:6 parse-error Quarto's callout ::: {.callout-tip title="Fuel"} is not read here, and MDX reads its braces as JavaScript: write <Callout type="tip" title="Fuel">…</Callout> in place of its ::: lines`,
        '<Callout type="tip" title="Fuel">\nPit stops burn fuel too.\n</Callout>',
      ],
      [
        '::: {custom-style="Caption"}\nFigure 1: the grid.\n:::',
        `3:6 parse-error Pandoc's fenced div ::: {custom-style="Caption"} is not read here, and MDX reads its braces as JavaScript: remove the ::: lines, and keep the text between them`,
        'Figure 1: the grid.',
      ],
      [
        '## References {.unnumbered}',
        "3:16 parse-error MDX has no {…} attributes for headings, as Pandoc, Quarto and Jekyll's kramdown write them: remove {.unnumbered}, as headings here are not numbered",
        '## References',
      ],
    ];
    for (const [written, message, fix] of cases) {
      const text = `Intro.\n\n${written}\n`;
      expect(await said(text, '.mdx')).toEqual([message]);
      expect(await lintSource(applied(text, written, fix), '.mdx'), written).toEqual([]);
    }
  });

  it('take Quarto’s callouts for asides, with the kind of <Callout> they are, and other divs for Pandoc’s', async () => {
    const text = [
      '::: {.callout-warning}',
      'Hot brakes.',
      ':::',
      '',
      '::: callout-important',
      'Ask first.',
      ':::',
      '',
      ':::: {.columns}',
      'Left.',
      '::::',
      '',
      // No div in Pandoc either, which wants a blank line before the fence: left alone.
      'Text first.',
      '::: {.notes}',
      'Speaker notes.',
      ':::',
    ].join('\n');
    expect(await said(text, '.md')).toEqual([
      `1:1 template-syntax Quarto's callout ::: {.callout-warning} is not read here, so the page shows its ::: lines as text: rename the file to .mdx and write <Callout type="warning">…</Callout> in place of its ::: lines`,
      `5:1 template-syntax Quarto's callout ::: callout-important is not read here, so the page shows its ::: lines as text: rename the file to .mdx and write <Callout type="note">…</Callout> in place of its ::: lines`,
      `9:1 template-syntax Pandoc's fenced div :::: {.columns} is not read here, so the page shows its ::: lines as text: remove the ::: lines, and keep the text between them`,
    ]);
    const fixed =
      '<Callout type="warning">\nHot brakes.\n</Callout>\n\n<Callout type="note">\nAsk first.\n</Callout>\n\nLeft.\n';
    expect(await lintSource(fixed, '.mdx')).toEqual([]);
  });

  it('include kramdown’s, as Jekyll posts write them, after a picture or on the line under a block', async () => {
    const text = [
      '## Contents',
      '',
      '* TOC',
      '{:toc}',
      '',
      'Bring water to the pit wall.',
      '{: .notice--warning}',
      '',
      '![The grid](/grid.png){: width="50%"}',
    ].join('\n');
    expect(await said(text, '.md')).toEqual([
      '4:1 template-syntax {:toc} holds kramdown attributes (from Jekyll) for the block above it, which are not read here, so the page shows them as text: remove the line, and the list item above it, which kramdown made the table of contents',
      '7:1 template-syntax {: .notice--warning} holds kramdown attributes (from Jekyll) for the block above it, which are not read here, so the page shows them as text: remove the line',
      '9:23 template-syntax {: width="50%"} after the image holds kramdown attributes (from Jekyll), which are not read here, so the page shows them as text: write ![The grid](/grid.png) alone (the page fits a picture to its column)',
    ]);
    const fixed = text
      .replace('* TOC\n{:toc}\n', '')
      .replace('\n{: .notice--warning}', '')
      .replace('{: width="50%"}', '');
    expect(await said(fixed, '.md')).toEqual([]);
    // In MDX the braces do not parse, and the error says the same.
    expect(await said('Bring water.\n{: .notice--warning}\n', '.mdx')).toEqual([
      expect.stringMatching(
        /^2:\d+ parse-error \{: \.notice--warning\} holds kramdown attributes \(from Jekyll\) for the block above it, which MDX reads as JavaScript: remove the line$/,
      ),
    ]);
    expect(await lintSource('Bring water.\n', '.mdx')).toEqual([]);
  });
});

describe('WordPress’s shortcodes, as a post exported from WordPress or Edublogs keeps them', () => {
  const said = async (text: string, ext: '.md' | '.mdx') =>
    only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);
  const text = [
    '[caption id="attachment_12" align="aligncenter" width="300"]<img src="/pit.jpg" alt="The pit wall" /> The pit wall at dusk[/caption]',
    '',
    '[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]',
    '',
    '[youtube https://youtu.be/dQw4w9WgXcQ]',
    '',
    '[gallery ids="12,13,14"]',
    '',
    '[audio mp3="https://example.org/wp-content/uploads/2024/05/note.mp3"][/audio]',
    '',
    '[vimeo https://vimeo.com/76979871]',
  ].join('\n');

  it('are shown as text, and what they played is not there: each is said, with what to write', async () => {
    const gone = 'is not read here, so the page shows it as text, and what it played is not there';
    const messages = await said(text, '.mdx');
    expect(messages).toEqual([
      `1:1 WordPress's shortcode [caption id="attachment_12" align="aligncenter" width="300"] is not read here, so the page shows it as text: remove [caption id="attachment_12" align="aligncenter" width="300"] and [/caption], and keep the picture, with its caption as text under it`,
      `3:1 WordPress's shortcode [embed] ${gone}: write <YouTube id="dQw4w9WgXcQ" title="What the video is" /> in place of [embed] and [/embed], with its transcript`,
      `5:1 WordPress's shortcode [youtube https://youtu.be/dQw4w9WgXcQ] ${gone}: write <YouTube id="dQw4w9WgXcQ" title="What the video is" /> in place of [youtube https://youtu.be/dQw4w9WgXcQ], with its transcript`,
      `7:1 WordPress's shortcode [gallery ids="12,13,14"] is not read here, so the page shows it as text: write each of its pictures as an image, ![what it shows](./name.jpg), with the file saved beside this entry: the gallery named pictures in the old site’s media library`,
      `9:1 WordPress's shortcode [audio mp3="https://example.org/wp-content/uploads/2024/0… ${gone}: save note.mp3 into public/media/ and write <audio controls src="/media/note.mp3"></audio> in place of [audio mp3="https://example.org/wp-content/uploads/2024/0… and [/audio], with its transcript after it`,
      `11:1 WordPress's shortcode [vimeo https://vimeo.com/76979871] ${gone}: write a link to it, [what it is](https://vimeo.com/76979871), in place of [vimeo https://vimeo.com/76979871]`,
    ]);
    // In a .md file, the YouTube component takes the file renamed to .mdx.
    expect((await said(text, '.md'))[1]).toMatch(
      /: rename the file to \.mdx and write <YouTube id="dQw4w9WgXcQ"/,
    );
  });

  it('pass as the messages say to write them, with the transcripts the players need', async () => {
    const fixed = [
      '<img src="/pit.jpg" alt="The pit wall" />',
      '',
      'The pit wall at dusk',
      '',
      '<YouTube id="dQw4w9WgXcQ" title="Our launch video" transcript="./launch.transcript.md" />',
      '',
      '![The grid before the start](./grid.png)',
      '',
      '<audio controls src="/media/note.mp3"></audio>',
      '',
      'Transcript: Ask the audience first, then plan the post.',
      '',
      '[Our launch, on Vimeo](https://vimeo.com/76979871)',
    ].join('\n');
    const files = { 'launch.transcript.md': 'We launch the campaign today.', 'grid.png': 'png' };
    const problems = await lintSource(fixed, '.mdx', files);
    expect(problems.filter((p) => p.ruleId === RULE || p.severity === 'error')).toEqual([]);
  });

  it('leave alone a word in brackets, a link, and code', async () => {
    const text = [
      'I filmed a [video] for the class, and [embed](https://example.org/embed) is a link.',
      '',
      'WordPress writes `[youtube https://youtu.be/dQw4w9WgXcQ]` for a video.',
      '',
      '```',
      '[gallery ids="1,2"]',
      '```',
    ].join('\n');
    expect(await said(text, '.md')).toEqual([]);
    expect(await said(text, '.mdx')).toEqual([]);
  });
});

describe('template-syntax: Pandoc’s subscript and superscript', () => {
  const text = 'Water is H~2~O, CO~2~ rose, x^2^ grew, the 1^st^ lap; ~gone~ and `a^b^` stay.\n';

  it('says the page crosses out a subscript and shows a superscript’s carets, and the fix writes the element', async () => {
    // The page as Astro's Markdown renders it: a strikethrough, and the carets as text.
    const page = markdownToHtml(text).html;
    expect(page).toContain('H<del>2</del>O');
    expect(page).toContain('x^2^');
    for (const ext of ['.md', '.mdx'] as const) {
      const problems = only(await lintSource(text, ext), RULE);
      expect(problems.map((p) => `${p.column} ${p.message}`)).toEqual([
        "11 H~2~ is Pandoc's subscript, which the page shows as crossed-out text (H with 2 struck through): write H<sub>2</sub>",
        "19 CO~2~ is Pandoc's subscript, which the page shows as crossed-out text (CO with 2 struck through): write CO<sub>2</sub>",
        "30 x^2^ is Pandoc's superscript, which the page shows as text with its carets: write x<sup>2</sup>",
        "45 1^st^ is Pandoc's superscript, which the page shows as text with its carets: write 1<sup>st</sup>",
      ]);
      const fixed = fixedBy(text, problems);
      expect(fixed).toBe(
        'Water is H<sub>2</sub>O, CO<sub>2</sub> rose, x<sup>2</sup> grew, the 1<sup>st</sup> lap; ~gone~ and `a^b^` stay.\n',
      );
      expect(only(await lintSource(fixed, ext), RULE)).toEqual([]);
      if (ext === '.md') expect(markdownToHtml(fixed).html).toContain('H<sub>2</sub>O');
    }
  });

  it('leaves a strikethrough between spaces, a caret alone, and code', async () => {
    for (const ext of ['.md', '.mdx'] as const)
      expect(
        only(await lintSource('I ~~was~~ am ~sure~ now; 2 ^ 3; `H~2~O`\n', ext), RULE),
      ).toEqual([]);
  });
});
