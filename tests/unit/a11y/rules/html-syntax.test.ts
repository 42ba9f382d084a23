import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';

const RULE = 'html-syntax';
const problems = async (text: string) => only(await lintSource(text, '.md'), RULE);
const said = async (text: string) =>
  (await problems(text)).map((p) => `${p.line}:${p.column} ${p.message}`);

/** The text with each tag the messages name written as they give it. */
async function fixed(text: string): Promise<string> {
  let mended = text;
  for (const { message } of await problems(text)) {
    const tag = /: write (<.*>)$/.exec(message)![1]!;
    // The tag shown as text, or the value in curly quotes of a tag read as HTML.
    const shown = /^(<.*?>) shows as text/.exec(message)?.[1];
    const written = shown ?? /^(\S+=.*?) is in curly quotes/.exec(message)![1]!;
    const at = mended.indexOf(written);
    const start = shown ? at : mended.lastIndexOf('<', at);
    const end = shown ? at + shown.length : mended.indexOf('>', at + written.length) + 1;
    mended = mended.slice(0, start) + tag + mended.slice(end);
  }
  return mended;
}

describe('html-syntax', () => {
  it('says a tag in a line whose value has no quotes and holds a / shows as text, and its fix is a tag', async () => {
    const text =
      'Watch it here: <video src=/media/pit-stop.webm controls></video>\n\nOr <a href=/posts/week-1/>last week</a>.\n';
    expect(await said(text)).toEqual([
      '1:16 <video src=/media/pit-stop.webm controls> shows as text on the page: src=/media/pit-stop.webm has no quotes, and Markdown reads no tag so written: write <video src="/media/pit-stop.webm" controls>',
      '3:4 <a href=/posts/week-1/> shows as text on the page: href=/posts/week-1/ has no quotes, and Markdown reads no tag so written: write <a href="/posts/week-1/">',
    ]);
    const mended = await fixed(text);
    expect(mended).toContain('<video src="/media/pit-stop.webm" controls></video>');
    expect(await said(mended)).toEqual([]);
    // The player is there now, and the gate asks for its transcript.
    expect((await lintSource(mended, '.md')).some((p) => p.ruleId === 'media-transcript')).toBe(
      true,
    );
  });

  it('says a value in curly quotes ends at its first space, or makes the tag text, with straight quotes in the fix', async () => {
    const text = [
      '<figure>',
      '<img src="/pit-wall.png" alt=“The pit wall at dusk”>',
      '</figure>',
      '',
      '<img src="/pit-lane.png" alt=‘Pit lane’>',
      '',
      'See <a href=“https://www.fia.com”>the FIA</a> for more.',
      '',
    ].join('\n');
    expect(await said(text)).toEqual([
      '2:1 alt=“The pit wall at dusk” is in curly quotes, which editors type for straight ones and HTML does not read as quotes, so the page reads alt as “The: write <img src="/pit-wall.png" alt="The pit wall at dusk">',
      '5:1 <img src="/pit-lane.png" alt=‘Pit lane’> shows as text on the page: alt=‘Pit lane’ is in curly quotes, which editors type for straight ones and HTML does not read as quotes, and Markdown reads no tag so written: write <img src="/pit-lane.png" alt="Pit lane">',
      '7:5 <a href=“https://www.fia.com”> shows as text on the page: href=“https://www.fia.com” is in curly quotes, which editors type for straight ones and HTML does not read as quotes, and Markdown reads no tag so written: write <a href="https://www.fia.com">',
    ]);
    expect(await said(await fixed(text))).toEqual([]);
  });

  it('writes a curly-quoted value holding both kinds of straight quote with &quot;, and HTML reads the value as written', async () => {
    const text = `<img src="/halo.png" alt=“Driver's "halo" view”>\n`;
    const [message] = await said(text);
    expect(message).toMatch(/: write <img src="\/halo.png" alt="Driver's &quot;halo&quot; view">$/);
    const mended = await fixed(text);
    expect(await said(mended)).toEqual([]);
    const img = parseDocument(mended).children[0] as Element;
    expect(img.attribs.alt).toBe(`Driver's "halo" view`);
  });

  it('says a placeholder in angle brackets is a tag the page drops, and the backslash shows it', async () => {
    const text =
      'Dear <name>, thank you.\n\nReply with <your email> and <kbd>Ctrl</kbd>, <my-widget></my-widget>.\n\n<svg viewBox="0 0 8 8" role="img" aria-label="A dot"><circle cx="4" cy="4" r="3"/></svg>\n';
    const messages = await said(text);
    expect(messages).toEqual([
      '1:6 <name> is read as an HTML tag, and no element is called name, so the page shows nothing of it: to show it, write \\<name>, or `<name>` as code',
      '3:12 <your email> is read as an HTML tag, and no element is called your, so the page shows nothing of it: to show it, write \\<your email>, or `<your email>` as code',
    ]);
    const mended = text.replace('<name>', '\\<name>').replace('<your email>', '`<your email>`');
    expect(await said(mended)).toEqual([]);
  });

  it('leaves tags written to be shown, code, prose with a < in it, and MDX (parse-error’s) alone', async () => {
    expect(
      await said(
        [
          'The tag is written \\<video src=/media/pit-stop.webm>.',
          '',
          'In code: `<video src=/media/pit-stop.webm>`.',
          '',
          '```html',
          '<img alt=“The pit wall”>',
          '```',
          '',
          'If lap a <b and c=d/e> holds, the gap is small.',
          '',
          'Read <https://www.fia.com/plan> and <video src="/media/pit-stop.webm" controls></video>.',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
    const mdx = 'Watch: <video src=/media/pit-stop.webm controls></video>\n';
    expect((await lintSource(mdx, '.mdx')).map((p) => p.ruleId)).toEqual(['parse-error']);
  });
});
