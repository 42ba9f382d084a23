import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gateConfig } from '../../../../src/a11y/core/config.ts';
import { checkSources } from '../../../../src/a11y/run/parallel.ts';
import { fixFiles } from '../../../../src/a11y/run/fix.ts';
import { fixedBy, lintSource, only, where } from '../helpers.ts';
import { checkProject, post, project } from '../project.ts';

const RULE = 'link-syntax';
const weekOne = post('## What I learned\n\nText.', 'title: Week one\n').replace('title: T\n', '');
/** `npm run check` over a post beside the entry `week-1.md`, titled "Week one". */
const site = (body: string, extra: Record<string, string> = {}) =>
  checkProject(
    { 'content/posts/lap.md': post(body), 'content/posts/week-1.md': weekOne, ...extra },
    RULE,
  );

describe('link-syntax', () => {
  it('gives a wiki link the Markdown link to the entry it names, by title or file name', async () => {
    expect(
      await site('See [[Week one]], [[week-1|last week]] and [[Week one#What I learned]].'),
    ).toEqual([
      'content/posts/lap.md:7:5 [[Week one]] is a wiki link (Obsidian, Logseq, Foam), which is not read here, so the page shows it as text: write [Week one](/posts/week-1/)',
      'content/posts/lap.md:7:19 [[week-1|last week]] is a wiki link (Obsidian, Logseq, Foam), which is not read here, so the page shows it as text: write [last week](/posts/week-1/)',
      'content/posts/lap.md:7:44 [[Week one#What I learned]] is a wiki link (Obsidian, Logseq, Foam), which is not read here, so the page shows it as text: write [Week one: What I learned](/posts/week-1/#what-i-learned)',
    ]);
    expect(await site('See [[A note I never moved]].')).toEqual([
      expect.stringContaining("write [A note I never moved](…), with that page's address"),
    ]);
  });

  it('says what to write for an embed: a picture, or a link to the note', async () => {
    expect(await site('![[pit.png|The pit wall at dusk]]')).toEqual([
      expect.stringContaining('write ![The pit wall at dusk](./pit.png)'),
    ]);
    expect(await site('![[pit wall.png|300]]\n\n![[Week one]]')).toEqual([
      'content/posts/lap.md:7:1 ![[pit wall.png|300]] is an Obsidian embed, which is not read here, so the page shows it as text and no picture: write ![what it shows](<./pit wall.png>)',
      'content/posts/lap.md:9:1 ![[Week one]] embeds a note as Obsidian does, which is not read here, so the page shows it as text: link to it instead, [Week one](/posts/week-1/)',
    ]);
  });

  it('warns at a link with its brackets the wrong way round, and its fix is a link that leads somewhere', async () => {
    const text = [
      "The (FIA's sustainability plan)[https://www.fia.com/sustainability] sets targets.",
      'As (week one)[/posts/week-1/] and (the plan)[#plan] said, (see www)[www.fia.com].',
      // Not links: code-like prose, an index, a word in brackets, escaped brackets.
      'The regex ([a-z]|\\.[a-z])[a-z0-9]* matches; f(x)[0] is an index; (a note)[sic] stays; \\(x)[https://a.b].',
      '`(code)[https://example.org]` is code.',
      '## Plan',
    ].join('\n\n');
    for (const ext of ['.md', '.mdx'] as const) {
      const found = only(await lintSource(text, ext), RULE);
      expect(
        found.map((p) => `${p.line}:${p.column} ${p.message}`),
        ext,
      ).toEqual([
        "1:5 (FIA's sustainability plan)[https://www.fia.com/sustainability] has its brackets the wrong way round, so the page shows it as text: write [FIA's sustainability plan](https://www.fia.com/sustainability)",
        '3:4 (week one)[/posts/week-1/] has its brackets the wrong way round, so the page shows it as text: write [week one](/posts/week-1/)',
        '3:35 (the plan)[#plan] has its brackets the wrong way round, so the page shows it as text: write [the plan](#plan)',
        '3:59 (see www)[www.fia.com] has its brackets the wrong way round, so the page shows it as text: write [see www](https://www.fia.com)',
      ]);
    }
    const fixed = post(
      "The [FIA's sustainability plan](https://www.fia.com/sustainability). As [week one](/posts/week-1/) and [the plan](#plan) said, [see www](https://www.fia.com).\n\n## Plan",
    );
    for (const rule of [RULE, 'link-target'])
      expect(
        await checkProject(
          { 'content/posts/lap.md': fixed, 'content/posts/week-1.md': weekOne },
          rule,
        ),
        rule,
      ).toEqual([]);
  });

  it('warns at a link or picture whose address has a space, with the form that reads it', async () => {
    const text =
      '![The pit wall](./pit wall.png)\n\nMy [race notes](./race notes.md "Notes") are here.';
    for (const ext of ['.md', '.mdx'] as const) {
      const found = only(await lintSource(text, ext), RULE);
      expect(found.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`)).toEqual([
        '1:1 warning ![The pit wall](./pit wall.png) is not read as a picture, because its path has a space, so the page shows it as text: write ![The pit wall](<./pit wall.png>), or rename the file without spaces',
        '3:4 warning [race notes](./race notes.md "Notes") is not read as a link, because its address has a space, so the page shows it as text: write [race notes](<./race notes.md> "Notes")',
      ]);
    }
  });

  it('gives a phone number with spaces its digits, and an address with parentheses and a space its angle brackets; each reads as a link', async () => {
    const text =
      'Call [the office](tel:+44 20 7946 0958) or [the US desk](tel:+1 (555) 010-0199), or read [my notes](./race notes (draft).md).';
    const found = only(await lintSource(text, '.md'), RULE);
    expect(found.map((p) => `${p.column} ${p.message}`)).toEqual([
      '6 [the office](tel:+44 20 7946 0958) is not read as a link, because its address has a space, so the page shows it as text: write the number without spaces, [the office](tel:+442079460958)',
      '44 [the US desk](tel:+1 (555) 010-0199) is not read as a link, because its address has a space, so the page shows it as text: write the number without spaces, [the US desk](tel:+15550100199)',
      '90 [my notes](./race notes (draft).md) is not read as a link, because its address has a space, so the page shows it as text: write [my notes](<./race notes (draft).md>)',
    ]);
    const fixed = fixedBy(text, found);
    expect(only(await lintSource(fixed, '.md'), RULE)).toEqual([]);
    // Each is a link now.
    expect(fixed.match(/\]\((?:tel:\+\d+|<\.\/[^>]+>)\)/g)).toHaveLength(3);
  });

  it('warns at a web address with a space, whose first word GFM links by itself, and the fix reads as one link', async () => {
    const text =
      'Read [the list](https://en.wikipedia.org/wiki/List of Formula One circuits) and [the FIA](www.fia.com/sustainability report) first.';
    for (const ext of ['.md', '.mdx'] as const) {
      const found = only(await lintSource(text, ext), RULE);
      expect(found.map((p) => `${p.column} ${p.message}`)).toEqual([
        '6 [the list](https://en.wikipedia.org/wiki/List of Formula One circuits) is not read as a link, because its address has a space, so the page shows it as text: write [the list](<https://en.wikipedia.org/wiki/List of Formula One circuits>)',
        '81 [the FIA](www.fia.com/sustainability report) is not read as a link, because its address has a space, so the page shows it as text: write [the FIA](<https://www.fia.com/sustainability report>)',
      ]);
      const fixed = fixedBy(text, found);
      expect(only(await lintSource(fixed, ext), RULE)).toEqual([]);
    }
    // A link that reads, beside a bare address in brackets, is no such link.
    expect(
      only(
        await lintSource(
          'See [the FIA](https://www.fia.com) (https://www.fia.com is its home).',
          '.md',
        ),
        RULE,
      ),
    ).toEqual([]);
  });

  it('gives an address with a template tag in it the address without the tag, which reads as a link', async () => {
    // As Jekyll posts link: the tag is filled in there, and nothing fills it in here.
    const jekyll = '[Week one]({{ site.baseurl }}/posts/week-1/)';
    expect(await site(`Read ${jekyll}.`)).toEqual([
      `content/posts/lap.md:7:6 ${jekyll} is not read as a link, because its address holds a template tag, which nothing here fills in, so the page shows it as text: write [Week one](/posts/week-1/)`,
    ]);
    // The fix reads as a link, and leads to the page.
    const fixed = { 'content/posts/lap.md': post('Read [Week one](/posts/week-1/).') };
    for (const rule of [RULE, 'link-target'])
      expect(await checkProject({ ...fixed, 'content/posts/week-1.md': weekOne }, rule)).toEqual(
        [],
      );
  });

  it('passes the fixes it gives, in .md and .mdx: no warning, and the picture and link resolve', async () => {
    for (const name of ['lap.md', 'lap.mdx']) {
      const fixed = {
        [`content/posts/${name}`]: post(
          'See [Week one](/posts/week-1/#what-i-learned).\n\n![The pit wall at dusk](<./pit wall.png>)',
        ),
        'content/posts/week-1.md': weekOne,
        'content/posts/pit wall.png': 'png',
      };
      for (const rule of [RULE, 'link-target', 'asset-target'])
        expect(await checkProject(fixed, rule), `${name}: ${rule}`).toEqual([]);
    }
  });

  it('makes with --fix the links it is sure of, and leaves what needs the author', async () => {
    const body = [
      'See [[Week one]] and (the FIA plan)[https://www.fia.com/plan].',
      '',
      '![The pit wall](./pit wall.png) and ![[pit wall.png|The pit wall at dusk]]',
      '',
      // No entry by that name, and no alt text of the author's: a message, no fix.
      'Also [[A note I never moved]] and ![[pit wall.png]], and \\[[Week one]] stays as written.',
    ].join('\n');
    const root = project({
      'content/posts/lap.md': post(body),
      'content/posts/week-1.md': weekOne,
      'content/posts/pit wall.png': 'png',
    });
    const check = async () =>
      (await checkSources([join(root, 'content')], gateConfig(), root)).problems.filter(
        (p) => p.ruleId === RULE,
      );
    const before = await check();
    const at = (p: { line: number; column: number }) => p.line * 1000 + p.column;
    expect(
      [...before].sort((a, b) => at(a) - at(b)).map((p) => [p.line, p.column, Boolean(p.fix)]),
    ).toEqual([
      [7, 5, true],
      [7, 22, true],
      [9, 1, true],
      [9, 37, true],
      [11, 6, false],
      [11, 35, false],
    ]);
    expect(fixFiles(before, root).applied).toBe(4);
    expect(
      readFileSync(join(root, 'content/posts/lap.md'), 'utf8').split('\n').slice(6, 9),
    ).toEqual([
      'See [Week one](/posts/week-1/) and [the FIA plan](https://www.fia.com/plan).',
      '',
      '![The pit wall](<./pit wall.png>) and ![The pit wall at dusk](<./pit wall.png>)',
    ]);
    expect((await check()).map((p) => p.line)).toEqual([11, 11]);
  });

  it('leaves code, links Markdown reads, and brackets that are no link', async () => {
    const text = [
      'Obsidian writes `[[Week one]]` and `![[pit.png]]`.',
      '',
      '```md',
      '![The pit wall](./pit wall.png)',
      '```',
      '',
      'A [link](https://example.org/a "A title"), a matrix [[1, 2], [3, 4]] and [a note] (aside).',
    ].join('\n');
    for (const ext of ['.md', '.mdx'] as const)
      expect(where(await lintSource(text, ext), RULE)).toEqual([]);
  });

  it('names a reference whose label the file never defines, and a footnote, in .md and .mdx', async () => {
    const text = [
      'As [week one][w1] said, [week two][] agreed, ![the pit][pit-wal] showed, and a note[^3].',
      '',
      '[pit-wall]: ./pit-wall.png',
      '',
      '[^1]: The first note.',
    ].join('\n');
    for (const ext of ['.md', '.mdx'] as const)
      expect(
        only(await lintSource(text, ext), RULE).map(
          (p) => `${p.column} ${p.message.split(':')[0]}`,
        ),
        ext,
      ).toEqual([
        '4 [week one][w1] names the link definition [w1], which this file does not have, so the page shows it as text',
        '25 [week two][] names the link definition [week two], which this file does not have, so the page shows it as text',
        '46 ![the pit][pit-wal] names the picture definition [pit-wal], which this file does not have, so the page shows it as text',
        '84 [^3] is a footnote that no [^3]',
      ]);
  });

  it('names a reference whose text holds markup or breaks a line, in a quote too, as remark-lint does, and passes once defined', async () => {
    const text = (definitions: string) =>
      [
        '[*Uranus*][] is the seventh planet, [Solar',
        'System][] the rest, and [![Mars](./mars.png)][mars] a picture that links.',
        '',
        '> Jupiter is the largest in the [Solar',
        '> System][].',
        definitions,
      ].join('\n');
    for (const ext of ['.md', '.mdx'] as const) {
      expect(
        only(await lintSource(text(''), ext), RULE).map(
          (p) => `${p.line}:${p.column} ${p.message.split(', so')[0]}`,
        ),
        ext,
      ).toEqual([
        '1:1 [*Uranus*][] names the link definition [*Uranus*], which this file does not have',
        '1:37 [Solar System][] names the link definition [Solar System], which this file does not have',
        '2:25 [![Mars](./mars.png)][mars] names the link definition [mars], which this file does not have',
        '4:33 [Solar System][] names the link definition [Solar System], which this file does not have',
      ]);
      const defined =
        '\n[*uranus*]: /posts/uranus/\n[solar system]: /posts/solar/\n[mars]: /posts/mars/';
      expect(where(await lintSource(text(defined), ext), RULE), ext).toEqual([]);
      // A link around a picture whose own label is missing: the picture is named.
      expect(
        only(await lintSource('[![Mars][gone]][mars]\n\n[mars]: /posts/mars/', ext), RULE).map(
          (p) => `${p.column} ${p.message.split(',')[0]}`,
        ),
        ext,
      ).toEqual(['2 ![Mars][gone] names the picture definition [gone]']);
    }
  });

  it('leaves references the file defines (any case), escaped brackets, code, indexes and task boxes alone', async () => {
    const text = [
      'A [defined][W1] link, a [collapsed][] one, ![a chart][Chart], a note[^1],',
      'escaped \\[not][a link], [not\\][a link] [nor][a link\\], `[code][x]`, grid[i][j] in prose,',
      '`a[0]`[1] after code, and [a `code][x]` span.',
      '',
      '- [ ] a task',
      '',
      '[w1]: /posts/week-1/',
      '[collapsed]: /posts/week-1/',
      '[chart]: ./chart.png',
      '',
      '[^1]: The note.',
    ].join('\n');
    for (const ext of ['.md', '.mdx'] as const)
      expect(where(await lintSource(text, ext), RULE), ext).toEqual([]);
    // In MDX, brackets in two elements are never one link.
    expect(where(await lintSource('<span>[in JSX</span>][x] text.', '.mdx'), RULE)).toEqual([]);
  });

  it('says a link with no address leads back to the page', async () => {
    expect(
      only(await lintSource('Read [the plan]() first.', '.md'), RULE).map(
        (p) => `${p.line}:${p.column} ${p.message}`,
      ),
    ).toEqual([
      '1:6 [the plan]() has no address, so the link leads back to this page: write where it goes between the parentheses, or remove the brackets',
    ]);
  });

  it('says a label or a footnote defined twice is read from its first definition only, and its fix passes', async () => {
    const text =
      'See [the plan][plan] and a note[^1].\n\n[plan]: https://old.example/plan\n[Plan]: https://new.example/plan\n\n[^1]: First note.\n[^1]: Second note.\n';
    for (const ext of ['.md', '.mdx'] as const) {
      expect(
        only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`),
        ext,
      ).toEqual([
        '4:1 [Plan]: defines [Plan] again: links read the first definition, on line 3 (https://old.example/plan), and never this one: remove one of them, or give this one a label of its own',
        '7:1 [^1]: defines the footnote [^1] again: the page shows only the first, on line 6, and leaves this note out: remove one of them, or give this one a label of its own',
      ]);
      const fixed = text
        .replace('[plan]: https://old.example/plan\n', '')
        .replace('[^1]: Second note.', '[^2]: Second note.')
        .replace('a note[^1].', 'a note[^1] and another[^2].');
      expect(only(await lintSource(fixed, ext), RULE), ext).toEqual([]);
    }
  });

  it('leaves an image with no address to asset-target, which stops the build on it', async () => {
    const problems = await lintSource('![The pit wall at dusk]() here.', '.md');
    expect(only(problems, RULE)).toEqual([]);
    expect(only(problems, 'asset-target').map((p) => p.severity)).toEqual(['error']);
  });
});
