import { describe, expect, it } from 'vitest';
import {
  mayHoldJavaScript,
  runawayExpression,
  RUNAWAY_TAGS,
  unclosedBrace,
} from '../../../src/a11y/source/javascript-marks.ts';

describe('mayHoldJavaScript: which MDX files micromark reads first', () => {
  const yes: [string, string][] = [
    ['an expression in text', 'Total: {1 + 1}'],
    ['an attribute expression', '<Video src={clip} />'],
    ['an import', "import Clip from './clip.astro';"],
    ['an export', 'export const year = 2026;'],
    ['a brace in text, as a README writes one', 'Standalone <code>{</code> needs no escape'],
    ['a brace after an escaped backslash', 'a \\\\{b}'],
    ['a brace beside a run of backticks that closes nothing', '``{x}`'],
    ['a brace after a fence that closed', '```\ncode\n```\n\n{x}'],
    ['a brace after a longer fence closed by a longer run', '````\n```\n````\n{x}'],
  ];
  const no: [string, string][] = [
    ['plain Markdown', '# Week 3\n\nI asked *one* question.'],
    ['an escaped brace', 'Write \\{ for a brace.'],
    ['a brace in a code span', 'Write `{` for a brace, or ``{}``.'],
    ['a brace in a fenced code block', '```js\nconst a = { b: 1 };\n```'],
    ['a brace in a fence that never closes', '~~~\n{'],
    ['a brace in the frontmatter', '---\ntitle: "{draft}"\n---\n\nWords.'],
    ['import as a word in a sentence', 'Important: nothing imports here.'],
  ];
  it.each(yes)('yes: %s', (_, text) => expect(mayHoldJavaScript(text)).toBe(true));
  it.each(no)('no: %s', (_, text) => expect(mayHoldJavaScript(text)).toBe(false));
});

describe('unclosedBrace: where an expression that runs to the end of the file starts', () => {
  it.each([
    ['the only brace', 'a {b', 2],
    ['the outer of two', 'a {b {c}', 2],
    ['after closed ones', '{a} and {b', 8],
    ['not one in code', '`{` and {b', 8],
    ['not one escaped', '\\{ and {b', 7],
  ])('%s', (_, text, offset) => expect(unclosedBrace(text)).toBe(offset));
  it('finds none when every brace closes', () =>
    expect(unclosedBrace('{a} {b {c}}')).toBeUndefined());
});

describe('runawayExpression: an expression holding enough tags for satteri to run away on', () => {
  const lines = (count: number, tag = '<br>') =>
    Array.from({ length: count }, (_, line) => `Line ${line}${tag}`).join('\n');
  const many = lines(RUNAWAY_TAGS);
  it.each([
    ['a brace that never closes, then the tags', `Standalone <code>{</code> works.\n${many}\n`, 17],
    ['a brace that closes after them', `A {\n${many}\n} here`, 2],
    [
      'JSX in an expression, which the caller parses to tell apart',
      `{true && (<p>${lines(RUNAWAY_TAGS, '<br />')}</p>)}`,
      0,
    ],
    ['the second expression, not the first', `{a}\n{\n${many}\n}`, 4],
    ['tags inside a nested expression', `{a {\n${many}\n}}`, 0],
  ])('finds %s', (_, text, offset) => expect(runawayExpression(text)).toBe(offset));
  it.each([
    ['no brace', many],
    ['fewer tags than that', `A {\n${lines(RUNAWAY_TAGS - 1)}\n`],
    ['an attribute expression, then the tags outside it', `<Video src={clip} />\n${many}`],
    ['a brace in code, then the tags', `Write \`{\` for a brace.\n${many}`],
    ['an escaped brace, then the tags', `Write \\{ for a brace.\n${many}`],
    ['tags after an expression that closed', `{a}\n${many}`],
  ])('finds none with %s', (_, text) => expect(runawayExpression(text)).toBeUndefined());
});
