import { describe, expect, it } from 'vitest';
import { lintHtml, lintSource, only, where } from '../helpers.ts';

const RULE = 'moving-text';

describe('moving-text', () => {
  it('flags a <marquee> in Markdown, MDX and a built page, and passes the text written still', async () => {
    const moving = 'Welcome!\n\n<marquee>New posts every Friday</marquee>\n';
    const still = 'Welcome!\n\nNew posts every Friday\n';
    for (const ext of ['.md', '.mdx'] as const) {
      expect(where(await lintSource(moving, ext), RULE)).toEqual(['3:1']);
      expect(only(await lintSource(still, ext), RULE)).toEqual([]);
    }
    expect(where(lintHtml('<p>Hi</p>\n<marquee direction="up">News</marquee>'), RULE)).toEqual([
      '2:1',
    ]);
    expect(only(lintHtml('<p>Hi</p>\n<p>News</p>'), RULE)).toEqual([]);
  });

  it('leaves a hidden <marquee> and a <blink>, which no browser blinks, alone', async () => {
    expect(only(await lintSource('<marquee hidden>News</marquee>\n', '.md'), RULE)).toEqual([]);
    expect(only(lintHtml('<p><blink>New</blink> posts</p>'), RULE)).toEqual([]);
  });
});
