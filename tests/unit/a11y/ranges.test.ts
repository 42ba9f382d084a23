import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only } from './helpers.ts';
import type { Problem } from '../../../src/a11y/core/types.ts';

/** `line:column-endLine:endColumn` of each problem of one rule: what an editor underlines. */
const spans = (problems: Problem[], ruleId: string) =>
  only(problems, ruleId).map((p) => `${p.line}:${p.column}-${p.endLine}:${p.endColumn}`);

// A problem about an element spans the element, start to end, in both layers: editors (through
// .remarkrc.mjs), `--format json` and GitHub annotations underline all of it, not one character.
describe('problem ranges', () => {
  it('a Markdown image, from `!` to its closing parenthesis', async () => {
    const problems = await lintSource('Intro\n\nSee ![](chart.png) here.\n', '.md');
    expect(spans(problems, 'image-alt')).toEqual(['3:5-3:19']);
  });

  it('in a file saved with a byte order mark and Windows line endings, as its editor numbers them', async () => {
    // Notepad's UTF-8 starts with U+FEFF, which no editor shows: line 9, column 1 is the image.
    const text =
      '\uFEFF---\r\ntitle: Week 3\r\n---\r\n\r\nIntro.\r\n\r\n<img src="a.png">\r\n\r\n![](a.png)\r\n';
    for (const ext of ['.md', '.mdx'] as const) {
      const problems = await lintSource(ext === '.mdx' ? text.replace('">', '" />') : text, ext, {
        'a.png': '',
      });
      expect(spans(problems, 'image-alt'), ext).toEqual([
        ext === '.md' ? '7:1-7:18' : '7:1-7:20',
        '9:1-9:11',
      ]);
    }
  });

  it('an MDX component over several lines, to its closing `/>`', async () => {
    const problems = await lintSource('<Video\n  src="/v.webm"\n/>\n');
    expect(spans(problems, 'media-transcript')).toEqual(['1:1-3:3']);
  });

  it('raw HTML in Markdown: a void element is its tag; an element with content runs to its close tag', async () => {
    const problems = await lintSource(
      'Text\n\n<img src="a.png">\n\n<iframe src="https://www.youtube.com/embed/x">\n</iframe>\n',
      '.md',
      { 'a.png': '' },
    );
    expect(spans(problems, 'image-alt')).toEqual(['3:1-3:18']);
    expect(spans(problems, 'frame-title')).toEqual(['5:1-6:10']);
  });

  it('a built page: from the start tag to the close tag', () => {
    const page =
      '<!doctype html><html lang="en"><body><main>\n<img src="/a.png">\n<video src="/v.webm" controls>\n  <source src="/v.webm">\n</video>\n</main></body></html>';
    const problems = lintHtml(page);
    expect(spans(problems, 'image-alt')).toEqual(['2:1-2:19']);
    expect(spans(problems, 'media-transcript')).toEqual(['3:1-5:9']);
  });

  it('a word spans the word; a syntax error is a point', async () => {
    expect(spans(await lintSource('Hello guys, all.\n', '.md'), 'inclusive-language')).toEqual([
      '1:7-1:11',
    ]);
    const [broken] = await lintSource('---\ntitle: [oops\n---\nText.\n', '.md');
    expect(broken).toMatchObject({ ruleId: 'parse-error', line: 2 });
    expect(broken!.endLine).toBeUndefined();
  });
});
