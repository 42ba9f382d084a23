import { describe, expect, it } from 'vitest';
import { frontmatterMarkup } from '../../src/lib/content/frontmatter-markup.ts';

describe('frontmatterMarkup', () => {
  it('finds the Markdown a title or description is written with, and the words without it', () => {
    expect(frontmatterMarkup('Week 9: **what** I learned about `alt` text')).toEqual({
      plain: 'Week 9: what I learned about alt text',
      marks: ['**', '`'],
    });
    expect(frontmatterMarkup('## Week 9')).toEqual({ plain: 'Week 9', marks: ['#'] });
    expect(
      frontmatterMarkup('A [guide](https://example.org "The guide") to _better_ alt text'),
    ).toEqual({
      plain: 'A guide to better alt text',
      marks: ['[…](…)', '_'],
    });
    expect(frontmatterMarkup('~~Draft~~ Final plan, *really*')).toEqual({
      plain: 'Draft Final plan, really',
      marks: ['~~', '*'],
    });
  });

  it('leaves what is no Markdown: arithmetic, names with underscores, a hashtag, a lone star', () => {
    for (const value of [
      'Week 9: what I learned',
      '2 * 3 * 4 laps',
      'snake_case and my_variable_name',
      '#GreenRacing week',
      'F1 * sustainability',
      '5* hotels',
      'C# for beginners',
    ])
      expect(frontmatterMarkup(value), value).toBeUndefined();
  });
});
