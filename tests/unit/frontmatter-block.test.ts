import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../src/a11y/run/parallel.ts';
import { gateConfig } from '../../src/a11y/core/config.ts';
import { project } from './a11y/project.ts';
import { FRONTMATTER, misplacedFrontmatter } from '../../src/lib/content/frontmatter-block.ts';
import { frontmatterProblems } from '../../src/lib/content/content-validation.ts';
import { countWords } from '../../src/lib/content/reading-time.ts';
import { slugLine } from '../../src/lib/content/duplicate-url.ts';

const fields = 'title: Week one\ndescription: What I learned.\npubDate: 2026-01-10\n';

describe('frontmatter, found as Astro finds it', () => {
  it('reads a block saved with a byte order mark, or with Windows line endings', () => {
    for (const text of [
      `\uFEFF---\n${fields}---\n\nText.`,
      `---\r\n${fields.replaceAll('\n', '\r\n')}---\r\n\r\nText.`,
      `\uFEFF---\r\n${fields.replaceAll('\n', '\r\n')}slug: week-one\r\n---\r\n\r\nText.`,
    ]) {
      expect(FRONTMATTER.exec(text)?.[1]).toContain('title: Week one');
      expect(misplacedFrontmatter(text)).toBeUndefined();
      expect(frontmatterProblems('posts', '/site/content/posts/a.md', text)).toEqual([]);
      // The block is no words of the post.
      expect(countWords(text)).toBe(1);
    }
    expect(slugLine(`\uFEFF---\n${fields}slug: week-one\n---\n`)).toBe(5);
  });

  it('names a block after blank lines, at its line, with a fix that works', () => {
    const text = `\n\n---\n${fields}---\n\nText.`;
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', text)).toEqual([
      {
        line: 3,
        message:
          'the frontmatter starts on line 3, after a blank line, and is read only from the first line: delete the blank lines above ---',
      },
    ]);
    expect(misplacedFrontmatter(`\n---\n${fields}---\n`)?.message).toMatch(
      /starts on line 2, .*: delete the blank line above ---$/,
    );
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', text.trimStart())).toEqual([]);
  });

  it('names a TOML block, with a fix that works', () => {
    const toml =
      '+++\ntitle = "Week one"\ndescription = "What I learned."\npubDate = 2026-01-10\n+++\n';
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', toml)).toEqual([
      {
        line: 1,
        message:
          'the frontmatter is TOML, between +++ lines, which Commonplace does not read: write it as YAML between --- lines (title: "…" where TOML has title = "…")',
      },
    ]);
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', `---\n${fields}---\n`)).toEqual(
      [],
    );
  });

  it('reads --- with spaces after it, as Astro does, and ends a block only at a line of its own', () => {
    expect(FRONTMATTER.exec(`--- \n${fields}---\t\n\nText.`)?.[1]).toBe(fields.trimEnd());
    expect(
      frontmatterProblems('posts', '/site/content/posts/a.md', `--- \n${fields}---\n`),
    ).toEqual([]);
    // `Pit stops---` is a title; its dashes end nothing.
    const dashes = `---\ntitle: Pit stops---\ndescription: What I learned.\npubDate: 2026-01-10\n---\n`;
    expect(FRONTMATTER.exec(dashes)?.[1]).toContain('description: What I learned.');
    expect(FRONTMATTER.exec('---\n---\nText.')?.[1]).toBe('');
  });

  it('names a line that is not quite ---, or a block never closed, at the line to mend', () => {
    const said = (open: string, close: string | undefined) => {
      const text = `${open}\n${fields}${close === undefined ? '' : `${close}\n`}\nText.\n`;
      const found = frontmatterProblems('posts', '/site/content/posts/a.md', text);
      return found.map((each) => `${each.line}: ${each.message}`).join('\n');
    };
    expect(
      [
        said('\u2014', '\u2014'),
        said('\u2013', '---'),
        said('----', '----'),
        said('- - -', '---'),
        said(' ---', '---'),
        said('---', '...'),
        said('---', '----'),
        said('---', '\u2014'),
        said('---', undefined),
      ].join('\n'),
    ).toBe(
      [
        '1: the frontmatter opens with an em dash (—), which editors make of --- as you type, and only a line of three hyphens opens it: write --- on line 1 and on line 5',
        '1: the frontmatter opens with an en dash (–), which editors make of -- as you type, and only a line of three hyphens opens it: write --- on line 1',
        '1: the frontmatter opens with four hyphens (----), and only a line of three hyphens opens it: write --- on line 1 and on line 5',
        '1: the frontmatter opens with hyphens with spaces between them (- - -), and only a line of three hyphens opens it: write --- on line 1',
        '1: the frontmatter opens with a space before its ---, and only a line of three hyphens opens it: write --- on line 1',
        '5: the frontmatter ends with ..., and only a line of three hyphens ends it: write --- on line 5',
        '5: the frontmatter ends with four hyphens (----), and only a line of three hyphens ends it: write --- on line 5',
        '5: the frontmatter ends with an em dash (—), which editors make of --- as you type, and only a line of three hyphens ends it: write --- on line 5',
        '1: the frontmatter that --- opens on line 1 never ends: write --- on its own line after its last field, line 4',
      ].join('\n'),
    );
    // Each fix as given: the lines it names written as ---, or --- put after the line it names.
    for (const [open, close] of [
      ['\u2014', '\u2014'],
      ['\u2013', '---'],
      ['----', '----'],
      ['- - -', '---'],
      [' ---', '---'],
      ['---', '...'],
      ['---', '----'],
      ['---', undefined],
    ] as const) {
      const lines = `${open}\n${fields}${close === undefined ? '' : `${close}\n`}\nText.\n`.split(
        '\n',
      );
      const [{ message }] = frontmatterProblems('posts', '/a/content/posts/a.md', lines.join('\n'));
      for (const [, n] of message.matchAll(/on line (\d+)/g)) lines[Number(n) - 1] = '---';
      const after = /after its last field, line (\d+)$/.exec(message)?.[1];
      if (after) lines.splice(Number(after), 0, '---');
      expect(
        frontmatterProblems('posts', '/a/content/posts/a.md', lines.join('\n')),
        message,
      ).toEqual([]);
    }
  });

  it('leaves text that starts with a dash and no field under it alone', () => {
    expect(misplacedFrontmatter('- one\n- two\n')).toBeUndefined();
    expect(misplacedFrontmatter('\u2014 a line of verse\nand another\n')).toBeUndefined();
    expect(misplacedFrontmatter('---\n\nText after a break.\n')).toBeUndefined();
  });

  it('leaves a file with no frontmatter, or text that only mentions ---, to the field checks', () => {
    expect(misplacedFrontmatter('Just text.\n')).toBeUndefined();
    expect(misplacedFrontmatter('Text.\n\n---\n\nMore text.\n')).toBeUndefined();
    // A thematic break after a blank line, with no block it closes.
    expect(misplacedFrontmatter('\n---\n\nMore text.\n')).toBeUndefined();
    expect(
      frontmatterProblems('posts', '/site/content/posts/a.md', 'Just text.\n')[0]?.message,
    ).toMatch(/^title is required/);
  });
});

