import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';

const RULE = 'list-syntax';
const said = async (text: string, ext: '.md' | '.mdx') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

/** Each line the messages name, from its mark on, written with the mark they give. */
function fixed(text: string, messages: string[]): string {
  const lines = text.split('\n');
  for (const message of messages) {
    const first = Number(message.split(':')[0]) - 1;
    const mark = / start each line with (\S+) and a/.exec(message)![1]!;
    for (let n = first, item = 1; n < lines.length && lines[n]!.trim(); n++) {
      // A run goes on over a blank line, where the next line has a mark too.
      const ordered = /^\d/.test(mark) ? `${item++}. ` : `${mark} `;
      lines[n] = lines[n]!.replace(/^(\s*)(?:\d+[.)]|\S)[\s\u00a0]+/, `$1${ordered}`);
    }
  }
  return lines.join('\n');
}

describe('list-syntax', () => {
  it('says lines starting with a pasted bullet are one paragraph, and the lines written with - are a list', async () => {
    const text =
      'What I tried:\n\n• A poll on Mastodon\n• A thread with alt text\n• A reply to the FIA\n\nWhat I read:\n\n▪ The FIA plan\n▪ A team’s report\n';
    for (const ext of ['.md', '.mdx'] as const) {
      const messages = await said(text, ext);
      expect(messages).toEqual([
        '3:1 These lines start with •, a bullet pasted as a character, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space',
        '9:1 These lines start with ▪, a bullet pasted as a character, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space',
      ]);
      const mended = fixed(text, messages);
      expect(mended).toContain('- A poll on Mastodon\n- A thread with alt text\n');
      expect(await said(mended, ext)).toEqual([]);
    }
  });

  it('says a - or 1. followed by a no-break space starts no item, and the plain space does', async () => {
    const text =
      'Steps:\n\n1.\u00a0Draft the post\n2.\u00a0Add alt text\n\nNotes:\n\n-\u00a0Short\n-\u00a0Clear\n';
    const messages = await said(text, '.md');
    expect(messages).toEqual([
      '3:1 These lines start with 1. and a space Markdown does not count (a no-break space, as some editors type one), so the page runs them together in one paragraph and a screen reader announces no list: start each line with 1. and a plain space',
      '8:1 These lines start with - and a space Markdown does not count (a no-break space, as some editors type one), so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a plain space',
    ]);
    expect(await said(fixed(text, messages), '.md')).toEqual([]);
  });

  it('finds such lines in a quote and in a list item, and the fix there is a list', async () => {
    const text =
      '> What I tried:\n>\n> • A poll\n> • A thread\n\n- Notes:\n\n  ▪ Short\n  ▪ Clear\n';
    const messages = await said(text, '.md');
    expect(messages.map((m) => m.split(' These')[0])).toEqual(['3:3', '8:3']);
    const mended = text.replace(/• /g, '- ').replace(/▪ /g, '- ');
    expect(await said(mended, '.md')).toEqual([]);
  });

  it('reads a list pasted with a blank line between its items as one', async () => {
    expect(await said('● One\n\n● Two\n\n● Three\n', '.md')).toEqual([
      '1:1 These lines start with ●, a bullet pasted as a character, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space',
    ]);
  });

  it('leaves one bullet line, dialogue dashes, mixed marks, lists and code alone', async () => {
    expect(
      await said(
        [
          '• One bullet on a line is a line of text.',
          '',
          '— ¿Vienes?',
          '— Sí.',
          '',
          '• A bullet',
          '▪ and another mark',
          '',
          '- A list',
          '- written as one',
          '',
          '```',
          '• In code',
          '• as written',
          '```',
          '',
        ].join('\n'),
        '.md',
      ),
    ).toEqual([]);
  });

  it('says lines run together that each start with one emoji, as social media posts are written, and its fix keeps the emoji', async () => {
    const text =
      'This week:\n\n✅ Posted the poll\n✅ Replied to every comment\n✔️ Shared the results\n✔ Thanked the team\n';
    for (const ext of ['.md', '.mdx'] as const) {
      const messages = await said(text, ext);
      expect(messages).toEqual([
        '3:1 These lines start with ✅, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space, and keep ✅ after it if you like (- ✅ …)',
        '5:1 These lines start with ✔, which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with - and a space, and keep ✔ after it if you like (- ✔ …)',
      ]);
      const mended = text.replace(/^(✅|✔️|✔) /gm, '- $1 ');
      expect(mended).toContain('- ✅ Posted the poll\n- ✅ Replied');
      expect(await said(mended, ext)).toEqual([]);
    }
  });

  it('says numbers written as emoji start no list, and 1. does', async () => {
    const text = 'Steps:\n\n1️⃣ Pick a platform\n2️⃣ Write the post\n3️⃣ Add alt text\n';
    expect(await said(text, '.md')).toEqual([
      '3:1 These lines start with numbers written as emoji (1️⃣, 2️⃣), which Markdown does not read as a list, so the page runs them together in one paragraph and a screen reader announces no list: start each line with its number, a full stop and a space (1. )',
    ]);
    const mended = text.replace(/^(\d)\uFE0F\u20E3 /gm, '$1. ');
    expect(mended).toContain('1. Pick a platform\n2. Write the post');
    expect(await said(mended, '.md')).toEqual([]);
  });

  it('leaves emoji lines in paragraphs of their own, one emoji line, and emoji that differ', async () => {
    expect(
      await said(
        '✅ Posted the poll\n\n✅ Replied to every comment\n\n👉 One line.\n\n🏎️ Fast\n🌱 Green\n',
        '.md',
      ),
    ).toEqual([]);
  });
});
