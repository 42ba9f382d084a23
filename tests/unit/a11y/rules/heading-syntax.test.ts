import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { lintSource, lintSourceUnder, only } from '../helpers.ts';
import { checkProject, post } from '../project.ts';
import type { Problem } from '../../../../src/a11y/core/types.ts';

const RULE = 'heading-syntax';

describe('heading-syntax', () => {
  it('leaves hashtags, numbers, sentences, code and headings written with a space alone', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            [
              '## Week 3',
              'I tagged the thread #pln for my group.',
              '#1 lesson: ask for help',
              '#PLN building is hard, but I kept at it.',
              '#Reflecting this week I asked three people in my course for feedback on my plan',
              '#BlackLivesMatter trended again and I noticed\nhow my feed changed',
              '#RaceToZero is the campaign’s tag',
              '#F1 and sustainability',
              '#F1 #sustainability #pln',
              '#Sustainability',
              '#reflection on week three',
              '```c\n#include <stdio.h>\n```',
              '    #Indented is code',
              '`#NotAHeading` in code',
              '\\#Escaped hashes here',
            ].join('\n\n'),
          ),
          'content/guides/g.mdx': post('## Plan\n\nA #hashtag in MDX text.'),
        },
        RULE,
      ),
    ).toEqual([]);
  });

  it('flags a heading with no space after its hashes, at the level heading-order accepts', async () => {
    expect(
      await checkProject(
        {
          'content/posts/a.md': post(
            '#Week 3: what I learned\n\n### A section\n\n#####Too deep\nWith text under it\n\n- #In a list item\n\n> ##in a quote?\n\n###WTF?',
          ),
          'content/guides/g.mdx': post('##Plan the campaign'),
          'content/pages/about.md': '---\ntitle: About\ndescription: D.\n---\n\n#Who I am\n',
          'content/pages/rtl.md': '---\ntitle: صفحة\ndescription: D.\n---\n\n#عن المدونة\n',
        },
        RULE,
      ),
    ).toEqual([
      'content/guides/g.mdx:7:1 ##Plan the campaign shows as text, not a heading: write ## Plan the campaign, with a space after the #',
      'content/pages/about.md:6:1 #Who I am shows as text, not a heading: write ## Who I am, with a space after the #',
      'content/pages/rtl.md:6:1 #عن المدونة shows as text, not a heading: write ## عن المدونة, with a space after the #',
      'content/posts/a.md:7:1 #Week 3: what I learned shows as text, not a heading: write ## Week 3: what I learned, with a space after the #',
      'content/posts/a.md:11:1 #####Too deep shows as text, not a heading: write #### Too deep, with a space after the #',
      'content/posts/a.md:14:3 #In a list item shows as text, not a heading: write ## In a list item, with a space after the #',
      'content/posts/a.md:16:3 ##in a quote? shows as text, not a heading: write ## in a quote?, with a space after the #',
      'content/posts/a.md:18:1 ###WTF? shows as text, not a heading: write ### WTF?, with a space after the #',
    ]);
  });

  it('gives fixes that work: the lines it writes are headings heading-order accepts', async () => {
    const fixed = {
      'content/posts/a.md': post(
        '## Week 3: what I learned\n\n### A section\n\n#### Too deep\nWith text under it\n\n- ## In a list item\n\n> ## in a quote?\n\n### WTF?',
      ),
      'content/guides/g.mdx': post('## Plan the campaign'),
      'content/pages/about.md': '---\ntitle: About\ndescription: D.\n---\n\n## Who I am\n',
    };
    for (const rule of [RULE, 'heading-order'])
      expect(await checkProject(fixed, rule), rule).toEqual([]);
  });

  it('flags hashes followed by a space Markdown does not count, and its fix passes', async () => {
    const written = {
      'content/posts/a.md': post(
        '##\u00a0Pasted from a word processor\n\n#\u3000見出し\n\n###\u202f\u00a0 Narrow',
      ),
      'content/guides/g.mdx': post('##\u2003Em space'),
    };
    expect(await checkProject(written, RULE)).toEqual([
      'content/guides/g.mdx:7:1 ##\u2003Em space shows as text, not a heading, as the space after its ## is a Unicode space (U+2003), which Markdown does not take for one: write ## Em space, with a plain space',
      'content/posts/a.md:7:1 ##\u00a0Pasted from a word processor shows as text, not a heading, as the space after its ## is a no-break space (U+00A0), which Markdown does not take for one: write ## Pasted from a word processor, with a plain space',
      'content/posts/a.md:9:1 #\u3000見出し shows as text, not a heading, as the space after its # is a full-width space (U+3000), which Markdown does not take for one: write ## 見出し, with a plain space',
      'content/posts/a.md:11:1 ###\u202f\u00a0 Narrow shows as text, not a heading, as the space after its ### is a narrow no-break space (U+202F), which Markdown does not take for one: write ### Narrow, with a plain space',
    ]);
    const fixed = {
      'content/posts/a.md': post('## Pasted from a word processor\n\n## 見出し\n\n### Narrow'),
      'content/guides/g.mdx': post('## Em space'),
    };
    for (const rule of [RULE, 'heading-order'])
      expect(await checkProject(fixed, rule), rule).toEqual([]);
  });

  it('leaves out closing hashes written without their space, but not a word ending in #', async () => {
    const problems = await checkProject(
      { 'content/posts/a.md': post('##Plan the campaign##\n\n##Learning C#\n\n##Notes ##') },
      RULE,
    );
    expect(problems.map((p) => p.replace(/^.* write /, ''))).toEqual([
      '## Plan the campaign, with a space after the #',
      '## Learning C#, with a space after the #',
      '## Notes ##, with a space after the #',
    ]);
    const fixed = post('## Plan the campaign\n\n## Learning C#\n\n## Notes ##');
    expect(await checkProject({ 'content/posts/a.md': fixed }, RULE)).toEqual([]);
  });

  it('flags seven hashes or more, a level Markdown does not have, and its fix passes', async () => {
    const written = post('## Plan\n\n### Steps\n\n####### Too deep ##\n\nText.');
    expect(await checkProject({ 'content/posts/a.md': written }, RULE)).toEqual([
      'content/posts/a.md:11:1 ####### Too deep ## shows as text, not a heading, as Markdown has six levels of heading and 7 hashes make none: write #### Too deep',
    ]);
    const fixed = post('## Plan\n\n### Steps\n\n#### Too deep\n\nText.');
    for (const rule of [RULE, 'heading-order'])
      expect(await checkProject({ 'content/posts/a.md': fixed }, rule), rule).toEqual([]);
  });

  it('says text a --- right under it makes a heading, meant as a line across the page, and the blank line fixes it', async () => {
    const body = [
      'Thanks for reading. See you next week, when I write about',
      'the second half of the campaign.',
      '---',
      '',
      'That is all for now.',
      '---',
      '',
      'A heading on purpose',
      '--------------------',
      '',
      'Body.',
    ];
    for (const file of ['content/posts/a.md', 'content/posts/a.mdx']) {
      expect(await checkProject({ [file]: post(body.join('\n')) }, RULE)).toEqual([
        `${file}:7:1 These lines and the --- under them make a heading, not text and a line across the page, so screen reader users meet them as a section's title: leave a blank line before the ---`,
        `${file}:11:1 This line and the --- under it make a heading, not text and a line across the page, so screen reader users meet it as a section's title: leave a blank line before the ---`,
      ]);
      const fixed = [...body.slice(0, 2), '', ...body.slice(2, 5), '', ...body.slice(5)];
      expect(await checkProject({ [file]: post(fixed.join('\n')) }, RULE)).toEqual([]);
    }
  });

  it('finds a heading in a list item when nothing else in the file would', async () => {
    expect(await checkProject({ 'content/posts/a.md': post('- #Only in a list') }, RULE)).toEqual([
      'content/posts/a.md:7:3 #Only in a list shows as text, not a heading: write ## Only in a list, with a space after the #',
    ]);
  });

  it('gives, for a heading id the page shows, the id the page gives the heading: a dash for -- outside code', async () => {
    const problems = await checkProject(
      { 'content/posts/a.md': post('## Use `--force` -- then wait {#force}\n\nRun it once.') },
      RULE,
    );
    expect(problems).toEqual([
      expect.stringContaining(
        'remove it and link to #use---force--then-wait, the id its text gives',
      ),
    ]);
  });

  it('flags Pandoc’s and Quarto’s heading attributes the page shows, and passes the heading without them', async () => {
    const text = 'Intro.\n\n## References {.unnumbered}\n\n## Appendix {-}\n\nText.\n';
    const said = (problems: Problem[]) => only(problems, RULE).map((p) => `${p.line} ${p.message}`);
    // Sätteri's default, as Astro renders: the braces are in the heading.
    expect(markdownToHtml('## References {.unnumbered}\n').html).toContain(
      '<h2>References {.unnumbered}</h2>',
    );
    expect(said(await lintSource(text, '.md'))).toEqual([
      "3 ## References {.unnumbered} ends in {.unnumbered}, heading attributes as Pandoc, Quarto and Jekyll's kramdown write them, which this site's Markdown does not read, so the page shows them in the heading: remove them (headings here are not numbered)",
      "5 ## Appendix {-} ends in {-}, heading attributes as Pandoc, Quarto and Jekyll's kramdown write them, which this site's Markdown does not read, so the page shows them in the heading: remove them (headings here are not numbered)",
    ]);
    expect(
      said(await lintSource(text.replace(' {.unnumbered}', '').replace(' {-}', ''), '.md')),
    ).toEqual([]);
    // Where the site reads heading attributes, a class is read, and Pandoc's {-} still shows.
    const features = { features: { headingAttributes: true } };
    expect(markdownToHtml('## References {.unnumbered}\n', features).html).toContain(
      'References</h2>',
    );
    expect(markdownToHtml('## Appendix {-}\n', features).html).toContain('Appendix {-}</h2>');
    const under = await lintSourceUnder(
      { markdownSyntax: { headingAttributes: true } },
      text,
      '.md',
    );
    expect(said(under)).toEqual([expect.stringMatching(/^5 ## Appendix \{-\} ends in \{-\}/)]);
  });
});
