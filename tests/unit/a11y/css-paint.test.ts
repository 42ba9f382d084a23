import { describe, expect, it } from 'vitest';
import {
  blurAlpha,
  gradientStops,
  outlineAlpha,
  parseTextShadow,
  parseTextStroke,
} from '../../../src/a11y/core/css-paint.ts';

describe('text-shadow and -webkit-text-stroke, as text-contrast reads them', () => {
  it('reads a shadow list in CSS order: the colour before or after, lengths in px, em and pt', () => {
    expect(parseTextShadow('white 0 0 3px, 1px 2px #000', 16)).toEqual([
      { x: 0, y: 0, blur: 3, colour: 'white' },
      { x: 1, y: 2, blur: 0, colour: '#000' },
    ]);
    expect(parseTextShadow('0 0 0.2em rgb(0 0 0 / 50%)', 20)).toEqual([
      { x: 0, y: 0, blur: 4, colour: 'rgb(0 0 0 / 50%)' },
    ]);
    expect(parseTextShadow('-1.5pt .5rem', 16)).toEqual([{ x: -2, y: 8, blur: 0 }]);
    expect(parseTextShadow('none', 16)).toEqual([]);
  });

  it('leaves to the page what it resolves, and drops what CSS drops', () => {
    for (const value of [
      'var(--glow)',
      '0 0 calc(1px + 1em) #000',
      '0 0 5% #000',
      'inherit',
      '1px #000',
      '1px 1px 1px 1px #000',
      '1px 1px red blue',
      '1px 1px -2px #000',
      '1px 1px 3 #000',
    ])
      expect(parseTextShadow(value, 16), value).toBeUndefined();
  });

  it('reads a stroke: its width by length or keyword, its colour when it names one', () => {
    expect(parseTextStroke('0.03em #444', 20)).toEqual({
      width: expect.closeTo(0.6, 6),
      colour: '#444',
    });
    expect(parseTextStroke('thin', 16)).toEqual({ width: 1 });
    expect(parseTextStroke('red 2px', 16)).toEqual({ width: 2, colour: 'red' });
    expect(parseTextStroke('calc(1px + 0.1em) #000', 16)).toBeUndefined();
    expect(parseTextStroke('1px red blue', 16)).toBeUndefined();
  });

  it('draws a blur fainter the wider it is, and an outline only on all four sides', () => {
    expect(blurAlpha(0, 16)).toBe(1);
    expect(blurAlpha(3.2, 16)).toBeCloseTo(0.308, 3);
    expect(blurAlpha(16, 16)).toBeLessThan(blurAlpha(3.2, 16));
    const four = [
      { x: -2, y: -2 },
      { x: 2, y: -2 },
      { x: -2, y: 2 },
      { x: 2, y: 2 },
    ];
    expect(outlineAlpha(four)).toBe(1);
    // 1px offsets draw a see-through outline: denser the more copies there are.
    const thin = four.map(({ x, y }) => ({ x: x / 2, y: y / 2 }));
    expect(outlineAlpha(thin)).toBeCloseTo(1 - 0.54 ** 2, 5);
    // A copy to one side outlines nothing; a drop shadow down and right outlines half of each
    // glyph, which only a browser can judge.
    expect(outlineAlpha([{ x: 2, y: 0 }])).toBeNull();
    expect(outlineAlpha([{ x: 0, y: 0 }])).toBeNull();
    expect(outlineAlpha([{ x: 2, y: 2 }])).toBeUndefined();
    expect(outlineAlpha(four.slice(0, 2))).toBeUndefined();
  });
});

describe('gradient backgrounds, as text-contrast reads them', () => {
  it('gives the colours of one gradient alone, and leaves the rest to the page', () => {
    expect(gradientStops('linear-gradient(135deg, #667eea 0%, #764ba2 100%)')).toEqual([
      '#667eea',
      '#764ba2',
    ]);
    expect(
      gradientStops(
        'repeating-radial-gradient(circle at center, rgb(0 0 0 / 50%) 10px, white 20px)',
      ),
    ).toEqual(['rgb(0 0 0 / 50%)', 'white']);
    expect(gradientStops('linear-gradient(to right in oklch longer hue, red, 30%, blue)')).toEqual([
      'red',
      'blue',
    ]);
    for (const value of [
      'url(/hero.jpg)',
      '#fff',
      'linear-gradient(#000, #fff), url(/x.png)',
      'linear-gradient(#000, var(--accent))',
      'linear-gradient(#000, currentColor)',
      'linear-gradient(#000, #fff',
    ])
      expect(gradientStops(value), value).toBeUndefined();
  });
});