describe('npm run check over an entry saved with a byte order mark', () => {
  it('reports nothing for a good post, and its problems at their lines', async () => {
    const body = '\r\nWritten on Windows.\r\n\r\n![](./missing-alt.png)\r\n';
    const root = project({
      'content/posts/notepad.md': `\uFEFF---\r\n${fields.replaceAll('\n', '\r\n')}---\r\n${body}`,
    });
    const { problems } = await checkSources([join(root, 'content')], gateConfig(), root);
    // Line 9, as the editor shows it: the mark before the first --- is no character of it.
    expect(problems.map((p) => `${p.ruleId} ${p.line}:${p.column}`)).toEqual(
      expect.arrayContaining(['image-alt 9:1']),
    );
    expect(problems.filter((p) => p.ruleId === 'content-schema')).toEqual([]);
  });
});

describe('a file saved as UTF-16', () => {
  /** What Node's UTF-8 read gives for a file Notepad saved as "Unicode" (UTF-16 with its mark). */
  const utf16 = (text: string) =>
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]).toString('utf8');

  it('is named, with how to save it, instead of every field missing', () => {
    const text = utf16(`---\n${fields}---\n\nText.\n`);
    expect(frontmatterProblems('posts', '/site/content/posts/a.md', text)).toEqual([
      {
        line: 1,
        message:
          'the file is saved as UTF-16, which the build reads as garbage, so its frontmatter cannot be read: save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)',
      },
    ]);
    // Saved as UTF-8, as the message says, the same words read.
    expect(
      frontmatterProblems('posts', '/site/content/posts/a.md', `---\n${fields}---\n\nText.\n`),
    ).toEqual([]);
  });

  it('as a transcript file, says so where the player names it', async () => {
    const words = 'The crew changes four tyres in two seconds.\n';
    const root = project({
      'content/posts/clip.mdx':
        '---\ntitle: T\ndescription: D.\npubDate: 2026-01-01\n---\n\n<Video src="/clip.webm" title="Pit stop" transcript="./clip.transcript.txt" />\n',
      'content/posts/clip.transcript.txt': '',
      'public/clip.webm': 'webm',
    });
    const check = async () =>
      (await checkSources([join(root, 'content')], gateConfig(), root)).problems
        .filter((p) => p.ruleId === 'media-transcript')
        .map((p) => `${p.line} ${p.message}`);
    writeFileSync(
      join(root, 'content/posts/clip.transcript.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(words, 'utf16le')]),
    );
    expect(await check()).toEqual([
      '7 <Video> names transcript file ./clip.transcript.txt, which is saved as UTF-16, and the page would show it as garbage: save it as UTF-8 (in Notepad: Save as, Encoding: UTF-8)',
    ]);
    writeFileSync(join(root, 'content/posts/clip.transcript.txt'), words);
    expect(await check()).toEqual([]);
  });
});
