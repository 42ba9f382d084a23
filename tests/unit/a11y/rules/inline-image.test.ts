import { describe, expect, it } from 'vitest';
import { lintSource, only } from '../helpers.ts';
import { dataImage } from '../../../../src/a11y/rules/inline-image.ts';

const RULE = 'inline-image';
/** A one-pixel PNG, as a data address holds it. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC';
const png = Buffer.from(PNG, 'base64');
const said = async (text: string, ext: '.md' | '.mdx' = '.md', files = {}) =>
  only(await lintSource(text, ext, files), RULE).map((p) => `${p.line}:${p.column} ${p.message}`);
const why =
  "as Google Docs' Markdown export writes pictures, so the page and every feed item carry it in full and unresized";
const save = "(Google Docs' File › Download › Web page gives each picture as a file)";

describe('inline-image', () => {
  it('says where a picture is written into the file as data, with a file name, and the fix passes', async () => {
    // Google Docs' export: references, their definitions at the end of the file.
    const text = [
      'This week I planned the poll.',
      '',
      '![Poll results by platform][image1]',
      '',
      '![The poster, in three colours](data:image/jpeg;base64,' + PNG + ')',
      '',
      '<img src="data:image/webp;base64,' + PNG + '" alt="Our logo">',
      '',
      '[image1]: <data:image/png;base64,' + PNG + '>',
    ].join('\n');
    expect(await said(text)).toEqual([
      `3:1 Image is written into this file as data (image/png, 69 bytes), ${why}: save the picture as image1.png beside this entry ${save} and write ![Poll results by platform](./image1.png) in place of ![Poll results by platform][image1], and remove its [image1]: line`,
      `5:1 Image is written into this file as data (image/jpeg, 69 bytes), ${why}: save the picture as the-poster-in-three-colours.jpg beside this entry ${save} and write ![The poster, in three colours](./the-poster-in-three-colours.jpg)`,
      `7:1 <img> is written into this file as data (image/webp, 69 bytes), ${why}: save the picture as our-logo.webp beside this entry ${save} and write ![Our logo](./our-logo.webp) in place of the <img>`,
    ]);
    // The fixes, with the files saved beside the entry: they pass, here and in asset-target.
    const fixed = text
      .replace('![Poll results by platform][image1]', '![Poll results by platform](./image1.png)')
      .replace(/\n\[image1\]: .*$/, '')
      .replace(/\(data:image\/jpeg;base64,[^)]+\)/, '(./the-poster-in-three-colours.jpg)')
      .replace(/<img [^>]+>/, '![Our logo](./our-logo.webp)');
    const files = {
      'image1.png': png,
      'the-poster-in-three-colours.jpg': png,
      'our-logo.webp': png,
    };
    const problems = await lintSource(fixed, '.md', files);
    expect(problems.filter((p) => p.ruleId === RULE || p.severity === 'error')).toEqual([]);
  });

  it('asks for the alt text Google Docs leaves out, in the image it gives', async () => {
    const text = `This week I planned the poll.\n\n![][image1]\n\n[image1]: <data:image/png;base64,${PNG}>`;
    expect(await said(text)).toEqual([
      expect.stringMatching(
        /: save the picture as image1\.png beside this entry .* and write !\[what it shows\]\(\.\/image1\.png\) in place of !\[\]\[image1\], and remove its \[image1\]: line$/,
      ),
    ]);
    // image-alt says the same of the picture as written.
    expect((await lintSource(text, '.md')).map((p) => p.ruleId)).toContain('image-alt');
  });

  it('says so in MDX too, and leaves a small SVG mark, files and web addresses alone', async () => {
    const mark =
      'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E';
    const drawing =
      'data:image/svg+xml,' + encodeURIComponent('<svg>' + ' '.repeat(11 * 1024) + '</svg>');
    const text = [
      '![A chart of laps](data:image/png;base64,' + PNG + ')',
      '',
      '![](' + mark + ')',
      '',
      '<img src="' + drawing + '" alt="A drawing of the grid" />',
      '',
      '![A remote chart](https://example.org/chart.png)',
    ].join('\n');
    expect(await said(text, '.mdx')).toEqual([
      expect.stringMatching(
        /^1:1 Image is written into this file as data \(image\/png, 69 bytes\)/,
      ),
      expect.stringMatching(
        /^5:1 <img> is written into this file as data \(image\/svg\+xml, 11 KB\)/,
      ),
    ]);
  });

  it('reads the size of the bytes a data address holds', () => {
    expect(dataImage('data:image/png;base64,' + PNG)).toEqual({ type: 'image/png', bytes: 69 });
    expect(dataImage('data:image/png;base64,AAAA')).toEqual({ type: 'image/png', bytes: 3 });
    expect(dataImage('data:image/png;base64,AA==')).toEqual({ type: 'image/png', bytes: 1 });
    expect(dataImage('data:,Hello%20there')).toEqual({ type: 'text/plain', bytes: 11 });
    expect(dataImage('./chart.png')).toBeUndefined();
  });
});
