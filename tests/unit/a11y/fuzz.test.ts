import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPage } from '../../../src/a11y/html/check.ts';
import { gateConfig } from '../../../src/a11y/core/config.ts';
import { lintSource } from './helpers.ts';

/** Pieces that stress the parsers: half-open tags, JSX, expressions, frontmatter, code fences. */
const piece = fc.constantFrom(
  '<img src="a.png"',
  '<img alt="" src=a>',
  '<IMG\nSRC=x>',
  '<video controls>',
  '</video>',
  '<Video src="v" />',
  '<Transcript>',
  '</Transcript>',
  '{',
  '}',
  '{/* c */}',
  '<',
  '>',
  '![',
  '](x)',
  '![][r]',
  '[r]: /x',
  '---\n',
  'cover: ./x.png\n',
  '```\n',
  '`',
  '<!--',
  '-->',
  '<svg role="img">',
  '</svg>',
  '<iframe src="//youtube.com/x">',
  '<a href="#x">',
  '</a>',
  'export const x = 1;\n',
  // MDX's JavaScript, which the source layer evaluates and walks (source/jsx.ts, undefined-name).
  'export const P = ({ a = b, ...r }) => <img src="a" alt={a} {...r} />;\n',
  'export const o = { alt: `${1 + 1}`, [k]: 2, ...x };\n',
  '{cond && <video src="v" />}',
  '{[1, 2].map((n) => <img key={n} src="a" />)}',
  '{x ? <img alt={o.alt} /> : null}',
  '<img {...o} />',
  '{typeof z === "undefined" ? 1 : z}',
  '{a, b}',
  '{(() => { try { return c; } catch (e) { return e; } })()}',
  'import y from "./y";\n',
  '\n\n',
  '> ',
  '- ',
  '| a |\n| - |\n',
  ' ',
  'text',
  '&amp;',
  '<p id="t">',
  'aria-describedby="t"',
  '\u0000',
  '🙂',
);
const document = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 200 }),
);

describe('bad input never crashes the checker', () => {
  it('source layer: random Markdown and MDX give problems with positions, never an exception', async () => {
    await fc.assert(
      fc.asyncProperty(
        document,
        fc.constantFrom('.md' as const, '.mdx' as const),
        async (text, ext) => {
          const problems = await lintSource(text, ext);
          for (const p of problems) {
            expect(p.line).toBeGreaterThanOrEqual(1);
            expect(p.column).toBeGreaterThanOrEqual(1);
            expect(p.message).not.toMatch(/could not check this file/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('HTML layer: random HTML is checked without an exception', () => {
    const config = gateConfig();
    fc.assert(
      fc.property(document, (html) => {
        const { problems } = checkPage(html, config);
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
