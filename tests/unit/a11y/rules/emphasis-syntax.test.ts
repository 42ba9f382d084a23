import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';

const RULE = 'emphasis-syntax';
const said = async (text: string, ext: '.md' | '.mdx' = '.md') =>
  only(await lintSource(text, ext), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);

/** The text with each pair of marks the messages name written as they give it. */
function fixed(text: string, messages: string[]): string {
  let mended = text;
  for (const message of messages) {
    const [, written, fix, space] =
      /^\d+:\d+ (.+?) shows its .*: write (.+?)(, with a space (?:after|before) it)?$/.exec(
        message,
      )!;
    const spaced = space?.includes('after') ? `${fix} ` : space ? ` ${fix}` : fix!;
    mended = mended.replace(written!, spaced);
  }
  return mended;
}

describe('emphasis-syntax', () => {
  it('says bold and italics with a space inside their marks show the marks, and the fix is bold', async () => {
    const text =
      '**Key point: **ask before you post.\n\nIt was ** really ** hard, and I felt *very *tired.\n';
    for (const ext of ['.md', '.mdx'] as const) {
      const messages = await said(text, ext);
      expect(messages).toEqual([
        '1:1 **Key point: ** shows its asterisks on the page, as bold takes no space just inside its **, and a screen reader reads them aloud: write **Key point:**, with a space after it',
        '3:8 ** really ** shows its asterisks on the page, as bold takes no space just inside its **, and a screen reader reads them aloud: write **really**',
        '3:38 *very * shows its asterisks on the page, as italics takes no space just inside its *, and a screen reader reads them aloud: write *very*, with a space after it',
      ]);
      const mended = fixed(text, messages);
      expect(mended).toBe(
        '**Key point:** ask before you post.\n\nIt was **really** hard, and I felt *very* tired.\n',
      );
      expect(await said(mended, ext)).toEqual([]);
    }
  });

  it('reads three marks as bold italics, and one mark round words with spaces on both sides', async () => {
    const text = 'It was *** so *** fast, and * quite broken * too.\n';
    const messages = await said(text);
    expect(messages).toEqual([
      '1:8 *** so *** shows its asterisks on the page, as bold italics takes no space just inside its ***, and a screen reader reads them aloud: write ***so***',
      '1:29 * quite broken * shows its asterisks on the page, as italics takes no space just inside its *, and a screen reader reads them aloud: write *quite broken*',
    ]);
    expect(await said(fixed(text, messages))).toEqual([]);
  });

  it('says underscores against a word mark no bold, with asterisks in the fix', async () => {
    const text = '__Note:__this one is short.\n';
    const messages = await said(text);
    expect(messages).toEqual([
      '1:1 __Note:__ shows its underscores on the page, as __ against a word marks no bold, and a screen reader reads them aloud: write **Note:**, with a space after it',
    ]);
    expect(await said(fixed(text, messages))).toEqual([]);
  });

  it('leaves arithmetic, names with underscores, code and bold as written alone', async () => {
    expect(
      await said(
        [
          '2 * 3 * 4 is 24, and a * b is their product.',
          '',
          'Stars to show: \\** as written **, and ** as written *\\*.',
          '',
          'my_snake_case_name, snake__case__name and __init__ are names.',
          '',
          '**Fine** and *fine*, and `** code **`.',
          '',
          '```',
          '** in a block **',
          '```',
          '',
          '* a list',
          '* of two',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
  });
});
