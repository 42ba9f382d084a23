import { describe, expect, it } from 'vitest';
import { pandocAttributes } from '../../../src/a11y/core/pandoc-attributes.ts';

describe('pandocAttributes', () => {
  it('reads an id, classes, values quoted or bare, and the unnumbered mark', () => {
    const text = `![x](y.png){#fig-grid .wide   width="80%" fig-alt='Cars, lined up' height=3in -}.`;
    const found = pandocAttributes(text, text.indexOf('{'));
    expect(found).toEqual({
      written: `{#fig-grid .wide   width="80%" fig-alt='Cars, lined up' height=3in -}`,
      id: 'fig-grid',
      classes: ['wide'],
      values: new Map([
        ['width', '80%'],
        ['fig-alt', 'Cars, lined up'],
        ['height', '3in'],
      ]),
      unnumbered: true,
    });
    expect(pandocAttributes('{.unnumbered}', 0)?.unnumbered).toBe(true);
  });

  it('reads kramdown’s, after a colon, with the names of definitions it refers to', () => {
    expect(pandocAttributes('{:toc}', 0)).toEqual({
      written: '{:toc}',
      classes: [],
      values: new Map(),
      unnumbered: false,
      kramdown: { names: ['toc'] },
    });
    expect(pandocAttributes('{: .notice #tip}', 0)).toMatchObject({
      id: 'tip',
      classes: ['notice'],
      kramdown: { names: [] },
    });
    // A bare name is kramdown's only: to Pandoc it is no attribute.
    expect(pandocAttributes('{toc}', 0)).toBeUndefined();
    expect(pandocAttributes('{:}', 0)).toBeUndefined();
  });

  it('refuses braces holding anything else: JavaScript, a set, a word, nothing', () => {
    for (const text of [
      '{a, b}',
      '{lap}',
      '{.5}',
      '{"a": 1}',
      '{}',
      '{ }',
      '{.wide',
      '{a=1; b=2}',
      '{width="80%"',
      '{frontmatter.title}',
      '{#}',
    ])
      expect(pandocAttributes(text, 0), text).toBeUndefined();
    // Not at a brace.
    expect(pandocAttributes('x{.wide}', 0)).toBeUndefined();
  });
});
